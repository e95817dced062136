// Companies: add one, edit it in place, sort the table, select a range and delete it with undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, findContaining, mustFind, query, screenshot, addCompany }
  from './harness.mjs';

const env = freshBrowserPerTest();

test('a company is added, edited in place, and a Shift+click range is deleted and restored', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, 'Acme', 'https://www.acme.example/about');
  await addCompany(page, 'Beta Corp', 'beta.example');
  await addCompany(page, '长城科技', 'greatwall.example.cn');
  assert.deepEqual(await query(page, 'SELECT name, domain FROM companies ORDER BY id'), [
    { name: 'Acme', domain: 'acme.example' }, { name: 'Beta Corp', domain: 'beta.example' },
    { name: '长城科技', domain: 'greatwall.example.cn' }]);

  await focusField(page, 'Industry###company-Industry');
  await page.keyboard.type('Software');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, "SELECT industry FROM companies WHERE name = '长城科技'"), [{ industry: 'Software' }]);

  await click(page, 'Domain');  // the header: sort by domain
  const byDomain = await Promise.all(['Acme', 'Beta Corp', '长城科技'].map((n) => mustFind(page, n)));
  assert.ok(byDomain[0].y < byDomain[1].y && byDomain[1].y < byDomain[2].y, 'acme, beta, greatwall');

  await click(page, 'Acme');
  await page.keyboard.down('Shift');
  await click(page, 'Beta Corp');
  await page.keyboard.up('Shift');
  await mustFind(page, '2 selected');
  await click(page, 'Delete selected');
  assert.equal(await find(page, 'Acme'), null);
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM companies WHERE deleted_at IS NULL'), [{ n: 1 }]);
  await mustFind(page, '2 companies deleted.');
  await screenshot(page, 'companies-deleted');
  await click(page, 'Undo');
  await mustFind(page, 'Acme');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM companies WHERE deleted_at IS NULL'), [{ n: 3 }]);
  assert.deepEqual(errors, []);
});

test('several companies are tagged at once, and the tag filter narrows the table to them', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, 'Acme', 'acme.example');
  await addCompany(page, 'Beta Corp', 'beta.example');
  await addCompany(page, '长城科技', 'greatwall.example.cn');
  await click(page, 'Acme');
  await page.keyboard.down('Control');
  await click(page, '长城科技');
  await page.keyboard.up('Control');
  await mustFind(page, '2 selected');
  await click(page, 'Add tag');
  assert.ok((await findContaining(page, 'tag is required')).length, 'an empty tag is refused');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM company_tags'), [{ n: 0 }]);
  await focusField(page, '##bulk-tag');
  await page.keyboard.insertText('重点客户 Key');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page,
    'SELECT c.name FROM companies c JOIN company_tags ct ON ct.company_id = c.id ORDER BY c.id'),
  [{ name: 'Acme' }, { name: '长城科技' }]);

  await click(page, 'Clear selection');
  await click(page, 'Tag');
  await click(page, '重点客户 Key');
  assert.equal(await find(page, 'Beta Corp'), null, 'the untagged company is filtered out');
  await mustFind(page, 'Acme');
  await mustFind(page, '长城科技');
  await screenshot(page, 'companies-tag-filter');
  await click(page, 'Clear filters');
  await mustFind(page, 'Beta Corp');
  assert.deepEqual(errors, []);
});
