// Nothing on screen is cut off (issue 11, item 16): text that does not fit where it is shown ends
// in "…" (hovering shows it whole) or wraps, at 1024, 1280 and 1920 px, in English and in Chinese,
// over data with long names in many scripts. The item locator marks an item `clipped` when its
// text runs past the right edge of the column, panel or window showing it, and counts the
// characters the font has no glyph for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, within } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');
const WIDTHS = [1024, 1280, 1920];
// Every screen, and the record pages that have their own layout.
const PLACES = ['#/dashboard', '#/contacts', '#/contacts/1', '#/companies', '#/companies/1', '#/pipeline',
  '#/pipeline/1', '#/activities', '#/service', '#/service/1', '#/marketing', '#/orders', '#/duplicates', '#/settings',
  '#/about'];

// Long names in many scripts, on the records the first of each kind shows.
const LONG = {
  contact: 'Αλέξανδρος Παπαδόπουλος-Καραμανλής 张伟明 Zoë Ångström-Øre 김민준 さくら 👍🏽',
  company: 'Международная торговая компания 长城科技国际贸易有限公司 廣東分公司 😀',
  deal: 'Enterprise rollout for the whole northern region 全国推广项目第二期',
  ticket: 'Cannot export the quarterly report to a spreadsheet 无法导出季度报表',
};

async function problemsEverywhere(page, width, language) {
  const found = [];
  for (const place of PLACES) {
    await page.evaluate((h) => { location.hash = h; }, place);
    await within(5_000, `${place}`, page.waitForFunction((h) => location.hash === h, place));
    await page.evaluate(() => window.satchel.idle());
    await page.evaluate(() => window.satchel.idle());
    const items = await page.evaluate(() => window.satchel.ui.items());
    for (const i of items) {
      if (i.clipped) found.push(`${width} ${language} ${place}: clipped "${i.label}"`);
      if (i.missingGlyphs) found.push(`${width} ${language} ${place}: "${i.label}" has ${i.missingGlyphs} "?"`);
    }
  }
  return found;
}

test('at 1024, 1280 and 1920 px, in English and Chinese, no text on any screen is cut off or drawn as "?"', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.seed(300));
  await page.evaluate((l) => {
    const q = (s) => s.replace(/'/g, "''");
    window.satchel.test.exec(`
      UPDATE contacts SET name = '${q(l.contact)}', company_id = 1 WHERE id = 1;
      UPDATE deals SET contact_id = 1, company_id = 1 WHERE id = 1;
      UPDATE companies SET name = '${q(l.company)}' WHERE id = 1;
      UPDATE deals SET title = '${q(l.deal)}' WHERE id = 1;
      UPDATE tickets SET subject = '${q(l.ticket)}' WHERE id = 1;`);
  }, LONG);
  const found = [];
  for (const language of ['English', '简体中文']) {
    if (language !== 'English') {
      await click(page, 'Settings');
      await click(page, language);
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...await problemsEverywhere(page, width, language));
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(errors, []);
});

test('the check sees cut-off text: below the widths Satchel supports, the deal page\'s fields run out of view', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.seed(50));
  await page.setViewportSize({ width: 560, height: 800 });
  await page.evaluate(() => { location.hash = '#/pipeline/1'; });
  await page.waitForFunction(() => location.hash === '#/pipeline/1');
  await page.evaluate(() => window.satchel.idle());
  const clipped = (await page.evaluate(() => window.satchel.ui.items())).filter((i) => i.clipped).map((i) => i.label);
  assert.ok(clipped.includes('Delete deal'), `the Delete button is cut off at 560 px; clipped: ${JSON.stringify(clipped)}`);
  assert.deepEqual(errors, []);
});
