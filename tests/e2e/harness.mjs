// Shared by the browser tests: serves dist/ on a loopback port and drives Debian's Chromium
// through playwright-core (no browser download), with real mouse and keyboard events.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after, beforeEach, afterEach } from 'node:test';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'build', 'e2e');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream' };

// `which`: 'dist' (the shipped app) or 'dist-test' (the test build, with window.satchel.test).
export async function serveDist(which = 'dist') {
  const dist = which === 'dist' ? join(root, 'dist') : join(root, 'build', which);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path.endsWith('/') ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  '--disable-quic'];

// A browser with its own fresh profile. Pass `profileDir` to reuse a profile across launches.
export async function launch({ profileDir, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const dir = profileDir || await mkdtemp(join(tmpdir(), 'satchel-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs, viewport, deviceScaleFactor,
  });
  const cleanup = async () => {
    await context.close();
    if (!profileDir) await rm(dir, { recursive: true, force: true });
  };
  return { context, close: cleanup };
}

// Registers node:test hooks: one server for the file, a fresh browser profile for every test (the app
// keeps its data, so tests must not share one). Read `.server` and `.browser` inside a test.
export function freshBrowserPerTest(which = 'dist') {
  const env = { server: null, browser: null };
  before(async () => { env.server = await serveDist(which); });
  beforeEach(async () => { env.browser = await launch(); });
  afterEach(async () => { await env.browser?.close(); });
  after(async () => { await env.server?.close(); });
  return env;
}

// A browser whose contexts each have their own fresh storage (for many short independent trials).
export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

// `promise`, or a rejection naming what did not happen within `ms`: the test fails at the step that
// hangs, with its own message, instead of when node's per-file timeout stops the whole file.
export async function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

// Opens the app and waits for its first frame. Console errors are collected for the test to check.
export async function openApp(context, url, { newPage = false } = {}) {
  const page = (!newPage && context.pages()[0]) || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await within(60_000, 'the app starting (window.satchel.ready)',
    page.evaluate(() => window.satchel.ready.then(() => true)));
  return { page, errors };
}

// ---- The UI through its real input path -------------------------------------------------------

export async function find(page, label) {
  await page.evaluate(() => window.satchel.idle());
  return page.evaluate((l) => window.satchel.ui.find(l), label);
}

export async function mustFind(page, label) {
  const item = await find(page, label);
  if (!item) {
    const labels = await page.evaluate(() => window.satchel.ui.items().map((i) => i.label).filter(Boolean));
    throw new Error(`no UI item labelled "${label}"; drawn: ${JSON.stringify(labels.slice(0, 60))}`);
  }
  return item;
}

export async function click(page, label) {
  const item = await mustFind(page, label);
  if (!item.visible) throw new Error(`"${label}" is drawn but not visible`);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await page.evaluate(() => window.satchel.idle());
  return item;
}

// Clicks a text field and waits until the text agent has focus, as it does for a person.
export async function focusField(page, label) {
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
}

// Items whose label contains `text` (for long messages).
export async function findContaining(page, text) {
  await page.evaluate(() => window.satchel.idle());
  return page.evaluate((t) => window.satchel.ui.items().filter((i) => i.label.includes(t)), text);
}

export async function addContact(page, name, email = '') {
  await click(page, 'New contact');
  await focusField(page, 'Name');
  await page.keyboard.insertText(name);
  if (email) {
    await focusField(page, 'Email');
    await page.keyboard.type(email);
  }
  await click(page, 'Save');
}

// On the Companies screen: a new company, saved with Enter.
export async function addCompany(page, name, domain = '') {
  await click(page, 'New company');
  await focusField(page, 'Company name');
  await page.keyboard.insertText(name);
  if (domain) {
    await focusField(page, 'Domain');
    await page.keyboard.type(domain);
  }
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
}

// On the Pipeline screen: a new deal, saved with Enter (it opens above the board).
export async function addDeal(page, title, amount) {
  await click(page, 'New deal');
  await focusField(page, 'Deal title');
  await page.keyboard.insertText(title);
  await focusField(page, 'Amount');
  await page.keyboard.type(amount);
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.satchel.idle());
}

// Opens the Ctrl+K search palette and types `text` into it (results drawn when it returns).
export async function searchFor(page, text) {
  await page.keyboard.press('Control+K');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.insertText(text);
  await page.evaluate(() => window.satchel.idle());
}

export async function query(page, sql, params = []) {
  return page.evaluate(([s, p]) => window.satchel.query(s, p), [sql, params]);
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
