// A deal's own page: every field edited in place and kept as typed (through a reload), products
// that set the amount, won at 100 % and lost at 0 %, delete with Undo, a stage removed while closed
// deals keep it, and totals that never add two currencies together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addContact, addCompany, addDeal, click, focusField, find, mustFind, findContaining,
  query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

async function idle(page) { await page.evaluate(() => window.satchel.idle()); }

// Replaces what a field of the open page holds and leaves it with Enter.
async function retype(page, label, text) {
  await focusField(page, label);
  await page.keyboard.press('Control+a');
  if (text) await page.keyboard.insertText(text);
  else await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await idle(page);
}

async function openDeal(page, title) {
  await click(page, 'Pipeline');
  await click(page, title);
  await mustFind(page, 'Back to pipeline');
}

async function addProduct(page, sku, name, price, currency = 'USD') {
  await click(page, 'Products & Orders');
  await click(page, 'Products');
  await focusField(page, 'SKU');
  await page.keyboard.type(sku);
  await focusField(page, 'Product name');
  await page.keyboard.insertText(name);
  await focusField(page, 'Price');
  await page.keyboard.type(price);
  await retype(page, 'Currency', currency);
}

test('on the deal page every field is edited in place, stored as typed, and still there after a reload', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Settings');
  for (const name of ['Tom Berg', '王芳']) {
    await focusField(page, 'new member');
    await page.keyboard.insertText(name);
    await click(page, 'Add person');
  }
  await click(page, 'Contacts');
  await addContact(page, 'Ana Müller 😀');
  await click(page, 'Companies');
  await addCompany(page, 'Acme 株式会社');
  await click(page, 'Pipeline');
  await addDeal(page, 'Rollout', '1000');
  assert.equal(await find(page, 'Back to pipeline'), null, 'a new deal stays on the board');
  await openDeal(page, 'Rollout');
  await mustFind(page, '1,000.00 USD · 10% · Open');
  assert.match(await page.evaluate(() => location.hash), /^#\/pipeline\/\d+$/, 'the deal has its own address');

  await retype(page, 'Deal title', 'Rollout 二期 🚀');
  await retype(page, 'Amount', '2500.50');
  await retype(page, 'Currency', 'EUR');
  await retype(page, 'Probability %', '65');
  await retype(page, 'Expected close', '2027-01-15');
  assert.equal((await query(page, 'SELECT owner FROM deals'))[0].owner, 'Tom Berg', 'a new deal is mine');
  await click(page, 'Owner###owner-Owner');
  await click(page, '王芳');
  await focusField(page, 'Contact');
  await page.keyboard.insertText('Ana');
  await click(page, 'Ana Müller 😀');
  await focusField(page, 'Company');
  await page.keyboard.insertText('Acme');
  await click(page, 'Acme 株式会社');
  // Notes are stored at a pause in typing, with no Enter and no click elsewhere.
  await click(page, 'Notes');
  await page.keyboard.insertText('Budget meeting 下周 👍🏽');
  await page.waitForFunction(() => window.satchel.query(
    "SELECT 1 FROM deals WHERE notes = 'Budget meeting 下周 👍🏽'").length === 1, null, { timeout: 5000 });

  const expectedClose = await page.evaluate(() => new Date(2027, 0, 15).getTime());
  assert.deepEqual(await query(page, `SELECT d.title, d.amount_minor, d.currency, d.probability, d.expected_close, d.owner,
      c.name AS contact, co.name AS company, d.notes FROM deals d JOIN contacts c ON c.id = d.contact_id
      JOIN companies co ON co.id = d.company_id`),
    [{ title: 'Rollout 二期 🚀', amount_minor: 250050, currency: 'EUR', probability: 65, expected_close: expectedClose,
      owner: '王芳', contact: 'Ana Müller 😀', company: 'Acme 株式会社', notes: 'Budget meeting 下周 👍🏽' }]);
  await mustFind(page, '2,500.50 EUR · 65% · Open');
  await screenshot(page, 'deal-page');

  // A refused value names its reason next to the field and is not stored.
  await retype(page, 'Probability %', '140');
  await mustFind(page, 'must be from 0 to 100');
  assert.equal((await query(page, 'SELECT probability FROM deals'))[0].probability, 65);
  await retype(page, 'Probability %', '');
  assert.equal((await query(page, 'SELECT probability FROM deals'))[0].probability, null, 'empty: the stage default');
  await mustFind(page, '2,500.50 EUR · 10% · Open');

  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await mustFind(page, 'Back to pipeline');
  await mustFind(page, '2,500.50 EUR · 10% · Open');
  await mustFind(page, 'Rollout 二期 🚀');  // the page's heading
  await click(page, 'Back to pipeline');
  await mustFind(page, 'New deal');
  assert.equal(await page.evaluate(() => location.hash), '#/pipeline');
  assert.deepEqual(errors, []);
});

