// The canvas fills the window, follows resizes and draws at device resolution on HiDPI screens.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, click, focusField, mustFind, query, screenshot } from './harness.mjs';

let server;
const browsers = [];
after(async () => { for (const b of browsers) await b.close(); await server?.close(); });

async function canvasSize(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { cssW: c.clientWidth, cssH: c.clientHeight, pxW: c.width, pxH: c.height, ratio: devicePixelRatio };
  });
}

test('on a 2x screen the canvas has twice the pixels, and clicks still land on the right item', async () => {
  server ??= await serveDist();
  const browser = await launch({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  browsers.push(browser);
  const { page, errors } = await openApp(browser.context, server.url);
  const size = await canvasSize(page);
  assert.deepEqual(size, { cssW: 1000, cssH: 700, pxW: 2000, pxH: 1400, ratio: 2 });
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.insertText('高清 HiDPI');
  await click(page, 'Save');
  await mustFind(page, '高清 HiDPI');
  assert.deepEqual(await query(page, 'SELECT name FROM contacts'), [{ name: '高清 HiDPI' }]);
  await screenshot(page, 'canvas-hidpi-2x');
  assert.deepEqual(errors, []);
});

test('the canvas follows the window when it is resized', async () => {
  server ??= await serveDist();
  const browser = await launch({ viewport: { width: 1280, height: 800 } });
  browsers.push(browser);
  const { page, errors } = await openApp(browser.context, server.url);
  const wide = await mustFind(page, 'New contact');
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 800);
  await page.evaluate(() => window.satchel.frames(2));
  assert.deepEqual(await canvasSize(page), { cssW: 800, cssH: 600, pxW: 800, pxH: 600, ratio: 1 });
  const narrow = await mustFind(page, 'New contact');
  assert.ok(narrow.x + narrow.w <= 800 && narrow.x < wide.x, 'the button stays at the right edge of the smaller window');
  assert.deepEqual(errors, []);
});
