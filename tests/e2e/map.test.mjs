// The geographic map with the real CBS boundaries the page carries (assets/cbs): choropleths at the
// province, safety-region and municipality levels, hover, drilling down by double-clicking, the
// map saved as PNG, and a link that reopens the same view.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { CBS_DATA, VIEWPORT, launchBrowser, openDashboard, waitReady, withTimeout } from './browser.mjs';
import { areaCenter, colourStats, hoverTile, mapRect, pollHover, saveScreenshot } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 120_000;
const BOUNDARIES = ['provincie_2025', 'veiligheidsregio_2025', 'gemeente_2025'];

function inPage(page, what, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), 30_000, `${what} did not settle`);
}

const view = (page) => inPage(page, 'Dashboard.debug.view()', () => window.Dashboard.debug.view());
const frames = (page, n = 3) => inPage(page, 'frames', (count) => new Promise((resolve) => {
  const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
  next(count);
}), n);

async function importBoundaries(page) {
  for (const name of BOUNDARIES) {
    const bytes = readFileSync(path.join(CBS_DATA, `${name}.topojson`));
    const result = await inPage(page, `importFile(${name})`, ([n, b64]) => {
      const binary = atob(b64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      return window.Dashboard.importFile(n, data);
    }, [`${name}.topojson`, bytes.toString('base64')]);
    assert.equal(result.ok, true, result.message);
  }
}

// Opens the level combo and picks a level, as a user does, through the widgets' anchors.
async function chooseLevel(page, label) {
  const anchor = (name) => inPage(page, `anchor ${name}`, (n) => window.Dashboard.debug.anchor(n), name);
  const click = async (r) => {
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await frames(page, 2);
    await page.mouse.down();
    await frames(page, 2);
    await page.mouse.up();
    await frames(page, 3);
  };
  await click(await anchor('map.level'));
  const levels = ['province', 'safety_region', 'municipality'];
  await click(await anchor(`map.level.${levels.indexOf(label)}`));
  assert.equal((await view(page)).level, label);
}

async function screenshotStats(page, name) {
  const rect = await mapRect(page);
  const png = await page.screenshot();
  const file = saveScreenshot(name, png);
  const image = PNG.sync.read(png);
  return { stats: colourStats(image, rect, image.width / VIEWPORT.width), file };
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('the geographic map', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  let context;
  before(async () => {
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    session = await openDashboard(null, 'file', { context });
    await waitReady(session.page);
  });
  after(async () => {
    await session?.close();
    await context?.close();
  });

  it('starts on the real municipalities, without any import', async () => {
    const { page } = session;
    const shown = await view(page);
    assert.equal(shown.level, 'municipality');
    assert.equal(shown.shape, 'boundaries');
    assert.equal(shown.features, 342);
    const counts = await inPage(page, 'boundaries in the database', () => window.Dashboard.query(
      "SELECT level, count(*) FROM area WHERE geometry IS NOT NULL GROUP BY level ORDER BY level"));
    assert.deepEqual(counts.rows, [['municipality', 342], ['province', 12], ['safety_region', 25]]);
    const { stats, file } = await screenshotStats(page, 'map-start.png');
    assert.ok(stats.distinct >= 6, `only ${stats.distinct} colours in ${file}`);
    assert.ok(stats.dominantShare < 0.8, `one colour covers ${stats.dominantShare} of ${file}`);
    await hoverTile(page, 'GM0363', 'Amsterdam');
    session.assertClean();
  });

  it('takes in the same boundary files again (they replace the ones the page carries)', async () => {
    await importBoundaries(session.page);
    assert.equal((await view(session.page)).features, 342);
  });

  it('draws the real boundaries as choropleths at three levels, with the right names under the mouse', async () => {
    const { page } = session;
    const expected = { province: 12, safety_region: 25, municipality: 342 };
    const probes = { province: ['PV27', 'Noord-Holland'], safety_region: ['VR13', 'Amsterdam-Amstelland'],
      municipality: ['GM0363', 'Amsterdam'] };
    for (const level of ['province', 'safety_region', 'municipality']) {
      await chooseLevel(page, level);
      await page.keyboard.press('0');  // the whole country
      await frames(page);
      const shown = await view(page);
      assert.equal(shown.shape, 'boundaries');
      assert.equal(shown.features, expected[level]);
      const { stats, file } = await screenshotStats(page, `map-${level}.png`);
      assert.ok(stats.distinct >= 6, `${level}: only ${stats.distinct} colours in ${file}`);
      assert.ok(stats.dominantShare < 0.8, `${level}: one colour covers ${stats.dominantShare} of ${file}`);
      await hoverTile(page, ...probes[level]);
    }
    session.assertClean();
  });

  it('drills down from a province to its safety regions to their municipalities by double-clicking', async () => {
    const { page } = session;
    await chooseLevel(page, 'province');
    await page.keyboard.press('0');
    await frames(page);
    let at = await areaCenter(page, 'PV20');  // Groningen
    await page.mouse.dblclick(at.x, at.y);
    await frames(page, 4);
    let shown = await view(page);
    assert.equal(shown.level, 'safety_region');
    assert.equal(shown.selection, 'PV20');
    at = await areaCenter(page, 'VR01');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    assert.equal((await pollHover(page, 'VR01')).name, 'Groningen');
    await page.mouse.dblclick(at.x, at.y);
    await frames(page, 4);
    shown = await view(page);
    assert.equal(shown.level, 'municipality');
    assert.equal(shown.selection, 'VR01');
    // Zoomed to the region: a municipality of Groningen is in view, one of Zeeland is not.
    assert.ok(await inPage(page, 'areaCenter', () => window.Dashboard.debug.areaCenter('GM0014')));
    assert.equal(await inPage(page, 'areaCenter', () => window.Dashboard.debug.areaCenter('GM0687')), null);
    await page.keyboard.press('Backspace');
    await frames(page);
    assert.equal((await view(page)).level, 'safety_region');
    session.assertClean();
  });

  it('saves the map as a PNG with the map, its legend and a title', async () => {
    const { page } = session;
    const rect = await mapRect(page);
    const bytes = await inPage(page, 'exportMapPng', async () => Array.from(await window.Dashboard.exportMapPng()));
    const png = Buffer.from(bytes);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const image = PNG.sync.read(png);
    assert.equal(image.width, Math.round(rect.width));
    assert.equal(image.height, Math.round(rect.height));
    const stats = colourStats(image, { x: 0, y: 0, width: image.width, height: image.height }, 1);
    assert.ok(stats.distinct >= 6 && stats.dominantShare < 0.9, `the image is not a map: ${JSON.stringify(stats)}`);
    // The legend box (white) sits at the top left, below the title line.
    const white = (x, y) => {
      const i = (y * image.width + x) * 4;
      return image.data[i] > 245 && image.data[i + 1] > 245 && image.data[i + 2] > 245;
    };
    assert.ok(white(20, 40) || white(30, 50), 'legend background at the top left');
    session.assertClean();
  });

  it('keeps the view in the address so a link reopens it', async () => {
    const { page } = session;
    await chooseLevel(page, 'safety_region');
    await page.keyboard.press('0');
    await frames(page);
    const at = await areaCenter(page, 'VR25');  // Flevoland
    await page.mouse.move(at.x, at.y);
    await frames(page);
    await page.mouse.down();
    await frames(page, 2);
    await page.mouse.up();
    await frames(page, 2);
    await page.keyboard.press('z');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);  // zoom in a bit more
    await frames(page, 3);
    await page.waitForTimeout(800);  // the address follows once the view rests
    const before = await view(page);
    assert.equal(before.selection, 'VR25');
    const url = page.url();
    assert.match(url, /#level=safety_region&.*select=VR25&centre=/);

    const other = await context.newPage();  // same browser storage: the boundaries are there
    try {
      await other.goto(url);
      await waitReady(other);
      await frames(other, 4);
      const after = await view(other);
      assert.equal(after.level, 'safety_region');
      assert.equal(after.selection, 'VR25');
      assert.equal(after.indicator, before.indicator);
      assert.ok(Math.abs(after.scale - before.scale) / before.scale < 1e-4, `scale ${after.scale} vs ${before.scale}`);
      assert.ok(Math.hypot(after.centre[0] - before.centre[0], after.centre[1] - before.centre[1]) < 0.01,
        `centre ${after.centre} vs ${before.centre}`);
    } finally {
      await other.close();
    }
    session.assertClean();
  });
});
