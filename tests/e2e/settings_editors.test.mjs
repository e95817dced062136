// Settings: a pipeline stage is added and renamed; a custom field is defined and filled in on a contact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, mustFind, addContact, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

test('a new pipeline stage appears on the board; a custom field shows on contacts and keeps its value', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Settings');
  await focusField(page, 'new stage');
  await page.keyboard.type('Contract sent');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT name, position FROM pipeline_stages ORDER BY position DESC LIMIT 1'),
    [{ name: 'Contract sent', position: 5 }]);
  await focusField(page, 'stage name 1');
  await page.keyboard.press('End');
  await page.keyboard.type(' (new)');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT name FROM pipeline_stages ORDER BY position LIMIT 1'), [{ name: 'Prospecting (new)' }]);
  await click(page, 'Pipeline');
  await mustFind(page, 'stage Contract sent');

  await click(page, 'Settings');
  await focusField(page, 'field name');
  await page.keyboard.type('Shoe size');
  await click(page, 'Kind');
  await click(page, 'Number');
  await click(page, 'Add field');
  await mustFind(page, 'Contact · Shoe size · Number');
  await screenshot(page, 'settings-editors');
  await click(page, 'Contacts');
  await addContact(page, 'Field Tester');
  await focusField(page, 'Shoe size');
  await page.keyboard.type('forty');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM custom_values'), [{ n: 0 }], 'a word is not a number');
  await focusField(page, 'Shoe size');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT value FROM custom_values'), [{ value: '42' }]);
  assert.deepEqual(errors, []);
});
