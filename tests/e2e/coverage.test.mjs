// Resilience points and coverage (issue 6), used as a person would: in the "Bevolkingszorg"
// workspace a new point is registered through the "Weerbaarheidspunten" form and placed with
// "Plaats op kaart" and a click on the map, in a municipality that no active powered point
// reaches. Then the point must be in the database as typed, the "Dekking" figures of that
// municipality (read from the accessible view) must change and equal an independent computation
// from Dashboard.query (residents spread evenly over the municipality's boundary as stored in
// area.geometry; covered = the part of it within 2 km of the point, counted on a 100 m grid), the
// map showing
// "computed:uncovered" must report fewer residents there, and small counts must read "<5" in the
// accessible view and in the CSV export of the coverage table.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { frames, inPage, selectAll } from './canvas_ui.mjs';
import { areaCenter, pollHover } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 240_000;
const RADIUS_KM = 2;  // the Dekking tab's default distance
const POINT_NAME = 'Dorpshuis e2e';


const query = (page, sql, params = []) =>
  inPage(page, 'Dashboard.query', ([s, p]) => window.Dashboard.query(s, p), [sql, params]);

async function anchor(page, name) {
  let rect = null;
  for (let i = 0; i < 20 && !rect; i++) {
    rect = await inPage(page, `anchor ${name}`, (n) => window.Dashboard.debug.anchor(n), name);
    if (!rect) await frames(page, 2);
  }
  assert.ok(rect, `no widget anchored as ${name} in the last frame`);
  return rect;
}

async function clickAt(page, x, y) {
  await page.mouse.move(x, y, { steps: 2 });
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
}

async function click(page, name) {
  const r = await anchor(page, name);
  await clickAt(page, r.x + Math.min(r.width / 2, 12), r.y + r.height / 2);
}

async function typeInto(page, name, text) {
  await click(page, name);
  await selectAll(page);
  await page.keyboard.type(text);
  await frames(page, 2);
  await page.keyboard.press('Tab');  // leave the field, so ImGui lets go of its text
  await frames(page, 3);
}

// Ground distance (km) on a sphere; the dashboard measures in the RD plane, within 0.3% of this.
function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

// A position [lon, lat] in km east and north of `origin` ({lon, lat}): a local flat projection,
// within 0.1% over the size of a municipality.
function kmFrom(origin, [lon, lat]) {
  const rad = Math.PI / 180;
  return [(lon - origin.lon) * rad * 6371.0088 * Math.cos(origin.lat * rad), (lat - origin.lat) * rad * 6371.0088];
}

// The rings of a stored GeoJSON geometry (Polygon or MultiPolygon) in km from `origin`.
function ringsKm(geometryJson, origin) {
  const geometry = JSON.parse(geometryJson);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => ring.map((position) => kmFrom(origin, position)));
}

// Even-odd over every ring: inside an outer ring and not in one of its holes.
function insideRings(rings, [x, y]) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// The share of the area inside `rings` that lies within r km of `point` (km), counted on a 100 m grid.
function coveredShare(rings, point, r) {
  const xs = rings.flat().map((p) => p[0]), ys = rings.flat().map((p) => p[1]);
  let inArea = 0, covered = 0;
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.1) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.1) {
      if (!insideRings(rings, [x, y])) continue;
      inArea++;
      if (Math.hypot(x - point[0], y - point[1]) <= r) covered++;
    }
  }
  return covered / inArea;
}

// What the map reports under the mouse at (x, y), or null, after the frames it needs.
async function hoverAt(page, x, y) {
  await page.mouse.move(x, y, { steps: 2 });
  await frames(page, 3);
  return inPage(page, 'hover', () => window.Dashboard.debug.hover());
}

// Dutch number text ("12.345", "<5") -> number or '<5'.
const dutchNumber = (text) => (text === '<5' ? '<5' : Number(text.replace(/\./g, '').replace(',', '.')));

