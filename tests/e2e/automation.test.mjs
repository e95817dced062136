// window.satchel: the surface tests and scripts use. query() must never be a way to write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, mustFind } from './harness.mjs';

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
