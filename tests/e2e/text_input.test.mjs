// Text reaches ImGui through the text agent: IME composition, paste and plain typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, mustFind, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

async function savedName(page) {
  await click(page, 'Save');
  const rows = await query(page, 'SELECT name FROM contacts ORDER BY id DESC LIMIT 1');
  return rows[0]?.name;
}

test('a pinyin IME composition is committed as Chinese text, and the preedit never leaks in', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'New contact');
  await focusField(page, 'Name');
  // Chromium's own IME entry points: compositionstart/update while composing, then the commit.
  const cdp = await env.browser.context.newCDPSession(page);
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
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.evaluate(() => navigator.clipboard.writeText('李四 Li Si'));
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.press('Control+V');
  assert.equal(await savedName(page), '李四 Li Si');
  assert.deepEqual(errors, []);
});

test('typing, Backspace and arrow keys edit text in the order they were pressed', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
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
