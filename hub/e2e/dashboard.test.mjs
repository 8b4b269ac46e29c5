// Browser test of the lotsen-hub dashboard: node hub/e2e/dashboard.test.mjs http://127.0.0.1:PORT
// Run by hub/tests/dashboard_browser.rs, which starts the hub and fills it with data whose
// counts are checked here. Debian's Chromium, headless, fresh profile; no network but the hub.
// Screenshots go to $LOTSEN_E2E_SCREENSHOTS when set.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2];
assert.ok(base, 'usage: node dashboard.test.mjs http://127.0.0.1:PORT');
const env = (name) => {
  assert.ok(process.env[name], `${name} is not set`);
  return process.env[name];
};
const shots = process.env.LOTSEN_E2E_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'lotsen-e2e-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(15000);
// Nothing but the hub may be fetched.
page.on('request', (request) => assert.ok(request.url().startsWith(base) || request.url().startsWith('data:'),
  `the dashboard fetched ${request.url()}`));

let step = 'start';
const check = (name) => { step = name; console.log(`e2e: ${name}`); };
const cellTexts = (tableId) => page.$$eval(`#${tableId} tbody tr`,
  (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));
const kpi = async (index) => (await page.locator('.kpi .kpi-value').nth(index).textContent()).trim();
const kpiPrevious = async (index) => (await page.locator('.kpi .kpi-previous').nth(index).textContent()).trim();

async function logIn(name, password) {
  await page.goto(`${base}/dashboard/login`);
  await page.getByLabel(/User name|Användarnamn/).fill(name);
  await page.getByLabel(/Password|Lösenord/).fill(password);
  await page.getByRole('button', { name: /Log in|Logga in/ }).click();
}

async function logOut() {
  await page.getByRole('button', { name: /Log out|Logga ut/ }).click();
  await page.waitForURL(/\/dashboard\/login/);
}

async function choose(period, library) {
  await page.fill('#period', period);
  await page.selectOption('#library', library ?? '');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: /Show|Visa/ }).click()]);
}

async function checkAccessible() {
  const unlabelled = await page.$$eval('input:not([type=hidden]), select', (fields) =>
    fields.filter((f) => !(f.labels && f.labels.length)).map((f) => f.outerHTML));
  assert.deepEqual(unlabelled, [], 'every field has a label');
  const charts = await page.$$eval('svg', (svgs) => svgs.map((s) => [s.getAttribute('role'), s.querySelector('title')?.textContent]));
  for (const [role, title] of charts) {
    assert.equal(role, 'img');
    assert.ok(title, 'every chart has a title');
  }
  const headless = await page.$$eval('table', (tables) => tables.filter((t) => !t.querySelector('thead th[scope=col]')).length);
  assert.equal(headless, 0, 'every table has column headers');
  // A chart's text drawn past its own edge is cut off (a long guide title once lost its first word).
  const outside = await page.$$eval('svg.chart text', (texts) => texts.filter((t) => {
    const box = t.getBBox();
    const view = t.ownerSVGElement.viewBox.baseVal;
    return box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5;
  }).map((t) => t.textContent));
  assert.deepEqual(outside, [], 'every chart label lies inside its chart');
}

/// Prints the current page to PDF (A4, as a browser's "Save as PDF"); its page count and text.
async function printed(name) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-e2e-pdf-'));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  if (shots) writeFileSync(join(shots, `${name}.pdf`), readFileSync(file));
  rmSync(dir, { recursive: true, force: true });
  return { pages, text };
}

async function screenshot(name) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

