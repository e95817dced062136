// Without IndexedDB (some private windows), Satchel still works, says plainly that nothing is
// saved, and offers the backup; Settings shows where the data is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, addContact, click, findContaining, mustFind, query, screenshot, artifacts } from './harness.mjs';

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

test('Settings shows whether storage is persistent, how much is used and the quota', async () => {
  const browser = await launch();
  try {
    const { page } = await openApp(browser.context, server.url);
    await addContact(page, 'Someone');
    await page.evaluate(() => window.satchel.flushed());
    await click(page, 'Settings');
    const [persist] = await findContaining(page, 'ersistent');
    assert.ok(persist && persist.visible);
    const storage = await page.evaluate(() => window.satchel.storage());
    assert.ok(storage.quota > 0 && storage.usage > 0, JSON.stringify(storage));
    await page.evaluate(() => window.satchel.frames(3));
    const [usage] = await findContaining(page, 'Browser storage used by this site:');
    assert.ok(usage && !usage.label.includes(' 0 bytes of 0 bytes'), usage && usage.label);
    assert.ok((await mustFind(page, 'Download backup')).visible);
    await screenshot(page, 'settings-storage');
  } finally {
    await browser.close();
  }
});
