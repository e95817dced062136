// A salesperson adds products and records an order whose totals are computed as lines are edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, mustFind, findContaining, query, screenshot, addContact } from './harness.mjs';

const env = freshBrowserPerTest();

async function addProduct(page, sku, name, price) {
  await focusField(page, 'SKU');
  await page.keyboard.type(sku);
  await focusField(page, 'Product name');
  await page.keyboard.type(name);
  await focusField(page, 'Price');
  await page.keyboard.type(price);
  await click(page, 'Add product');
}

async function setNumber(page, label, value) {
  await focusField(page, label);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
}

test('an order with two lines and a discount shows exact totals and is stored with them', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, '李娜 Li Na');
  await click(page, 'Products & Orders');
  await click(page, 'Products');
  await addProduct(page, 'PEN', 'Pen', '2.50');
  await addProduct(page, 'INK', '墨水 Ink', '3.33');
  assert.deepEqual(await query(page, 'SELECT sku, unit_price_minor FROM products ORDER BY id'),
    [{ sku: 'PEN', unit_price_minor: 250 }, { sku: 'INK', unit_price_minor: 333 }]);

  await click(page, 'Orders');
  await click(page, 'New order');
  await focusField(page, 'Customer');
  await page.keyboard.type('Li');
  await click(page, '李娜 Li Na');
  await click(page, '##product-1');
  await click(page, 'Pen');
  await setNumber(page, 'quantity 1', '4');
  await click(page, 'Add line');
  await click(page, '##product-2');
  await click(page, '墨水 Ink');
  await setNumber(page, 'discount 2', '15');
  // 4 x 2.50 = 10.00; 3.33 less 15 % = 2.8305 -> 2.83
  await mustFind(page, 'Order total: 12.83 USD');
  await screenshot(page, 'order-editor');
  await click(page, 'Save order');
  assert.deepEqual(await query(page, 'SELECT quantity, discount_bp FROM order_lines ORDER BY id'),
    [{ quantity: 4, discount_bp: 0 }, { quantity: 1, discount_bp: 1500 }]);
  const total = await mustFind(page, 'order total 12.83 USD');
  const header = (await findContaining(page, 'Total')).find((i) => i.label === 'Total');
  assert.ok(Math.abs(total.x + total.w - (header.x + header.w)) < 12 && total.x > header.x + 10,
    `the total stands against the column's right edge (total ${total.x}+${total.w}, column ${header.x}+${header.w})`);
  assert.deepEqual(await query(page, 'SELECT contact_id FROM orders'), [{ contact_id: 1 }]);
  await mustFind(page, 'customer 李娜 Li Na');  // the orders list names the customer
  assert.deepEqual(errors, []);
});
