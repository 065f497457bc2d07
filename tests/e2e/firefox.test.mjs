// The dashboard in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi, WebGL2 on Mesa's software renderer): the page from file:// becomes ready, answers
// Dashboard.query, imports a small long-format CSV whose values come back through SQL, and
// draws that indicator as a coloured map, all without a console error or a network request.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { VIEWPORT } from './browser.mjs';
import {
  FIREFOX_LAUNCH_TIMEOUT_MS, closeFirefox, frames, inPage, launchFirefox, openDashboardInFirefox,
  recordProblems, waitReadyInFirefox,
} from './firefox_browser.mjs';
import { areaCenter, colourStats, mapRect, saveScreenshot } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 180_000;
const READY_RUNS = 3;
const INDICATOR = 'e2e_firefox_score';

// Real 2025 municipality codes, one value each, all different, so the map's five quantile
// classes each get two of them. Decimals check that values are stored as numbers.
const VALUES = [
  ['GM0363', 41.5], ['GM0599', 37.25], ['GM0518', 33], ['GM0344', 29.75], ['GM0772', 25.5],
  ['GM0307', 21], ['GM0855', 17.25], ['GM0034', 13], ['GM0758', 9.5], ['GM0268', 5],
];
const NO_DATA_AREA = 'GM0153';  // Enschede: not in the file, so drawn as "geen gegevens"
const CSV = ['area_code,indicator,period,value', ...VALUES.map(([code, v]) => `${code},${INDICATOR},2025,${v}`)]
  .join('\n') + '\n';

const query = (page, sql, params = []) =>
  inPage(page, `Dashboard.query(${sql})`, (s, p) => window.Dashboard.query(s, p), sql, params);
const view = (page) => inPage(page, 'Dashboard.debug.view()', () => window.Dashboard.debug.view());
const pageState = (page) => inPage(page, 'data-state', () => document.documentElement.dataset.state);

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function pixel(image, { x, y }) {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  const [r, g, b] = image.data.subarray(i, i + 3);
  return { r, g, b, chroma: Math.max(r, g, b) - Math.min(r, g, b), luma: 0.2126 * r + 0.7152 * g + 0.0722 * b };
}

let browser;
before(async () => { browser = await launchFirefox(); }, { timeout: FIREFOX_LAUNCH_TIMEOUT_MS + 10_000 });
after(async () => { await closeFirefox(browser); });

