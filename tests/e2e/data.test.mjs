// Data in and out of the page: imports of real CBS files through Dashboard.importFile, malformed
// files that must change nothing, export -> re-import, persistence across a reload and a browser
// restart (IndexedDB), and the offline file that carries its database along.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CBS_DATA, CHROMIUM_ARGS, REPO_ROOT, VIEWPORT, launchBrowser, openDashboard, waitReady, withTimeout } from './browser.mjs';

const TEST_TIMEOUT_MS = 90_000;
const OUT_DIR = path.join(REPO_ROOT, 'build', 'e2e');

// ---- helpers that run Dashboard calls in the page ----------------------------------------------

function inPage(page, what, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), 30_000, `${what} did not settle`);
}

function importFile(page, name, bytes, options) {
  return inPage(page, `Dashboard.importFile(${name})`, ([n, b64, o]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    return window.Dashboard.importFile(n, data, o);
  }, [name, Buffer.from(bytes).toString('base64'), options]);
}

async function exportDatabase(page) {
  const b64 = await inPage(page, 'Dashboard.exportDatabase()', async () => {
    const bytes = await window.Dashboard.exportDatabase();
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(b64, 'base64');
}

async function rows(page, sql, params = []) {
  return (await inPage(page, sql, ([s, p]) => window.Dashboard.query(s, p), [sql, params])).rows;
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

// A StatLine-style export (';' separated, decimal comma, padded codes) of the real CBS
// 85984NED figures for the 342 municipalities, made from the kwb2024 JSON.
function statLineCsvFromKwb() {
  const kwb = JSON.parse(readFileSync(path.join(CBS_DATA, 'kwb2024', 'stripped_filtered_data_2024.json')));
  const lines = ['"ID";"WijkenEnBuurten";"Perioden";"AantalInwoners_5";"Woningvoorraad_35";"Aandeel_mannen"'];
  let id = 0;
  for (const [code, row] of Object.entries(kwb)) {
    if (!code.startsWith('GM')) continue;
    const share = (row.Mannen_6 / row.AantalInwoners_5 * 100).toFixed(2).replace('.', ',');
    lines.push(`"${++id}";"${code}  ";"2024JJ00";"${row.AantalInwoners_5}";"${row.Woningvoorraad_35}";"${share}"`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

// ---------------------------------------------------------------------------------------------

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: 30_000 });
after(async () => { await browser?.close(); });

describe('imports and exports', () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  }, { timeout: TEST_TIMEOUT_MS });
  after(async () => { await session?.close(); });

  it('imports the real CBS municipal facts CSV (once a year is given)', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const bytes = readFileSync(path.join(CBS_DATA, 'gemeenten_2025.csv'));
    const before = sha(await exportDatabase(page));
    const refused = await importFile(page, 'gemeenten_2025.csv', bytes);
    assert.equal(refused.ok, false, 'a table without a period column needs a year');
    assert.equal(refused.message, 'gemeenten_2025.csv: the file has no period column: choose a year');
    assert.equal(sha(await exportDatabase(page)), before, 'a refused import must not change the database');

    const result = await importFile(page, 'gemeenten_2025.csv', bytes, { period: 2025 });
    assert.equal(result.ok, true, result.message);
    assert.equal(result.table, 'indicator_value');
    assert.equal(result.rows, 342 * 3, 'three numeric columns (centroid lon/lat, area) for 342 municipalities');
    const [[count, area]] = await rows(page,
      "SELECT count(*), round(sum(value)) FROM indicator_value WHERE indicator_id = 'area_km2' AND period = 2025");
    assert.equal(count, 342);
    assert.equal(area, 34949, 'total area of the generalised polygons (SOURCES.md: 34,949 km2)');
    session.assertClean();
  });

  it('imports a StatLine export made from the kwb2024 JSON and shows it on the map', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const result = await importFile(page, 'kwb2024.csv', statLineCsvFromKwb());
    assert.equal(result.ok, true, result.message);
    assert.equal(result.rows, 342 * 3);
    const [[residents]] = await rows(page,
      "SELECT sum(value) FROM indicator_value WHERE indicator_id = 'aantalinwoners' AND period = 2024");
    assert.equal(residents, 17942942, 'CBS population on 1 January 2024');
    const [[share]] = await rows(page,
      "SELECT value FROM indicator_value WHERE indicator_id = 'aandeel_mannen' AND area_code = 'GM0363'");
    assert.ok(share > 48 && share < 52, `decimal comma read as a decimal: ${share}`);
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.equal(notice.error, false);
    // The notice speaks the interface language (Dutch); Dashboard.importFile's message stays English.
    assert.match(notice.text, /kwb2024\.csv: 1\.026 waarden van 3 indicator\(en\) voor 342 gebieden geïmporteerd/);
    session.assertClean();
  });

  it('imports every CBS boundary file in assets/cbs', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const expected = { gemeente_2025: ['municipality', 342], provincie_2025: ['province', 12],
      veiligheidsregio_2025: ['safety_region', 25] };
    const files = readdirSync(CBS_DATA).filter((f) => f.endsWith('.topojson'));
    assert.equal(files.length, 3, 'the three CBS boundary files');
    for (const file of files) {
      const [level, count] = expected[path.basename(file, '.topojson')];
      const result = await importFile(page, file, readFileSync(path.join(CBS_DATA, file)));
      assert.equal(result.ok, true, result.message);
      assert.equal(result.rows, count, file);
      assert.deepEqual(await rows(page, 'SELECT count(*) FROM area WHERE geometry IS NOT NULL AND level = ?', [level]),
        [[count]], `${file}: boundaries stored`);
    }
    // Malformed boundary files from tests/malformed are refused without changing anything.
    const before = sha(await exportDatabase(page));
    for (const file of readdirSync(path.join(REPO_ROOT, 'tests', 'malformed')).filter((f) => /(json|gpkg|csv)$/.test(f))) {
      const result = await importFile(page, file, readFileSync(path.join(REPO_ROOT, 'tests', 'malformed', file)));
      assert.equal(result.ok, false, `${file} should be refused`);
      assert.ok(result.message.startsWith(file), result.message);
    }
    assert.equal(sha(await exportDatabase(page)), before, 'malformed boundary files changed the database');
    session.assertClean();
  });

  it('imports GeoPackages made from the CBS boundary files', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    mkdirSync(OUT_DIR, { recursive: true });
    const expected = { gemeente_2025: ['municipality', 342], provincie_2025: ['province', 12],
      veiligheidsregio_2025: ['safety_region', 25] };
    for (const [name, [level, count]] of Object.entries(expected)) {
      // The project's own converter (tools/convert) writes the GeoPackage; the page reads it.
      const gpkg = path.join(OUT_DIR, `${name}.gpkg`);
      execFileSync(path.join(REPO_ROOT, 'build', 'native', 'convert_geo'),
        [path.join(CBS_DATA, `${name}.topojson`), gpkg]);
      const before = await rows(page, 'SELECT code, geometry FROM area WHERE level = ? ORDER BY code', [level]);
      const result = await importFile(page, `${name}.gpkg`, readFileSync(gpkg));
      assert.equal(result.ok, true, result.message);
      assert.equal(result.rows, count, name);
      const after = await rows(page, 'SELECT code, geometry FROM area WHERE level = ? ORDER BY code', [level]);
      assert.deepEqual(after, before, `${name}: the GeoPackage gives the same boundaries as the TopoJSON`);
    }
    const [[log]] = await rows(page, "SELECT count(*) FROM import_log WHERE format = 'GeoPackage'");
    assert.equal(log, 3);
    session.assertClean();
  });

  it('refuses malformed files with a message and leaves the data exactly as it was', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const before = sha(await exportDatabase(page));
    const cases = [
      ['unknown-code.csv', 'code;jaar;inwoners\nGM0014;2024;10\nGM9999;2024;5\n',
        'unknown-code.csv, line 3: unknown area code GM9999'],
      ['typo.csv', 'code,jaar,x\nGM0014,2024,1\nGM0034,2024,2\nGM0037,2024,3\nGM0047,2024,4,5\n',
        'typo.csv, line 5: expected 3 fields, found 4'],
      ['quote.csv', 'code,jaar,x\nGM0014,2024,"1\n', 'quote.csv, line 2: a quoted field is never closed'],
      ['empty.csv', '', 'empty.csv: the file is empty'],
      ['notes.docx', 'PK\u0003\u0004', 'notes.docx: unknown file type: use .csv, .geojson, .topojson, .gpkg or .sqlite'],
      ['broken.sqlite', 'SQLite format 3\u0000' + 'x'.repeat(600), null],
      ['other.sqlite', null, 'other.sqlite: not a Weerbaar database (no area table or no schema version)'],
    ];
    for (const [name, text, expected] of cases) {
      const bytes = text === null ? emptySqliteFile() : Buffer.from(text, 'latin1');
      const result = await importFile(page, name, bytes);
      assert.equal(result.ok, false, `${name} should be refused`);
      if (expected) assert.equal(result.message, expected, name);
      else assert.ok(result.message.startsWith(`${name}: `) && result.message.length > name.length + 10, result.message);
      assert.equal(sha(await exportDatabase(page)), before, `${name} changed the database`);
    }
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.equal(notice.error, true, 'the user sees the failure');
    session.assertClean();
  });

  it('exports a valid .sqlite that re-imports losslessly', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const exported = await exportDatabase(page);
    mkdirSync(OUT_DIR, { recursive: true });
    const file = path.join(OUT_DIR, 'export.sqlite');
    writeFileSync(file, exported);
    // The sqlite3 command-line tool opens it.
    const cli = execFileSync('sqlite3', [file, 'PRAGMA integrity_check; SELECT count(*) FROM areas;']).toString().trim();
    assert.equal(cli, 'ok\n380');

    const summary = "SELECT (SELECT count(*) FROM area), (SELECT count(*) FROM indicator_value), " +
      "(SELECT round(sum(value), 3) FROM indicator_value), (SELECT count(*) FROM indicator)";
    const before = await rows(page, summary);
    const result = await importFile(page, 'export.sqlite', exported);
    assert.equal(result.ok, true, result.message);
    assert.equal(result.table, 'database');
    assert.deepEqual(await rows(page, summary), before, 'the same data after re-import');
    assert.equal(sha(await exportDatabase(page)), sha(exported), 'byte-identical after a round trip');
    session.assertClean();
  });
});

