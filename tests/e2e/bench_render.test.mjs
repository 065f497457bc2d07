// Correctness of Dashboard.benchRender (DESIGN.md section 5) on the real municipal boundaries:
// the result's shape, the feature count, one timing per frame, and a clear Error for bad input.
// The timing comparison with Leaflet, deck.gl and MapLibre is tests/bench/render.mjs.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CBS_DATA, launchBrowser, openDashboard, waitReady, withTimeout } from './browser.mjs';


function benchRender(page, bytes, options) {
  return withTimeout(page.evaluate(async ([b64, o]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
    try {
      return { result: await window.Dashboard.benchRender(data, o) };
    } catch (err) {
      return { error: String(err?.message ?? err), isError: err instanceof Error };
    }
  }, [Buffer.from(bytes).toString('base64'), options]), 60_000, 'Dashboard.benchRender did not settle');
}

// The municipalities as a GeoJSON FeatureCollection with a numeric "value" (the page converts the
// TopoJSON with its own reader; the benchmark itself takes GeoJSON bytes).
async function municipalitiesGeoJson(page) {
  const topo = readFileSync(path.join(CBS_DATA, 'gemeente_2025.topojson'));
  const result = await withTimeout(page.evaluate(async (b64) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
    return window.Dashboard.importFile('gemeente_2025.topojson', data);
  }, topo.toString('base64')), 30_000, 'import');
  assert.equal(result.ok, true, result.message);
  const { rows } = await page.evaluate(() => window.Dashboard.query(
    "SELECT a.code, a.geometry, v.value FROM area a JOIN indicator_value v ON v.area_code = a.code " +
    "WHERE a.level = 'municipality' AND v.indicator_id = 'population_density'"));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map(([code, geometry, value]) => ({ type: 'Feature', properties: { code, dichtheid: value },
      geometry: JSON.parse(geometry) })),
  });
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('Dashboard.benchRender', { timeout: 120_000 }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  });
  after(async () => { await session?.close(); });

  it('renders the municipal boundaries and times every pan frame', async () => {
    const geojson = Buffer.from(await municipalitiesGeoJson(session.page));
    const { result, error } = await benchRender(session.page, geojson, { frames: 12, value_property: 'dichtheid' });
    assert.equal(error, undefined);
    assert.equal(result.features, 342);
    assert.equal(result.frame_ms.length, 12);
    assert.ok(result.frame_ms.every((ms) => Number.isFinite(ms) && ms >= 0), JSON.stringify(result.frame_ms));
    assert.ok(result.first_frame_ms > 0 && result.first_frame_ms < 30_000, `first frame ${result.first_frame_ms}`);
    const sorted = [...result.frame_ms].sort((a, b) => a - b);
    assert.equal(result.median_frame_ms, (sorted[5] + sorted[6]) / 2);
    console.log(`342 municipalities: first frame ${result.first_frame_ms.toFixed(0)} ms, ` +
      `median pan frame ${result.median_frame_ms.toFixed(1)} ms, ${result.redraws} redraws`);
    session.assertClean();
  });

  it('rejects what is not GeoJSON with an Error', async () => {
    const { error, isError } = await benchRender(session.page, Buffer.from('{"type": "Feature'), { frames: 2 });
    assert.equal(isError, true);
    assert.match(error, /ends before the JSON is complete/);
    session.assertClean();
  });
});
