// The team: people are added once in Settings, one of them is "me"; owners and assignees are picked
// from that list (never typed), new records are mine, and a rename follows every record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addContact, addDeal, click, focusField, mustFind, query, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest();

async function addMember(page, name, email) {
  await focusField(page, 'new member');
  await page.keyboard.insertText(name);
  if (email) {
    await focusField(page, 'Email');  // the new member's email field is the last one named so
    await page.keyboard.type(email);
  }
  await click(page, 'Add person');
}

test('owners and assignees are picked from the team; new records are mine; a rename follows every record', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Settings');
  await mustFind(page, 'Add the people who own contacts and deals; then pick which one is you.');
  await addMember(page, 'Tom Berg');
  await addMember(page, '王芳');
  assert.deepEqual(await query(page, 'SELECT name, is_me FROM users ORDER BY id'),
    [{ name: 'Tom Berg', is_me: 1 }, { name: '王芳', is_me: 0 }], 'the first one in is me');

  // A new contact, a new deal and a new ticket are mine.
  await click(page, 'Contacts');
  await addContact(page, 'Ana Lee');
  await click(page, 'Pipeline');
  await addDeal(page, 'Pilot', '100');
  assert.deepEqual(await query(page, 'SELECT owner FROM contacts UNION ALL SELECT owner FROM deals'),
    [{ owner: 'Tom Berg' }, { owner: 'Tom Berg' }]);

  // The contact's owner is picked from the team.
  await click(page, 'Contacts');
  await click(page, 'Ana Lee');
  await click(page, 'Owner###owner-Owner');
  await mustFind(page, 'Tom Berg (me)');
  await click(page, '王芳');
  assert.equal((await query(page, 'SELECT owner FROM contacts'))[0].owner, '王芳');
  await screenshot(page, 'team-owner');

  // A ticket's assignee likewise.
  await click(page, 'Service');
  await click(page, 'New ticket');
  await focusField(page, 'Subject');
  await page.keyboard.insertText('Cannot log in');
  await click(page, 'Save');
  assert.equal((await query(page, 'SELECT assignee FROM tickets'))[0].assignee, 'Tom Berg');
  await click(page, 'Assignee###owner-Assignee');
  await click(page, '王芳');
  assert.equal((await query(page, 'SELECT assignee FROM tickets'))[0].assignee, '王芳');

  // Renamed in Settings, the member's records follow.
  await click(page, 'Settings');
  await focusField(page, 'member name 2');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Wang Fang');
  await page.keyboard.press('Tab');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, "SELECT (SELECT owner FROM contacts) AS owner, (SELECT assignee FROM tickets) AS assignee"),
    [{ owner: 'Wang Fang', assignee: 'Wang Fang' }]);

  // Choosing someone else as me: new records are theirs.
  const radios = await page.evaluate(() => window.satchel.ui.items().filter((i) => i.label === 'This is me'));
  assert.equal(radios.length, 2);
  await page.mouse.click(radios[1].x + 8, radios[1].y + radios[1].h / 2);
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT name FROM users WHERE is_me = 1'), [{ name: 'Wang Fang' }]);
  await click(page, 'Pipeline');
  await addDeal(page, 'Second', '1');
  assert.equal((await query(page, "SELECT owner FROM deals WHERE title = 'Second'"))[0].owner, 'Wang Fang');
  assert.deepEqual(errors, []);
});
