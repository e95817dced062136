// window.satchel: the surface tests and scripts use. query() must never be a way to write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freshBrowserPerTest, openApp, mustFind, root, serveDist } from './harness.mjs';

const env = freshBrowserPerTest();

test('query() answers reads with bound parameters and refuses every write', async () => {
  const { page } = await openApp(env.browser.context, env.server.url);
  assert.deepEqual(await page.evaluate(() => window.satchel.query('SELECT ? + ? AS sum, ? AS name', [2, 3, '王'])),
    [{ sum: 5, name: '王' }]);
  for (const sql of ["INSERT INTO contacts (name, created_at, updated_at) VALUES ('x', 0, 0)", 'DELETE FROM contacts',
    'DROP TABLE contacts', 'SELECT 1; DELETE FROM contacts']) {
    const message = await page.evaluate((s) => {
      try { window.satchel.query(s); return 'accepted'; } catch (e) { return e.message; }
    }, sql);
    assert.notEqual(message, 'accepted', sql);
  }
  assert.match(await page.evaluate(() => { try { window.satchel.query('SELECT nope FROM nowhere'); } catch (e) { return e.message; } }),
    /no such table: nowhere/);
});

test('ui.items() reports what was drawn, in page pixels, with labels a person sees', async () => {
  const { page } = await openApp(env.browser.context, env.server.url);
  const labels = (await page.evaluate(() => window.satchel.ui.items())).map((i) => i.label);
  assert.ok(labels.includes('New contact'), JSON.stringify(labels));
  assert.ok(labels.includes('No contacts yet. Click "New contact" to add one.'), 'the empty state is reported');
  const button = await mustFind(page, 'New contact');
  assert.ok(button.visible && button.w > 20 && button.h > 10);
  assert.ok(button.x + button.w <= 1280 && button.y >= 0, 'inside the 1280-wide page');
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y).id, [button.x + button.w / 2, button.y + button.h / 2]);
  assert.equal(hit, 'canvas');
  assert.equal(await page.evaluate(() => window.satchel.ui.find('no such label')), null);
});

test('a page whose shared constants differ from the app stops at start-up with a plain error', async () => {
  // A copy of dist/ whose page disagrees with the wasm about one key code (web/js_boundary.js).
  const dir = join(root, 'build', 'dist-mismatch');
  await rm(dir, { recursive: true, force: true });
  await cp(join(root, 'dist'), dir, { recursive: true });
  const boundary = join(dir, 'js_boundary.js');
  const source = await readFile(boundary, 'utf8');
  assert.ok(source.includes(' Tab: 9,'));
  await writeFile(boundary, source.replace(' Tab: 9,', ' Tab: 10,'));
  const server = await serveDist('dist-mismatch');
  try {
    const page = await env.browser.context.newPage();
    await page.goto(server.url);
    const outcome = await page.evaluate(() => window.satchel.ready.then(() => 'started', (e) => e.message));
    assert.match(outcome, /page and its app disagree \(Key\.Tab: page 10, app 9\)/);
    assert.equal(await page.textContent('#loading'), outcome, 'the person sees the reason');
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