// ---- boundary files as GDAL writes them ---------------------------------------------------------

// Polygons around the real centroids of Amsterdam and Rotterdam (assets/areas_2025.csv), one with a
// hole, plus a district the database does not know yet; six decimals, as the file says them.
function gdalSourceAreas() {
  const facts = readFileSync(path.join(REPO_ROOT, 'assets', 'areas_2025.csv'), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#')).map((line) => line.split(','));
  const centroid = (code) => {
    const row = facts.find((fields) => fields[1] === code);
    assert.ok(row, `${code} in assets/areas_2025.csv`);
    return [Number(row[4]), Number(row[5])];
  };
  const ring = ([lon, lat], radius, corners, clockwise = false) => {
    const out = [];
    for (let i = 0; i < corners; i++) {
      const angle = (clockwise ? -1 : 1) * 2 * Math.PI * i / corners;
      const r = radius * (1 + 0.15 * ((i * 7) % 5) / 4);
      out.push([Number((lon + r * 1.6 * Math.cos(angle)).toFixed(6)), Number((lat + r * Math.sin(angle)).toFixed(6))]);
    }
    return [...out, out[0]];
  };
  const amsterdam = centroid('GM0363');
  const rotterdam = centroid('GM0599');
  return [
    { code: 'GM0363', name: 'Amsterdam', polygons: [[ring(amsterdam, 0.04, 16)]] },
    { code: 'GM0599', name: 'Rotterdam', polygons: [[ring(rotterdam, 0.03, 12), ring(rotterdam, 0.008, 6, true)],
      [ring([rotterdam[0] - 0.12, rotterdam[1] - 0.02], 0.01, 7)]] },
    { code: 'WK036399', name: 'Testwijk', polygons: [[ring(amsterdam, 0.005, 5)]] },
  ];
}

// Metres between two WGS84 positions this close together.
function metresBetween([lon1, lat1], [lon2, lat2]) {
  const north = (lat2 - lat1) * 111_320;
  const east = (lon2 - lon1) * 111_320 * Math.cos(lat1 * Math.PI / 180);
  return Math.hypot(north, east);
}

describe('boundary files written by GDAL', () => {
  const areas = gdalSourceAreas();
  let session;
  let dir;
  let source;  // the WGS84 GeoJSON every ogr2ogr run starts from
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
    dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-gdal-'));
    source = path.join(dir, 'source.geojson');
    writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: areas.map((a) => ({
      type: 'Feature', properties: { statcode: a.code, statnaam: a.name },
      geometry: { type: 'MultiPolygon', coordinates: a.polygons } })) }));
  }, { timeout: TEST_TIMEOUT_MS });
  after(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports RD New and WGS84 files from ogr2ogr within a metre of the originals', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    // ogr2ogr comes with Debian's gdal-bin (scripts/setup): missing, execFileSync throws and the test fails.
    const files = [
      ['rd.geojson', ['-f', 'GeoJSON', '-t_srs', 'EPSG:28992'], true],
      ['rd.gpkg', ['-f', 'GPKG', '-t_srs', 'EPSG:28992'], true],
      ['rd.csv', ['-f', 'CSV', '-lco', 'GEOMETRY=AS_WKT', '-t_srs', 'EPSG:28992'], true],
      ['wgs84.gpkg', ['-f', 'GPKG'], false],
    ];
    let newAreas = 1;  // the district, on the first import only
    for (const [name, options, fromRdNew] of files) {
      execFileSync('ogr2ogr', [...options, path.join(dir, name), source]);
      const result = await importFile(page, name, readFileSync(path.join(dir, name)));
      assert.equal(result.ok, true, result.message);
      assert.equal(result.rows, areas.length, name);
      assert.equal(result.message, `${name}: imported 3 boundaries${newAreas ? ' (1 new areas)' : ''}` +
        (fromRdNew ? ', converted from RD New (EPSG:28992) to WGS84' : ''));
      newAreas = 0;
      for (const area of areas) {
        const [[geometry]] = await rows(page, 'SELECT geometry FROM area WHERE code = ? ORDER BY year DESC LIMIT 1', [area.code]);
        const stored = JSON.parse(geometry);
        const polygons = stored.type === 'Polygon' ? [stored.coordinates] : stored.coordinates;
        assert.deepEqual(polygons.map((p) => p.map((r) => r.length)), area.polygons.map((p) => p.map((r) => r.length)),
          `${name} ${area.code}: the same polygons, rings and corners`);
        const largest = Math.max(...area.polygons.flat(2).map((corner, i) => metresBetween(corner, polygons.flat(2)[i])));
        assert.ok(largest < (fromRdNew ? 1 : 1e-6), `${name} ${area.code}: a corner moved ${largest} m`);
      }
    }
    // The notice on screen says it in Dutch.
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:28992', path.join(dir, 'again.geojson'), source]);
    await importFile(page, 'again.geojson', readFileSync(path.join(dir, 'again.geojson')));
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /again\.geojson: 3 grenzen geïmporteerd, omgerekend van RD New \(EPSG:28992\) naar WGS84/);
    assert.deepEqual(await rows(page, "SELECT parent_code, name FROM area WHERE code = 'WK036399'"), [['GM0363', 'Testwijk']]);
    session.assertClean();
  });

  it('refuses a file in another coordinate system and changes nothing', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const mercator = path.join(dir, 'mercator.geojson');
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:3857', mercator, source]);
    const before = sha(await exportDatabase(page));
    const result = await importFile(page, 'mercator.geojson', readFileSync(mercator));
    assert.equal(result.ok, false);
    assert.equal(result.message, 'mercator.geojson, crs: the coordinate system "urn:ogc:def:crs:EPSG::3857" is not ' +
      'supported: use WGS84 (EPSG:4326) or RD New (EPSG:28992)');
    assert.equal(sha(await exportDatabase(page)), before, 'a refused file changed the database');
    session.assertClean();
  });
});

