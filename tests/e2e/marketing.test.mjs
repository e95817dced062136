// A marketer saves a filter as a segment and adds its contacts to a new campaign.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshBrowserPerTest, openApp, click, focusField, mustFind, findContaining, addContact, query, screenshot } from './harness.mjs';

const env = freshBrowserPerTest();

test('contacts tagged and saved as a segment are added to a campaign as targeted members', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  for (const name of ['Ann Spring', 'Bo Spring', 'Cy Winter']) await addContact(page, name);
  await click(page, 'Ann Spring');
  await page.keyboard.down('Control');
  await click(page, 'Bo Spring');
  await page.keyboard.up('Control');
  await focusField(page, '##bulk-tag');
  await page.keyboard.type('spring');
  await click(page, 'Add tag');
  await click(page, 'Tag');
  await click(page, 'spring');
  await click(page, 'Save as segment');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type('Spring list');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
  assert.deepEqual(await query(page, 'SELECT name FROM segments'), [{ name: 'Spring list' }]);

  await click(page, 'Marketing');
  await click(page, 'New campaign');
  await focusField(page, 'Campaign name');
  await page.keyboard.type('Spring launch');
  await focusField(page, 'Budget');
  await page.keyboard.type('100');
  await click(page, 'Save');
  await click(page, 'Segment');
  await click(page, 'Spring list');
  await click(page, 'Add members from segment');
  assert.deepEqual(await query(page,
    'SELECT c.name, m.status FROM campaign_members m JOIN contacts c ON c.id = m.contact_id ORDER BY c.name'),
  [{ name: 'Ann Spring', status: 'targeted' }, { name: 'Bo Spring', status: 'targeted' }]);
  await mustFind(page, 'Targeted: 2');
  await mustFind(page, '2 contacts added');
  await mustFind(page, 'Bo Spring');
  await screenshot(page, 'marketing-campaign');
  assert.deepEqual(errors, []);
});
