// Ctrl+K finds what a salesperson remembers of a record: a ticket's subject, a campaign's name, a
// product's SKU, an order's number, a fragment of a phone typed with other spacing (issue 11,
// item 12). Phones keep the formatting they were typed with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, find, findContaining, focusField, mustFind, query, searchFor } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

async function closed(page) {
  await page.evaluate(() => window.satchel.idle());
  assert.equal((await findContaining(page, 'Type to search')).length, 0, 'the search closed');
}

test('a phone typed as "+86 138 0013 8000" is kept so, and "138 0013" or "13800138" finds it', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.insertText('李娜 📞');
  await focusField(page, 'Phone');
  await page.keyboard.type('+86 138 0013 8000');
  await click(page, 'Save');
  assert.deepEqual(await query(page, 'SELECT phone FROM contacts'), [{ phone: '+86 138 0013 8000' }]);
  await click(page, 'Dashboard');
  for (const fragment of ['138 0013', '13800138', '0013-8000']) {
    await searchFor(page, fragment);
    assert.ok((await mustFind(page, '李娜 📞')).visible, `"${fragment}" finds the contact`);
    await page.keyboard.press('Escape');
    await closed(page);
  }
  assert.deepEqual(errors, []);
});

test('Ctrl+K finds tickets, campaigns, products and orders, and Enter opens each where it lives', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.seed(200));
  const [campaign] = await query(page, "SELECT id, name FROM campaigns WHERE name = '春节促销'");
  const [product] = await query(page, "SELECT id, name, sku FROM products WHERE name = '扫码枪'");
  const [order] = await query(page, 'SELECT min(id) AS id FROM orders'); // the oldest: last in the list
  // A ticket of its own, typed on the Service screen.
  await click(page, 'Service');
  await click(page, 'New ticket');
  await focusField(page, 'Subject');
  await page.keyboard.insertText('打印机卡纸 🖨️ again');
  await focusField(page, 'Description');
  await page.keyboard.insertText('The label printer in Leeds jams on every third label');
  await click(page, 'Save');
  const [ticket] = await query(page, "SELECT id FROM tickets WHERE subject = '打印机卡纸 🖨️ again'");
  await click(page, 'Close');
  await click(page, 'Dashboard');

  // By words of its description: the Service screen opens with that ticket's detail.
  await searchFor(page, 'jams leeds');
  assert.ok((await findContaining(page, 'Tickets')).some((i) => i.label === 'Tickets'), 'under a Tickets group');
  await click(page, '打印机卡纸 🖨️ again');
  await closed(page);
  assert.equal(await page.evaluate(() => location.hash), `#/service/${ticket.id}`);
  assert.ok((await mustFind(page, 'comment')).visible, 'the ticket is open, ready for a comment');

  // A campaign by a Chinese fragment of its name.
  await searchFor(page, '春节');
  await page.keyboard.press('Enter');
  await closed(page);
  assert.equal(await page.evaluate(() => location.hash), `#/marketing/${campaign.id}`);

  // A product by its SKU opens the Products tab with the product in view.
  await searchFor(page, product.sku);
  assert.ok((await mustFind(page, '扫码枪')).visible);
  await page.keyboard.press('Enter');
  await closed(page);
  assert.equal(await page.evaluate(() => location.hash), '#/orders');
  assert.ok((await mustFind(page, 'Add product')).visible, 'the Products tab is open');
  assert.ok((await mustFind(page, '扫码枪')).visible, 'with the product in view');

  // An order by its number: shown first on the Orders tab.
  await searchFor(page, `#${order.id}`);
  const orderHits = (await findContaining(page, `#${order.id}`)).filter((i) => i.label === `#${order.id}`);
  assert.ok(orderHits.length > 0, 'the order is listed');
  const groups = (await findContaining(page, 'Contacts')).filter((i) => i.label === 'Contacts' && i.x > 300);
  assert.equal(groups.length, 0, '"#" and a number search orders alone (the navigation\'s Contacts is at the left)');
  await page.keyboard.press('Enter');
  await closed(page);
  assert.ok((await mustFind(page, 'New order')).visible, 'the Orders tab is open');
  const rows = (await findContaining(page, 'order #')).filter((i) => i.visible).sort((a, b) => a.y - b.y);
  assert.ok(rows.length > 1, 'the orders are listed');
  assert.equal(rows[0].label, `order #${order.id}`, 'the order found is the first row');
  assert.equal(await find(page, 'Type to search'), null);
  assert.deepEqual(errors, []);
});
