// A person adds a contact with a Chinese name and sees it listed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, click, focusField, find, mustFind, query, screenshot } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a new contact typed with an IME-style Chinese name appears in the list and the database', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  assert.equal(await find(page, 'Name'), null, 'the form is closed until asked for');

  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.insertText('王小明');  // what an IME does when the user commits a composition
  await focusField(page, 'Email');
  await page.keyboard.type('xiaoming@example.cn');
  await focusField(page, 'Phone');
  await page.keyboard.type('+86 10 6552 9988');
  await click(page, 'Save');

  const row = await mustFind(page, '王小明');
  assert.ok(row.visible, 'the new row is on screen');
  assert.equal(await find(page, 'Name'), null, 'the form closes after saving');
  assert.deepEqual(await query(page, 'SELECT name, email, phone FROM contacts WHERE email = ?', ['xiaoming@example.cn']),
    [{ name: '王小明', email: 'xiaoming@example.cn', phone: '+861065529988' }]);
  await screenshot(page, 'contacts-new-chinese-name');
  assert.deepEqual(errors, []);
});
