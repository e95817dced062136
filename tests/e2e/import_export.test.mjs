// Files in and out: a spreadsheet from Chinese Excel (GBK, Chinese headers) dropped onto the window
// becomes contacts after a preview and a report; a changed copy updates them instead of adding
// duplicates; the import can be undone completely; the contacts go out as CSV and vCard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freshBrowserPerTest, openApp, click, find, mustFind, findContaining, query, screenshot, artifacts } from './harness.mjs';

const env = freshBrowserPerTest();

// What Chinese Excel writes for "CSV (comma delimited)": GBK, no BOM, CRLF.
function gbk(text) {
  return execFileSync('/usr/bin/python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
    { input: text });
}

const header = '姓名,邮箱,手机,公司,城市,标签\r\n';
const rows = (city) => [
  `王小明,wang@example.cn,138 0013 8000,星辰科技,${city[0]},"VIP, 新客户"`,
  `李娜,li.na@example.cn,139 0000 0001,星辰科技,${city[1]},`,
  `Zoë Lefèvre 😀,zoe@example.fr,+33 1 23 45 67 89,Café Ünïcode,${city[2]},`,
  '张伟,zhang@bad,137 0000 0002,,北京,',      // a bad email: rejected
  ',nobody@example.cn,,,,',                   // no name: rejected
].join('\r\n') + '\r\n';

async function drop(page, name, bytes) {
  await page.evaluate(({ name, bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name, bytes: [...bytes] });
  await page.waitForFunction(() => window.satchel.ui.find('Check rows'), null, { timeout: 10_000 });
}

async function importDropped(page, counts, done) {
  await click(page, 'Check rows');
  await mustFind(page, counts);
  await click(page, counts.endsWith('reject 0') ? 'Import all rows' : 'Import the valid rows');
  await mustFind(page, done);
}

const contactsNow = (page) => query(page,
  'SELECT c.id, c.name, c.email, c.phone, c.city, c.updated_at, co.name AS company FROM contacts c ' +
  'LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id');

test('a GBK spreadsheet dropped on the window maps itself, shows a report, imports, re-imports as updates and undoes', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await drop(page, '客户.csv', gbk(header + rows(['北京', '上海', 'Paris'])));
  await mustFind(page, 'GB18030 (detected)');
  for (const [column, field] of [['姓名', 'Name'], ['邮箱', 'Email'], ['手机', 'Phone'], ['公司', 'Company'],
    ['城市', 'City'], ['标签', 'Tags']]) {
    await mustFind(page, `${column} → ${field}`);
  }
  await screenshot(page, 'import-mapping');

  await click(page, 'Check rows');
  await mustFind(page, 'Create 3 · update 0 · skip 0 · reject 2');
  await mustFind(page, 'needs a domain like example.com after the @');  // 张伟's email, in the report
  await mustFind(page, 'is required');                                   // the row with no name
  await mustFind(page, 'wang@example.cn');                               // the preview, as it will be stored
  await screenshot(page, 'import-report');
  assert.equal((await query(page, 'SELECT count(*) AS n FROM contacts'))[0].n, 0, 'nothing written before the import');

  await click(page, 'Import the valid rows');
  await mustFind(page, 'Imported: 3 created · 0 updated · 0 skipped · 2 rejected');
  await screenshot(page, 'import-done');
  await click(page, 'Close');
  await mustFind(page, '王小明');  // on the contacts list
  await mustFind(page, 'Zoë Lefèvre 😀');
  const first = await contactsNow(page);
  assert.deepEqual(first.map((c) => [c.name, c.email, c.phone, c.city, c.company]), [
    ['王小明', 'wang@example.cn', '13800138000', '北京', '星辰科技'],
    ['李娜', 'li.na@example.cn', '13900000001', '上海', '星辰科技'],
    ['Zoë Lefèvre 😀', 'zoe@example.fr', '+33123456789', 'Paris', 'Café Ünïcode'],
  ]);
  assert.deepEqual(await query(page, "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY t.name"),
    [{ name: 'VIP' }, { name: '新客户' }]);
  const companies = await query(page, 'SELECT * FROM companies ORDER BY id');
  assert.equal(companies.length, 2, 'one company per name, not one per row');

  // A changed copy of the same file: the same people, matched by email, are updated.
  const before = { contacts: await query(page, 'SELECT * FROM contacts ORDER BY id'), companies,
    tags: await query(page, 'SELECT * FROM contact_tags ORDER BY 1, 2') };
  await drop(page, '客户 (2).csv', gbk(header + rows(['深圳', '杭州', 'Lyon'])));
  await importDropped(page, 'Create 0 · update 3 · skip 0 · reject 2',
    'Imported: 0 created · 3 updated · 0 skipped · 2 rejected');
  assert.deepEqual((await contactsNow(page)).map((c) => c.city), ['深圳', '杭州', 'Lyon']);
  assert.equal((await query(page, 'SELECT count(*) AS n FROM contacts'))[0].n, 3, 'no duplicates');

  await click(page, 'Undo import');
  await mustFind(page, 'Import undone: 3 contacts restored, 0 removed.');
  assert.deepEqual({ contacts: await query(page, 'SELECT * FROM contacts ORDER BY id'),
    companies: await query(page, 'SELECT * FROM companies ORDER BY id'),
    tags: await query(page, 'SELECT * FROM contact_tags ORDER BY 1, 2') }, before,
  'the database is as it was before the second import');
  await click(page, 'Close');
  await page.evaluate(() => window.satchel.flushed());
  assert.deepEqual(errors, []);
});

