// Text that would draw as "?" (issue 11, item 2): the item locator counts, for every item's label,
// the characters the font has no glyph for. The app's own text in both languages and names in
// Latin, Greek, Cyrillic and Chinese (GB2312) must draw whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, addContact, query, within } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');
const SCREENS = ['dashboard', 'contacts', 'companies', 'pipeline', 'activities', 'service', 'marketing', 'orders',
  'duplicates', 'settings', 'about'];

// "screen: label (N missing)" for every item drawn with a missing glyph, visiting every screen.
async function missingOnEveryScreen(page) {
  const found = [];
  for (const screen of SCREENS) {
    await page.evaluate((h) => { location.hash = h; }, `#/${screen}`);
    await within(5_000, `the ${screen} screen`, page.waitForFunction((h) => location.hash === h, `#/${screen}`));
    await page.evaluate(() => window.satchel.idle());
    const items = await page.evaluate(() => window.satchel.ui.items());
    for (const i of items) if (i.missingGlyphs) found.push(`${screen}: ${i.label} (${i.missingGlyphs} missing)`);
  }
  return found;
}

test('every screen draws its own text and sample data with no "?", in English and in Chinese', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.seed(300));
  assert.deepEqual(await missingOnEveryScreen(page), []);
  await click(page, 'Settings');
  await click(page, '简体中文');
  assert.deepEqual(await missingOnEveryScreen(page), []);
  assert.deepEqual(errors, []);
});

test('names in Greek, Cyrillic, accented Latin and less common Chinese characters draw whole', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  const names = ['Привет Мир', 'Αλέξανδρος Παπαδόπουλος', 'Zoë Ångström-Øre', '浏览 鑫淼 ★★★'];
  for (const name of names) await addContact(page, name);
  assert.equal((await query(page, 'SELECT count(*) AS n FROM contacts'))[0].n, names.length);
  const items = await page.evaluate(() => window.satchel.ui.items());
  for (const name of names) {
    const row = items.find((i) => i.label === name);
    assert.ok(row, `${name} is listed`);
    assert.equal(row.missingGlyphs, 0, `${name} draws with no "?"`);
  }
  // The count is real: a character no shipped font has (yet) is counted.
  await addContact(page, 'Emoji 😀');
  const emoji = (await page.evaluate(() => window.satchel.ui.items())).find((i) => i.label === 'Emoji 😀');
  assert.equal(emoji.missingGlyphs, 1);
  assert.deepEqual(errors, []);
});