// The accessible view's coverage row of `code`: the cells as text, by column heading.
async function coverageRow(page, code) {
  return inPage(page, 'coverage row', async (c) => {
    const html = await window.Dashboard.debug.accessibleHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const table = doc.getElementById('a11y-coverage-table');
    if (!table) return null;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const row = table.querySelector(`tr[data-code="${c}"]`);
    if (!row) return { heads, cells: null, all: table.textContent };
    return { heads, cells: [...row.children].map((td) => td.textContent), all: table.textContent };
  }, code);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('resilience points and coverage', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  let candidates;  // municipalities no active powered point reaches, far from others first
  let target;  // the one the new point goes into: the first of them the map shows

  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
    await frames(session.page, 3);
  });
  after(async () => { await session?.close(); });

  it('finds a municipality that no active powered point reaches', async () => {
    const { page } = session;
    const municipalities = await query(page, `
      SELECT a.code, a.name, a.centroid_lon, a.centroid_lat,
             (SELECT value FROM indicator_value WHERE indicator_id = 'population' AND area_code = a.code ORDER BY period DESC LIMIT 1),
             (SELECT value FROM indicator_value WHERE indicator_id = 'land_area' AND area_code = a.code ORDER BY period DESC LIMIT 1),
             a.geometry
        FROM area a WHERE a.level = 'municipality' AND a.year = 2025`);
    const points = await query(page, `
      SELECT f.lon, f.lat FROM facility f JOIN resilience_point r ON r.facility_id = f.id
       WHERE r.status = 'active' AND r.has_emergency_power = 1`);
    candidates = [];
    for (const [code, name, lon, lat, residents, landArea, geometry] of municipalities.rows) {
      if (!residents || !landArea || residents < 15000 || !geometry) continue;
      const R = Math.sqrt(landArea / Math.PI);
      if (R < 4 || R > 9) continue;
      const rings = ringsKm(geometry, { lon, lat });
      const reach = Math.max(...rings.flat().map(([x, y]) => Math.hypot(x, y)));  // the farthest corner
      const nearest = Math.min(...points.rows.map(([plon, plat]) => distanceKm({ lon, lat }, { lon: plon, lat: plat })));
      if (nearest < reach + RADIUS_KM + 1) continue;  // some part of the area may already be covered
      const neighbour = Math.min(...municipalities.rows.filter((m) => m[0] !== code)
        .map((m) => distanceKm({ lon, lat }, { lon: m[2], lat: m[3] })));
      candidates.push({ code, name, lon, lat, residents, rings, neighbour });
    }
    assert.ok(candidates.length > 0, 'no municipality without coverage in the default data');
    candidates.sort((a, b) => b.neighbour - a.neighbour);  // far from others: a click lands in it
  });

  it('shows the gap in the Dekking tab and on the map', async () => {
    const { page } = session;
    await click(page, 'workspace-care');
    await click(page, 'care-coverage');
    await click(page, 'care.coverage.map');
    const view = await inPage(page, 'view', () => window.Dashboard.debug.view());
    assert.equal(view.indicator, 'computed:uncovered');
    for (const candidate of candidates) {
      const shown = await inPage(page, 'areaCenter', (c) => window.Dashboard.debug.areaCenter(c), candidate.code);
      if (shown) {
        target = candidate;
        break;
      }
    }
    assert.ok(target, `none of ${candidates.map((c) => c.code)} is in view`);

    const before = await coverageRow(page, target.code);
    assert.ok(before?.cells, `no coverage row for ${target.code}`);
    const col = (name) => before.heads.indexOf(name);
    assert.equal(dutchNumber(before.cells[col('Inwoners')]), target.residents);
    assert.equal(before.cells[col('Binnen bereik')], '<5', 'nobody covered: a zero shows as "<5"');
    target.uncoveredBefore = dutchNumber(before.cells[col('Buiten bereik')]);
    assert.ok(Math.abs(target.uncoveredBefore - target.residents) <= 5);

    const at = await areaCenter(page, target.code);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    target.mapBefore = (await pollHover(page, target.code)).value;
    assert.equal(target.mapBefore, target.uncoveredBefore);
  });

  it('registers a point through the form, placed with a click on the map', async () => {
    const { page } = session;
    await click(page, 'care-points');
    await click(page, 'care.points.new');
    await typeInto(page, 'care.points.form.name', POINT_NAME);
    await click(page, 'care.points.form.status');
    await click(page, 'care.points.form.status.active');
    await click(page, 'care.points.form.function.information');
    await click(page, 'care.points.form.function.warmth_charging');
    await click(page, 'care.points.form.power');
    await typeInto(page, 'care.points.form.autonomy', '72');
    await typeInto(page, 'care.points.form.capacity', '250');
    await click(page, 'care.points.form.place');
    const at = await areaCenter(page, target.code);
    await clickAt(page, at.x, at.y);
    await click(page, 'care.points.form.save');

    const stored = await query(page, `
      SELECT f.name, f.kind, f.lon, f.lat, f.area_code, r.status, r.has_emergency_power, r.autonomy_hours,
             r.capacity_persons, (SELECT group_concat(function) FROM resilience_point_function WHERE facility_id = f.id)
        FROM facility f JOIN resilience_point r ON r.facility_id = f.id WHERE f.name = ?`, [POINT_NAME]);
    assert.equal(stored.rows.length, 1, 'the new point is in the database once');
    const [name, kind, lon, lat, areaCode, status, power, hours, capacity, functions] = stored.rows[0];
    assert.deepEqual([name, kind, status, power, hours, capacity], [POINT_NAME, 'resilience_point', 'active', 1, 72, 250]);
    assert.deepEqual(functions.split(',').sort(), ['information', 'warmth_charging']);
    assert.equal(areaCode, target.code, 'the click landed in the chosen municipality');
    target.point = { lon, lat };
    // The selection did not change: the click placed the point instead of selecting an area.
    assert.equal((await inPage(page, 'selection', () => window.Dashboard.debug.selection())) ?? '', '');
  });

  it('changes the coverage figures to what an independent computation gives', async () => {
    const { page } = session;
    const after = await coverageRow(page, target.code);
    const col = (n) => after.heads.indexOf(n);
    const covered = dutchNumber(after.cells[col('Binnen bereik')]);
    const uncovered = dutchNumber(after.cells[col('Buiten bereik')]);
    assert.equal(typeof covered, 'number', `covered: ${after.cells[col('Binnen bereik')]}`);
    const pointKm = kmFrom(target, [target.point.lon, target.point.lat]);
    const expected = target.residents * coveredShare(target.rings, pointKm, RADIUS_KM);
    assert.ok(expected > 100, `expected coverage ${expected}`);
    // The analysis samples the area in about 400 cells: within 20% of the 100 m grid's count.
    assert.ok(Math.abs(covered - expected) < 0.2 * expected,
      `covered ${covered}, independently ${expected.toFixed(0)} (point at ${pointKm.map((v) => v.toFixed(2))} km from the centroid)`);
    assert.ok(Math.abs(covered + uncovered - target.residents) <= 2, 'covered + uncovered = residents');
    assert.equal(dutchNumber(after.cells[col('Punten')]), 1);
    assert.equal(dutchNumber(after.cells[col('Capaciteit')]), 250);
    target.uncoveredAfter = uncovered;

    // The map (computed:uncovered) follows at once. The new point's symbol now stands where the
    // area was clicked, and the symbol takes the mouse there: zoom in on it and hover beside it.
    let at = await areaCenter(page, target.code);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -200);
      await frames(page, 3);
    }
    at = await areaCenter(page, target.code);
    let hover = null;
    for (const [dx, dy] of [[20, 0], [-20, 0], [0, 20], [0, -20], [30, 30], [-30, -30]]) {
      hover = await hoverAt(page, at.x + dx, at.y + dy);
      if (hover?.code === target.code) break;
    }
    assert.equal(hover?.code, target.code, `no place beside the new point shows ${target.code} under the mouse`);
    assert.equal(hover.value, uncovered);
    assert.ok(hover.value < target.mapBefore);
  });

  it('shows small counts as "<5" in the accessible view and in the CSV export', async () => {
    const { page } = session;
    const row = await coverageRow(page, target.code);
    assert.match(row.all, /<5/);
    const percentColumn = row.heads.indexOf('% binnen bereik');
    row.cells.forEach((cell, c) => {
      if (c < 2 || c === percentColumn || c >= row.cells.length - 3) return;  // name, code, %, points, capacity, served
      assert.doesNotMatch(cell, /^[0-4]$/, `a small count shown: ${row.cells}`);
    });

    await click(page, 'care-coverage');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      click(page, 'care.coverage.csv'),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 343, 'a header and 342 municipalities');
    const header = lines[0].split(';');
    assert.equal(header[0], 'Code');
    let suppressed = 0;
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      for (let c = 2; c < cells.length - 3; c++) {
        if (c === 5) continue;  // % within reach
        if (cells[c] === '<5') suppressed++;
        assert.doesNotMatch(cells[c], /^[0-4]$/, `a small count in the CSV: ${line}`);
      }
    }
    assert.ok(suppressed > 0, 'small counts appear as "<5"');
    const ours = lines.find((l) => l.startsWith(`${target.code};`)).split(';');
    assert.equal(Number(ours[4]), target.uncoveredAfter);
    session.assertClean();
  });
});
