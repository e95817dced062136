// Without IndexedDB (some private windows), Satchel still works, says plainly that nothing is
// saved, and offers the backup; Settings shows where the data is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, addContact, click, find, findContaining, mustFind, query, screenshot, artifacts }
  from './harness.mjs';

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

test('with IndexedDB unavailable the app works in memory, says nothing is saved, and the backup has the data', async () => {
  const browser = await launch();
  try {
    await browser.context.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('The user denied permission to access the database.', 'InvalidStateError'); };
    });
    const { page } = await openApp(browser.context, server.url);
    await addContact(page, '内存 In Memory');
    assert.deepEqual(await query(page, 'SELECT name FROM contacts'), [{ name: '内存 In Memory' }]);
    const [message] = await findContaining(page, 'IndexedDB is unavailable');
    assert.ok(message && message.visible, 'the status bar says nothing is saved');
    const flushed = await page.evaluate(() => window.satchel.flushed().then(() => 'resolved', (e) => e.message));
    assert.match(flushed, /^Nothing this tab writes can be saved: .*IndexedDB is unavailable/,
      'flushed() rejects: nothing can become durable here');
    await screenshot(page, 'storage-unavailable');
    const download = page.waitForEvent('download');
    await click(page, 'Download backup');
    const file = join(artifacts, 'unavailable-backup.sqlite3');
    await (await download).saveAs(file);
    const bytes = await readFile(file);
    assert.equal(bytes.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
    assert.ok(bytes.includes(Buffer.from('内存 In Memory')), 'the backup holds the contact');
  } finally {
    await browser.close();
  }
});

const PERSISTENT = 'Persistent: the browser will not clear this data to free space.';
const NOT_PERSISTENT = 'Not persistent: the browser may clear this data when space runs low. Keep backups.';

// Settings says what the browser answered to navigator.storage.persist(), which is made to answer
// `granted` here (headless Chromium's own answer depends on its heuristics).
for (const granted of [true, false]) {
  test(`Settings shows storage as ${granted ? '' : 'not '}persistent when the browser ${granted ? 'grants' : 'refuses'} it, ` +
    'with usage and quota', async () => {
    const browser = await launch();
    try {
      await browser.context.addInitScript((answer) => {
        StorageManager.prototype.persist = () => Promise.resolve(answer);
      }, granted);
      const { page } = await openApp(browser.context, server.url);
      await addContact(page, 'Someone');
      await page.evaluate(() => window.satchel.flushed());
      await click(page, 'Settings');
      const storage = await page.evaluate(() => window.satchel.storage());
      assert.equal(storage.persisted, granted, JSON.stringify(storage));
      assert.ok(storage.quota > 0 && storage.usage > 0, JSON.stringify(storage));
      await page.evaluate(() => window.satchel.frames(3));
      assert.ok((await mustFind(page, granted ? PERSISTENT : NOT_PERSISTENT)).visible);
      assert.equal(await find(page, granted ? NOT_PERSISTENT : PERSISTENT), null);
      const [usage] = await findContaining(page, 'Browser storage used by this site:');
      assert.ok(usage && !usage.label.includes(' 0 bytes of 0 bytes'), usage && usage.label);
      assert.ok((await mustFind(page, 'Download backup')).visible);
      await screenshot(page, `settings-storage-${granted ? 'persistent' : 'not-persistent'}`);
    } finally {
      await browser.close();
    }
  });
}
