// A salesperson adds a deal, drags its card to another stage, and marks deals won and lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, addDeal, click, focusField, find, mustFind, findContaining, query, screenshot }
  from './harness.mjs';

const env = freshBrowserPerTest();

test('dragging a deal card to another column moves it to that stage and records the move; Mark won closes it', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await mustFind(page, 'Drag deals here');
  await addDeal(page, 'Acme pilot', '5000');
  const [stages] = [await query(page, 'SELECT id, name FROM pipeline_stages ORDER BY position')];
  assert.deepEqual(await query(page, 'SELECT title, amount_minor, stage_id FROM deals'),
    [{ title: 'Acme pilot', amount_minor: 500000, stage_id: stages[0].id }]);

  const card = await mustFind(page, 'Acme pilot');
  const target = await mustFind(page, `stage ${stages[2].name}`);
  await page.mouse.move(card.x + card.w / 2, card.y + card.h / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(card.x + card.w / 2 + (target.x + 20 - card.x - card.w / 2) * i / 10,
      card.y + card.h / 2 + (target.y + 60 - card.y - card.h / 2) * i / 10);
  }
  await page.mouse.up();
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT stage_id FROM deals'), [{ stage_id: stages[2].id }]);
  assert.deepEqual(await query(page, 'SELECT from_stage_id, to_stage_id FROM deal_stage_history ORDER BY id DESC LIMIT 1'),
    [{ from_stage_id: stages[0].id, to_stage_id: stages[2].id }]);
  const moved = await mustFind(page, 'Acme pilot');
  assert.ok(Math.abs(moved.x - target.x) < target.w, 'the card now stands in the target column');
  assert.ok((await findContaining(page, 'Weighted 2,500.00 USD')).length, 'the column shows the weighted total (50 %)');
  await screenshot(page, 'pipeline-after-drag');

  // A click opens the deal's page; before Mark won its status line says open.
  await click(page, 'Acme pilot');
  await mustFind(page, '5,000.00 USD · 50% · Open');
  await click(page, 'Mark won');
  assert.deepEqual(await query(page, 'SELECT status, closed_at IS NOT NULL AS closed FROM deals'), [{ status: 'won', closed: 1 }]);
  assert.deepEqual(await query(page, 'SELECT to_stage_id, to_status FROM deal_stage_history ORDER BY id DESC LIMIT 1'),
    [{ to_stage_id: stages[2].id, to_status: 'won' }]);
  await mustFind(page, '5,000.00 USD · 100% · Won');  // won counts as 100 %
  assert.equal(await find(page, '5,000.00 USD · 50% · Open'), null, 'the status line no longer says open');
  assert.equal(await find(page, 'Mark won'), null, 'a won deal cannot be marked won again');
  await mustFind(page, 'Reopen');
  await click(page, 'Back to pipeline');
  assert.equal(await find(page, 'Acme pilot'), null, 'a won deal leaves the board');
  await mustFind(page, '0 open deals · 0.00 USD · Weighted 0.00 USD');
  await click(page, 'List');
  await click(page, 'Acme pilot');
  await mustFind(page, '5,000.00 USD · 100% · Won');
  assert.deepEqual(errors, []);
});

test('marking a deal lost asks for the reason and refuses without one', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Pipeline');
  await addDeal(page, 'Globex renewal', '1200.50');
  await click(page, 'Globex renewal');
  await click(page, 'Mark lost');
  await click(page, 'Mark as lost');
  await mustFind(page, 'say why the deal was lost');
  assert.deepEqual(await query(page, 'SELECT status FROM deals'), [{ status: 'open' }]);
  await focusField(page, 'Why was it lost?');
  await page.keyboard.type('chose a cheaper vendor');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT status, lost_reason FROM deals'), [{ status: 'lost', lost_reason: 'chose a cheaper vendor' }]);
  await mustFind(page, 'Lost reason: chose a cheaper vendor');
  assert.deepEqual(errors, []);
});

test('the default stages are named in the reader\'s language; a renamed stage keeps its name', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await click(page, 'Settings');
  await click(page, '简体中文');
  await click(page, '销售管道');
  for (const name of ['初步接洽', '需求确认', '方案报价', '谈判审核']) await mustFind(page, `stage ${name}`);
  assert.equal(await find(page, 'stage Proposal'), null);
  // What is stored is unchanged: a stage the user renames shows exactly the new name.
  await click(page, '设置');
  await focusField(page, 'stage name 3');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('Demo 演示');
  await page.keyboard.press('Enter');
  await click(page, '销售管道');
  await mustFind(page, 'stage Demo 演示');
  assert.deepEqual(await query(page, 'SELECT name FROM pipeline_stages ORDER BY position'),
    [{ name: 'Prospecting' }, { name: 'Qualification' }, { name: 'Demo 演示' }, { name: 'Negotiation' }]);
  assert.deepEqual(errors, []);
});
