// Browser test of the lotsen-hub dashboard: node hub/e2e/dashboard.test.mjs http://127.0.0.1:PORT
// Run by hub/tests/dashboard_browser.rs, which starts the hub and fills it with data whose
// counts are checked here. Debian's Chromium, headless, fresh profile; no network but the hub.
// Screenshots go to $LOTSEN_E2E_SCREENSHOTS when set.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
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

async function choose(from, to, library) {
  await page.fill('#from', from);
  await page.fill('#to', to);
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

  check('three weeks of the test region');
  await choose('2025-03-05', '2025-03-20');
  assert.match(await page.locator('#weeks-note').textContent(), /2025-03-03 – 2025-03-23/);
  assert.equal(await kpi(0), '64');
  assert.equal(await kpiPrevious(0), 'Previous period: <5');
  assert.deepEqual((await cellTexts('table-weeks')).map((r) => r.slice(0, 2)),
    [['2025-W10', '26'], ['2025-W11', '16'], ['2025-W12', '22']]);
  const guides = await cellTexts('table-guides');
  assert.deepEqual(guides[0], ['1177-login', '40', '40', '100%']);
  assert.deepEqual(guides[1], ['bankid-get', '24', '11', '46%']);

  check('change the date range to one week');
  await choose('2025-03-03', '2025-03-09');
  assert.equal(await kpi(0), '26');
  assert.deepEqual((await cellTexts('table-weeks')).map((r) => r.slice(0, 2)), [['2025-W10', '26']]);

  check('one library: 3 sessions hidden, and 9 with them (else 24 - 12 - 9 gives 3 away)');
  await choose('2025-03-03', '2025-03-23', env('E2E_LIBRARY'));
  assert.equal(await kpi(0), '24');
  assert.deepEqual((await cellTexts('table-weeks')).map((r) => r.slice(0, 2)),
    [['2025-W10', '12'], ['2025-W11', '<5'], ['2025-W12', '<5']]);
  assert.ok((await page.locator('#chart-weeks-title').count()) === 1);

  check('download the weekly table as CSV');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv-weeks')]);
  const csv = readFileSync(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = csv.subarray(3).toString('utf8').trim().split(/\r?\n/);
  assert.equal(lines[0], 'Week,Sessions,Previous period week,"Sessions, previous period"');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 2)),
    [['2025-W10', '12'], ['2025-W11', '<5'], ['2025-W12', '<5']]);
  assert.match(download.suggestedFilename(), /^lotsen-weeks-2025-03-03-2025-03-23\.csv$/);

  check('the same numbers as JSON');
  const json = await (await page.request.get(base + await page.getAttribute('#json-weeks', 'href'))).json();
  assert.deepEqual(json.rows.map((r) => [r.week, r.sessions]), [['2025-W10', 12], ['2025-W11', '<5'], ['2025-W12', '<5']]);

  check('open the funnel of bankid-get');
  await page.getByRole('link', { name: 'Guide funnel' }).click();
  await page.selectOption('#guide', 'bankid-get');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Show' }).click()]);
  const funnel = await cellTexts('table-funnel');
  assert.deepEqual(funnel, [
    ['1', '24', '<5'], ['2', '24', '<5'], ['3', '19', '8'], ['4', '11', '<5'], ['5', '11', '<5'], ['6', '11', '<5'],
  ]);
  assert.equal(await page.locator('#note-funnel').textContent(), 'Most give up at step 3.');
  assert.match(await page.locator('#chart-funnel-title').textContent(), /bankid-get/);
  await checkAccessible();
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
  assert.match(await page.locator('#note-funnel').textContent(), /^Most give up at step \d+\.$/);
  await screenshot('funnel');
  await page.getByRole('link', { name: 'When' }).click();
  const heat = await cellTexts('table-heatmap');
  assert.equal(heat.length, 7);
  assert.ok(heat.every((row) => row.length === 25));
  assert.ok(heat.flat().includes('<5'), 'early hours and Sundays are hidden');
  await screenshot('when');
  await page.getByRole('link', { name: 'Libraries' }).click();
  const rows = await cellTexts('table-libraries');
  const sorsele = rows.find((r) => r[0] === 'Sorsele bibliotek');
  assert.ok(sorsele, rows.map((r) => r[0]).join());
  assert.equal(sorsele[2], '<5');
  assert.ok(rows.some((r) => r[6] === 'Silent for more than 3 days'), 'the kiosk that stopped syncing is flagged');
  await screenshot('libraries');
  await checkAccessible();
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
