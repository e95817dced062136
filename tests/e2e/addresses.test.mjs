// Every screen and record has an address (#/contacts/123): back and forward work, a reload returns
// to the same place, and a link opens what it names (issue 11, item 13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, find, addContact, addCompany, query, within } from './harness.mjs';

const env = freshBrowserPerTest();

const hash = (page) => page.evaluate(() => location.hash);
async function untilHash(page, want) {
  await within(5_000, `the address becoming ${want}`, page.waitForFunction((w) => location.hash === w, want));
  await page.evaluate(() => window.satchel.idle());
}
const contactId = async (page, name) => (await query(page, 'SELECT id FROM contacts WHERE name = ?', [name]))[0].id;

test('the address follows the screen and the record shown, and back and forward retrace them', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  assert.equal(await hash(page), '#/contacts', 'the first screen has its address at once');
  await addContact(page, 'Ann Lee', 'ann@example.com');
  await addContact(page, 'Bo Chen', 'bo@example.com');
  const ann = await contactId(page, 'Ann Lee');
  const bo = await contactId(page, 'Bo Chen');
  assert.equal(await hash(page), `#/contacts/${bo}`);
  await click(page, 'Ann Lee');
  assert.equal(await hash(page), `#/contacts/${ann}`);
  await click(page, 'Companies');
  assert.equal(await hash(page), '#/companies');

  await page.goBack();
  await untilHash(page, `#/contacts/${ann}`);
  assert.ok(await find(page, 'City###detail-City'), 'Ann\'s detail is open again');
  await page.goBack();
  await untilHash(page, `#/contacts/${bo}`);
  await page.goForward();
  await untilHash(page, `#/contacts/${ann}`);
  await page.goForward();
  await untilHash(page, '#/companies');
  assert.ok(await find(page, 'New company'), 'the Companies screen is shown');
  assert.deepEqual(errors, []);
});

test('a reload returns to the record that was open, and a link opens the record it names', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Companies');
  await addCompany(page, '北京科技 🚀', 'bjtech.cn');
  const [{ id }] = await query(page, 'SELECT id FROM companies');
  await click(page, '北京科技 🚀');
  assert.equal(await hash(page), `#/companies/${id}`);
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await page.evaluate(() => window.satchel.idle());
  assert.equal(await hash(page), `#/companies/${id}`);
  assert.ok(await find(page, 'Domain###company-Domain'), 'the company\'s detail is open after the reload');

  await addContactOn(page, 'Zoë Ångström');
  const zoe = await contactId(page, 'Zoë Ångström');
  // Typed into the address bar (or followed from a note): the page goes there.
  await page.evaluate((h) => { location.hash = h; }, `#/contacts/${zoe}`);
  await untilHash(page, `#/contacts/${zoe}`);
  assert.ok(await find(page, 'City###detail-City'), 'Zoë\'s detail is open');
  assert.deepEqual(errors, []);
});

test('an address whose record is gone, or whose screen does not exist, shows a screen and corrects itself', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => { location.hash = '#/contacts/99999'; });
  await untilHash(page, '#/contacts');
  assert.equal(await find(page, 'City###detail-City'), null, 'no detail for a contact that does not exist');
  await page.evaluate(() => { location.hash = '#/no-such-screen/3'; });
  await untilHash(page, '#/contacts');
  assert.deepEqual(errors, []);
});

async function addContactOn(page, name) {
  await click(page, 'Contacts');
  await addContact(page, name);
}