// An SQLite file that is valid but not ours: made in the page's own SQLite would need a write
// path; a minimal valid empty database file is 512+ bytes of header we can build by hand.
function emptySqliteFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-'));
  const file = path.join(dir, 'other.sqlite');
  execFileSync('sqlite3', [file, 'CREATE TABLE notes(x); INSERT INTO notes VALUES (1);']);
  const bytes = readFileSync(file);
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

describe('persistence', () => {
  it('keeps imported data across a reload and a browser restart', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-profile-'));
    const launch = () => chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT,
    });
    let context = await launch();
    try {
      let session = await openDashboard(null, 'file', { context });
      await waitReady(session.page);
      const imported = await importFile(session.page, 'kwb2024.csv', statLineCsvFromKwb());
      assert.equal(imported.ok, true, imported.message);
      await inPage(session.page, 'whenSaved', () => window.Dashboard.debug.whenSaved());

      await session.page.reload({ waitUntil: 'domcontentloaded' });
      await waitReady(session.page);
      assert.deepEqual(await rows(session.page, "SELECT count(*) FROM indicator_value WHERE indicator_id = 'aantalinwoners'"),
        [[342]], 'after a reload');
      const notice = await inPage(session.page, 'notice', () => window.Dashboard.debug.notice());
      assert.match(notice.text, /opgeslagen gegevens/i, 'the user is told the saved data was loaded');
      session.assertClean();
      await session.close();

      await context.close();
      context = await launch();
      session = await openDashboard(null, 'file', { context });
      await waitReady(session.page);
      assert.deepEqual(await rows(session.page, "SELECT count(*) FROM indicator_value WHERE indicator_id = 'aantalinwoners'"),
        [[342]], 'after a browser restart');
      session.assertClean();
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('saves an offline file that opens from file:// with the data inside', { timeout: TEST_TIMEOUT_MS }, async () => {
    const session = await openDashboard(browser, 'file');
    let offline;
    try {
      await waitReady(session.page);
      const imported = await importFile(session.page, 'kwb2024.csv', statLineCsvFromKwb());
      assert.equal(imported.ok, true, imported.message);
      const b64 = await inPage(session.page, 'offlinePage', async () => {
        const bytes = await window.Dashboard.debug.offlinePage();
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      });
      const dir = path.join(OUT_DIR, 'offline-stick');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'weerbaar-offline.html');
      writeFileSync(file, Buffer.from(b64, 'base64'));
      session.assertClean();

      offline = await openDashboard(browser, 'file', { file });  // a fresh context: no browser storage
      await waitReady(offline.page);
      assert.deepEqual(await rows(offline.page, "SELECT sum(value) FROM indicator_value WHERE indicator_id = 'aantalinwoners'"),
        [[17942942]], 'the offline file carries the imported data');
      const notice = await inPage(offline.page, 'notice', () => window.Dashboard.debug.notice());
      assert.match(notice.text, /offline-bestand/);
      offline.assertClean();
    } finally {
      await offline?.close();
      await session.close();
    }
  });
});