try {
  check('a page without login leads to the login form');
  await page.goto(`${base}/dashboard/`);
  await page.waitForURL(/\/dashboard\/login/);

  check('log in');
  await logIn(env('E2E_USER'), env('E2E_PASSWORD'));
  await page.waitForURL(`${base}/dashboard/`);
  assert.equal(await page.locator('h1').textContent(), 'Översikt');
  const cookie = (await context.cookies()).find((c) => c.name === 'lotsen_session');
  assert.ok(cookie.httpOnly && cookie.secure && cookie.sameSite === 'Strict', JSON.stringify(cookie));
  await checkAccessible();

  check('switch to English');
  await page.getByRole('link', { name: 'English' }).click();
  assert.equal(await page.locator('h1').textContent(), 'Overview');

  check('March 2025 of the test region');
  await choose('2025-03');
  assert.match(await page.locator('#period-note').textContent(), /^2025-03: 2025-03-01 – 2025-03-31\./);
  assert.equal(await kpi(0), '67');
  assert.equal(await kpiPrevious(0), 'Previous period (2025-02): –, change –', 'no kiosk yet is not a small number');
  const trend = await cellTexts('table-trend');
  assert.equal(trend.length, 13);
  assert.deepEqual(trend.at(-1).slice(0, 2), ['2025-03', '67']);
  assert.deepEqual(trend[0].slice(0, 2), ['2024-03', '–']);
  const guides = await cellTexts('table-guides');
  assert.deepEqual(guides[0], ['Log in to 1177', '43', '–', '–', '43', '100%', '1177-login']);
  assert.deepEqual(guides[1], ['Get Mobile BankID', '24', '–', '–', '11', '46%', 'bankid-get']);

  check('weeks: the 3 of week 13 is <5, and week 11 is hidden with it (not <5)');
  for (const [week, shown] of [['2025-W10', '26'], ['2025-W11', 'hidden'], ['2025-W12', '22'], ['2025-W13', '<5']]) {
    await choose(week);
    assert.equal(await kpi(0), shown, week);
  }

  check('one library, a quarter');
  await choose('2025-Q1', env('E2E_LIBRARY'));
  assert.equal(await kpi(0), 'hidden', 'Testbiblioteket is hidden beside the 3 of Provbibliotek Syd');
  await choose('2025-Q1', 'Provbibliotek Norr');
  assert.equal(await kpi(0), '40');
  assert.ok((await page.locator('#chart-trend-title').count()) === 1);

  check('libraries: a <5, the smallest library hidden with it');
  await choose('2025-03');
  await page.getByRole('link', { name: 'Libraries' }).click();
  const testRows = await cellTexts('table-libraries');
  assert.deepEqual(testRows.map((r) => r.slice(0, 3)), [
    ['Provbibliotek Norr', 'Provregion', '40'], ['Provbibliotek Syd', 'Provregion', '<5'], ['Testbiblioteket', 'Provregion', 'hidden'],
  ]);

  check('download the libraries as CSV');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv-libraries')]);
  const csv = readFileSync(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = csv.subarray(3).toString('utf8').trim().split(/\r?\n/);
  assert.match(lines[0], /^Library,Region,Sessions,Completed,Help requests,/);
  assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 3)),
    [['Provbibliotek Norr', 'Provregion', '40'], ['Provbibliotek Syd', 'Provregion', '<5'], ['Testbiblioteket', 'Provregion', 'hidden']]);
  assert.equal(download.suggestedFilename(), 'lotsen-provregion-2025-03-libraries.csv');

  check('the same numbers as JSON');
  const json = await (await page.request.get(base + await page.getAttribute('#json-libraries', 'href'))).json();
  assert.deepEqual(json.rows.map((r) => [r.library, r.sessions]),
    [['Provbibliotek Norr', 40], ['Provbibliotek Syd', '<5'], ['Testbiblioteket', 'hidden']]);
  assert.equal(json.selection.period, '2025-03');

  check('open the funnel of bankid-get');
  await page.getByRole('link', { name: 'Guide funnel' }).click();
  await page.selectOption('#guide', 'bankid-get');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Show' }).click()]);
  const funnel = await cellTexts('table-funnel');
  assert.deepEqual(funnel.map((r) => r.slice(1, 4)), [
    ['24', '0', '1'], ['24', '5', '2'], ['19', '8', '3'], ['11', '0', '4'], ['11', '0', '5'], ['11', '0', '6'],
  ]);
  assert.ok(funnel.every((r, i) => r[0].startsWith(`Step ${i + 1}: `)), funnel.map((r) => r[0]).join(' | '));
  assert.match(await page.locator('#note-funnel').textContent(), /^Most give up at Step 3: .+\.$/);
  assert.match(await page.locator('#chart-funnel-title').textContent(), /Get Mobile BankID/);
  await checkAccessible();

  check('the report of a quarter, printed to PDF');
  await page.goto(`${base}/dashboard/report?period=2025-Q1&lang=en`);
  assert.equal(await page.locator('#report-cover').textContent(), 'Lotsen in Provregion, 2025-Q1');
  for (const table of ['summary', 'trend', 'guides', 'languages', 'libraries', 'heatmap']) {
    assert.equal(await page.locator(`#table-${table}`).isVisible(), true, `${table} is shown, not folded`);
  }
  assert.equal(await page.locator('details').count(), 0);
  await checkAccessible();
  const english = await printed('report-en');
  assert.ok(english.pages >= 2 && english.pages <= 6, `${english.pages} pages`);
  assert.match(english.text, /Lotsen in Provregion, 2025-Q1/);
  assert.match(english.text, /About the figures/);
  assert.match(english.text, /Testbiblioteket\s+Provregion\s+hidden/);
  for (const navigation of ['Log out', 'Guide funnel', 'Logged in as', 'Download', 'Previous period ·', 'Show']) {
    assert.ok(!english.text.includes(navigation), `"${navigation}" is printed`);
  }
  await page.goto(`${base}/dashboard/report?period=2025-Q1&lang=sv`);
  const swedish = await printed('report-sv');
  assert.match(swedish.text, /Lotsen i Provregion, 2025-Q1/);
  assert.ok(!swedish.text.includes('Logga ut') && !swedish.text.includes('Guidetratt'), 'no navigation printed');
  await page.goto(`${base}/dashboard/?lang=en`);
  await logOut();

  check('another coordinator sees only their region');
  await page.goto(`${base}/dashboard/?region=Provregion`);
  await page.waitForURL(/\/dashboard\/login/);
  await logIn(env('E2E_DEMO_USER'), env('E2E_DEMO_PASSWORD'));
  await page.waitForURL(`${base}/dashboard/`);
  const forbidden = await page.request.get(`${base}/dashboard/?region=Provregion`);
  assert.equal(forbidden.status(), 403);
  const libraries = await page.$$eval('#library option', (options) => options.map((o) => o.value));
  assert.ok(!libraries.includes(env('E2E_LIBRARY')), libraries.join());
  await screenshot('overview');
  await page.setViewportSize({ width: 820, height: 1180 });
  await screenshot('overview-tablet');
  await page.setViewportSize({ width: 1280, height: 900 });

  check('funnel, heatmap and libraries of the demo data');
  await page.getByRole('link', { name: 'Guide funnel' }).click();
  await page.selectOption('#guide', 'bankid-get');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Show' }).click()]);
  assert.match(await page.locator('#note-funnel').textContent(), /^Most give up at Step \d+: .+\.$/);
  await screenshot('funnel');
  await page.getByRole('link', { name: 'When' }).click();
  const heat = await cellTexts('table-heatmap');
  assert.equal(heat.length, 7);
  assert.ok(heat.every((row) => row.length === 25));
  assert.ok(heat[5].slice(1).some((cell) => Number(cell) >= 5), 'Saturday is shown, not hidden with closed hours');
  assert.ok(heat.every((row) => row[4] === '0'), 'closed at 03:00: 0, not hidden');
  await screenshot('when');
  await page.getByRole('link', { name: 'Libraries' }).click();
  const rows = await cellTexts('table-libraries');
  const sorsele = rows.find((r) => r[0] === 'Sorsele bibliotek');
  assert.ok(sorsele, rows.map((r) => r[0]).join());
  assert.ok(['<5', '0'].includes(sorsele[2]), sorsele.join());
  assert.ok(rows.every((r) => r[2] !== '<5' || r === sorsele), 'only Sorsele is small; others are counts or hidden');
  assert.ok(rows.some((r) => r[9] === 'Silent for more than 3 days'), 'the kiosk that stopped syncing is flagged');
  await screenshot('libraries');
  await checkAccessible();

  check('the report of the demo region in Swedish and English, on screen and printed');
  for (const lang of ['sv', 'en']) {
    await page.goto(`${base}/dashboard/report?period=2026-Q3&lang=${lang}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(`report-${lang}-1280`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(`report-${lang}-print`);
    await page.emulateMedia({ media: null });
    const report = await printed(`report-demo-${lang}`);
    assert.ok(report.pages >= 2 && report.pages <= 8, `${lang}: ${report.pages} pages`);
    assert.ok(report.text.includes('Sorsele'), `${lang}: the libraries are in the report`);
    assert.ok(!report.text.includes(lang === 'sv' ? 'Logga ut' : 'Log out'), `${lang}: no navigation printed`);
  }
  await page.goto(`${base}/dashboard/?lang=en`);
  await logOut();

  check('five failed logins lock the user, even with the right password afterwards');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await logIn(env('E2E_LOCK_USER'), `wrong password ${attempt}`);
    const message = await page.locator('#login-message').textContent();
    if (attempt < 5) assert.equal(message, 'Wrong user name or password.');
    else assert.match(message, /^Too many failed attempts/);
  }
  await logIn(env('E2E_LOCK_USER'), env('E2E_LOCK_PASSWORD'));
  assert.match(await page.locator('#login-message').textContent(), /locked until \d\d:\d\d UTC/);
  assert.match(page.url(), /\/dashboard\/login$/);
  console.log('e2e: all passed');
} catch (error) {
  console.error(`e2e: failed at "${step}" on ${page.url()}`);
  if (shots) await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
  throw error;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
