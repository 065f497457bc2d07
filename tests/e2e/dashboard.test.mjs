// End-to-end tests of the built page (dist/index.html, or WEERBAAR_PAGE) in headless chromium,
// opened both from file:// and over a loopback http server. Run: node --test tests/e2e/
// The contract under test is DESIGN.md section 5 (window.Dashboard).

import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import {
  REPO_ROOT,
  VIEWPORT,
  launchBrowser,
  openDashboard,
  waitForDashboard,
  waitReady,
  withTimeout,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 60_000;
const CALL_TIMEOUT_MS = 10_000; // any single Dashboard call
const HOVER_TIMEOUT_MS = 5_000;
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'build', 'e2e');

// ---------------------------------------------------------------------------------------------
// Small wrappers around the in-page API. Each has its own timeout so a hung promise in the page
// fails with a message naming the call instead of a generic test timeout.

function callInPage(page, description, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), CALL_TIMEOUT_MS, `${description} did not settle`);
}

function query(page, sql, params = []) {
  return callInPage(page, `Dashboard.query(${JSON.stringify(sql)})`,
    ([s, p]) => window.Dashboard.query(s, p), [sql, params]);
}

// Settles either way and reports how, so a rejection can be checked for being a real Error
// (that is only observable inside the page; Playwright would re-wrap it).
function queryOutcome(page, sql, params = []) {
  return callInPage(page, `Dashboard.query(${JSON.stringify(sql)})`,
    ([s, p]) => window.Dashboard.query(s, p).then(
      (result) => ({ rejected: false, result }),
      (err) => ({ rejected: true, isError: err instanceof Error, message: String(err?.message ?? err) }),
    ), [sql, params]);
}

async function assertQueryRejects(page, sql, messagePattern) {
  const outcome = await queryOutcome(page, sql);
  assert.equal(outcome.rejected, true,
    `Dashboard.query(${JSON.stringify(sql)}) should be refused, but resolved with ${JSON.stringify(outcome.result)}`);
  assert.equal(outcome.isError, true,
    `Dashboard.query(${JSON.stringify(sql)}) should reject with an Error, got ${JSON.stringify(outcome.message)}`);
  assert.ok(outcome.message.trim().length > 0, `the rejection of ${JSON.stringify(sql)} has no message`);
  if (messagePattern) {
    assert.match(outcome.message, messagePattern, `unexpected error message for ${JSON.stringify(sql)}`);
  }
}

async function levelCounts(page) {
  const result = await query(page, 'SELECT level, count(*) FROM areas GROUP BY level ORDER BY level');
  assert.ok(Array.isArray(result?.columns) && Array.isArray(result?.rows),
    `query should return {columns, rows}, got ${JSON.stringify(result)}`);
  assert.equal(result.columns.length, 2, `expected 2 columns, got ${JSON.stringify(result.columns)}`);
  return Object.fromEntries(result.rows);
}

async function assertMunicipalityCount(page, when) {
  const counts = await levelCounts(page);
  assert.equal(counts.municipality, 342, `municipality count ${when}`);
}

// ---------------------------------------------------------------------------------------------
// Hover: real mouse movement, then the app's own report of what is under the cursor.

async function areaCenter(page, code) {
  const center = await callInPage(page, `Dashboard.debug.areaCenter(${code})`,
    (c) => window.Dashboard.debug.areaCenter(c), code);
  assert.ok(center !== null, `tile ${code} is not visible in the default view (areaCenter returned null)`);
  const { x, y } = center;
  assert.ok(Number.isFinite(x) && Number.isFinite(y), `areaCenter(${code}) returned ${JSON.stringify(center)}`);
  assert.ok(x >= 0 && x < VIEWPORT.width && y >= 0 && y < VIEWPORT.height,
    `areaCenter(${code}) = (${x}, ${y}) lies outside the ${VIEWPORT.width}x${VIEWPORT.height} viewport`);
  return { x, y };
}

async function pollHover(page, expectedCode) {
  const deadline = Date.now() + HOVER_TIMEOUT_MS;
  let last;
  do {
    last = await callInPage(page, 'Dashboard.debug.hover()', () => window.Dashboard.debug.hover());
    if (last?.code === expectedCode) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  assert.fail(`hover() did not report ${expectedCode} within ${HOVER_TIMEOUT_MS} ms; last value: ${JSON.stringify(last)}`);
}

async function hoverTile(page, code, expectedName) {
  const { x, y } = await areaCenter(page, code);
  // Several intermediate mouse events, like a real pointer, rather than a single jump.
  await page.mouse.move(x, y, { steps: 4 });
  const hover = await pollHover(page, code);
  assert.equal(hover.name, expectedName, `hover name at ${code}`);
  assert.equal(typeof hover.value, 'number', `hover value at ${code} should be a number, got ${JSON.stringify(hover.value)}`);
  assert.ok(Number.isFinite(hover.value) && hover.value > 0, `hover value at ${code} should be positive, got ${hover.value}`);
}

// ---------------------------------------------------------------------------------------------
// Screenshot analysis: a blank, black or single-colour canvas must fail.

function saveScreenshot(name, png) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  writeFileSync(file, png);
  return file;
}