describe('CSV export', () => {
  it('exports tables and the map figures following the selection, and re-imports them', { timeout: TEST_TIMEOUT_MS }, async () => {
    const session = await openDashboard(browser, 'http');
    try {
      const { page } = session;
      await waitReady(page);
      const csv = (name) => inPage(page, `exportCsv(${name})`, (n) => window.Dashboard.exportCsv(n), name);
      const areas = await csv('areas');
      assert.ok(areas.startsWith('\uFEFFcode;name;level;parent_code;year\r\n'), areas.slice(0, 60));
      assert.equal(areas.trim().split('\r\n').length, 381, 'header + 380 areas');
      assert.match(areas, /GM0796;'s-Hertogenbosch;municipality;VR21;2025/);

      const all = await csv('');
      assert.equal(all.trim().split('\r\n').length, 343, 'header + 342 municipalities');
      const refused = await inPage(page, 'bad table', (n) => window.Dashboard.exportCsv(n).then(() => 'ok', (e) => e.message),
        'nope');
      assert.equal(refused, 'no table or view called nope');

      // The exported map figures import back as an indicator table (same codes, same values).
      const before = await rows(page, "SELECT round(sum(value), 3) FROM indicator_value WHERE indicator_id = 'population_density' AND area_code LIKE 'GM%'");
      const result = await importFile(page, 'export.csv', Buffer.from(all.replace(/^\uFEFF/, ''), 'utf8'), { period: 2024 });
      assert.equal(result.ok, true, result.message);
      assert.equal(result.rows, 342);
      const [[reimported]] = await rows(page,
        "SELECT round(sum(value), 3) FROM indicator_value WHERE indicator_id = 'bevolkingsdichtheid_inwoners_per_km'");
      assert.ok(Math.abs(reimported - before[0][0]) < 1e-5 * 342, `${reimported} vs ${before[0][0]}`);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

// Every value read is stored or accounted for: indicator names that collide, values given twice,
// numbers written the Dutch way and files saved by Excel as Windows-1252. Every value is checked
// with Dashboard.query against what the file said.
describe('CSV imports that lose nothing', () => {
  let session;
  let municipalities;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
    municipalities = (await rows(session.page, "SELECT code FROM areas WHERE level = 'municipality' ORDER BY code")).map((r) => r[0]);
  }, { timeout: TEST_TIMEOUT_MS });
  after(async () => { await session?.close(); });

  const valueOf = (i, year, n) => i * 100000 + (year - 2000) * 1000 + n;

  it('30 indicators ind_1..ind_30 for 10 years and 342 municipalities arrive as 102,600 values', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    assert.equal(municipalities.length, 342);
    const lines = ['area_code,indicator,period,value'];
    let sum = 0;
    for (let i = 1; i <= 30; i++) {
      for (let year = 2015; year <= 2024; year++) {
        municipalities.forEach((code, n) => { lines.push(`${code},ind_${i},${year},${valueOf(i, year, n)}`); sum += valueOf(i, year, n); });
      }
    }
    const result = await importFile(page, 'lang.csv', Buffer.from(lines.join('\n') + '\n'));
    assert.equal(result.ok, true, result.message);
    assert.equal(result.rows, 102600);
    assert.equal(result.message, 'lang.csv: imported 102600 values of 30 indicator(s) for 342 areas');
    const [[count, total, indicators]] = await rows(page,
      "SELECT count(*), sum(value), count(DISTINCT indicator_id) FROM indicator_value WHERE indicator_id GLOB 'ind_[0-9]*'");
    assert.deepEqual([count, total, indicators], [102600, sum, 30]);
    // Each value in its place: the indicator, area and period it was given for.
    const [[misplaced]] = await rows(page,
      "SELECT count(*) FROM indicator_value v JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM areas " +
      "WHERE level = 'municipality') a ON a.code = v.area_code WHERE v.indicator_id GLOB 'ind_[0-9]*' AND v.value != " +
      "CAST(substr(v.indicator_id, 5) AS INTEGER) * 100000 + (v.period - 2000) * 1000 + a.n");
    assert.equal(misplaced, 0);
    assert.deepEqual(await rows(page, "SELECT name_nl FROM indicator WHERE id = 'ind_7'"), [['ind_7']]);

    // Ten more years of ind_1, one of them already stored: counted as new and replaced.
    const more = ['area_code,indicator,period,value'];
    for (let year = 2024; year <= 2033; year++) municipalities.forEach((code) => more.push(`${code},ind_1,${year},1`));
    const again = await importFile(page, 'meer.csv', Buffer.from(more.join('\n') + '\n'));
    assert.equal(again.message, 'meer.csv: imported 3420 values of 1 indicator(s) for 342 areas: 3078 new, 342 replaced');
    assert.deepEqual(await rows(page, "SELECT count(*), sum(value) FROM indicator_value WHERE indicator_id = 'ind_1' AND period >= 2024"),
      [[3420, 3420]]);
    assert.deepEqual(await rows(page, "SELECT count(*) FROM indicator_value WHERE indicator_id GLOB 'ind_[0-9]*'"), [[102600 + 3078]]);
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /meer\.csv: 3\.420 waarden van 1 indicator\(en\) voor 342 gebieden geïmporteerd: 3\.078 nieuw, 342 vervangen/);
    session.assertClean();
  });

  it('StatLine-style names Inwoners_1, Inwoners_2 and Inwoners stay three indicators', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const csv = 'area_code;indicator;period;value\nGM0014;Inwoners_1;2024;1\nGM0014;Inwoners_2;2024;2\nGM0014;Inwoners;2024;3\n';
    const result = await importFile(page, 'statline.csv', Buffer.from(csv));
    assert.equal(result.rows, 3, result.message);
    assert.deepEqual(await rows(page,
      "SELECT v.indicator_id, i.name_nl, v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id " +
      "WHERE v.area_code = 'GM0014' AND v.indicator_id LIKE 'inwoners%' ORDER BY v.value"),
    [['inwoners_1', 'Inwoners_1', 1], ['inwoners_2', 'Inwoners_2', 2], ['inwoners', 'Inwoners', 3]]);
    session.assertClean();
  });

  it('refuses values given twice with their lines, unless the last value wins', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    const csv = Buffer.from('gemeentecode,jaar,dubbel\nGM0014,2024,1\nGM0034,2024,2\nGM0014,2024,3\nGM0037,2024,4\nGM0034,2024,5\n');
    const before = sha(await exportDatabase(page));
    const refused = await importFile(page, 'dubbel.csv', csv);
    assert.equal(refused.ok, false);
    assert.equal(refused.message, 'dubbel.csv: 2 values repeat the area, indicator and period of an earlier line: line 4 ' +
      'repeats line 2, line 6 repeats line 3; choose "last value wins" to keep the last ones');
    assert.equal(sha(await exportDatabase(page)), before, 'a refused import must not change the database');

    const kept = await importFile(page, 'dubbel.csv', csv, { duplicates: 'last' });
    assert.equal(kept.ok, true, kept.message);
    assert.equal(kept.rows, 3);
    assert.equal(kept.message, 'dubbel.csv: imported 3 values of 1 indicator(s) for 3 areas: 3 new, 0 replaced; ' +
      '2 earlier values of repeated keys were overwritten');
    assert.deepEqual(await rows(page, "SELECT area_code, value FROM indicator_value WHERE indicator_id = 'dubbel' ORDER BY area_code"),
      [['GM0014', 3], ['GM0034', 5], ['GM0037', 4]]);
    const wrong = await inPage(page, 'bad option', () =>
      window.Dashboard.importFile('x.csv', new Uint8Array(1), { duplicates: 'first' }).then(() => 'ok', (e) => e.message));
    assert.equal(wrong, "duplicates must be 'last' or 'refuse'");
    session.assertClean();
  });

  it('reads Dutch thousands separators, percent signs and Windows-1252 text', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page } = session;
    // As Excel on a Dutch Windows machine saves it: ';', decimal comma, '.' for thousands, Windows-1252.
    const csv = Buffer.from('Gemeente;Jaar;Inwoners totaal;Wmo-cliënten (%)\r\n' +
      'Súdwest-Fryslân;2024;90.421,0;12,5 %\r\nGroningen;2024;243.765,0;7,25%\r\nAmsterdam;2024;1.234.567,5;10\r\n', 'latin1');
    assert.equal(csv.includes(0xFA), true, 'the ú is the single byte 0xFA');
    const result = await importFile(page, 'excel.csv', csv);
    assert.equal(result.ok, true, result.message);
    assert.equal(result.message, 'excel.csv: imported 6 values of 2 indicator(s) for 3 areas; the file is not valid UTF-8 ' +
      'and was read as Windows-1252');
    assert.deepEqual(await rows(page, "SELECT area_code, value FROM indicator_value WHERE indicator_id = 'inwoners_totaal' ORDER BY area_code"),
      [['GM0014', 243765], ['GM0363', 1234567.5], ['GM1900', 90421]]);
    assert.deepEqual(await rows(page, "SELECT area_code, value FROM indicator_value WHERE indicator_id = 'wmo_clienten' ORDER BY area_code"),
      [['GM0014', 7.25], ['GM0363', 10], ['GM1900', 12.5]]);
    assert.deepEqual(await rows(page, "SELECT name_nl FROM indicator WHERE id = 'wmo_clienten'"), [['Wmo-cliënten (%)']]);
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /het bestand is geen geldige UTF-8 en is gelezen als Windows-1252/);
    session.assertClean();
  });
});
