// Nothing typed is lost or misattributed (issue 11, items 1-5): every test here first reproduced
// the defect it names, on the build before the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, findContaining, addContact, query, within, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest();

const lastContact = async (page) => (await query(page, 'SELECT * FROM contacts ORDER BY id DESC LIMIT 1'))[0];
// Polls the database until `sql`'s first row's first value equals `want` (the pause after typing).
async function untilStored(page, sql, want, what) {
  await within(5_000, what, page.waitForFunction(([s, w]) => {
    const row = window.satchel.query(s)[0];
    return row && Object.values(row)[0] === w;
  }, [sql, want], { polling: 50 }));
}

// 16-bit ImWchar turned each of these into U+FFFD.
const EMOJI_NAME = 'Ana 😀🎉 Müller 👍🏽';
const FAMILY = '👨‍👩‍👧 𠀀城';          // a ZWJ sequence and CJK Extension B
const NOTE = '家族 👨‍👩‍👧‍👦 🇨🇳 ❤️';   // typed through the IME path

test('emoji, skin tones, ZWJ sequences and CJK Extension B are stored exactly as typed, pasted or composed', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.type(EMOJI_NAME);
  await click(page, 'Save');
  assert.equal((await lastContact(page)).name, EMOJI_NAME);

  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.evaluate((t) => navigator.clipboard.writeText(t), FAMILY);
  await focusField(page, 'City###detail-City');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await lastContact(page)).city, FAMILY);

  await focusField(page, 'Notes###detail-Notes');
  const cdp = await env.browser.context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: NOTE });
  await click(page, 'City###detail-City'); // leaves the notes
  assert.equal((await lastContact(page)).notes, NOTE);
  // And what is stored reads back unchanged into the fields after a reload.
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  assert.deepEqual(await query(page, 'SELECT name, city, notes FROM contacts'), [{ name: EMOJI_NAME, city: FAMILY, notes: NOTE }]);
  assert.deepEqual(errors, []);
});

test('a contact created after a merge gets a new id and none of the merged contact\'s history', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await addContact(page, 'Ann Lee (work)', 'ANN@example.com');
  const [{ keep }] = await query(page, "SELECT id AS keep FROM contacts WHERE name = 'Ann Lee'");
  const [{ gone }] = await query(page, "SELECT id AS gone FROM contacts WHERE name = 'Ann Lee (work)'");
  await click(page, 'Duplicates');
  await click(page, 'Merge');
  await click(page, 'Merge them');
  await click(page, 'Contacts');
  await addContact(page, 'Bob New', 'bob@example.com');
  const bob = await lastContact(page);
  assert.equal(bob.name, 'Bob New');
  assert.ok(bob.id > gone, `the new contact's id ${bob.id} is above every id used before (${gone})`);
  assert.deepEqual(await query(page, "SELECT action FROM audit_log WHERE entity = 'contact' AND entity_id = ?", [bob.id]),
    [{ action: 'insert' }]);
  assert.equal((await findContaining(page, 'Merged with')).length, 0, 'Bob\'s timeline shows no merge');
  // The survivor carries the merged contact's history: both records' creation.
  const kept = await query(page, "SELECT action FROM audit_log WHERE entity = 'contact' AND entity_id = ? AND action = 'insert'", [keep]);
  assert.equal(kept.length, 2);
  assert.deepEqual(errors, []);
});

test('a detail field is stored after a pause in typing, with no Enter and no click elsewhere', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Zoë Ångström');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Lyon');
  await untilStored(page, 'SELECT city FROM contacts', 'Lyon', 'the city being stored after a pause');
  // Still typing in the same field: the cursor never left it.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-agent');
  await page.keyboard.type(' 2e');
  await untilStored(page, 'SELECT city FROM contacts', 'Lyon 2e', 'the longer city being stored');
  assert.deepEqual(errors, []);
});

test('Ctrl+K then Escape keeps what was typed in a detail field', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Zoë Ångström');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Paris');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await lastContact(page)).city, 'Paris');
  assert.ok(await find(page, 'City###detail-City'), 'the detail is still open');
  assert.deepEqual(errors, []);
});

test('hiding or closing the page stores the field being typed in at once, and it survives a reload', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Zoë Ångström');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Berlin');
  await page.evaluate(() => window.satchel.frames(2)); // the keys reach the field; the pause has not passed
  const { before, after } = await page.evaluate(() => {
    const city = () => window.satchel.query('SELECT city FROM contacts')[0].city;
    const before = city();
    window.dispatchEvent(new Event('pagehide'));
    return { before, after: city() };
  });
  assert.equal(before, '', 'not stored yet when the page went away (else this test shows nothing)');
  assert.equal(after, 'Berlin');
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  assert.equal((await lastContact(page)).city, 'Berlin');
  assert.deepEqual(errors, []);
});

test('a refused edit is shown when the page is closing, and the browser asks before leaving', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Zoë Ångström');
  await focusField(page, 'Email###detail-Email');
  await page.keyboard.type('zoe@');
  await page.evaluate(() => window.satchel.frames(2));
  const asks = () => page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(await asks(), true);
  assert.ok((await findContaining(page, 'needs a domain after the @')).length, 'the reason is shown');
  assert.equal((await lastContact(page)).email, '');
  await page.keyboard.type('example.com');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.flushed());
  assert.equal(await asks(), false);
  assert.equal((await lastContact(page)).email, 'zoe@example.com');
  assert.deepEqual(errors, []);
});

test('a contact merged away on another screen is no longer selected, and Delete does nothing to it', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await addContact(page, 'Ann Lee (work)', 'ANN@example.com'); // selected and open after Save
  assert.ok((await findContaining(page, '1 selected')).length, 'the new contact is selected');
  await click(page, 'Duplicates');
  await click(page, 'Merge');
  await click(page, 'Merge them');
  await click(page, 'Contacts');
  assert.equal((await findContaining(page, 'selected')).length, 0, 'no selection of a contact that is gone');
  await page.keyboard.press('Delete');
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await findContaining(page, 'Could not save')).length, 0);
  assert.deepEqual(await query(page, 'SELECT name FROM contacts WHERE deleted_at IS NULL'), [{ name: 'Ann Lee' }]);
  await screenshot(page, 'contacts-after-merge');
  assert.deepEqual(errors, []);
});

test('an error clears once a later change succeeds', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Zoë Ångström');
  await click(page, 'Add tag'); // with no tag typed
  assert.ok((await findContaining(page, 'Could not save: tag')).length, 'the refusal is shown');
  await focusField(page, 'City###detail-City');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await lastContact(page)).city, 'Lyon');
  assert.equal((await findContaining(page, 'Could not save')).length, 0, 'the old refusal is gone');
  assert.deepEqual(errors, []);
});
