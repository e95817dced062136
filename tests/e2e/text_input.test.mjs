// Text reaches ImGui through the text agent: IME composition, paste and plain typing.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, click, focusField, mustFind, query, screenshot } from './harness.mjs';

let server;
let browser;
// Each test gets a fresh browser profile: the app keeps its data, so tests must not share one.
before(async () => { server = await serveDist(); });
beforeEach(async () => { browser = await launch(); });
afterEach(async () => { await browser?.close(); });
after(async () => { await server?.close(); });

async function savedName(page) {
  await click(page, 'Save');
  const rows = await query(page, 'SELECT name FROM contacts ORDER BY id DESC LIMIT 1');
  return rows[0]?.name;
}

test('a pinyin IME composition is committed as Chinese text, and the preedit never leaks in', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  // Chromium's own IME entry points: compositionstart/update while composing, then the commit.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: 'zhangsan', selectionStart: 8, selectionEnd: 8 });
  // The IME candidate window is anchored to the text agent, which sits on the field.
  const agent = await page.evaluate(() => {
    const r = document.getElementById('text-agent').getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  const field = await mustFind(page, 'Name');
  assert.ok(agent.x >= field.x && agent.x <= field.x + field.w, `agent x ${agent.x} inside the field`);
  assert.ok(agent.y >= field.y - 2 && agent.y <= field.y + field.h, `agent y ${agent.y} on the field`);
  await cdp.send('Input.insertText', { text: '张三' });
  assert.equal(await savedName(page), '张三');
  assert.deepEqual(errors, []);
});

test('text pasted from the system clipboard arrives once, Chinese included', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.evaluate(() => navigator.clipboard.writeText('李四 Li Si'));
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.press('Control+V');
  assert.equal(await savedName(page), '李四 Li Si');
  assert.deepEqual(errors, []);
});

test('typing, Backspace and arrow keys edit text in the order they were pressed', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.type('Zoë Ångströmx');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Home');
  await page.keyboard.type('Dr ');
  assert.equal(await savedName(page), 'Dr Zoë Ångström');
  await screenshot(page, 'text-input-accented');
  assert.deepEqual(errors, []);
});
