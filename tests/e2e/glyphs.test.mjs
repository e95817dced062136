// Text that would draw as "?" (issue 11, item 2): the item locator counts, for every item's label,
// the characters the font has no glyph for. The app's own text in both languages and names in
// Latin, Greek, Cyrillic and Chinese (GB2312) draw whole from the first frame; every other script
// a font here has draws whole once its block of glyphs has been fetched (src/ui/fonts.h).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, addContact, query, within, screenshot } from './harness.mjs';

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
  // The count is real: a character no font has (U+0378 is unassigned) stays "?" and is counted.
  await addContact(page, 'Nothing \u0378');
  const none = (await page.evaluate(() => window.satchel.ui.items())).find((i) => i.label === 'Nothing \u0378');
  assert.equal(none.missingGlyphs, 1);
  assert.deepEqual(errors, []);
});

// Scripts outside the fonts that load with the page: their glyphs are fetched when text needs them.
const FAR = ['廣東 臺灣 香港', 'Ɛfua Ɔkɔ', 'ひらがな カタカナ', '한국어 김민준', 'Ana 😀🎉 Müller 👍🏽 👨‍👩‍👧', '𠀀 𠮷野家', '₹ ₪ ∮ ⌘ ♞'];

test('Traditional Chinese, kana, Hangul, emoji and CJK Extension B draw whole once their fonts arrive, fetched once', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/fonts/more/')) fetched.push(r.url()); });
  for (const name of FAR) await addContact(page, name);
  await page.evaluate(() => window.satchel.idle());
  const missing = async () => {
    const items = await page.evaluate(() => window.satchel.ui.items());
    return FAR.map((name) => [name, items.find((i) => i.label === name)?.missingGlyphs]);
  };
  assert.deepEqual(await missing(), FAR.map((name) => [name, 0]));
  // Only the blocks these names need (never more files than characters), not every font.
  const blockFiles = (await (await page.request.get(new URL('fonts/more/index.txt', env.server.url).href)).text()).trim()
    .split('\n').length - 1;
  assert.ok(fetched.length > 0 && fetched.length <= [...FAR.join('')].length && fetched.length < blockFiles / 10,
    `${fetched.length} of ${blockFiles} font files fetched`);
  assert.equal(new Set(fetched).size, fetched.length, 'no file fetched twice');
  // Stored exactly as typed (the font work changes nothing stored).
  const stored = (await query(page, 'SELECT name FROM contacts ORDER BY id')).map((r) => r.name);
  assert.deepEqual(stored, FAR);
  await screenshot(page, 'far-scripts');

  // The browser keeps what it fetched: after a reload the same text draws whole with no new request.
  await page.evaluate(() => window.satchel.flushed());
  fetched.length = 0;
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await missing(), FAR.map((name) => [name, 0]));
  assert.deepEqual(fetched, [], 'no font fetched again');
  assert.deepEqual(errors, []);
});
