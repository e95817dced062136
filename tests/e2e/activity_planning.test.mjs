// Planning: a meeting at a date and time with its duration, against a contact or a deal; the week
// calendar marks today, opens an entry on click and puts what is done below what is still to do;
// a reminder comes at its time in the app (and as a browser notification when allowed), and can be
// snoozed, opened or marked done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addContact, addDeal, click, focusField, find, mustFind, query, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

async function idle(page) { await page.evaluate(() => window.satchel.idle()); }

// Replaces a form field's text without pressing Enter (Enter would save the whole form).
async function typeInto(page, label, text) {
  await focusField(page, label);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

// Today's date as the form shows it, in the browser's zone.
async function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function localMs(page, date, time) {
  return page.evaluate(([d, t]) => {
    const [y, m, day] = d.split('-').map(Number);
    const [h, min] = t.split(':').map(Number);
    return new Date(y, m - 1, day, h, min).getTime();
  }, [date, time]);
}

test('a meeting planned at a date and time opens from the calendar, is edited there, and done sorts below open', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Mei Wong');
  await click(page, 'Activities');
  await click(page, 'New activity');
  await click(page, 'Meeting');
  await typeInto(page, 'Subject', 'Site visit 现场 📍');
  const date = await today(page);
  await typeInto(page, 'Date', date);
  await typeInto(page, 'Time', '00:30');
  await typeInto(page, 'Minutes', '45');
  await focusField(page, 'Contact');
  await page.keyboard.type('Mei');
  await click(page, 'Mei Wong');
  await click(page, 'Save');
  const due = await localMs(page, date, '00:30');
  assert.deepEqual(await query(page, 'SELECT kind, subject, due_at, duration_min, contact_id, remind_at, done_at, occurred_at FROM activities'),
    [{ kind: 'meeting', subject: 'Site visit 现场 📍', due_at: due, duration_min: 45, contact_id: 1,
      remind_at: due - 15 * 60000, done_at: null, occurred_at: null }]);

  // Today's column is marked, and the meeting stands in it at its time.
  const todayColumn = await mustFind(page, 'today-column');
  const entry = await mustFind(page, '00:30 Meeting: Site visit 现场 📍');
  assert.ok(Math.abs(entry.x - todayColumn.x) < 40, 'the entry is in today\'s column');

  // Something done earlier today goes below what is still to do.
  await page.evaluate((d) => {
    const at = d - 20 * 60000;
    window.satchel.test.exec(`INSERT INTO activities (kind, subject, due_at, done_at, contact_id, created_at, updated_at)
      VALUES ('call', 'Done earlier', ${at}, ${at}, 1, ${at}, ${at})`);
  }, due);
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'Activities');
  const open = await mustFind(page, '00:30 Meeting: Site visit 现场 📍');
  const done = await mustFind(page, '00:10 Call: Done earlier');
  assert.ok(open.y < done.y, 'the open meeting is above the call done earlier');
  await screenshot(page, 'activities-planned');

  // A click opens it in the form; a new time is stored.
  await click(page, '00:30 Meeting: Site visit 现场 📍');
  assert.match(await page.evaluate(() => location.hash), /^#\/activities\/1$/, 'the open activity has an address');
  await typeInto(page, 'Time', '01:15');
  await typeInto(page, 'Minutes', '60');
  await click(page, 'Save');
  assert.deepEqual(await query(page, 'SELECT due_at, duration_min FROM activities WHERE id = 1'),
    [{ due_at: await localMs(page, date, '01:15'), duration_min: 60 }]);
  await mustFind(page, '01:15 Meeting: Site visit 现场 📍');

  // A time that is not a time is refused by name, and nothing changes.
  await click(page, '01:15 Meeting: Site visit 现场 📍');
  await typeInto(page, 'Time', '25:00');
  await click(page, 'Save');
  await mustFind(page, 'must be a time like 14:30');
  assert.equal((await query(page, 'SELECT due_at FROM activities WHERE id = 1'))[0].due_at, await localMs(page, date, '01:15'));
  await typeInto(page, 'Time', '01:15');
  await click(page, 'Done');
  await click(page, 'Save');
  assert.equal((await query(page, 'SELECT done_at IS NOT NULL AS done FROM activities WHERE id = 1'))[0].done, 1);
  assert.deepEqual(errors, []);
});

test('a deal\'s page plans a call against the deal and its contact; open ones are listed above done ones', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await addDeal(page, 'Pilot 试点', '900');
  await click(page, 'Pilot 试点');
  await click(page, 'Plan activity');
  await typeInto(page, 'Subject', 'Pricing call');
  const date = await today(page);
  await typeInto(page, 'Date', date);
  await typeInto(page, 'Time', '23:58');
  await click(page, 'Save');
  assert.deepEqual(await query(page, 'SELECT kind, deal_id, due_at FROM activities'),
    [{ kind: 'call', deal_id: 1, due_at: await localMs(page, date, '23:58') }]);
  const line = `${date} 23:58 Call: Pricing call (30 min)`;
  await mustFind(page, line);
  await click(page, 'Plan activity');
  await click(page, 'Task');
  await typeInto(page, 'Subject', 'Send contract');
  await typeInto(page, 'Date', date);
  await typeInto(page, 'Time', '00:01');
  await click(page, 'Done');
  await click(page, 'Save');
  const doneLine = `${date} 00:01 Task: Send contract (30 min)`;
  const openItem = await mustFind(page, line), doneItem = await mustFind(page, doneLine);
  assert.ok(openItem.y < doneItem.y, 'the open call is listed above the task already done');
  assert.deepEqual(errors, []);
});

