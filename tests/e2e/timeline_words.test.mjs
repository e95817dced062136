// A contact's timeline says what happened in people's words (issue 11, item 9): "Phone changed
// from … to …", "Tag “VIP” added", "Merged with …" — never "history · update" — in English and
// in Chinese, and a deal's amount stands apart, never broken inside the number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, findContaining, mustFind, addContact, query,
  screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

async function edit(page, field, text) {
  await focusField(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
}

test('edits, tags and a merge read as sentences on the timeline, in English and in Chinese', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await addContact(page, 'Ann Lee 👩‍💼', 'ann@example.com');
  await addContact(page, 'Ann Lee (work)', 'ANN@example.com');
  await click(page, 'Ann Lee 👩‍💼');
  await edit(page, 'Phone###detail-Phone', '+44 113 496 0000');
  await edit(page, 'Phone###detail-Phone', '+44 113 496 0999');
  await edit(page, 'Tags###detail-Tags', 'VIP, 展会');
  await edit(page, 'Tags###detail-Tags', '展会');
  assert.deepEqual(await query(page, "SELECT phone FROM contacts WHERE name = 'Ann Lee 👩‍💼'"), [{ phone: '+44 113 496 0999' }]);

  await click(page, 'Duplicates');
  await click(page, 'Merge');
  await click(page, 'Merge them');
  await click(page, 'Contacts');
  await click(page, 'Ann Lee 👩‍💼');
  const lines = (await page.evaluate(() => window.satchel.ui.items())).map((i) => i.label);
  for (const sentence of ['Created', 'Phone set to “+44 113 496 0000”',
    'Phone changed from “+44 113 496 0000” to “+44 113 496 0999”', 'Tag “VIP” added', 'Tag “展会” added',
    'Tag “VIP” removed', 'Merged with Ann Lee (work)'])
    assert.ok(lines.includes(sentence), `the timeline says "${sentence}"; it shows ${JSON.stringify(lines.slice(-14))}`);
  assert.equal(lines.filter((l) => l.includes('history')).length, 0, 'no audit words');
  await screenshot(page, 'timeline-in-words');

  await click(page, 'Settings');
  await click(page, '简体中文');
  await click(page, '联系人');
  await click(page, 'Ann Lee 👩‍💼');
  const zh = (await page.evaluate(() => window.satchel.ui.items())).map((i) => i.label);
  for (const sentence of ['创建', '电话从“+44 113 496 0000”改为“+44 113 496 0999”', '添加了标签“VIP”', '移除了标签“VIP”',
    '已与Ann Lee (work)合并'])
    assert.ok(zh.includes(sentence), `the timeline says "${sentence}"; it shows ${JSON.stringify(zh.slice(-14))}`);
  await screenshot(page, 'timeline-in-words-zh');
  assert.deepEqual(errors, []);
});

test('a deal on the timeline shows its amount whole, apart from the words, at 1024 px', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.setViewportSize({ width: 1024, height: 768 });
  await addContact(page, 'Wang Fang', 'fang@example.cn');
  await click(page, 'New deal');
  await focusField(page, 'Deal title');
  await page.keyboard.insertText('Fleet of scanners for every warehouse of the northern region, with support and training');
  await focusField(page, 'Amount');
  await page.keyboard.type('1234567.89');
  await click(page, 'Save');
  // The timeline is under the contact's fields: scroll the panel down to it.
  await page.mouse.move(800, 400);
  await page.mouse.wheel(0, 800);
  await page.evaluate(() => window.satchel.idle());
  const amount = await mustFind(page, '1,234,567.89 USD');
  const words = (await findContaining(page, 'Deal “Fleet of scanners')).pop();
  assert.ok(words, 'the deal is on the timeline in words');
  assert.ok(amount.visible && amount.x >= words.x + words.w - 1, 'the amount stands to the right of the words');
  assert.ok(amount.h < 2 * (await mustFind(page, 'Timeline')).h, 'on one line: the number is not broken');
  await screenshot(page, 'timeline-deal-1024');
  assert.deepEqual(errors, []);
});
