// Killing the tab at any moment leaves IndexedDB at a whole committed state, never a mix.
// Workload: 20 small commits, one commit of 20,000 rows, 20 more small commits. After each kill
// the reopened database must pass integrity_check and hold exactly a prefix of that sequence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist('dist-test'); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(context) {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.satchel.ready.then(() => true));
  return page;
}

function startWorkload(page) {
  return page.evaluate(() => {
    window.workload = (async () => {
      const t = window.satchel.test;
      const pause = () => new Promise((r) => setTimeout(r, 15));
      const small = (k) => t.exec(`INSERT INTO contacts (name, created_at, updated_at) VALUES ('small-${k}', ${k}, ${k})`);
      for (let k = 1; k <= 20; k++) { small(k); await pause(); }
      t.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
              INSERT INTO contacts (name, email, created_at, updated_at)
              SELECT 'big-' || i, 'big' || i || '@example.com', 0, 0 FROM n`);
      for (let k = 21; k <= 40; k++) { small(k); await pause(); }
    })();
  });
}

// Which prefix of the 41 commits a database holds, or a description of why it is not a prefix.
async function landedState(page) {
  const [{ integrity_check: integrity }] = await page.evaluate(() => window.satchel.query('PRAGMA integrity_check'));
  const smalls = (await page.evaluate(() => window.satchel.query(
    "SELECT CAST(substr(name, 7) AS INTEGER) AS k FROM contacts WHERE name LIKE 'small-%' ORDER BY k"))).map((r) => r.k);
  const [{ n: big }] = await page.evaluate(() => window.satchel.query("SELECT count(*) AS n FROM contacts WHERE name LIKE 'big-%'"));
  const m = smalls.length;
  const isPrefix = smalls.every((k, i) => k === i + 1);
  const bigWhole = big === 0 || big === 20000;
  const ordered = (m <= 20 || big === 20000) && (big === 0 || m >= 20);
  return { integrity, m, big, consistent: isPrefix && bigWhole && ordered };
}

// A small deterministic generator, so a failing kill time can be replayed.
function* killTimes(seed, count, span) {
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield Math.round((x / 2147483648) * span);
  }
}

test('a tab killed at 12 random moments of a write stream always reopens to a committed state', async (t) => {
  // Calibrate: how long the workload takes here, until everything is durable.
  const calibration = await browser.newContext();
  const page = await open(calibration);
  const started = Date.now();
  await startWorkload(page);
  await page.evaluate(() => window.workload.then(() => window.satchel.flushed()));
  const span = Date.now() - started;
  assert.deepEqual(await landedState(page), { integrity: 'ok', m: 40, big: 20000, consistent: true });
  await calibration.close();
  t.diagnostic(`workload until durable: ${span} ms`);

  const seen = new Set();
  let trial = 0;
  for (const delay of killTimes(20261122, 12, span)) {
    trial++;
    const context = await browser.newContext();
    const victim = await open(context);
    await startWorkload(victim);
    await new Promise((r) => setTimeout(r, delay));
    // Half the trials crash the renderer; half close the page without running beforeunload.
    if (trial % 2) {
      const cdp = await context.newCDPSession(victim);
      cdp.send('Page.crash').catch(() => {});
      await victim.waitForEvent('crash').catch(() => {});
    } else {
      await victim.close({ runBeforeUnload: false });
    }
    const reopened = await open(context);
    const state = await landedState(reopened);
    t.diagnostic(`trial ${trial}: ${trial % 2 ? 'crash' : 'close'} at ${delay} ms -> ${state.m} small commits, ` +
      `${state.big ? 'with' : 'without'} the 20,000-row commit, integrity ${state.integrity}`);
    assert.equal(state.integrity, 'ok', `trial ${trial}`);
    assert.ok(state.consistent, `trial ${trial}: not a committed state: ${JSON.stringify(state)}`);
    seen.add(`${state.m}/${state.big}`);
    await context.close();
  }
  t.diagnostic(`distinct committed states seen: ${seen.size}`);
  assert.ok(seen.size >= 3, 'the kill times reached different points of the workload');
});