test('products set a deal\'s amount; a product priced in another currency is refused with the reason', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addProduct(page, 'SEAT', 'Seat licence', '120');
  await addProduct(page, 'EU-SEAT', 'Seat (EU)', '110', 'EUR');
  await click(page, 'Pipeline');
  await addDeal(page, 'Seats for Acme', '1');
  await openDeal(page, 'Seats for Acme');
  await mustFind(page, 'No products yet. Adding one sets the amount from the products.');

  await focusField(page, 'Add product');
  await page.keyboard.type('Seat lic');
  await click(page, 'Seat licence');
  await retype(page, 'Qty', '10');
  await click(page, 'Add');
  assert.deepEqual(await query(page, 'SELECT quantity, unit_price_minor FROM deal_products'), [{ quantity: 10, unit_price_minor: 12000 }]);
  assert.equal((await query(page, 'SELECT amount_minor FROM deals'))[0].amount_minor, 120000);
  await mustFind(page, '1,200.00 USD · 10% · Open');
  await mustFind(page, 'The amount is the total of the products.');

  await focusField(page, 'Add product');
  await page.keyboard.type('Seat');
  await click(page, 'Seat (EU)');
  await click(page, 'Add');
  assert.ok((await findContaining(page, 'Seat (EU) is priced in EUR, the deal in USD')).length, 'the reason is shown');
  assert.equal((await query(page, 'SELECT count(*) AS n FROM deal_products'))[0].n, 1);

  await click(page, 'Remove');
  assert.equal((await query(page, 'SELECT count(*) AS n FROM deal_products'))[0].n, 0);
  assert.equal((await query(page, 'SELECT amount_minor FROM deals'))[0].amount_minor, 120000, 'the last total stays');
  assert.deepEqual(errors, []);
});

test('won counts as 100 % and lost as 0 %; a deleted deal comes back with Undo', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await addDeal(page, 'Won one', '300');
  await addDeal(page, 'Lost one', '200');
  await addDeal(page, 'Deleted one', '100');
  await mustFind(page, '3 open deals · 600.00 USD · Weighted 60.00 USD');

  await openDeal(page, 'Won one');
  await click(page, 'Mark won');
  await mustFind(page, '300.00 USD · 100% · Won');
  await mustFind(page, 'Won');  // the stage history's newest line
  await click(page, 'Back to pipeline');

  await openDeal(page, 'Lost one');
  await click(page, 'Mark lost');
  await focusField(page, 'Why was it lost?');
  await page.keyboard.type('budget frozen');
  await page.keyboard.press('Enter');
  await mustFind(page, '200.00 USD · 0% · Lost');
  await click(page, 'Back to pipeline');

  await openDeal(page, 'Deleted one');
  await click(page, 'Delete deal');
  assert.equal((await query(page, 'SELECT deleted_at IS NOT NULL AS gone FROM deals WHERE title = ?', ['Deleted one']))[0].gone, 1);
  await mustFind(page, 'Deal deleted.');
  assert.equal(await find(page, 'Deleted one'), null, 'it leaves the board');
  await mustFind(page, '0 open deals · 0.00 USD · Weighted 0.00 USD');
  await click(page, 'Undo');
  assert.equal((await query(page, 'SELECT deleted_at FROM deals WHERE title = ?', ['Deleted one']))[0].deleted_at, null);
  await mustFind(page, '100.00 USD · 10% · Open');  // its page is open again
  assert.deepEqual(errors, []);
});

