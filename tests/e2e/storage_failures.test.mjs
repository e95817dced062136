// When the browser refuses to save, the user is told why, keeps working, can download everything,
// and the write is retried; and a second writer behind the lock's back is refused.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { serveDist, launch, openApp, addContact, click, findContaining, mustFind, query, screenshot, artifacts, root }
  from './harness.mjs';

let server;
let testServer;
let browser;
before(async () => { server = await serveDist(); testServer = await serveDist('dist-test'); });
beforeEach(async () => { browser = await launch(); });
afterEach(async () => { await browser?.close(); });
after(async () => { await server?.close(); await testServer?.close(); });

test('a full quota is shown in plain words, the backup holds the unsaved contact, and the retry saves it', async () => {
  const { page, errors } = await openApp(browser.context, testServer.url);
  await addContact(page, 'Saved Before');
  await page.evaluate(() => window.satchel.flushed());

  await page.evaluate(() => window.satchel.test.failWrites('QuotaExceededError'));
  await addContact(page, '未保存 Unsaved');
  const [message] = await findContaining(page, 'QuotaExceededError');
  assert.ok(message && message.visible, 'the status bar explains the failure');
  assert.match(message.label, /storage for this site is full/);
  const storage = await page.evaluate(() => window.satchel.storage());
  assert.ok(storage.pendingCommits >= 1);
  assert.match(storage.error, /QuotaExceededError/);
  // Still in the app, in memory:
  assert.deepEqual(await query(page, "SELECT count(*) AS n FROM contacts WHERE name = '未保存 Unsaved'"), [{ n: 1 }]);
  await screenshot(page, 'storage-quota-error');

  // Leaving now would lose it: the page asks first.
  const dialog = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
  assert.ok(!page.isClosed(), 'dismissing the warning keeps the page');

  // One click downloads the whole database; our own CLI reads it back.
  const download = page.waitForEvent('download');
  await click(page, 'Download backup');
  const file = join(artifacts, 'quota-backup.sqlite3');
  await (await download).saveAs(file);
  const { stdout } = await promisify(execFile)(join(root, 'build', 'native', 'satchel'), ['--db', file, 'list', 'contacts', '--json']);
  assert.deepEqual(JSON.parse(stdout).map((c) => c.name).sort(), ['Saved Before', '未保存 Unsaved']);

  // Space is back: the queued commit is retried and lands.
  await page.evaluate(() => window.satchel.test.failWrites(null));
  await page.evaluate(() => window.satchel.flushed());
  assert.ok((await mustFind(page, 'Saved')).visible);
  await page.reload();
  await page.evaluate(() => window.satchel.ready.then(() => true));
  assert.deepEqual(await query(page, 'SELECT name FROM contacts ORDER BY id'), [{ name: 'Saved Before' }, { name: '未保存 Unsaved' }]);
  assert.deepEqual(errors.filter((e) => !e.includes('Injected')), []);
});

test('a write finding that someone else changed the stored database is refused, not merged', async () => {
  const { page } = await openApp(browser.context, server.url);
  await addContact(page, 'Mine');
  await page.evaluate(() => window.satchel.flushed());
  // Another writer that ignored the lock moves the stored commit number on.
  const bumped = await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('satchel');
    req.onsuccess = () => {
      const tx = req.result.transaction('meta', 'readwrite');
      const meta = tx.objectStore('meta');
      meta.get('header').onsuccess = (e) => {
        const h = { ...e.target.result, seq: e.target.result.seq + 100 };
        meta.put(h, 'header');
        tx.oncomplete = () => resolve(h.seq);
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await addContact(page, 'Not Written');
  const [message] = await findContaining(page, 'Another tab wrote to this database');
  assert.ok(message, 'the refusal is shown');
  const flushed = await page.evaluate(() => window.satchel.flushed().then(() => 'resolved', (e) => e.message));
  assert.match(flushed, /^Nothing this tab writes can be saved: Another tab wrote to this database/,
    'flushed() rejects with the conflict instead of waiting for a write that will never happen');
  const stored = await page.evaluate(() => new Promise((resolve) => {
    indexedDB.open('satchel').onsuccess = (e) => {
      e.target.result.transaction('meta').objectStore('meta').get('header').onsuccess = (g) => resolve(g.target.result.seq);
    };
  }));
  assert.equal(stored, bumped, 'the other writer\'s state was not overwritten');
});

test('the shipped page has no test hooks; the test build has them', async () => {
  const hooks = () => ({
    test: typeof window.satchel.test,
    testExports: window.satchelWasm.testExports() !== null,
    scripts: [...document.scripts].map((script) => script.getAttribute('src')),
    idbPatched: IDBDatabase.prototype.transaction.toString().includes('Injected'),
    pageStoreApi: Object.keys(window.satchelPageStore).sort(),
  });
  const pageStoreApi = ['commit', 'flushed', 'handTo', 'load', 'refreshUsage', 'status', 'takeOver'];
  const { page } = await openApp(browser.context, server.url);
  assert.deepEqual(await page.evaluate(hooks), { test: 'undefined', testExports: false, idbPatched: false, pageStoreApi,
    scripts: ['js_boundary.js', 'page_store.js', 'satchel.js', 'app.js'] });
  const dist = join(root, 'dist');
  assert.ok(!existsSync(join(dist, 'test')), 'no web/test/ in dist/');
  // The page's own files (fonts/ holds only font blocks made at build time).
  for (const file of (await readdir(dist, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)) {
    const text = (await readFile(join(dist, file))).toString('latin1');
    for (const hook of ['failWrites', 'Injected write failure']) assert.ok(!text.includes(hook), `dist/${file}: ${hook}`);
  }
  const glue = await readFile(join(dist, 'app.js'), 'utf8');  // Emscripten's glue names every export
  assert.ok(glue.includes('_satchel_query') && !glue.includes('_satchel_test_'), 'the shipped wasm exports no test hook');

  const { page: testPage } = await openApp(browser.context, testServer.url, { newPage: true });
  const testBuild = await testPage.evaluate(hooks);
  assert.deepEqual([testBuild.test, testBuild.testExports, testBuild.idbPatched], ['object', true, true]);
  assert.deepEqual(testBuild.scripts, ['js_boundary.js', 'page_store.js', 'satchel.js', 'test/test_hooks.js', 'app.js']);
});
