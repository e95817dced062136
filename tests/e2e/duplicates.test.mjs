// Two records of one person are reviewed side by side and merged into one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, mustFind, findContaining, addContact, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

test('merging a suggested pair keeps one contact, fills its gaps and moves the other\'s activities', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await addContact(page, 'Ann Lee (work)', 'ANN@example.com');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await click(page, 'Log call');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type('Met at fair');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());

  await click(page, 'Duplicates');
  await mustFind(page, 'Ann Lee (same email)');
  await mustFind(page, '+ Lyon');  // the kept record's empty city will be filled
  await screenshot(page, 'duplicates-side-by-side');
  await click(page, 'Merge');
  await click(page, 'Merge them');
  assert.deepEqual(await query(page, 'SELECT name, city FROM contacts WHERE deleted_at IS NULL'), [{ name: 'Ann Lee', city: 'Lyon' }]);
  assert.deepEqual(await query(page, 'SELECT c.name FROM activities a JOIN contacts c ON c.id = a.contact_id'), [{ name: 'Ann Lee' }]);
  assert.ok((await findContaining(page, 'Merged into Ann Lee: 1 activity')).length);
  await mustFind(page, 'No likely duplicates: no two contacts share an email, a phone, or a name at one company.');
  assert.deepEqual(errors, []);
});

test('a merge asks first; Cancel merges nothing, and Undo brings the merged contact back whole', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await addContact(page, '安 Lee 👩‍💼', 'ANN@example.com');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  const contactsBefore = await query(page, 'SELECT * FROM contacts ORDER BY id');

  await click(page, 'Duplicates');
  await click(page, 'Merge');
  await mustFind(page, 'Merge “安 Lee 👩‍💼” into “Ann Lee”?');
  await screenshot(page, 'duplicates-confirm-merge');
  await click(page, 'Cancel');
  assert.equal(await find(page, 'Merge them'), null, 'the question closed');
  assert.deepEqual(await query(page, 'SELECT * FROM contacts ORDER BY id'), contactsBefore, 'nothing merged');

  await click(page, 'Merge');
  await click(page, 'Merge them');
  assert.equal((await query(page, 'SELECT count(*) AS n FROM contacts'))[0].n, 1);
  await click(page, 'Undo');
  assert.deepEqual(await query(page, 'SELECT * FROM contacts ORDER BY id'), contactsBefore,
    'both contacts as they were, the merged one with its own id');
  await mustFind(page, 'Ann Lee (same email)'); // the pair is offered again
  await click(page, 'Contacts');
  await click(page, 'Ann Lee');
  await mustFind(page, 'Merge with 安 Lee 👩‍💼 undone');
  assert.deepEqual(errors, []);
});