test('a stage holding closed deals can be removed: they keep it in their history; a stage with open deals cannot', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await addDeal(page, 'Closed early', '500');
  await openDeal(page, 'Closed early');
  await click(page, 'Mark won');
  await click(page, 'Back to pipeline');
  await addDeal(page, 'Still open', '700');

  await click(page, 'Settings');
  await click(page, 'Remove');  // Prospecting, the first stage: it holds the open deal
  assert.ok((await findContaining(page, 'has 1 open deals; move them to another stage first')).length, 'the reason is shown');
  assert.equal((await query(page, "SELECT removed_at FROM pipeline_stages WHERE name = 'Prospecting'"))[0].removed_at, null);

  await click(page, 'Pipeline');
  await openDeal(page, 'Still open');
  await click(page, 'Stage');
  await click(page, 'Qualification');
  await click(page, 'Back to pipeline');
  await click(page, 'Settings');
  await click(page, 'Remove');
  assert.equal((await query(page, "SELECT removed_at IS NOT NULL AS removed FROM pipeline_stages WHERE name = 'Prospecting'"))[0].removed, 1);
  assert.deepEqual(await query(page, "SELECT d.status, s.name FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.title = 'Closed early'"),
    [{ status: 'won', name: 'Prospecting' }]);

  await click(page, 'Pipeline');
  assert.equal(await find(page, 'stage Prospecting'), null, 'the board no longer has the column');
  await mustFind(page, 'stage Qualification');
  await click(page, 'List');
  await click(page, 'Closed early');
  await mustFind(page, 'Created in Prospecting');  // its history still names the stage
  assert.deepEqual(errors, []);
});

test('totals in different currencies are shown side by side, never added; the default currency leads', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await addDeal(page, 'Dollar deal', '1000');
  await click(page, 'New deal');
  await focusField(page, 'Deal title');
  await page.keyboard.insertText('Euro deal');
  await focusField(page, 'Amount');
  await page.keyboard.type('500');
  await retype(page, 'Currency', 'EUR');
  assert.deepEqual(await query(page, 'SELECT title, amount_minor, currency FROM deals ORDER BY id'),
    [{ title: 'Dollar deal', amount_minor: 100000, currency: 'USD' }, { title: 'Euro deal', amount_minor: 50000, currency: 'EUR' }]);
  await mustFind(page, '2 open deals · 1,000.00 USD + 500.00 EUR · Weighted 100.00 USD + 50.00 EUR');
  await mustFind(page, '2 · 1,000.00 USD + 500.00 EUR');  // the stage column

  await click(page, 'Settings');
  await retype(page, 'default currency', 'eur');
  assert.deepEqual(await query(page, "SELECT value FROM settings WHERE key = 'currency'"), [{ value: 'EUR' }]);
  await click(page, 'Pipeline');
  await mustFind(page, '2 open deals · 500.00 EUR + 1,000.00 USD · Weighted 50.00 EUR + 100.00 USD');
  await click(page, 'New deal');
  assert.equal((await query(page, "SELECT value FROM settings WHERE key = 'currency'"))[0].value, 'EUR');
  await focusField(page, 'Deal title');
  await page.keyboard.insertText('Third');
  await focusField(page, 'Amount');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal((await query(page, "SELECT currency FROM deals WHERE title = 'Third'"))[0].currency, 'EUR', 'new deals start in the default');

  await click(page, 'Settings');
  await retype(page, 'default currency', 'EURO');
  assert.ok((await findContaining(page, 'must be a code like USD or CNY')).length, 'the reason is shown');
  assert.equal((await query(page, "SELECT value FROM settings WHERE key = 'currency'"))[0].value, 'EUR');
  assert.deepEqual(errors, []);
});
