// shell/bench storage: what one small edit costs to persist, ours vs Emscripten IDBFS, and how long
// the app takes to open a database of each size. Runs in headless Chromium (Debian's).
//
// For each database size (1, 10, 100 MB by default; SIZES=1,10 to change):
//   - ours: the app's test build (build/dist-test) fills its database, then a one-row UPDATE is
//     committed and awaited with window.satchel.flushed();
//   - IDBFS: the same SQLite database as a file on an IDBFS mount (tests/bench/idbfs), the same
//     UPDATE, then FS.syncfs(false).
// Bytes are counted by wrapping IDBObjectStore.prototype.put in both pages (value bytes handed to
// IndexedDB), so both columns are measured the same way. Times are medians of REPS runs.
// Start-up: navigation start to the first drawn frame, after a reload of the filled database.
// Page sizes: the same at 10 MB for 4, 16 and 64 KB pages (PAGE_SIZES=4096,16384 to change).
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, root } from '../e2e/harness.mjs';

const sizes = (process.env.SIZES || '1,10,100').split(',').map(Number);
const pageSizes = (process.env.PAGE_SIZES || '4096,16384,65536').split(',').map(Number);
const REPS = Number(process.env.REPS || 5);
const outDir = join(root, 'build', 'bench');

const countPutBytes = () => {
  window.idbPutBytes = 0;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const bytes = (v) => (v == null ? 0 : v.byteLength !== undefined ? v.byteLength
      : v.contents ? (v.contents.byteLength ?? v.contents.length ?? 0) : 0);
    window.idbPutBytes += bytes(value);
    return put.call(this, value, key);
  };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// SQL that grows a database to about `mb` megabytes, in commits of at most ~10 MB.
function fillStatements(mb) {
  const statements = [
    'CREATE TABLE IF NOT EXISTS filler (v BLOB)',
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
     INSERT INTO contacts (name, email, created_at, updated_at) SELECT 'Contact ' || i, 'c' || i || '@example.com', 0, 0 FROM n`,
  ];
  let rows = Math.max(0, Math.round((mb * 1e6) / 1030) - 200);
  while (rows > 0) {
    const n = Math.min(rows, 10000);
    statements.push(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})
                     INSERT INTO filler SELECT randomblob(1000) FROM n`);
    rows -= n;
  }
  return statements;
}

const UPDATE = (r) => `UPDATE contacts SET phone = '+4420794600${r % 10}${r}' WHERE id = 500`;

async function measureOurs(browser, url, mb) {
  const context = await browser.newContext();
  await context.addInitScript(countPutBytes);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.satchel.ready.then(() => true));
  for (const sql of fillStatements(mb)) {
    await page.evaluate((s) => { window.satchel.test.exec(s); return window.satchel.flushed(); }, sql);
  }
  const [{ bytes: dbBytes, page_size: pageSize }] = await page.evaluate(() => window.satchel.query(
    'SELECT page_count * page_size AS bytes, page_size FROM pragma_page_count(), pragma_page_size()'));
  const updates = [];
  for (let r = 0; r < REPS; r++) {
    updates.push(await page.evaluate(async (sql) => {
      const before = window.idbPutBytes;
      const t0 = performance.now();
      window.satchel.test.exec(sql);
      await window.satchel.flushed();
      return { ms: performance.now() - t0, bytes: window.idbPutBytes - before };
    }, UPDATE(r)));
  }
  const startups = [];
  for (let r = 0; r < 3; r++) {
    await page.goto(url);
    await page.evaluate(() => window.satchel.ready.then(() => true));
    startups.push(await page.evaluate(() => window.satchel.storage().then((s) => s.timings)));
  }
  const [{ n }] = await page.evaluate(() => window.satchel.query('SELECT count(*) AS n FROM filler'));
  if (!n) throw new Error('the filled database did not survive the reload');
  await context.close();
  return {
    dbBytes, pageSize,
    updateBytes: median(updates.map((u) => u.bytes)),
    updateMs: median(updates.map((u) => u.ms)),
    firstFrameMs: median(startups.map((s) => s.firstFrameMs)),
    pagesLoadedMs: median(startups.map((s) => s.pagesLoadedMs)),
  };
}

async function measureIdbfs(browser, url, mb) {
  const context = await browser.newContext();
  await context.addInitScript(countPutBytes);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.idbfsReady);
  const schema = 'CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT \'\', ' +
    'phone TEXT NOT NULL DEFAULT \'\', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)';
  await page.evaluate((s) => window.idbfs.exec(s), schema);
  for (const sql of fillStatements(mb)) await page.evaluate((s) => window.idbfs.exec(s), sql);
  await page.evaluate(() => window.idbfs.sync());
  const updates = [];
  for (let r = 0; r < REPS; r++) {
    updates.push(await page.evaluate(async (sql) => {
      const before = window.idbPutBytes;
      const t0 = performance.now();
      window.idbfs.exec(sql);
      await window.idbfs.sync();
      return { ms: performance.now() - t0, bytes: window.idbPutBytes - before };
    }, UPDATE(r)));
  }
  await context.close();
  return { updateBytes: median(updates.map((u) => u.bytes)), updateMs: median(updates.map((u) => u.ms)) };
}

function table(title, headers, rows) {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toLocaleString('en-US', { maximumFractionDigits: 1 }) : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  console.log(`\n${title}`);
  console.log(headers.map((h, i) => (i ? h.padStart(widths[i]) : h.padEnd(widths[i]))).join('  '));
  for (const r of cells) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
}

const app = await serveDist('dist-test');
const baseline = await serveDist('wasm/bench');
const browser = await launchBrowser();
const results = { bySize: [], byPageSize: [] };
try {
  for (const mb of sizes) {
    const ours = await measureOurs(browser, app.url, mb);
    const idbfs = await measureIdbfs(browser, `${baseline.url}index.html`, mb);
    results.bySize.push({ targetMB: mb, ours, idbfs });
  }
  for (const pageSize of pageSizes) {
    results.byPageSize.push({ pageSize, ours: await measureOurs(browser, `${app.url}?pageSize=${pageSize}`, 10) });
  }
} finally {
  await browser.close();
  await app.close();
  await baseline.close();
}

table(`storage: one-row UPDATE until durable (median of ${REPS}), and start-up (median of 3)`,
  ['database', 'ours bytes', 'ours ms', 'IDBFS bytes', 'IDBFS ms', 'bytes ratio', 'first frame ms', 'pages loaded ms'],
  results.bySize.map(({ ours, idbfs }) => [`${(ours.dbBytes / 1e6).toFixed(1)} MB`, ours.updateBytes, ours.updateMs,
    idbfs.updateBytes, idbfs.updateMs, `1:${Math.round(idbfs.updateBytes / Math.max(1, ours.updateBytes))}`,
    ours.firstFrameMs, ours.pagesLoadedMs]));
table('storage: page size at 10 MB',
  ['page size', 'bytes per update', 'update ms', 'first frame ms', 'pages loaded ms'],
  results.byPageSize.map(({ pageSize, ours }) => [pageSize, ours.updateBytes, ours.updateMs, ours.firstFrameMs, ours.pagesLoadedMs]));

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'storage.json'), JSON.stringify({ benchmark: 'storage', time: new Date().toISOString(), reps: REPS, ...results }, null, 2));