// Distinct colours (5 bits per channel, so anti-aliasing noise does not inflate the count)
// and the share of the most common one, over the given CSS-pixel rectangle.
function colourStats(image, rect, scale) {
  const x0 = Math.max(0, Math.floor(rect.x * scale));
  const y0 = Math.max(0, Math.floor(rect.y * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.width) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.height) * scale));
  const counts = new Map();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const key = ((image.data[i] >> 3) << 10) | ((image.data[i + 1] >> 3) << 5) | (image.data[i + 2] >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const area = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
  const dominant = Math.max(0, ...counts.values());
  return { area, distinct: counts.size, dominantShare: area ? dominant / area : 1 };
}

async function mapRect(page) {
  const rect = await callInPage(page, 'Dashboard.debug.mapRect()', () => window.Dashboard.debug.mapRect());
  const ok = rect && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(rect[k]));
  assert.ok(ok, `mapRect() should return {x, y, width, height}, got ${JSON.stringify(rect)}`);
  // A tiny rectangle would make the colour test meaningless.
  assert.ok(rect.width >= 100 && rect.height >= 100, `map area is implausibly small: ${JSON.stringify(rect)}`);
  return rect;
}

// ---------------------------------------------------------------------------------------------

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: 30_000 });
after(async () => { await browser?.close(); });