describe('the dashboard in Firefox ESR', { timeout: TEST_TIMEOUT_MS }, () => {
  it('notices a request and a console error (the harness itself)', async () => {
    // Without this, "no request, no console error" below could pass because nothing is recorded.
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const { problems, assertClean } = await recordProblems(page, 'about:blank');
      // A high port: Firefox refuses "restricted" ones such as 9 before any request exists.
      // The recorder aborts the request, so nothing is ever sent.
      await inPage(page, 'probe', async () => {
        console.error('probe error');
        await fetch('http://127.0.0.1:59999/probe').catch(() => {});
      });
      assert.deepEqual(problems.requests, ['GET http://127.0.0.1:59999/probe']);
      assert.equal(problems.consoleErrors.length, 1);
      assert.match(problems.consoleErrors[0], /probe error/);
      assert.throws(assertClean, /unexpected requests:[\s\S]*console errors:/);
      assertClean();  // it forgot them after reporting
    } finally {
      await context.close();
    }
  });

  it(`becomes ready from file:// (${READY_RUNS} fresh pages)`, async (t) => {
    const times = [];
    for (let run = 0; run < READY_RUNS; run++) {
      const session = await openDashboardInFirefox(browser);
      try {
        times.push(await waitReadyInFirefox(session.page));
        assert.equal(await pageState(session.page), 'ready');
        session.assertClean();
      } finally {
        await session.close();
      }
    }
    t.diagnostic(`Firefox: Dashboard.ready after ${times.map((ms) => Math.round(ms)).join(', ')} ms ` +
      `(median ${Math.round(median(times))} ms) from navigation`);
  });

  describe('one page', () => {
    let session;
    before(async () => {
      session = await openDashboardInFirefox(browser);
      await waitReadyInFirefox(session.page);
    });
    after(async () => { await session?.close(); });

    it('is ready and answers Dashboard.query with bound parameters', async () => {
      const { page } = session;
      assert.equal(await pageState(page), 'ready');
      const counted = await query(page, "SELECT count(*) AS n FROM areas WHERE level = 'municipality'");
      assert.deepEqual(counted, { columns: ['n'], rows: [[342]] });
      const named = await query(page, 'SELECT code, name FROM areas WHERE code IN (?, ?) ORDER BY code',
        ['GM0363', 'GM0599']);
      assert.deepEqual(named.rows, [['GM0363', 'Amsterdam'], ['GM0599', 'Rotterdam']]);
      session.assertClean();
    });

    it('imports a long-format CSV and stores its values', async () => {
      const { page } = session;
      const before = await query(page, 'SELECT count(*) FROM indicator_value WHERE indicator_id = ?', [INDICATOR]);
      assert.deepEqual(before.rows, [[0]], 'the fresh profile already holds the indicator');
      const result = await inPage(page, 'Dashboard.importFile',
        (name, text) => window.Dashboard.importFile(name, new TextEncoder().encode(text)), 'firefox_score.csv', CSV);
      assert.equal(result.ok, true, result.message);
      assert.equal(result.table, 'indicator_value');
      assert.equal(result.rows, VALUES.length);
      const stored = await query(page,
        'SELECT area_code, period, value FROM indicator_value WHERE indicator_id = ? ORDER BY value DESC', [INDICATOR]);
      assert.deepEqual(stored.rows, VALUES.map(([code, v]) => [code, 2025, v]));
      const indicator = await query(page, 'SELECT source FROM indicator WHERE id = ?', [INDICATOR]);
      assert.deepEqual(indicator.rows, [['firefox_score.csv']]);
      session.assertClean();
    });

    it('draws the imported indicator as a coloured map when a view link names it', async () => {
      const { page } = session;
      // The same path as a link pasted into the address bar of the open page (hashchange).
      await inPage(page, 'set the view link', (indicator) => {
        location.hash = `#level=municipality&shape=tiles&indicator=${indicator}&classes=quantiles-5`;
      }, INDICATOR);
      let shown;
      for (let i = 0; i < 50 && shown?.indicator !== INDICATOR; i++) {
        await frames(page, 2);
        shown = await view(page);
      }
      assert.equal(shown.indicator, INDICATOR, `the map shows ${JSON.stringify(shown)}`);
      assert.equal(shown.level, 'municipality');
      assert.equal(shown.classes, 5);
      assert.equal(shown.features, 342);
      await frames(page, 4);

      const rect = await mapRect(page);
      const centres = [];
      for (const [code] of VALUES) centres.push(await areaCenter(page, code));
      const noData = await areaCenter(page, NO_DATA_AREA);
      const png = Buffer.from(await page.screenshot());
      const file = saveScreenshot('firefox-map.png', png);
      const image = PNG.sync.read(png);
      assert.equal(image.width, VIEWPORT.width, `screenshot width in ${file}`);

      const stats = colourStats(image, rect, 1);
      assert.ok(stats.distinct >= 6 && stats.dominantShare < 0.9, `${file} is not a map: ${JSON.stringify(stats)}`);
      // Every imported area is filled with a ramp colour (not grey "no data", not background),
      // darker as the value grows (viridis), and the classes are told apart.
      const colours = centres.map((at) => pixel(image, at));
      colours.forEach((c, i) => assert.ok(c.chroma >= 40, `${VALUES[i][0]} is grey in ${file}: ${JSON.stringify(c)}`));
      for (let i = 1; i < colours.length; i++) {
        assert.ok(colours[i].luma >= colours[i - 1].luma - 2,
          `${VALUES[i][0]} (${VALUES[i][1]}) is darker than ${VALUES[i - 1][0]} (${VALUES[i - 1][1]}) in ${file}`);
      }
      assert.ok(colours.at(-1).luma - colours[0].luma > 100, `lowest and highest class look alike in ${file}`);
      const classes = new Set(colours.map(({ r, g, b }) => `${r >> 3},${g >> 3},${b >> 3}`));
      assert.ok(classes.size >= 4, `only ${classes.size} class colours among the imported areas in ${file}`);
      const grey = pixel(image, noData);
      assert.ok(grey.chroma < 20, `${NO_DATA_AREA} has no value but is coloured in ${file}: ${JSON.stringify(grey)}`);
      session.assertClean();
    });
  });
});