test('contacts go out as CSV and vCard with Chinese, emoji and accents intact', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  await drop(page, 'people.csv', Buffer.from('\ufeffName,Email,Phone,Company,Tags\n' +
    '王小明,wang@example.cn,+86 138 0013 8000,星辰科技,"VIP, 新客户"\nZoë Lefèvre 😀,zoe@example.fr,,Café Ünïcode,\n'));
  await mustFind(page, 'UTF-8 (detected)');
  await importDropped(page, 'Create 2 · update 0 · skip 0 · reject 0', 'Imported: 2 created · 0 updated · 0 skipped · 0 rejected');
  await click(page, 'Close');

  const download = async (choice) => {
    await click(page, 'Export');
    const file = page.waitForEvent('download');
    await click(page, choice);
    const d = await file;
    const path = join(artifacts, `export-${d.suggestedFilename()}`);
    await d.saveAs(path);
    return { name: d.suggestedFilename(), bytes: await readFile(path) };
  };
  const csv = await download('CSV (Excel, Numbers, Google Sheets)');
  assert.match(csv.name, /^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM, so Excel reads UTF-8');
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  assert.ok(lines[0].startsWith('Satchel ID,Name,Email,Phone,'));
  assert.ok(lines.some((l) => l.includes(',王小明,wang@example.cn,+8613800138000,') && l.includes('星辰科技') &&
    l.includes('"VIP, 新客户"')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes(',Zoë Lefèvre 😀,zoe@example.fr,') && l.includes('Café Ünïcode')));

  const vcf = await download('vCard 3.0 (phones, Outlook, Gmail)');
  assert.match(vcf.name, /\.vcf$/);
  const cards = vcf.bytes.toString('utf8');
  assert.equal(cards.match(/BEGIN:VCARD\r\nVERSION:3\.0\r\n/g).length, 2);
  assert.ok(cards.includes('FN:王小明\r\n'));
  assert.ok(cards.includes('ORG:星辰科技\r\n'));
  assert.ok(cards.includes('CATEGORIES:VIP,新客户\r\n'));
  assert.ok(cards.includes('FN:Zoë Lefèvre 😀\r\n'));
  assert.ok(cards.includes('EMAIL;TYPE=pref:zoe@example.fr\r\n') || cards.includes('EMAIL;TYPE=internet,pref:zoe@example.fr\r\n'), cards);
  assert.deepEqual(errors, []);
});

test('a file that is not text is refused with the reason, and nothing is written', async () => {
  const { page, errors } = await openApp(env.browser.context, env.server.url);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.evaluate(({ bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'photo.csv', { type: 'text/csv' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { bytes: [...png] });
  await page.waitForFunction(() => window.satchel.ui.items().some((i) => i.label.startsWith('This file cannot')),
    null, { timeout: 10_000 });
  const shown = await findContaining(page, 'This file cannot');
  assert.match(shown[0].label, /line 3: NUL byte: this is not a text file/);
  await screenshot(page, 'import-not-text');
  await click(page, 'Cancel');
  assert.equal(await find(page, 'Check rows'), null);
  assert.equal((await query(page, 'SELECT count(*) AS n FROM imports'))[0].n, 0);
  assert.deepEqual(errors, []);
});
