// One tab writes. A second tab says so, can be used read-only, or can take over; then the first
// tab stops writing. Two tabs never write at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, addContact, click, find, findContaining, focusField, mustFind, query, screenshot } from './harness.mjs';

let server;
let testServer;
let browser;
before(async () => { server = await serveDist(); testServer = await serveDist('dist-test'); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); await testServer?.close(); });

// What window.satchel.flushed() settled with: 'resolved', the rejection's message, or 'pending' if it
// had not settled after `ms` (a tab that cannot save must never leave it pending).
function flushOutcome(page, ms = 5000) {
  return page.evaluate((wait) => Promise.race([
    window.satchel.flushed().then(() => 'resolved', (e) => e.message),
    new Promise((resolve) => setTimeout(() => resolve('pending'), wait)),
  ]), ms);
}

// In a tab that cannot save, a record's fields show their value, take no typing and say why on
// hover; Save says why too, and nothing is stored. Search still works: reading is what the tab is for.
async function refusesTyping(page) {
  const before = await query(page, 'SELECT count(*) AS n FROM contacts');
  await click(page, 'From First'); // the detail panel opens for reading
  const name = await mustFind(page, 'Name###detail-Name');
  await page.mouse.click(name.x + name.w / 2, name.y + name.h / 2);
  await page.keyboard.type('XYZ');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, "SELECT count(*) AS n FROM contacts WHERE name LIKE '%XYZ%'"), [{ n: 0 }]);
  await page.mouse.move(name.x + name.w / 2, name.y + name.h / 2 + 1);
  assert.ok((await findContaining(page, 'this tab is read-only because Satchel is open in another tab')).length,
    'hovering the field says why it takes no typing');
  await click(page, 'New contact');
  await click(page, 'Save');
  assert.ok((await findContaining(page, 'this tab is read-only')).length, 'saving is refused with the reason');
  assert.deepEqual(await query(page, 'SELECT count(*) AS n FROM contacts'), before);
  await click(page, 'Cancel');
}

async function takeOver(page) {
  const button = await mustFind(page, 'Take over');
  await Promise.all([page.waitForNavigation(), page.mouse.click(button.x + button.w / 2, button.y + button.h / 2)]);
  await page.waitForFunction(() => window.satchel);
  await page.evaluate(() => window.satchel.ready.then(() => true));
  await page.waitForFunction(() => window.satchel.storage().then((s) => s.state === 0));
}

test('the second tab cannot write until it takes over, and then the first tab stops writing', async () => {
  const { page: first } = await openApp(browser.context, server.url);
  await addContact(first, 'From First');
  await first.evaluate(() => window.satchel.flushed());

  const { page: second } = await openApp(browser.context, server.url, { newPage: true });
  const [banner] = await findContaining(second, 'Satchel is open in another tab');
  assert.ok(banner && banner.visible, 'the second tab says the database is open elsewhere');
  await screenshot(second, 'two-tabs-second-tab-choice');
  await click(second, 'Use read-only here');
  assert.match(await flushOutcome(second), /^Nothing this tab writes can be saved: Satchel is open in another tab/,
    'flushed() in a read-only tab rejects with the reason');
  assert.deepEqual(await query(second, 'SELECT name FROM contacts'), [{ name: 'From First' }], 'it can read');
  await refusesTyping(second);

  // Take over: the second tab reloads as the owner; the first stops writing and says why.
  await takeOver(second);
  await addContact(second, 'From Second');
  assert.equal(await flushOutcome(second), 'resolved', 'the new owner saves');

  await first.waitForFunction(() => window.satchel.storage().then((s) => s.state === 4));
  assert.ok((await findContaining(first, 'taken over by another tab')).length, 'the first tab says it was taken over');
  assert.match(await flushOutcome(first), /^Nothing this tab writes can be saved: Satchel was taken over by another tab/,
    'flushed() in the taken-over tab rejects instead of hanging');
  await refusesTyping(first);
  await screenshot(first, 'two-tabs-first-tab-taken-over');

  // What is stored is exactly what the owner wrote.
  const { page: third } = await openApp(browser.context, server.url, { newPage: true });
  assert.deepEqual(await query(third, 'SELECT name FROM contacts ORDER BY id'), [{ name: 'From First' }, { name: 'From Second' }]);
  assert.equal(await find(third, 'From First After Takeover'), null);
});

test('taking over waits for the first tab to write what it has: an edit whose write was failing reaches the new owner', async () => {
  const own = await launch();
  try {
    const { page: first } = await openApp(own.context, testServer.url);
    await addContact(first, 'Typing Person');
    await first.evaluate(() => window.satchel.flushed());
    const { page: second } = await openApp(own.context, testServer.url, { newPage: true });
    await click(second, 'Use read-only here');

    // The first tab's writes fail (retried with back-off) until a second after another tab asks
    // for the database: the phone typed there is stored in its SQLite but not yet in IndexedDB.
    await first.bringToFront();
    await first.evaluate(() => {
      window.satchel.test.failWrites('UnknownError');
      new BroadcastChannel('satchel-database-owner').onmessage = () =>
        setTimeout(() => window.satchel.test.failWrites(null), 1000);
    });
    await click(first, 'Typing Person');
    await focusField(first, 'Phone###detail-Phone');
    await first.keyboard.type('138 0013 8000');
    await second.bringToFront();
    await takeOver(second);
    assert.deepEqual(await query(second, "SELECT phone FROM contacts WHERE name = 'Typing Person'"),
      [{ phone: '138 0013 8000' }], 'what the first tab typed reached the new owner');
    await first.waitForFunction(() => window.satchel.storage().then((s) => s.state === 4));
    assert.ok((await findContaining(first, 'taken over by another tab')).length, 'the first tab says it was taken over');
  } finally {
    await own.close();
  }
});

test('a flushed() still waiting when another tab takes over rejects at once instead of hanging', async () => {
  const own = await launch();
  try {
    const { page: first } = await openApp(own.context, testServer.url);
    await first.evaluate(() => window.satchel.test.failWrites('UnknownError'));
    await addContact(first, 'Never Saved');
    await first.evaluate(() => {
      window.pendingFlush = window.satchel.flushed().then(() => 'resolved', (e) => e.message);
    });
    const stillWaiting = await first.evaluate(() => Promise.race([window.pendingFlush,
      new Promise((resolve) => setTimeout(() => resolve('pending'), 300))]));
    assert.equal(stillWaiting, 'pending', 'a failing write keeps flushed() waiting while it is retried');

    const { page: second } = await openApp(own.context, testServer.url, { newPage: true });
    await takeOver(second);
    const outcome = await first.evaluate(() => Promise.race([window.pendingFlush,
      new Promise((resolve) => setTimeout(() => resolve('still pending 5 s after the takeover'), 5000))]));
    assert.match(outcome, /^Nothing this tab writes can be saved: Satchel was taken over by another tab/);
    assert.deepEqual(await query(second, "SELECT count(*) AS n FROM contacts WHERE name = 'Never Saved'"), [{ n: 0 }],
      'what the first tab could not save is not in storage');
  } finally {
    await own.close();
  }
});
