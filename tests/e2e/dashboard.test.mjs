// End-to-end tests of the built page (dist/index.html, or WEERBAAR_PAGE) in headless chromium,
// opened both from file:// and over a loopback http server. Run: node --test tests/e2e/
// The contract under test is DESIGN.md section 5 (window.Dashboard).

import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import {
  REPO_ROOT,
  VIEWPORT,
  launchBrowser,
  openDashboard,
  pagePath,
  waitForDashboard,
  waitReady,
  withTimeout,
} from './browser.mjs';
import { colourStats, hoverTile, mapRect, saveScreenshot } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 60_000;
const CALL_TIMEOUT_MS = 10_000; // any single Dashboard call

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

    it("keeps the page's own title and starts once the page has loaded", { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = readyPage();
      // SDL would rename the page to its window title (and so repaint the browser's tab mid-start).
      assert.equal(await page.title(), 'Weerbaar: dashboard weerbare samenleving');
      // The start waits for the load event (web/dashboard.js, afterPageLoaded): the module is
      // made only after it, and the load event no longer waits for the first frame.
      const [load, module, firstFrame] = await page.evaluate(() => [
        performance.getEntriesByType('navigation')[0].loadEventEnd,
        performance.getEntriesByName('weerbaar:module')[0].startTime,
        performance.getEntriesByName('weerbaar:first-frame')[0].startTime,
      ]);
      assert.ok(load > 0 && load <= module && module < firstFrame, `load ${load}, module ${module}, first frame ${firstFrame}`);
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

// The indexes of the default database as the build made it, before the page's copy dropped them.
const DEFAULT_INDEXES = execFileSync('sqlite3', [path.join(REPO_ROOT, 'build/native/default.sqlite'),
  "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"]).toString().trim().split('\n');

// What the page's default database builds after its first frame: indexes, the statements still to
// run, facilities in the R*Tree, practices the full-text index finds.
const COMPLETENESS_SQL = "SELECT (SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL), " +
  "(SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'), (SELECT count(*) FROM facility_rtree), " +
  "(SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'e*')";

describe("the default database's indexes", () => {
  // The page carries its default database without its indexes, its R*Tree and its full-text index
  // and builds them after the first frame (core/transport_indexes.h, app/main.cpp); an export or a
  // query asked for the moment the dashboard is ready, before that, must still see the complete
  // database (web/dashboard.js completes it before the API's first answer).
  it('are in an export made the moment the dashboard is ready, and in the database after a frame', { timeout: TEST_TIMEOUT_MS }, async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    // Runs in the page before its own script: once that has defined Dashboard, the export is
    // chained to Dashboard.ready, so it runs in the same turn as ready resolves.
    await context.addInitScript((COMPLETENESS_SQL) => {
      document.addEventListener('DOMContentLoaded', () => {
        window.exportAtReady = window.Dashboard.ready.then(async () => {
          const found = await window.Dashboard.query(COMPLETENESS_SQL);
          const bytes = await window.Dashboard.exportDatabase();
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return { atReady: found.rows[0], b64: btoa(text) };
        });
      });
    }, COMPLETENESS_SQL);
    const session = await openDashboard(browser, 'file', { context });
    try {
      await waitForDashboard(session.page);
      const { atReady, b64 } = await withTimeout(session.page.evaluate(() => window.exportAtReady), 30_000,
        'Dashboard.exportDatabase() at ready did not settle');
      const dir = mkdtempSync(path.join(tmpdir(), 'weerbaar-indexes-'));
      try {
        const file = path.join(dir, 'export.sqlite');
        writeFileSync(file, Buffer.from(b64, 'base64'));
        const schema = execFileSync('sqlite3', [file,
          "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name); " +
          "SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index';"]).toString().trim();
        assert.equal(schema, `${DEFAULT_INDEXES.join(' ')}\n0`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await session.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const result = await withTimeout(session.page.evaluate(() => window.Dashboard.query(
        "SELECT (SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL), " +
        "(SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index')")), CALL_TIMEOUT_MS, 'Dashboard.query');
      assert.deepEqual(result.rows, [[DEFAULT_INDEXES.length, 0]], 'every index built, the table of their statements gone');
      const later = await withTimeout(session.page.evaluate((sql) => window.Dashboard.query(sql), COMPLETENESS_SQL),
        CALL_TIMEOUT_MS, 'Dashboard.query');
      assert.deepEqual(atReady, later.rows[0], 'a query at ready answers as one after the main loop built everything');
      assert.equal(atReady[0], DEFAULT_INDEXES.length);
      assert.ok(atReady[2] > 0 && atReady[3] > 0, `the R*Tree and the full-text index are filled at ready: ${atReady}`);
      session.assertClean();
    } finally {
      await session.close();
      await context.close();
    }
  });
});

describe('a damaged page', () => {
  it('says what is wrong when a data block of the page is damaged', { timeout: TEST_TIMEOUT_MS }, async () => {
    // A copy of the page whose default database block holds a character its encoding never
    // writes (a USB stick's bit flip, a careless edit): the start must fail with that reason.
    const html = readFileSync(pagePath(), 'utf8');
    const block = html.indexOf('id="weerbaar-default-database"');
    assert.ok(block > 0, 'the page has a default database block');
    const at = html.indexOf('>', block) + 1000;
    const damaged = html.slice(0, at) + '\u0200' + html.slice(at + 1);
    const dir = mkdtempSync(path.join(tmpdir(), 'weerbaar-damaged-'));
    const file = path.join(dir, 'index.html');
    writeFileSync(file, damaged);
    let session;
    try {
      session = await openDashboard(browser, 'file', { file });
      const outcome = await readyOutcome(session.page);
      assert.equal(outcome.rejected, true, 'Dashboard.ready should reject for a damaged page');
      assert.match(outcome.message, /unexpected character U\+200/);
      const message = session.page.locator('#error-message');
      await message.waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await message.innerText(), /unexpected character U\+200/);
      session.assertClean({ requestsOnly: true });
    } finally {
      await session?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
