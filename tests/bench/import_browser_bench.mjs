// Importing contacts from CSV in headless Chromium (shell/bench import): the file is dropped onto
// the window and taken through the wizard with real clicks (Check rows, Import all rows), as a
// person does. Measures rows/s to "Imported", to durable in IndexedDB, the longest gap between two
// frames meanwhile (the page must keep drawing), and the page's memory. Prints one JSON line per size.
//   BROWSER_SIZES="100000 500000" node tests/bench/import_browser_bench.mjs
import { mkdir, writeFile, readdir, symlink, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { root, serveDist, launch, openApp, within } from '../e2e/harness.mjs';

const sizes = (process.env.BROWSER_SIZES || '100000 500000').split(/\s+/).filter(Boolean).map(Number);

// The same shape as tests/bench/import_bench.cpp's file: Chinese and Latin names, unique emails.
function makeCsv(n) {
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'];
  const given = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强'];
  const first = ['Ann', 'Bo', 'Zoë', 'José', 'Liam', 'Mia', 'Noah', 'Olga'];
  const last = ['Lee', 'Wu', 'Lefèvre', 'García', 'Smith', 'Müller', "O'Brien", 'Kim'];
  const cities = ['北京', '上海', 'Paris', 'London', 'São Paulo', 'Berlin', '深圳', 'New York'];
  const parts = ['Name,Email,Phone,Company,City,Tags\r\n'];
  let r = 88172645;
  const next = () => { r = (r * 1103515245 + 12345) % 2147483648; return r; };
  for (let i = 0; i < n; i++) {
    const name = next() % 3 === 0 ? surnames[next() % 8] + given[next() % 8] : `${first[next() % 8]} ${last[next() % 8]}`;
    const company = next() % 10 < 7 ? `"Firm ${next() % (Math.floor(n / 20) + 1)}, Ltd"` : '';
    const tags = next() % 5 === 0 ? '"VIP, 新客户"' : '';
    parts.push(`${name},person${i}@example${i % 97}.com,+86 138 ${1000 + i % 9000} ${1000 + Math.floor(i / 9000) % 9000},` +
      `${company},${cities[next() % 8]},${tags}\r\n`);
  }
  return parts.join('');
}

// The site: dist/ plus the file to import, served from one folder.
async function site(csvName, csv) {
  const dir = join(root, 'build', 'bench', 'import-site');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(join(root, 'dist'))) await symlink(join(root, 'dist', f), join(dir, f));
  await writeFile(join(dir, csvName), csv);
  return 'bench/import-site'; // under build/, as serveDist takes it
}

async function clickItem(page, label) {
  const item = await page.evaluate((l) => window.satchel.ui.find(l), label);
  if (!item) throw new Error(`no item "${label}"`);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
}

async function waitForItem(page, test, what, ms) {
  return within(ms, what, page.waitForFunction((source) => {
    const match = new Function('label', `return ${source};`);
    return window.satchel.ui.items().find((i) => match(i.label)) || null;
  }, test, { polling: 100, timeout: 0 }).then((h) => h.jsonValue()));
}

for (const n of sizes) {
  const csv = makeCsv(n);
  const name = `import-${n}.csv`;
  const server = await serveDist(await site(name, csv));
  const browser = await launch();
  try {
    const { page } = await openApp(browser.context, server.url);
    // Frame gaps, measured by the page itself from requestAnimationFrame.
    await page.evaluate(() => {
      window.benchGaps = { last: performance.now(), max: 0, over100: 0, frames: 0, on: false };
      const tick = (t) => {
        const g = window.benchGaps;
        if (g.on) {
          const gap = t - g.last;
          g.max = Math.max(g.max, gap);
          if (gap > 100) g.over100++;
          g.frames++;
        }
        g.last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.evaluate(async (file) => {
      const bytes = await (await fetch(file)).arrayBuffer();
      const data = new DataTransfer();
      data.items.add(new File([bytes], file, { type: 'text/csv' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, name);
    const dropped = Date.now();
    await waitForItem(page, 'label === "Check rows"', 'the wizard opening', 120_000);
    const open_s = (Date.now() - dropped) / 1000;
    await page.evaluate(() => { window.benchGaps.on = true; });
    const started = Date.now();
    await clickItem(page, 'Check rows');
    const counts = await waitForItem(page, 'label.startsWith("Create ")', 'the rows checked', 600_000);
    const planned = Date.now();
    await clickItem(page, 'Import all rows');
    const done = await waitForItem(page, 'label.startsWith("Imported: ")', 'the import finishing', 1_200_000);
    const imported = Date.now();
    await within(600_000, 'the import durable in IndexedDB', page.evaluate(() => window.satchel.flushed()));
    const durable = Date.now();
    const gaps = await page.evaluate(() => window.benchGaps);
    const stored = await page.evaluate(() => window.satchel.query('SELECT count(*) AS n FROM contacts')[0].n);
    const memory = await page.evaluate(() => ({
      wasmMb: window.Module.HEAPU8.length / 1e6,
      jsHeapMb: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
    }));
    console.log(JSON.stringify({
      contacts: n, stored, csv_bytes: Buffer.byteLength(csv), counts: counts.label, done: done.label, open_s,
      plan_s: (planned - started) / 1000, write_s: (imported - planned) / 1000, total_s: (imported - started) / 1000,
      durable_s: (durable - started) / 1000, rows_per_s: Math.round(n / ((imported - started) / 1000)),
      longest_frame_gap_ms: Math.round(gaps.max), gaps_over_100ms: gaps.over100, frames: gaps.frames,
      wasm_memory_mb: Math.round(memory.wasmMb), js_heap_mb: memory.jsHeapMb && Math.round(memory.jsHeapMb),
    }));
  } finally {
    await browser.close();
    await server.close();
  }
}
