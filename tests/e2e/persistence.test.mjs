// What a person types is kept: across reloads and across closing the whole browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openApp, addContact, mustFind, query, screenshot } from './harness.mjs';

let server;
let profile;
before(async () => { server = await serveDist(); profile = await mkdtemp(join(tmpdir(), 'satchel-profile-')); });
after(async () => { await server?.close(); await rm(profile, { recursive: true, force: true }); });

const names = "SELECT name FROM contacts ORDER BY name";

test('contacts added through the UI survive a reload and a browser restart on the same profile', async () => {
  let browser = await launch({ profileDir: profile });
  let { page, errors } = await openApp(browser.context, server.url);
  await addContact(page, '王小明', 'xiaoming@example.cn');
  await addContact(page, 'Zoë Ångström');
  await page.evaluate(() => window.satchel.flushed());
  const storage = await page.evaluate(() => window.satchel.storage());
  assert.equal(storage.pendingCommits, 0);
  assert.equal(storage.error, null);
  assert.ok(storage.lastCommitSeq >= 2, `lastCommitSeq ${storage.lastCommitSeq}`);
  assert.ok((await mustFind(page, 'Saved')).visible, 'the status bar says Saved');

  await page.reload();
  await page.evaluate(() => window.satchel.ready.then(() => true));
  assert.deepEqual(await query(page, names), [{ name: 'Zoë Ångström' }, { name: '王小明' }]);
  assert.ok((await mustFind(page, '王小明')).visible, 'listed after the reload');
  assert.deepEqual(errors, []);
  await browser.close();

  browser = await launch({ profileDir: profile });
  ({ page, errors } = await openApp(browser.context, server.url));
  assert.deepEqual(await query(page, names), [{ name: 'Zoë Ångström' }, { name: '王小明' }]);
  assert.deepEqual(await query(page, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
  assert.ok((await mustFind(page, '王小明')).visible);
  await screenshot(page, 'persistence-after-restart');
  assert.deepEqual(errors, []);
  await browser.close();
});
