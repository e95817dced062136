// A company's page shows its people, deals, orders, tickets, timeline and tags, each opening on its
// own screen; the contacts list has Company and Tags columns and a column chooser that is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addContact, addCompany, click, focusField, find, mustFind, query, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

test('a company\'s page gathers its people, deals, orders, tickets, timeline and tags; each opens on its screen', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, 'Acme 株式会社', 'acme.example');
  await page.evaluate(() => {
    const t = Date.now();
    window.satchel.test.exec(`
      INSERT INTO contacts (name, email, company_id, created_at, updated_at) VALUES ('Ann Lee', 'ann@acme.example', 1, ${t}, ${t});
      INSERT INTO deals (title, company_id, amount_minor, currency, stage_id, created_at, updated_at)
        VALUES ('Acme rollout', 1, 250000, 'USD', 1, ${t}, ${t});
      INSERT INTO products (sku, name, unit_price_minor, currency) VALUES ('PEN', 'Pen', 250, 'USD');
      INSERT INTO orders (contact_id, company_id, order_date, status, currency, created_at) VALUES (1, 1, ${t}, 'paid', 'USD', ${t});
      INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor) VALUES (1, 1, 4, 250);
      INSERT INTO tickets (subject, contact_id, company_id, sla_due_at, created_at, updated_at)
        VALUES ('Broken pen', 1, 1, ${t + 86400000}, ${t}, ${t});`);
  });
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await mustFind(page, 'Ann Lee');
  await mustFind(page, 'Acme rollout · 2,500.00 USD · Open');
  await mustFind(page, 'Broken pen · New');
  assert.ok(await find(page, '#1 · ' + (await page.evaluate(() => {
    const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  })) + ' · 10.00 USD · Paid'), 'the order with its date, total and status');

  // Tags are edited on the page and kept.
  await focusField(page, 'Tags###company-Tags');
  await page.keyboard.insertText('VIP, 重点客户');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT t.name FROM company_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY t.name'),
    [{ name: 'VIP' }, { name: '重点客户' }]);
  await mustFind(page, 'Tag “VIP” added');  // the timeline words it
  await screenshot(page, 'company-page');

  await click(page, 'Acme rollout · 2,500.00 USD · Open');
  await mustFind(page, 'Back to pipeline');
  assert.match(await page.evaluate(() => location.hash), /^#\/pipeline\/1$/);
  await page.goBack();
  await page.evaluate(() => window.satchel.idle());
  await click(page, 'Broken pen · New');
  assert.match(await page.evaluate(() => location.hash), /^#\/service\/1$/);
  assert.deepEqual(errors, []);
});

test('the contacts list shows each contact\'s company and tags; the column chooser hides and shows columns, and keeps the choice', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, 'Globex');
  await page.evaluate(() => {
    const t = Date.now();
    window.satchel.test.exec(`
      INSERT INTO contacts (name, company_id, created_at, updated_at) VALUES ('Mei Wong', 1, ${t}, ${t});
      INSERT INTO tags (name) VALUES ('VIP'), ('新客户');
      INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1), (1, 2);`);
  });
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'Contacts');
  await mustFind(page, 'company of Mei Wong');
  await mustFind(page, 'tags of Mei Wong');
  const company = await mustFind(page, 'company of Mei Wong');
  const columnHeader = await mustFind(page, 'Company');
  assert.ok(Math.abs(company.x - columnHeader.x) < 20, 'the company name stands under the Company header');

  await click(page, 'Columns');
  await click(page, 'Tags###column-tags');
  await click(page, 'City###column-city');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.satchel.idle());
  assert.equal(await find(page, 'tags of Mei Wong'), null, 'the Tags column is hidden');
  assert.deepEqual(await query(page, "SELECT value FROM settings WHERE key = 'contacts.hidden_columns'"), [{ value: 'tags,added' }]);
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'Contacts');
  await mustFind(page, 'company of Mei Wong');
  assert.equal(await find(page, 'tags of Mei Wong'), null, 'still hidden after a reload');
  await mustFind(page, 'City');
  assert.deepEqual(errors, []);
});
