// An agent opens a ticket, works it through the workflow, and records the customer's rating.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, find, mustFind, findContaining, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

test('a ticket moves new → open → resolved → closed with the workflow buttons, and gets a rating', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Service');
  await mustFind(page, 'No open tickets. Nice work.');
  await click(page, 'New ticket');
  await focusField(page, 'Subject');
  await page.keyboard.type('Printer on fire');
  await click(page, 'Priority');
  await click(page, 'Urgent');
  await click(page, 'Save');
  assert.deepEqual(await query(page, 'SELECT subject, priority, status FROM tickets'),
    [{ subject: 'Printer on fire', priority: 'urgent', status: 'new' }]);
  assert.ok((await findContaining(page, 'left')).some((i) => i.label.startsWith('3h 59m') || i.label.startsWith('4h 0m')),
    'the urgent SLA counts down from 4 hours');

  assert.equal(await find(page, 'Resolve'), null, 'a new ticket cannot be resolved before work starts');
  await click(page, 'Start work');
  assert.equal((await query(page, 'SELECT status FROM tickets'))[0].status, 'open');
  await focusField(page, '##comment');
  await page.keyboard.type('Extinguisher applied');
  await page.keyboard.press('Enter');
  await mustFind(page, 'Extinguisher applied');
  await click(page, 'Resolve');
  assert.equal((await query(page, 'SELECT status FROM tickets'))[0].status, 'resolved');
  await click(page, 'rate 5');
  assert.deepEqual(await query(page, 'SELECT satisfaction, resolved_at IS NOT NULL AS r FROM tickets'), [{ satisfaction: 5, r: 1 }]);
  await screenshot(page, 'service-ticket');
  await click(page, 'Close ticket');
  assert.equal((await query(page, 'SELECT status FROM tickets'))[0].status, 'closed');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM ticket_comments'), [{ n: 1 }]);
  assert.deepEqual(errors, []);
});

test('a ticket past its SLA is marked overdue in the queue', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => {
    const t = Date.now() - 30 * 3600000;
    window.satchel.test.exec(`INSERT INTO tickets (subject, priority, sla_due_at, created_at, updated_at)
      VALUES ('Late reply', 'normal', ${t + 24 * 3600000}, ${t}, ${t})`);
  });
  await click(page, 'Service');
  const [marker] = await findContaining(page, 'overdue 6h');
  assert.ok(marker && marker.visible, 'overdue by six hours');
  assert.deepEqual(errors, []);
});

test('a new ticket is for a customer picked by name and came through a channel chosen from a list', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.exec(`
    INSERT INTO companies (name, created_at, updated_at) VALUES ('北京科技 Beijing Tech', 1, 1);
    INSERT INTO contacts (name, email, company_id, created_at, updated_at)
      VALUES ('张伟 Zhang Wei', 'wei@example.cn', 1, 1, 1), ('Zhang Li', '', NULL, 1, 1);`));
  // The rows went in behind the services' back: put them in the search index as the app would.
  await page.evaluate(() => window.satchel.test.exec(`
    INSERT INTO search_index (rowid, kind, ref_id, display, title, body)
      SELECT (1 << 40) | id, 1, id, name, name, email FROM contacts;`));
  await click(page, 'Service');
  await click(page, 'New ticket');
  await focusField(page, 'Subject');
  await page.keyboard.insertText('发票抬头错误 🧾');
  await focusField(page, 'Customer');
  await page.keyboard.insertText('zhang w');
  await click(page, '张伟 Zhang Wei');
  await click(page, 'Channel');
  await click(page, 'Chat');
  await click(page, 'Save');
  assert.deepEqual(await query(page,
    'SELECT t.subject, t.channel, c.name AS customer, t.company_id FROM tickets t JOIN contacts c ON c.id = t.contact_id'),
  [{ subject: '发票抬头错误 🧾', channel: 'chat', customer: '张伟 Zhang Wei', company_id: 1 }]);
  await mustFind(page, 'Customer: 张伟 Zhang Wei');
  await screenshot(page, 'service-ticket-customer');
  assert.deepEqual(errors, []);
});
