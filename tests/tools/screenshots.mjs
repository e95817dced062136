// shell/screenshots: a picture of every screen in the light and the dark theme, in English and in
// Chinese, at 1280 px over seeded demo data, written to docs/screenshots/ (linked from the README):
// NAME-THEME.png in English, NAME-THEME-zh.png in Chinese. Uses the test build (for seeding).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, openApp, click, find, query, root, within } from '../e2e/harness.mjs';

const outDir = join(root, 'docs', 'screenshots');
const first = async (page, sql) => (await query(page, sql))[0];

// Each screen, with what to open on it so the picture shows the screen at work.
const screens = [
  ['dashboard', async () => {}],
  ['contacts', async (page) => {
    const c = await first(page, 'SELECT name FROM contacts WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT 1 OFFSET 2');
    await click(page, c.name);
  }],
  ['companies', async (page) => {
    const c = await first(page, 'SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT 1');
    await click(page, c.name);
  }],
  ['pipeline', async () => {}],
  ['activities', async () => {}],
  ['service', async (page) => {
    const t = await first(page, "SELECT subject FROM tickets WHERE status IN ('new', 'open', 'waiting') ORDER BY sla_due_at, id LIMIT 1");
    if (t) await click(page, t.subject);
  }],
  ['marketing', async (page) => {
    const c = await first(page, 'SELECT name FROM campaigns ORDER BY id DESC LIMIT 1');
    if (c) await click(page, c.name);
  }],
  ['orders', async () => {}],
  ['duplicates', async () => {}],
  ['settings', async () => {}],
];

const server = await serveDist('dist-test');
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
try {
  await mkdir(outDir, { recursive: true });
  const { page, errors } = await openApp(context, server.url);
  await page.evaluate(() => window.satchel.test.seed(2000));
  // Two records of one person, so the Duplicates screen has a pair to show.
  await page.evaluate(() => window.satchel.test.exec(`
    INSERT INTO contacts (name, email, city, created_at, updated_at)
      SELECT name, upper(email), 'Lyon', created_at + 1, updated_at FROM contacts WHERE email <> '' ORDER BY id LIMIT 1`));
  for (const theme of ['Light', 'Dark']) {
    for (const [language, suffix] of [['English', ''], ['简体中文', '-zh']]) {
      // Screens by address (#/contacts): the same in both languages, as the navigation's labels are not.
      const go = async (file) => {
        const address = `#/${file}`;
        await page.evaluate((h) => { location.hash = h; }, address);
        await within(5_000, `the ${file} screen`, page.waitForFunction((h) => location.hash === h, address));
        await page.evaluate(() => window.satchel.idle());
      };
      await go('settings');
      await click(page, 'English'); // named so in either language
      await click(page, theme);
      await click(page, language);
      for (const [file, open] of screens) {
        await go(file);
        await open(page);
        await page.evaluate(() => window.satchel.frames(3));
        const path = join(outDir, `${file}-${theme.toLowerCase()}${suffix}.png`);
        await page.screenshot({ path });
        console.log(path);
      }
    }
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
} finally {
  await context.close();
  await browser.close();
  await server.close();
}