test('a reminder comes at its time with a browser notification; it can be snoozed, opened and marked done', async () => {
  await env.browser.context.addInitScript(() => {
    window.__notifications = [];
    window.Notification = class {
      constructor(title, options) { window.__notifications.push({ title, body: options.body }); }
      static permission = 'granted';
      static requestPermission() { return Promise.resolve('granted'); }
    };
  });
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ana Lee');
  await click(page, 'Activities');
  await click(page, 'New activity');
  await typeInto(page, 'Subject', 'Call Ana 📞');
  // Ten minutes from now; the default reminder (15 minutes before) is due at once.
  const [date, time] = await page.evaluate(() => {
    const d = new Date(Date.now() + 10 * 60000);
    const p = (n) => String(n).padStart(2, '0');
    return [`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`, `${p(d.getHours())}:${p(d.getMinutes())}`];
  });
  await typeInto(page, 'Date', date);
  await typeInto(page, 'Time', time);
  await focusField(page, 'Contact');
  await page.keyboard.type('Ana');
  await click(page, 'Ana Lee');
  await click(page, 'Save');
  await mustFind(page, 'reminder Call Ana 📞');
  assert.deepEqual(await page.evaluate(() => window.__notifications.map((n) => n.title)), ['Call: Call Ana 📞']);
  await screenshot(page, 'reminder');

  await click(page, 'Snooze 10 min');
  assert.equal(await find(page, 'reminder Call Ana 📞'), null, 'snoozed, it leaves');
  const snoozed = (await query(page, 'SELECT remind_at FROM activities'))[0].remind_at;
  assert.ok(snoozed > Date.now() + 9 * 60000, 'it comes back ten minutes later');

  // Its time comes again (moved, here, to the past), in a new session of the page.
  await page.evaluate(() => window.satchel.test.exec(`UPDATE activities SET remind_at = ${Date.now() - 1000}`));
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'View');
  assert.match(await page.evaluate(() => location.hash), /^#\/activities\/1$/);
  await mustFind(page, 'Save');  // the activity is open in the form
  await click(page, 'Mark done');
  assert.equal((await query(page, 'SELECT done_at IS NOT NULL AS done FROM activities'))[0].done, 1);
  assert.equal(await find(page, 'reminder Call Ana 📞'), null, 'done, no reminder is left');
  assert.deepEqual(errors, []);
});

test('when the browser has not been asked yet, the reminder offers to turn notifications on', async () => {
  await env.browser.context.addInitScript(() => {
    window.__asked = 0;
    window.Notification = class {
      static permission = 'default';
      static requestPermission() { window.__asked += 1; return Promise.resolve('default'); }
    };
  });
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Bo');
  await page.evaluate(() => {
    const now = Date.now();
    window.satchel.test.exec(`INSERT INTO activities (kind, subject, due_at, remind_at, contact_id, created_at, updated_at)
      VALUES ('task', 'Follow up', ${now + 60000}, ${now - 1000}, 1, ${now}, ${now})`);
  });
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await mustFind(page, 'reminder Follow up');
  await click(page, 'Also remind me with browser notifications');
  assert.equal(await page.evaluate(() => window.__asked), 1);
  await click(page, 'Dismiss');
  assert.equal((await query(page, 'SELECT remind_at FROM activities'))[0].remind_at, null);
  assert.equal(await find(page, 'reminder Follow up'), null);
  assert.deepEqual(errors, []);
});

test('a call logged as it happened, opened from the calendar and edited, stays a logged call with its outcome', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Li Na');
  await page.evaluate(() => {
    const t = Date.now() - 3600000;
    window.satchel.test.exec(`INSERT INTO activities (kind, subject, outcome, priority, occurred_at, contact_id, created_at, updated_at)
      VALUES ('call', 'Intro call', 'wants a demo', 'high', ${t}, 1, ${t}, ${t})`);
  });
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'Activities');
  const before = (await query(page, 'SELECT occurred_at FROM activities'))[0].occurred_at;
  const entry = (await page.evaluate(() => window.satchel.ui.items())).find((i) => / Call: Intro call$/.test(i.label));
  assert.ok(entry, 'the logged call is in the calendar');
  await page.mouse.click(entry.x + entry.w / 2, entry.y + entry.h / 2);
  await page.evaluate(() => window.satchel.idle());
  await typeInto(page, 'Subject', 'Intro call with Li Na');
  await click(page, 'Save');
  assert.deepEqual(await query(page, 'SELECT subject, outcome, priority, occurred_at, due_at, done_at FROM activities'),
    [{ subject: 'Intro call with Li Na', outcome: 'wants a demo', priority: 'high', occurred_at: before, due_at: null, done_at: null }]);
  assert.equal(await find(page, 'Call: Intro call with Li Na'), null, 'it is not listed as something to do');
  assert.deepEqual(errors, []);
});