for (const mode of ['file', 'http']) {
  describe(`dashboard over ${mode}`, () => {
    let session;
    let readyMs;
    let startError;

    // Open and wait once per mode; the first test reports the outcome, the others depend on it.
    before(async () => {
      try {
        session = await openDashboard(browser, mode);
        readyMs = await waitReady(session.page);
      } catch (err) {
        startError = err;
      }
    }, { timeout: TEST_TIMEOUT_MS });

    after(async () => { await session?.close(); });

    // Every test must leave no console error and no request other than the page itself.
    afterEach(() => { session?.assertClean(); });

    function readyPage() {
      if (startError) throw new Error(`dashboard (${mode}) never became ready: ${startError.message}`);
      return session.page;
    }

    it('becomes ready and says so on <html>', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      const state = await page.evaluate(() => document.documentElement.dataset.state);
      assert.equal(state, 'ready', 'document.documentElement.dataset.state after Dashboard.ready');
      console.log(`ready in ${Math.round(readyMs)} ms (${mode})`);
    });

    it('answers SQL about the area hierarchy', { timeout: TEST_TIMEOUT_MS }, async () => {
      const counts = await levelCounts(readyPage());
      assert.deepEqual(Object.keys(counts).sort(), ['country', 'municipality', 'province', 'safety_region'],
        'area levels');
      assert.equal(counts.municipality, 342, 'number of municipalities');
      assert.equal(counts.safety_region, 25, 'number of safety regions');
      assert.equal(counts.province, 12, 'number of provinces');
    });

    it('binds query parameters', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      assert.deepEqual(await query(page, 'SELECT name FROM areas WHERE code = ?', ['GM0363']),
        { columns: ['name'], rows: [['Amsterdam']] }, 'text parameter in a WHERE clause');
      assert.deepEqual((await query(page, 'SELECT ?1 + ?2', [2, 3.5])).rows, [[5.5]], 'numbered numeric parameters');
      assert.deepEqual((await query(page, 'SELECT ?1 IS NULL, typeof(?1)', [null])).rows, [[1, 'null']],
        'null parameter should bind as SQL NULL');
      // A quote in the value proves it is bound, not pasted into the SQL text.
      assert.deepEqual((await query(page, 'SELECT code FROM areas WHERE name = ?', ["'s-Hertogenbosch"])).rows,
        [['GM0796']], 'string parameter containing a quote');
      assert.deepEqual((await query(page, 'SELECT ?1, length(?1)', ['Súdwest-Fryslân'])).rows,
        [['Súdwest-Fryslân', 15]], 'non-ASCII string parameter should round-trip as UTF-8');
    });

    it('refuses statements that would write', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      for (const sql of ['DELETE FROM areas', 'DROP VIEW areas', "ATTACH ':memory:' AS x", 'PRAGMA user_version = 7']) {
        await assertQueryRejects(page, sql);
      }
      // Whether a second statement is refused or ignored, it must never run.
      await queryOutcome(page, 'SELECT 1; DELETE FROM areas');
      await assertMunicipalityCount(page, 'after attempted writes');
    });

    it('rejects invalid SQL with the SQLite message', { timeout: TEST_TIMEOUT_MS }, async () => {
      await assertQueryRejects(readyPage(), 'SELEC name FROM areas', /syntax error/i);
    });

    it('follows the mouse when hovering municipalities', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      await hoverTile(page, 'GM0363', 'Amsterdam');
      await hoverTile(page, 'GM0014', 'Groningen');
    });

    it('renders a coloured map', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      const rect = await mapRect(page);
      const png = await page.screenshot();
      const file = saveScreenshot(`dashboard-${mode}.png`, png); // saved first, so failures can be inspected
      const image = PNG.sync.read(png);
      const stats = colourStats(image, rect, image.width / VIEWPORT.width);
      const where = `in map area ${JSON.stringify(rect)} of ${file}`;
      assert.ok(stats.area > 0, `map area lies outside the screenshot: ${where}`);
      assert.ok(stats.distinct >= 7, `only ${stats.distinct} distinct colours ${where}`);
      assert.ok(stats.dominantShare < 0.9,
        `one colour covers ${(stats.dominantShare * 100).toFixed(1)}% ${where}`);
    });

    it('labels the fictitious example data on screen, with what is made up', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      const label = await page.evaluate(() => window.Dashboard.debug.anchor('example-data-label'));
      assert.ok(label, 'the example data label is drawn');
      assert.ok(label.y < 40 && label.x > VIEWPORT.width / 2, `label at the right of the menu bar: ${JSON.stringify(label)}`);
      const [[examples]] = (await query(page, 'SELECT count(*) FROM action_list WHERE is_example = 1')).rows;
      assert.ok(examples >= 2, 'the default data has example action lists');
      const [[notice]] = (await query(page, "SELECT value FROM meta WHERE key = 'example_notice_nl'")).rows;
      assert.match(notice, /^Fictieve voorbeeldgegevens/);
    });

    it('switches language', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      for (const lang of ['en', 'nl']) {
        await callInPage(page, `Dashboard.debug.setLanguage('${lang}')`, (l) => window.Dashboard.debug.setLanguage(l), lang);
        const now = await callInPage(page, 'Dashboard.debug.language()', () => window.Dashboard.debug.language());
        assert.equal(now, lang, `language after setLanguage('${lang}')`);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Without WebGL the app cannot draw; it must fail loudly and visibly, not hang or go blank.

// Reports how Dashboard.ready settled; a pending promise fails with a clear timeout.
async function readyOutcome(page) {
  await waitForDashboard(page);
  return withTimeout(page.evaluate(() => window.Dashboard.ready.then(
    () => ({ rejected: false }),
    (err) => ({ rejected: true, isError: err instanceof Error, message: String(err?.message ?? err) }),
  )), 30_000, 'Dashboard.ready neither resolved nor rejected without WebGL');
}

describe('dashboard without WebGL', () => {
  it('rejects Dashboard.ready and shows an error message', { timeout: TEST_TIMEOUT_MS }, async () => {
    const noWebGL = await launchBrowser(['--disable-3d-apis']);
    let session;
    try {
      session = await openDashboard(noWebGL, 'file');
      const { page } = session;

      const outcome = await readyOutcome(page);
      assert.equal(outcome.rejected, true, 'Dashboard.ready should reject when WebGL is unavailable');
      assert.equal(outcome.isError, true, `Dashboard.ready should reject with an Error, got ${JSON.stringify(outcome.message)}`);

      // The contract only says the state "becomes" error, so allow it to follow the rejection.
      const state = await page.waitForFunction(() => document.documentElement.dataset.state === 'error', null,
        { timeout: 5_000 }).then(() => 'error', () => page.evaluate(() => document.documentElement.dataset.state));
      assert.equal(state, 'error', 'document.documentElement.dataset.state without WebGL');

      const message = page.locator('#error-message');
      await message.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
      assert.equal(await message.isVisible(), true, '#error-message should be visible');
      const text = (await message.innerText()).trim();
      assert.ok(text.length > 0, '#error-message should explain the problem, but it is empty');
      saveScreenshot('dashboard-no-webgl.png', await page.screenshot());

      // Guard against a vacuous pass: the flag really must have removed WebGL.
      const hasWebGL = await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')));
      assert.equal(hasWebGL, false, 'precondition: --disable-3d-apis should leave no WebGL2');

      // Console errors are the expected outcome here; stray requests are still forbidden.
      session.assertClean({ requestsOnly: true });
    } finally {
      await session?.close();
      await noWebGL.close();
    }
  });
});
