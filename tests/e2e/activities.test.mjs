// A salesperson adds a task for a contact, sees it under Today, and ticks it off; an overdue task
// is shown in red; a logged call appears in the week view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, mustFind, findContaining, addContact, query, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

test('a task logged for a contact is listed under Today and leaves the list when completed', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Mei Wong');
  // An overdue task from yesterday, written directly.
  await page.evaluate(() => {
    const t = Date.now() - 86400000;
    window.satchel.test.exec(`INSERT INTO activities (kind, subject, due_at, contact_id, created_at, updated_at)
      VALUES ('task', 'Chase invoice', ${t}, 1, ${t}, ${t})`);
  });
  await click(page, 'Activities');
  await click(page, 'New activity');
  await click(page, 'Task');
  await focusField(page, 'Subject');
  await page.keyboard.type('Send quote');
  await focusField(page, 'Contact');
  await page.keyboard.type('Mei');
  await click(page, 'Mei Wong');
  await click(page, 'Save');
  assert.deepEqual(await query(page, "SELECT subject, contact_id, done_at FROM activities WHERE subject = 'Send quote'"),
    [{ subject: 'Send quote', contact_id: 1, done_at: null }]);

  const today = await mustFind(page, 'Today');
  const overdue = await mustFind(page, 'Overdue');
  const chase = await mustFind(page, 'Chase invoice');
  const quote = await mustFind(page, 'Send quote');
  assert.ok(overdue.y < chase.y && chase.y < today.y, 'the old task is under Overdue');
  assert.ok(quote.y > today.y, 'the new one under Today');
  // Overdue tasks are drawn in red: sample the label's text pixels for a red-dominant one.
  const red = await page.evaluate(async (r) => {
    for (let dx = 26; dx < r.w; dx += 1) {
      const [R, G, B] = await window.satchel.ui.pixel(r.x + dx, r.y + r.h / 2);
      if (R > 150 && G < 110 && B < 110) return true;
    }
    return false;
  }, chase);
  assert.ok(red, 'the overdue task is red');
  await screenshot(page, 'activities-tasks');

  await click(page, 'Send quote');  // the checkbox
  assert.equal((await query(page, "SELECT done_at IS NOT NULL AS done FROM activities WHERE subject = 'Send quote'"))[0].done, 1);
  assert.equal(await find(page, 'Send quote'), null, 'a done task leaves the list');
  assert.deepEqual(errors, []);
});

test('a call planned with the form\'s defaults shows in this week\'s calendar', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Tom Berg');
  await click(page, 'Activities');
  await click(page, 'New activity');
  await focusField(page, 'Subject');
  await page.keyboard.type('Pricing call');
  await focusField(page, 'Contact');
  await page.keyboard.type('Tom');
  await click(page, 'Tom Berg');
  await click(page, 'Save');
  const inWeek = (await findContaining(page, 'Call: Pricing call')).filter((i) => /^\d\d:\d\d Call: Pricing call$/.test(i.label));
  assert.equal(inWeek.length, 1, 'in the week view, at its time');
  await mustFind(page, 'Call: Pricing call');  // and among what is planned for today
  await screenshot(page, 'activities-week');
  assert.deepEqual(errors, []);
});
