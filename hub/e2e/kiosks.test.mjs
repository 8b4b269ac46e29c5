// Browser test of the dashboard's Kiosks page: node hub/e2e/kiosks.test.mjs http://127.0.0.1:PORT
// Run by hub/tests/kiosks.rs, which starts the hub with a healthy, a silent and an outdated
// kiosk in one region and a kiosk with a full disk whose sync is refused in another.
// Screenshots go to $LOTSEN_E2E_SCREENSHOTS when set.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2];
assert.ok(base, 'usage: node kiosks.test.mjs http://127.0.0.1:PORT');
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
  viewport: { width: 1280, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(15000);
page.on('request', (request) => assert.ok(request.url().startsWith(base) || request.url().startsWith('data:'),
  `the dashboard fetched ${request.url()}`));

let step = 'start';
const check = (name) => { step = name; console.log(`e2e: ${name}`); };

async function logIn(name, password) {
  await page.goto(`${base}/dashboard/login?lang=en`);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/dashboard\/$/);
}

// What each kiosk's row says: kiosk id -> { problems: [words], flags: [data-flag], tone }.
async function rows() {
  return page.$$eval('#table-kiosks tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [
    tr.children[1].textContent.trim(),
    {
      className: tr.className,
      content: tr.children[4].textContent.trim(),
      waiting: tr.children[5].textContent.trim(),
      marks: [...tr.querySelectorAll('.mark')].map((mark) => ({
        words: mark.textContent.trim(), flag: mark.dataset.flag, background: getComputedStyle(mark).backgroundColor,
      })),
    },
  ])));
}

try {
  check('a coordinator sees the Kiosks page of their region');
  await logIn(env('E2E_USER'), env('E2E_PASSWORD'));
  await page.getByRole('link', { name: 'Kiosks' }).click();
  await page.waitForURL(/\/dashboard\/kiosks/);
  assert.equal(await page.locator('h1').textContent(), 'Kiosks');
  assert.equal(await page.getByRole('link', { name: 'Kiosks' }).getAttribute('aria-current'), 'page');
  let seen = await rows();
  assert.deepEqual(Object.keys(seen).sort(), ['lycksele-1', 'umea-1', 'vindeln-1'], 'only their region');

  check('the healthy kiosk says OK, in green');
  assert.equal(seen['umea-1'].className, 'healthy');
  assert.deepEqual(seen['umea-1'].marks.map((m) => m.words), ['OK']);
  const green = seen['umea-1'].marks[0].background;

  check('the silent kiosk says so in words, in another colour');
  assert.equal(seen['vindeln-1'].className, 'flagged');
  assert.deepEqual(seen['vindeln-1'].marks.map((m) => m.words), ['Silent for more than one opening day']);
  const red = seen['vindeln-1'].marks[0].background;
  assert.notEqual(red, green, 'flags are coloured differently from OK');

  check('the outdated kiosk: content older than published, and its waiting events');
  assert.deepEqual(seen['lycksele-1'].marks.map((m) => m.words), ['Content older than published']);
  assert.equal(seen['lycksele-1'].marks[0].background, red);
  assert.equal(seen['lycksele-1'].content, '1 (published 2)');
  assert.match(seen['lycksele-1'].waiting, /^14 since \d{4}-\d\d-\d\d \d\d:00$/);
  if (shots) await page.screenshot({ path: join(shots, 'kiosks.png'), fullPage: true });

  check('in Swedish');
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForURL(/lang=sv/);
  assert.equal(await page.locator('h1').textContent(), 'Kiosker');
  seen = await rows();
  assert.deepEqual(seen['vindeln-1'].marks.map((m) => m.words), ['Tyst mer än en öppetdag']);
  if (shots) await page.screenshot({ path: join(shots, 'kiosks-sv.png'), fullPage: true });

  check('another region is refused to the coordinator');
  const other = await page.goto(`${base}/dashboard/kiosks?region=${encodeURIComponent(env('E2E_OTHER_REGION'))}`);
  assert.equal(other.status(), 403);

  check('an admin sees every region');
  await page.goto(`${base}/dashboard/`);
  await page.getByRole('button', { name: /Log out|Logga ut/ }).click();
  await page.waitForURL(/\/dashboard\/login/);
  await logIn(env('E2E_ADMIN'), env('E2E_ADMIN_PASSWORD'));
  await page.goto(`${base}/dashboard/kiosks?lang=en`);
  seen = await rows();
  assert.deepEqual(Object.keys(seen).sort(), ['kiruna-1', 'lycksele-1', 'umea-1', 'vindeln-1']);
  assert.deepEqual(seen['kiruna-1'].marks.map((m) => m.flag), ['disk-low', 'sync-refused']);
  assert.deepEqual(seen['kiruna-1'].marks.map((m) => m.words), ['Under 10% free disk', 'Sync refused by the hub']);
  if (shots) await page.screenshot({ path: join(shots, 'kiosks-admin.png'), fullPage: true });
  console.log('e2e: all passed');
} catch (error) {
  console.error(`e2e: failed at "${step}" on ${page.url()}`);
  if (shots) await page.screenshot({ path: join(shots, 'kiosks-failure.png'), fullPage: true }).catch(() => {});
  throw error;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
