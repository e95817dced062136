// A salesperson edits a contact in place, deletes and undoes, selects several for a bulk action,
// filters and sorts the list, and logs a call from the detail panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, mustFind, findContaining, addContact, addCompany, query,
  screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

test('a field edited in the detail panel is saved on Enter; an invalid value is refused next to it and not stored', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT city FROM contacts'), [{ city: 'Lyon' }]);
  assert.ok((await findContaining(page, 'City set to “Lyon”')).length, 'the edit is on the timeline, in words');

  await focusField(page, 'Email###detail-Email');
  await page.keyboard.press('End');
  for (let i = 0; i < 'example.com'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  const message = await mustFind(page, 'needs a domain after the @');
  const field = await mustFind(page, 'Email###detail-Email');
  assert.ok(message.y > field.y && message.y - field.y < 2 * field.h, 'the reason stands right under the field');
  assert.deepEqual(await query(page, 'SELECT email FROM contacts'), [{ email: 'ann@example.com' }], 'nothing half-written');
  await screenshot(page, 'contact-detail-invalid-email');

  // The cursor is still in the field: correct it right there.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-agent');
  await page.keyboard.press('End');
  await page.keyboard.type('example.org');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT email FROM contacts'), [{ email: 'ann@example.org' }]);
  assert.equal(await find(page, 'needs a domain after the @'), null, 'the message goes once fixed');
  assert.deepEqual(errors, []);
});

test('a deleted contact leaves the list and comes back with Undo (and with Ctrl+Z)', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Delete Me');
  await addContact(page, 'Keep Me');
  await click(page, 'Delete Me');
  await click(page, 'Delete');
  assert.equal(await find(page, 'Delete Me'), null, 'gone from the list');
  assert.deepEqual(await query(page, "SELECT deleted_at IS NOT NULL AS gone FROM contacts WHERE name = 'Delete Me'"), [{ gone: 1 }]);
  await mustFind(page, '1 contact deleted.');
  await screenshot(page, 'contacts-deleted-undo');
  await click(page, 'Undo');
  await mustFind(page, 'Delete Me');
  assert.deepEqual(await query(page, "SELECT deleted_at FROM contacts WHERE name = 'Delete Me'"), [{ deleted_at: null }]);

  // The keyboard way: Delete key, then Ctrl+Z.
  await click(page, 'Keep Me');
  await page.keyboard.press('Delete');
  await page.evaluate(() => window.satchel.idle());
  assert.equal(await find(page, 'Keep Me'), null);
  await page.keyboard.press('Control+z');
  await page.evaluate(() => window.satchel.idle());
  await mustFind(page, 'Keep Me');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM contacts WHERE deleted_at IS NULL'), [{ n: 2 }]);
  assert.deepEqual(errors, []);
});

test('Ctrl+click selects several contacts for a bulk tag; the tag filter and the Name header narrow and order the list', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  for (const name of ['Bao Chen', 'Ada Park', 'Cy Young']) await addContact(page, name);
  await click(page, 'Ada Park');
  await page.keyboard.down('Control');
  await click(page, 'Cy Young');
  await page.keyboard.up('Control');
  await mustFind(page, '2 selected');
  await focusField(page, '##bulk-tag');
  await page.keyboard.type('VIP');
  await click(page, 'Add tag');
  assert.deepEqual(await query(page,
    'SELECT c.name FROM contacts c JOIN contact_tags ct ON ct.contact_id = c.id ORDER BY c.name'),
  [{ name: 'Ada Park' }, { name: 'Cy Young' }]);

  await click(page, 'Tag');
  await click(page, 'VIP');
  assert.equal(await find(page, 'Bao Chen'), null, 'the untagged contact is filtered out');
  const ada = await mustFind(page, 'Ada Park');
  const cy = await mustFind(page, 'Cy Young');
  assert.ok(ada.y < cy.y, 'sorted by name, A first');
  await click(page, 'Name');  // the header: already sorted by name, so this reverses it
  assert.ok((await mustFind(page, 'Ada Park')).y > (await mustFind(page, 'Cy Young')).y, 'Z to A');
  await screenshot(page, 'contacts-filtered-sorted');
  await click(page, 'Clear filters');
  await mustFind(page, 'Bao Chen');
  assert.deepEqual(errors, []);
});

test('logging a call from the detail panel puts it on the contact\'s timeline', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, '李娜');
  await click(page, 'Log call');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type('Intro call');
  await focusField(page, 'Outcome');
  await page.keyboard.type('wants a demo');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT a.kind, a.subject, a.outcome, c.name FROM activities a JOIN contacts c ON c.id = a.contact_id'),
    [{ kind: 'call', subject: 'Intro call', outcome: 'wants a demo', name: '李娜' }]);
  assert.ok((await findContaining(page, 'Call: Intro call — wants a demo')).length, 'on the timeline');
  await screenshot(page, 'contact-timeline');
  assert.deepEqual(errors, []);
});

test('a contact is linked to a company by typing part of its name in the detail panel, and unlinked', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, '长城科技 Great Wall Tech');
  await click(page, 'Contacts');
  await addContact(page, 'Wu Lei');
  // The detail panel's Company field (the table's Company header comes first).
  const company = (await page.evaluate(() => window.satchel.ui.items().filter((i) => i.label === 'Company'))).pop();
  await page.mouse.click(company.x + company.w / 2, company.y + company.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.insertText('长城');
  await click(page, '长城科技 Great Wall Tech');
  assert.deepEqual(await query(page, 'SELECT c.name, co.name AS company FROM contacts c JOIN companies co ON co.id = c.company_id'),
    [{ name: 'Wu Lei', company: '长城科技 Great Wall Tech' }]);
  assert.ok((await findContaining(page, 'Company set to “长城科技 Great Wall Tech”')).length, 'the link is on the timeline');
  await screenshot(page, 'contact-linked-company');
  await click(page, 'Unlink');
  assert.deepEqual(await query(page, 'SELECT company_id FROM contacts'), [{ company_id: null }]);
  assert.equal(await find(page, 'Unlink'), null);
  assert.deepEqual(errors, []);
});
