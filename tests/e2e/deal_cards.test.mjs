// A deal card on the board says who the deal is with, its owner and when it should close, and
// marks it when that day has passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, find, mustFind, findContaining } from './harness.mjs';

const env = freshBrowserPerTest('dist-test');

test('a card shows the company, the owner and the close date, and marks a close date that has passed', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await page.evaluate(() => {
    const t = Date.now();
    const lastWeek = t - 7 * 86400000, nextMonth = t + 30 * 86400000;
    window.satchel.test.exec(`
      INSERT INTO companies (name, created_at, updated_at) VALUES ('Acme 株式会社', ${t}, ${t});
      INSERT INTO contacts (name, created_at, updated_at) VALUES ('Ana Lee', ${t}, ${t});
      INSERT INTO deals (title, company_id, amount_minor, currency, stage_id, owner, expected_close, created_at, updated_at)
        VALUES ('Late one', 1, 120000, 'USD', 1, '王芳', ${lastWeek}, ${t}, ${t});
      INSERT INTO deals (title, contact_id, amount_minor, currency, stage_id, expected_close, created_at, updated_at)
        VALUES ('On time', 1, 5000, 'USD', 1, ${nextMonth}, ${t}, ${t});`);
  });
  await page.evaluate(() => window.satchel.flushed());
  await page.reload();
  await page.evaluate(() => window.satchel.ready);
  await click(page, 'Pipeline');
  await mustFind(page, 'overdue Late one');
  assert.equal(await find(page, 'overdue On time'), null, 'a close date still ahead is not marked');

  await mustFind(page, '1,200.00 USD · 王芳');
  assert.equal((await findContaining(page, 'Acme 株式会社 · ')).filter((i) => /closes \d{4}-\d\d-\d\d, overdue$/.test(i.label)).length, 1,
    'who the deal is with, when it should have closed, and that it is overdue');
  assert.equal((await findContaining(page, 'Ana Lee · closes ')).length, 1, 'with no company, the contact');
  const card = await mustFind(page, 'Late one');
  await page.mouse.move(card.x + card.w / 2, card.y + card.h / 2);
  await page.evaluate(() => window.satchel.idle());
  const red = await page.evaluate(async (r) => {
    for (let dx = 2; dx < r.w; dx += 1) {
      const [R, G, B] = await window.satchel.ui.pixel(r.x + dx, r.y + r.h - 8);
      if (R > 150 && G < 110 && B < 110) return true;
    }
    return false;
  }, card);
  assert.ok(red, 'the overdue line is drawn in red');
  const onTime = await mustFind(page, 'On time');
  assert.ok(onTime.h > 40, 'a card is three lines tall');
  assert.deepEqual(errors, []);
});
