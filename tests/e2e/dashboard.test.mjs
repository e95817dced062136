// The dashboard shows the figures of the data, and hovering a chart bar shows its value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, findContaining, mustFind, screenshot } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

test('KPI cards and the revenue chart reflect won deals; hovering this month\'s bar shows its value', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  const month = await page.evaluate(() => {
    const now = Date.now();
    window.satchel.test.exec(`
      INSERT INTO deals (title, amount_minor, currency, stage_id, status, closed_at, created_at, updated_at)
        VALUES ('Won now', 123456, 'USD', 1, 'won', ${now}, ${now}, ${now});
      INSERT INTO deals (title, amount_minor, currency, stage_id, status, lost_reason, closed_at, created_at, updated_at)
        VALUES ('Lost now', 5000, 'USD', 1, 'lost', 'timing', ${now}, ${now}, ${now});
      INSERT INTO deals (title, amount_minor, currency, stage_id, created_at, updated_at)
        VALUES ('Open', 200000, 'USD', 3, ${now}, ${now});`);
    const d = new Date(now);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
  await click(page, 'Dashboard');
  assert.ok((await findContaining(page, '1,234.56 USD')).some((i) => i.visible), 'revenue this month');
  assert.ok((await findContaining(page, '50.0%')).length, 'win rate: one won, one lost');
  assert.ok((await findContaining(page, '2,000.00 USD')).length, 'open pipeline');
  assert.ok((await findContaining(page, 'Weighted 1,000.00 USD')).length, 'weighted at the Proposal stage\'s 50 %');

  const chart = await mustFind(page, 'revenue');
  // Twelve bars; this month is the last one.
  const slot = chart.w / 12;
  await page.mouse.move(chart.x + slot * 11.5, chart.y + chart.h * 0.7);
  await page.evaluate(() => window.satchel.frames(2));
  const [tip] = await findContaining(page, `${month}: 1,234.56 USD`);
  assert.ok(tip && tip.visible, 'the hovered bar shows its month and value');

  // The funnel: one row per stage; the open deal is in the third (Proposal).
  const funnel = await mustFind(page, 'pipeline');
  await page.mouse.move(funnel.x + funnel.w / 2, funnel.y + (funnel.h / 4) * 2.5);
  await page.evaluate(() => window.satchel.frames(2));
  const [stage] = await findContaining(page, 'Proposal: 1 deal, 2,000.00 USD');
  assert.ok(stage && stage.visible, 'the hovered funnel row shows its stage, count and total');
  await mustFind(page, 'tickets');
  await screenshot(page, 'dashboard');
  assert.deepEqual(errors, []);
});
