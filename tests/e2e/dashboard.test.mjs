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

// Rectangles overlap (labels drawn over each other).
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('charts have a value axis from zero with round ticks, months with their year, labels that never collide, and a funnel that narrows', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => window.satchel.test.seed(2000));
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await click(page, 'Dashboard');
    await page.evaluate(() => window.satchel.idle());
    const items = await page.evaluate(() => window.satchel.ui.items());
    const chart = items.find((i) => i.label === 'revenue');
    const inChart = items.filter((i) => i.visible && i.x >= chart.x - 1 && i.x < chart.x + chart.w &&
      i.y >= chart.y - 10 && i.y < chart.y + chart.h);
    const months = inChart.filter((i) => /^\d{4}-\d{2}$/.test(i.label));
    assert.ok(months.length >= 4, `${width} px: month labels carry their year (${months.map((m) => m.label)})`);
    for (let i = 1; i < months.length; i++) {
      assert.ok(!overlaps(months[i - 1], months[i]), `${width} px: ${months[i - 1].label} and ${months[i].label} do not collide`);
    }
    // Ticks on the left: the lowest is 0, each higher one round and larger.
    const ticks = inChart.filter((i) => /^\d+(\.\d+)?[kMB]?$/.test(i.label) && i.x < months[0].x)
      .sort((a, b) => b.y - a.y);
    assert.ok(ticks.length >= 3, `${width} px: the value axis has ticks (${ticks.map((t) => t.label)})`);
    assert.equal(ticks[0].label, '0', 'the axis starts at zero');
    const value = (t) => parseFloat(t) * ({ k: 1e3, M: 1e6, B: 1e9 }[t.at(-1)] || 1);
    for (let i = 1; i < ticks.length; i++) assert.ok(value(ticks[i].label) > value(ticks[i - 1].label), 'ticks climb');

    // A bar reaches down to the zero line: just above it, a bar's pixel is not the background
    // seen in the gap between two bars.
    const zeroY = Math.round(ticks[0].y + ticks[0].h / 2) - 3;
    const slot = (chart.x + chart.w - (ticks[0].x + ticks[0].w)) / months.length;
    const barX = Math.round(months.at(-2).x + months.at(-2).w / 2);
    const gapX = Math.round(months.at(-2).x + months.at(-2).w / 2 + slot / 2);
    const [bar, gap] = [await page.evaluate(([x, y]) => window.satchel.ui.pixel(x, y), [barX, zeroY]),
      await page.evaluate(([x, y]) => window.satchel.ui.pixel(x, y), [gapX, zeroY])];
    assert.notDeepEqual(bar, gap, `${width} px: the bar is drawn down to zero`);
    // In the theme's accent (Satchel blue), not ImGui's default yellow.
    assert.ok(bar[2] > bar[0] + 60 && bar[2] > bar[1] + 30, `${width} px: the bar is blue, not yellow (${bar})`);

    // The funnel: stage labels top to bottom, and each row of the shape no wider than the one above.
    const funnel = items.find((i) => i.label === 'pipeline');
    const stages = items.filter((i) => /\(\d+\)$/.test(i.label) && i.y >= funnel.y && i.y < funnel.y + funnel.h);
    assert.ok(stages.length >= 3, 'one label per stage');
    const background = await page.evaluate(([x, y]) => window.satchel.ui.pixel(x, y), [funnel.x + funnel.w - 2, funnel.y + 2]);
    const filledWidth = async (y) => {
      let n = 0;
      for (let x = funnel.x + funnel.w * 0.4; x < funnel.x + funnel.w; x += 12) {
        const p = await page.evaluate(([px, py]) => window.satchel.ui.pixel(px, py), [Math.round(x), Math.round(y)]);
        if (p.some((c, k) => Math.abs(c - background[k]) > 24)) n++;
      }
      return n;
    };
    const top = await filledWidth(stages[0].y + 2);
    const last = await filledWidth(stages.at(-1).y + stages.at(-1).h - 2);
    assert.ok(top > last && last > 0, `${width} px: the funnel narrows (${top} filled samples at the top, ${last} at the bottom)`);

    // Titles are larger than body text.
    const title = items.find((i) => i.label === 'Dashboard' && i.visible && i.x > 190);
    const heading = items.find((i) => i.label === 'Revenue by month');
    assert.ok(title.h > heading.h + 3, `the title (${title.h} px) is larger than a heading (${heading.h} px)`);
  }
  await screenshot(page, 'dashboard-charts');
  assert.deepEqual(errors, []);
});
