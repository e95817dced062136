// A person adds a contact with a Chinese name and sees it listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, mustFind, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

test('a new contact typed with an IME-style Chinese name appears in the list and the database', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
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
  assert.equal(await find(page, 'Save'), null, 'the form closes after saving');
  assert.ok(await find(page, 'Name###detail-Name'), 'and the new contact opens in the detail panel');
  assert.deepEqual(await query(page, 'SELECT name, email, phone FROM contacts WHERE email = ?', ['xiaoming@example.cn']),
    [{ name: '王小明', email: 'xiaoming@example.cn', phone: '+86 10 6552 9988' }]);
  await screenshot(page, 'contacts-new-chinese-name');
  assert.deepEqual(errors, []);
});

test('an invalid email is refused with the reason next to the field, and nothing is stored', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.type('Ann Lee');
  await focusField(page, 'Email');
  await page.keyboard.type('ann.example.com');
  await click(page, 'Save');

  const message = await mustFind(page, 'needs an @, like name@example.com');
  const email = await mustFind(page, 'Email');
  assert.ok(Math.abs(message.y - email.y) < email.h, 'the message stands on the email field\'s line');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM contacts'), [{ n: 0 }]);
  await screenshot(page, 'contacts-invalid-email');

  // Fix it: what was typed is still there, so only the mistake needs correcting.
  await focusField(page, 'Email');
  await page.keyboard.press('End');
  for (let i = 0; i < 'example.com'.length + 1; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('@example.com');
  await page.keyboard.press('Enter');  // Enter saves
  await mustFind(page, 'Ann Lee');
  assert.deepEqual(await query(page, 'SELECT name, email FROM contacts'), [{ name: 'Ann Lee', email: 'ann@example.com' }]);
  assert.deepEqual(errors, []);
});

test('Tab moves between fields, Escape cancels without saving', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'New contact');
  // The form opens with the cursor in Name, ready to type.
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type('Tab Tester');
  await page.keyboard.press('Tab');
  await page.keyboard.type('tab@example.com');
  await page.keyboard.press('Enter');
  assert.deepEqual(await query(page, 'SELECT name, email FROM contacts ORDER BY id DESC LIMIT 1'),
    [{ name: 'Tab Tester', email: 'tab@example.com' }]);

  await click(page, 'New contact');
  await page.keyboard.type('Never Saved');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.satchel.idle());
  assert.equal(await find(page, 'Save'), null, 'the form is closed');
  assert.deepEqual(await query(page, "SELECT count(*) AS n FROM contacts WHERE name = 'Never Saved'"), [{ n: 0 }]);
  assert.deepEqual(errors, []);
});
