// shell/screenshots: a picture of every screen in the light and the dark theme, over seeded demo
// data, written to docs/screenshots/ (linked from the README). Uses the test build (for seeding).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, openApp, click, find, query, root } from '../e2e/harness.mjs';

const outDir = join(root, 'docs', 'screenshots');
const first = async (page, sql) => (await query(page, sql))[0];

// Each screen, with what to open on it so the picture shows the screen at work.
const screens = [
  ['dashboard', 'Dashboard', async () => {}],
  ['contacts', 'Contacts', async (page) => {
    const c = await first(page, 'SELECT name FROM contacts WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT 1 OFFSET 2');
    await click(page, c.name);
  }],
  ['companies', 'Companies', async (page) => {
    const c = await first(page, 'SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT 1');
    await click(page, c.name);
  }],
  ['pipeline', 'Pipeline', async () => {}],
  ['activities', 'Activities', async () => {}],
  ['service', 'Service', async (page) => {
    const t = await first(page, "SELECT subject FROM tickets WHERE status IN ('new', 'open', 'waiting') ORDER BY sla_due_at, id LIMIT 1");
    if (t) await click(page, t.subject);
  }],
  ['marketing', 'Marketing', async (page) => {
    const c = await first(page, 'SELECT name FROM campaigns ORDER BY id DESC LIMIT 1');
    if (c) await click(page, c.name);
  }],
  ['orders', 'Products & Orders', async () => {}],
  ['duplicates', 'Duplicates', async () => {}],
  ['settings', 'Settings', async () => {}],
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
    await click(page, 'Settings');
    await click(page, theme);
    for (const [file, nav, open] of screens) {
      await click(page, nav);
      await open(page);
      await page.evaluate(() => window.satchel.frames(3));
      const path = join(outDir, `${file}-${theme.toLowerCase()}.png`);
      await page.screenshot({ path });
      console.log(path);
    }
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
} finally {
  await context.close();
  await browser.close();
  await server.close();
}
