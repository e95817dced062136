// One tab writes. A second tab says so, can be used read-only, or can take over; then the first
// tab stops writing. Two tabs never write at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, addContact, click, find, findContaining, mustFind, query, screenshot } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the second tab cannot write until it takes over, and then the first tab stops writing', async () => {
  const { page: first } = await openApp(browser.context, server.url);
  await addContact(first, 'From First');
  await first.evaluate(() => window.satchel.flushed());

  const { page: second } = await openApp(browser.context, server.url, { newPage: true });
  const [banner] = await findContaining(second, 'Satchel is open in another tab');
  assert.ok(banner && banner.visible, 'the second tab says the database is open elsewhere');
  await screenshot(second, 'two-tabs-second-tab-choice');
  await click(second, 'Use read-only here');
  assert.deepEqual(await query(second, 'SELECT name FROM contacts'), [{ name: 'From First' }], 'it can read');
  await addContact(second, 'From Second While Read-only');
  assert.ok((await findContaining(second, 'this tab is read-only')).length, 'saving is refused with the reason');
  assert.deepEqual(await query(second, 'SELECT count(*) AS n FROM contacts'), [{ n: 1 }]);

  // Take over: the second tab reloads as the owner; the first stops writing and says why.
  const takeOver = await mustFind(second, 'Take over');
  await Promise.all([second.waitForNavigation(), second.mouse.click(takeOver.x + takeOver.w / 2, takeOver.y + takeOver.h / 2)]);
  await second.waitForFunction(() => window.satchel);
  await second.evaluate(() => window.satchel.ready.then(() => true));
  await second.waitForFunction(() => window.satchel.storage().then((s) => s.state === 0));
  await addContact(second, 'From Second');
  await second.evaluate(() => window.satchel.flushed());

  await first.waitForFunction(() => window.satchel.storage().then((s) => s.state === 4));
  assert.ok((await findContaining(first, 'taken over by another tab')).length, 'the first tab says it was taken over');
  await addContact(first, 'From First After Takeover');
  assert.ok((await findContaining(first, 'this tab is read-only')).length);
  await screenshot(first, 'two-tabs-first-tab-taken-over');

  // What is stored is exactly what the owner wrote.
  const { page: third } = await openApp(browser.context, server.url, { newPage: true });
  assert.deepEqual(await query(third, 'SELECT name FROM contacts ORDER BY id'), [{ name: 'From First' }, { name: 'From Second' }]);
  assert.equal(await find(third, 'From First After Takeover'), null);
});
