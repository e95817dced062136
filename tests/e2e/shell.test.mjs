// The app shell: navigation, Ctrl+K search, language and theme, remembered across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addContact, addCompany, addDeal, click, find, findContaining, mustFind, query,
  screenshot, searchFor } from './harness.mjs';

const env = freshBrowserPerTest();

test('Ctrl+K opens search anywhere; typing 张 finds 张三, and picking it shows the contact', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, '张三', 'zhang@example.cn');
  await addContact(page, 'Ann Lee');
  await click(page, 'Settings');
  await searchFor(page, '张');
  const hit = await mustFind(page, '张三');
  const group = await mustFind(page, 'Contacts');
  assert.ok(hit.visible && hit.y > group.y, 'the hit is listed under the Contacts group');
  assert.equal(await find(page, 'Ann Lee'), null, 'non-matching contacts are not listed');
  await screenshot(page, 'shell-global-search');
  await click(page, '张三');
  assert.equal((await findContaining(page, 'Type to search')).length, 0, 'the search closed');
  assert.ok((await mustFind(page, 'New contact')).visible, 'the Contacts screen is shown');
  assert.ok((await mustFind(page, '张三')).visible, 'the contact is in view');
  assert.deepEqual(errors, []);
});

test('in Ctrl+K, Down and Up move through the results across groups and Enter opens the one highlighted', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Lotus Lee');
  await click(page, 'Companies');
  await addCompany(page, 'Lotus Trading');
  await click(page, 'Pipeline');
  await addDeal(page, 'Lotus renewal', '1200');
  await click(page, 'Dashboard');
  await searchFor(page, 'lotus');
  // Contact, company, deal: Down twice, Up once, Down once lands on the deal.
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown']) await page.keyboard.press(key);
  await page.evaluate(() => window.satchel.idle());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-agent', 'the field keeps the keyboard');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await findContaining(page, 'Type to search')).length, 0, 'the search closed');
  assert.ok((await mustFind(page, 'Mark won')).visible, 'the deal is open on the Pipeline screen');
  assert.deepEqual(errors, []);
});

test('Ctrl+K lists companies and deals under their own groups; picking one opens it on its screen', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, 'Lotus Trading');
  await click(page, 'Pipeline');
  await addDeal(page, 'Lotus renewal', '1200');  // the board shows it; no deal page is open
  await click(page, 'Dashboard');

  await searchFor(page, 'lotus');
  // The group titles are the last items so named (the navigation has a "Companies" too).
  const group = async (title) => (await findContaining(page, title)).filter((i) => i.label === title).pop();
  const companies = await group('Companies'), deals = await group('Deals');
  const company = await mustFind(page, 'Lotus Trading');
  const deal = await mustFind(page, 'Lotus renewal');
  assert.ok(company.y > companies.y && deal.y > deals.y && deals.y > company.y, 'each hit under its group');
  await click(page, 'Lotus renewal');
  assert.ok((await mustFind(page, 'Mark won')).visible, 'the deal is open on the Pipeline screen');

  await searchFor(page, 'lotus');
  await click(page, 'Lotus Trading');
  assert.ok((await mustFind(page, 'New company')).visible, 'the Companies screen is shown');
  assert.ok((await mustFind(page, 'No contacts at this company yet.')).visible, 'with the company open');
  assert.deepEqual(errors, []);
});

test('switching to Chinese translates the interface, survives a reload, and switches back', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Settings');
  await click(page, '简体中文');
  for (const label of ['联系人', '设置', '外观', '下载备份', '已保存']) assert.ok(await find(page, label), `${label} is shown`);
  await screenshot(page, 'shell-settings-chinese');
  await page.evaluate(() => window.satchel.flushed());
  assert.deepEqual(await query(page, "SELECT value FROM settings WHERE key = 'language'"), [{ value: 'zh-CN' }]);
  await page.reload();
  await page.evaluate(() => window.satchel.ready.then(() => true));
  await click(page, '联系人');
  assert.ok((await mustFind(page, '新建联系人')).visible);
  await click(page, '设置');
  await click(page, 'English');
  assert.ok(await find(page, 'Appearance'));
  assert.equal(await find(page, '外观'), null);
  assert.deepEqual(errors, []);
});

test('the dark theme is applied and remembered', async () => {
  const { page } = await openApp(env.browser.context, env.server.url);
  const background = () => page.evaluate(() => window.satchel.ui.pixel(600, 400).then(([r, g, b]) => r + g + b));
  await click(page, 'Settings');
  await click(page, 'Dark');
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready.then(() => window.satchel.frames(2)));
  assert.deepEqual(await query(page, "SELECT value FROM settings WHERE key = 'theme'"), [{ value: 'dark' }]);
  await screenshot(page, 'shell-dark-theme');
  const dark = await background();
  await click(page, 'Settings');
  await click(page, 'Light');
  await page.evaluate(() => window.satchel.frames(2));
  assert.ok(dark < await background(), 'the light theme is brighter than the dark one');
});
