// Correctness of Dashboard.benchIngest (DESIGN.md section 5) on a small input: the same
// {rows, groups, checksum} as plain JS computes (tests/bench/make_ingest_csv.mjs), sane phase
// timings, and bad input rejected with an Error naming the line. The timing comparison itself
// is tests/bench/ingest.mjs. Run: node --test tests/e2e/

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openDashboard, waitReady, withTimeout } from './browser.mjs';
import { compareIngest, expectedIngest, makeIngestCsv } from '../bench/make_ingest_csv.mjs';

const ROWS = 20_000;
const SEED = 7;
const INDICATOR = 'wmo_gebruik';
const CALL_TIMEOUT_MS = 10_000;
const TEST_TIMEOUT_MS = 30_000;

// Settles either way and reports how, so a rejection can be checked for being a real Error
// (only observable inside the page; Playwright re-wraps rejections). Bytes travel as base64
// (a plain number array of ~0.8 MB takes seconds to serialize).
function benchIngestOutcome(page, bytes, indicator) {
  return withTimeout(page.evaluate(async ([b64, ind]) => {
    if (typeof window.Dashboard.benchIngest !== 'function') {
      return { missing: true, kind: typeof window.Dashboard.benchIngest };
    }
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
    try {
      const result = await window.Dashboard.benchIngest(data, { indicator: ind });
      return { rejected: false, result };
    } catch (err) {
      return { rejected: true, isError: err instanceof Error, message: String(err?.message ?? err) };
    }
  }, [Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64'), indicator]), CALL_TIMEOUT_MS, 'Dashboard.benchIngest did not settle');
}

function assertImplemented(outcome) {
  assert.ok(!outcome.missing,
    `Dashboard.benchIngest is not a function (typeof is ${JSON.stringify(outcome.kind)}): `
    + 'this build does not implement the DESIGN.md section 5 contract');
}

async function assertRejects(page, text, linePattern, what) {
  const outcome = await benchIngestOutcome(page, new TextEncoder().encode(text), INDICATOR);
  assertImplemented(outcome);
  assert.equal(outcome.rejected, true,
    `${what}: benchIngest should reject, but resolved with ${JSON.stringify(outcome.result)}`);
  assert.equal(outcome.isError, true, `${what}: should reject with an Error, got ${JSON.stringify(outcome.message)}`);
  assert.match(outcome.message, linePattern, `${what}: the message should name the line`);
}

describe('Dashboard.benchIngest', { timeout: 60_000 }, () => {
  let browser;
  let dash;

  before(async () => {
    browser = await launchBrowser();
    dash = await openDashboard(browser, 'file');
    await waitReady(dash.page);
  });

  after(async () => {
    await dash?.close();
    await browser?.close();
  });

  it('computes the same rows, groups and checksum as plain JS, with sane timings', { timeout: TEST_TIMEOUT_MS }, async () => {
    const bytes = makeIngestCsv(ROWS, SEED);
    const expected = expectedIngest(bytes, INDICATOR);
    const outcome = await benchIngestOutcome(dash.page, bytes, INDICATOR);
    assertImplemented(outcome);
    assert.equal(outcome.rejected, false, `benchIngest rejected: ${outcome.message}`);
    const r = outcome.result;
    assert.deepEqual(compareIngest(r, expected), [], `result ${JSON.stringify(r)} vs expected ${JSON.stringify(expected)}`);
    for (const key of ['parse_ms', 'insert_ms', 'query_ms', 'total_ms']) {
      assert.equal(typeof r[key], 'number', `${key} should be a number, got ${JSON.stringify(r[key])}`);
      assert.ok(Number.isFinite(r[key]) && r[key] >= 0, `${key} should be a non-negative number, got ${r[key]}`);
    }
    assert.ok(r.total_ms >= r.parse_ms + r.insert_ms + r.query_ms - 1,
      `total_ms ${r.total_ms} < parse ${r.parse_ms} + insert ${r.insert_ms} + query ${r.query_ms}`);

    // An indicator that does not occur: every row still counted, no groups, checksum 0.
    const none = await benchIngestOutcome(dash.page, bytes, 'bestaat_niet');
    assert.equal(none.rejected, false, `benchIngest rejected: ${none.message}`);
    assert.deepEqual([none.result.rows, none.result.groups, none.result.checksum], [ROWS, 0, 0]);
    dash.assertClean();
  });

  it('rejects a wrong header, naming line 1', { timeout: TEST_TIMEOUT_MS }, async () => {
    await assertRejects(dash.page, 'area,indicator,period,value\nGM0363,wmo_gebruik,2020,1.5\n',
      /\b(line|regel) 1\b/i, 'wrong header');
    dash.assertClean();
  });

  it('rejects a non-numeric value or period, naming the line', { timeout: TEST_TIMEOUT_MS }, async () => {
    const good = 'area_code,indicator,period,value\nGM0363,wmo_gebruik,2020,1.5\nBU03630001,wmo_gebruik,2021,2\n';
    await assertRejects(dash.page, `${good}BU03630002,wmo_gebruik,2022,veel\nGM0014,wmo_gebruik,2022,3\n`,
      /\b(line|regel) 4\b/i, 'non-numeric value on line 4');
    await assertRejects(dash.page, `${good}GM0014,wmo_gebruik,2022,3\nGM0014,wmo_gebruik,twintig,3\n`,
      /\b(line|regel) 5\b/i, 'non-numeric period on line 5');

    // A rejection leaves the page working: a valid call right after still gives the right answer.
    const bytes = new TextEncoder().encode(good);
    const outcome = await benchIngestOutcome(dash.page, bytes, INDICATOR);
    assert.equal(outcome.rejected, false, `benchIngest rejected valid input after a bad one: ${outcome.message}`);
    assert.deepEqual(compareIngest(outcome.result, expectedIngest(bytes, INDICATOR)), []);
    dash.assertClean();
  });
});
