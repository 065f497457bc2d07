// The board report, practice packs and cost totals (issue 5, part 2), checked against the tables:
// the report of a safety region holds the numbers Dashboard.query computes from measure_status and
// cost, with a real PNG map inside; a practice pack exported from one database imports into another
// (a fresh browser context) once, and a second time adds nothing; cost totals add up from
// municipalities to the region to the country, and the costs the accessible view shows are those.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { clickAnchor, frames, inPage, rows, selectAll, waitForAnchor } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 180_000;
const REGION = 'VR09';  // Utrecht
const DAY = '2025-09-30';  // the example's status history runs to 2025-10-31
const EARLIER = '2025-03-31';

// A CSV as the report writes it in English: BOM, ',' between fields, '"' quoting.
function parseCsv(text) {
  const out = [];
  let row = [], field = '', quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); out.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); out.push(row); }
  return out;
}

// "section|list|code|figure" -> number (or null for an empty value).
function figures(csv) {
  const table = parseCsv(csv);
  assert.deepEqual(table[0], ['section', 'list', 'code', 'name', 'figure', 'value']);
  const out = new Map();
  for (const [section, list, code, , figure, value] of table.slice(1)) {
    out.set(`${section}|${list}|${code}|${figure}`, value === '' ? null : Number(value));
  }
  return out;
}

function figure(map, key) {
  assert.ok(map.has(key), `the report's CSV has no ${key}`);
  return map.get(key);
}

// Progress of the municipalities of a region on a day, straight from the tables: the latest status
// at or before the day per (municipality, measure) of the municipalities' list; measures without
// a status count as not started; not applicable ones leave the denominator.
const PROGRESS_SQL = `
  WITH list AS (SELECT id FROM action_list WHERE for_level = 'municipality' ORDER BY id LIMIT 1),
  m AS (SELECT id FROM measure WHERE list_id = (SELECT id FROM list)),
  mun AS (SELECT code, name FROM area WHERE level = 'municipality' AND parent_code = ?1 AND year = 2025),
  latest AS (
    SELECT s.area_code, s.status FROM measure_status s
    WHERE s.status_date <= ?2 AND s.measure_id IN (SELECT id FROM m) AND s.area_code IN (SELECT code FROM mun)
      AND s.id = (SELECT s2.id FROM measure_status s2 WHERE s2.area_code = s.area_code AND s2.measure_id = s.measure_id
                  AND s2.status_date <= ?2 ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1))
  SELECT mun.code, mun.name, (SELECT count(*) FROM m),
         total(latest.status = 'done'), total(latest.status = 'in_progress'), total(latest.status = 'not_applicable')
  FROM mun LEFT JOIN latest ON latest.area_code = mun.code GROUP BY mun.code ORDER BY mun.code`;

async function progressFromTables(page, region, day) {
  const result = new Map();
  for (const [code, name, measures, done, inProgress, na] of await rows(page, PROGRESS_SQL, [region, day])) {
    result.set(code, { name, measures, done, inProgress, na, percent: measures - na > 0 ? (100 * done) / (measures - na) : null });
  }
  return result;
}

const pooledPercent = (progress) => {
  let done = 0, applicable = 0;
  for (const p of progress.values()) { done += p.done; applicable += p.measures - p.na; }
  return (100 * done) / applicable;
};

// The cells of the HTML table row of an area (the row that holds <td>CODE</td>), as text.
function rowCells(html, code) {
  const at = html.indexOf(`<td>${code}</td>`);
  assert.ok(at > 0, `the report's HTML has no row for ${code}`);
  const end = html.indexOf('</tr>', at);
  return [...html.slice(at, end).matchAll(/<td class="n">([^<]*)<\/td>/g)].map((m) => m[1]);
}

const englishNumber = (text) => Number(text.replace(/,/g, ''));

const readDownload = async (download) => readFileSync(await download.path());

// Selects an area the way a pasted link does (the page address), and waits until the app has it.
async function selectArea(page, code) {
  const link = (await inPage(page, 'view', () => window.Dashboard.debug.view())).link;
  await inPage(page, 'select', ([l, c]) => { location.hash = l.replace(/&select=[^&]*/, '') + '&select=' + c; }, [link, code]);
  for (let i = 0; i < 100 && (await inPage(page, 'selection', () => window.Dashboard.debug.selection())) !== code; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(await inPage(page, 'selection', () => window.Dashboard.debug.selection()), code);
  await frames(page, 2);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('board report of a safety region', { timeout: TEST_TIMEOUT_MS }, () => {
  let session, page;
  before(async () => {
    session = await openDashboard(browser, 'file');
    page = session.page;
    await waitReady(page);
    await inPage(page, 'setLanguage', () => window.Dashboard.debug.setLanguage('en'));
  });
  after(async () => { await session?.close(); });

  it('holds the progress figures the tables give, in the CSV and in the HTML', async () => {
    const report = await inPage(page, 'Dashboard.report', ([scope, date]) => window.Dashboard.report({ scope, date }),
                                [REGION, DAY]);
    const csv = figures(report.csv);
    const progress = await progressFromTables(page, REGION, DAY);
    assert.ok(progress.size >= 20, `Utrecht has ${progress.size} municipalities`);
    for (const [code, p] of progress) {
      assert.equal(figure(csv, `area|municipalities|${code}|measures`), p.measures, code);
      assert.equal(figure(csv, `area|municipalities|${code}|done`), p.done, code);
      assert.equal(figure(csv, `area|municipalities|${code}|in_progress`), p.inProgress, code);
      assert.equal(figure(csv, `area|municipalities|${code}|not_applicable`), p.na, code);
      assert.ok(Math.abs(figure(csv, `area|municipalities|${code}|percent_done`) - p.percent) < 1e-4, code);
      // HTML row: measures, done, in progress, not started, n/a, overdue, percent done.
      const cells = rowCells(report.html, code);
      assert.equal(Number(cells[0]), p.measures, code);
      assert.equal(Number(cells[1]), p.done, code);
      assert.equal(Number(cells[4]), p.na, code);
      assert.ok(Math.abs(englishNumber(cells[6]) - p.percent) <= 0.051, `${code}: ${cells[6]} vs ${p.percent}`);
      assert.ok(report.html.includes(`<th scope="row">${p.name}</th>`), p.name);
    }
    const done = [...progress.values()].reduce((sum, p) => sum + p.done, 0);
    assert.equal(figure(csv, `scope|municipalities|${REGION}|done`), done);
    assert.ok(Math.abs(figure(csv, `scope|municipalities|${REGION}|percent_done`) - pooledPercent(progress)) < 1e-4);
    assert.match(report.html, /^<!doctype html>/);
    assert.match(report.html, /@page \{ size: A4/);
    assert.match(report.html, /<svg [^>]*role="img"/);
    session.assertClean();
  });

  it('carries the map as a PNG image that decodes', async () => {
    const report = await inPage(page, 'Dashboard.report', ([scope, date]) => window.Dashboard.report({ scope, date }),
                                [REGION, DAY]);
    const match = report.html.match(/<img class="map" src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/);
    assert.ok(match, 'the report has a map image');
    const png = Buffer.from(match[1], 'base64');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = await inPage(page, 'decoding the PNG', async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return { width: bitmap.width, height: bitmap.height };
    }, match[1]);
    assert.ok(size.width > 200 && size.height > 200, `map image ${size.width}x${size.height}`);
  });

  it('shows the change since the last snapshot', async () => {
    const id = await inPage(page, 'Dashboard.saveReportSnapshot',
                            ([scope, date]) => window.Dashboard.saveReportSnapshot({ scope, date }), [REGION, EARLIER]);
    assert.ok(id > 0);
    const stored = await rows(page, 'SELECT scope_code, as_of FROM report_snapshot WHERE id = ?', [id]);
    assert.deepEqual(stored, [[REGION, EARLIER]]);
    const report = await inPage(page, 'Dashboard.report', ([scope, date]) => window.Dashboard.report({ scope, date }),
                                [REGION, DAY]);
    const csv = figures(report.csv);
    const now = pooledPercent(await progressFromTables(page, REGION, DAY));
    const then = pooledPercent(await progressFromTables(page, REGION, EARLIER));
    assert.ok(now - then > 1, `progress moved between the two days (${then} -> ${now})`);
    assert.ok(Math.abs(figure(csv, `scope|municipalities|${REGION}|change_snapshot_points`) - (now - then)) < 1e-4);
    assert.ok(report.html.includes('Since snapshot 31 Mar 2025'));
  });

  it('downloads the page and its CSV from the report tab', async () => {
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await clickAnchor(page, 'workspace-baseline');
    await clickAnchor(page, 'baseline-report');
    await clickAnchor(page, 'report-scope-country');
    await clickAnchor(page, 'report-make');
    for (let i = 0; i < 200 && downloads.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(downloads.length, 2, 'two files downloaded');
    const names = downloads.map((d) => d.suggestedFilename()).sort();
    assert.match(names[0], /^progress-report-NL01-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.match(names[1], /^progress-report-NL01-\d{4}-\d{2}-\d{2}\.html$/);
    const html = (await readDownload(downloads.find((d) => d.suggestedFilename().endsWith('.html')))).toString('utf8');
    assert.match(html, /<img class="map" src="data:image\/png;base64,/);
    assert.match(html, /Progress report The Netherlands|Progress report Nederland/);
    const csv = figures((await readDownload(downloads.find((d) => d.suggestedFilename().endsWith('.csv')))).toString('utf8'));
    const [[done]] = await rows(page, `SELECT count(*) FROM measure_status s WHERE s.status = 'done' AND s.id = (SELECT s2.id
      FROM measure_status s2 WHERE s2.area_code = s.area_code AND s2.measure_id = s.measure_id AND s2.status_date <= date('now')
      ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1) AND s.measure_id IN (SELECT id FROM measure WHERE list_id =
      (SELECT id FROM action_list WHERE for_level = 'municipality' ORDER BY id LIMIT 1))`);
    assert.equal(figure(csv, 'scope|municipalities|NL01|done'), done);
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /Report made/);
    session.assertClean();
  });

  it('has cost totals that add up: municipalities -> region -> country, and the UI shows them', async () => {
    const year = 2025;
    const region = figures((await inPage(page, 'Dashboard.report', ([scope, date]) => window.Dashboard.report({ scope, date }),
                                         [REGION, DAY])).csv);
    const perMunicipality = await rows(page, `
      SELECT a.code, total(c.one_off_eur + c.yearly_eur) FROM area a LEFT JOIN cost c ON c.area_code = a.code AND c.year = ?2
      WHERE a.level = 'municipality' AND a.parent_code = ?1 AND a.year = 2025 GROUP BY a.code`, [REGION, year]);
    let sum = 0;
    for (const [code, total] of perMunicipality) {
      assert.ok(Math.abs(figure(region, `costs_area||${code}|total_eur`) - total) < 0.01, code);
      sum += total;
    }
    assert.ok(sum > 0, 'the example has costs in Utrecht');
    const [[regionOwn]] = await rows(page, 'SELECT total(one_off_eur + yearly_eur) FROM cost WHERE area_code = ? AND year = ?', [REGION, year]);
    const regionTotal = figure(region, `costs_scope||${REGION}|total_eur`);
    assert.ok(Math.abs(regionTotal - (sum + regionOwn)) < 0.01, `${regionTotal} vs ${sum} + ${regionOwn}`);

    // The country: the 25 regions' totals (each its own costs and its municipalities') and what is
    // recorded on the country and the provinces themselves.
    const national = figures((await inPage(page, 'Dashboard.report', (date) => window.Dashboard.report({ scope: 'NL', date }), DAY)).csv);
    const regionTotals = await rows(page, `
      SELECT r.code, (SELECT total(c.one_off_eur + c.yearly_eur) FROM cost c WHERE c.year = ?1 AND
        (c.area_code = r.code OR c.area_code IN (SELECT code FROM area WHERE parent_code = r.code AND year = 2025)))
      FROM area r WHERE r.level = 'safety_region' AND r.year = 2025`, [year]);
    assert.equal(regionTotals.length, 25);
    const [[above]] = await rows(page, `SELECT total(one_off_eur + yearly_eur) FROM cost WHERE year = ? AND area_code IN
      (SELECT code FROM area WHERE level IN ('country', 'province') AND year = 2025)`, [year]);
    const nationalTotal = figure(national, 'costs_scope||NL01|total_eur');
    const ofRegions = regionTotals.reduce((s, [, t]) => s + t, 0);
    assert.ok(Math.abs(nationalTotal - (ofRegions + above)) < 0.01, `${nationalTotal} vs ${ofRegions} + ${above}`);
    assert.equal(regionTotals.find(([code]) => code === REGION)[1].toFixed(2), regionTotal.toFixed(2));

    // The accessible view shows the costs tab's figures for the selection (this year's).
    const thisYear = new Date().getFullYear();
    const [[shown]] = await rows(page, `SELECT total(one_off_eur + yearly_eur) FROM cost WHERE year = ?2 AND
      (area_code = ?1 OR area_code IN (SELECT code FROM area WHERE parent_code = ?1 AND year = 2025))`, [REGION, thisYear]);
    await selectArea(page, REGION);
    const html = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
    const costsAt = html.indexOf('id="a11y-costs"');
    assert.ok(costsAt > 0, 'the accessible view has the costs section');
    const formatted = Math.round(shown).toLocaleString('en-GB');
    assert.ok(html.slice(costsAt).includes(`<td class="n">${formatted}</td>`), `the region total ${formatted} is shown`);
    session.assertClean();
  });
});

describe('the costs tab', { timeout: TEST_TIMEOUT_MS }, () => {
  it('stores the budget the user types for the selected region, and compares the total with it', async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);
      await inPage(page, 'setLanguage', () => window.Dashboard.debug.setLanguage('en'));
      await selectArea(page, REGION);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-costs');
      await clickAnchor(page, 'costs-budget');
      await selectAll(page);
      await page.keyboard.type('2500000');
      await frames(page, 4);
      await clickAnchor(page, 'costs-save-budget');
      const year = new Date().getFullYear();
      assert.deepEqual(await rows(page, 'SELECT amount_eur FROM budget WHERE scope_code = ? AND year = ?', [REGION, year]), [[2500000]]);
      const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
      assert.match(notice.text, /Budget saved/);
      // The accessible view (the tab's figures as HTML) shows the new budget and what is left of it.
      const [[total]] = await rows(page, `SELECT total(one_off_eur + yearly_eur) FROM cost WHERE year = ?2 AND
        (area_code = ?1 OR area_code IN (SELECT code FROM area WHERE parent_code = ?1 AND year = 2025))`, [REGION, year]);
      const html = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
      const costs = html.slice(html.indexOf('id="a11y-costs"'));
      assert.ok(costs.includes('<td class="n">2,500,000</td>'), 'the budget is shown');
      assert.ok(costs.includes(`<td class="n">${Math.round(2500000 - total).toLocaleString('en-GB')}</td>`), 'budget minus costs is shown');
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe('the practices tab', { timeout: TEST_TIMEOUT_MS }, () => {
  it('adds a practice owned by the selected municipality, once', async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);
      await inPage(page, 'setLanguage', () => window.Dashboard.debug.setLanguage('en'));
      await selectArea(page, 'GM0344');
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-practices');
      await clickAnchor(page, 'practices-add');
      await clickAnchor(page, 'practices-new-title');
      await page.keyboard.type('Warmtepunt in de bibliotheek');
      await clickAnchor(page, 'practices-new-summary');
      await page.keyboard.type('De bibliotheek blijft open met noodstroom en koffie.');
      await frames(page, 3);
      await clickAnchor(page, 'practices-add-button');
      const added = await rows(page, `SELECT owner_area_code, summary FROM practice WHERE title = 'Warmtepunt in de bibliotheek'`);
      assert.deepEqual(added, [['GM0344', 'De bibliotheek blijft open met noodstroom en koffie.']]);
      const found = await rows(page, `SELECT count(*) FROM practice_fts WHERE practice_fts MATCH '"bibliotheek" AND "noodstroom"'`);
      assert.equal(found[0][0], 1);
      assert.match((await inPage(page, 'notice', () => window.Dashboard.debug.notice())).text, /Practice added/);

      // The same title from the same municipality again: recognised, nothing added.
      await clickAnchor(page, 'practices-new-title');
      await page.keyboard.type('warmtepunt in de  Bibliotheek!');
      await clickAnchor(page, 'practices-new-summary');
      await page.keyboard.type('Nog een keer.');
      await frames(page, 3);
      await clickAnchor(page, 'practices-add-button');
      assert.equal((await rows(page, `SELECT count(*) FROM practice WHERE title LIKE '%armtepunt in de%ibliotheek%'`))[0][0], 1);
      assert.match((await inPage(page, 'notice', () => window.Dashboard.debug.notice())).text, /exists already/);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe('practice packs between two databases', { timeout: TEST_TIMEOUT_MS }, () => {
  it('imports into a fresh database once, and a second time adds nothing', async () => {
    const first = await openDashboard(browser, 'file');
    let second;
    try {
      await waitReady(first.page);
      // Two practices the default data does not have, added to the first database through a pack.
      const seed = JSON.stringify({
        format: 'weerbaar-practice-pack', version: 1, exported_on: '2026-11-01',
        practices: [
          { title: 'Noodwaterpunt bij de sporthal', summary: 'Een tappunt met voorraad voor drie dagen.', owner_area_code: 'GM0344',
            owner_area_year: 2025, topic: 'drinking_water', tags: 'water', source: 'test', published: '2026-10-01',
            measures: [], scenarios: [] },
          { title: 'Buurtapp voor stroomuitval', summary: 'Buren melden elkaar wie hulp nodig heeft.', owner_area_code: 'GM0307',
            owner_area_year: 2025, topic: 'social_networks', tags: 'buren', source: 'test', published: null,
            measures: [], scenarios: [] },
        ],
      });
      const seeded = await inPage(first.page, 'seed', (text) => window.Dashboard.importFile('seed.json', new TextEncoder().encode(text)), seed);
      assert.equal(seeded.ok, true, seeded.message);
      assert.equal(seeded.rows, 2);
      const ids = (await rows(first.page, `SELECT id FROM practice WHERE title IN ('Noodwaterpunt bij de sporthal',
        'Buurtapp voor stroomuitval') OR id = (SELECT min(id) FROM practice) ORDER BY id`)).map(([id]) => id);
      assert.equal(ids.length, 3);
      const pack = await inPage(first.page, 'exportPracticePack', async (list) => {
        const bytes = await window.Dashboard.exportPracticePack(list);
        return new TextDecoder().decode(bytes);
      }, ids);
      assert.equal(JSON.parse(pack).practices.length, 3);

      // The practices tab: search, tick the hit, save it as a pack (a download).
      await clickAnchor(first.page, 'workspace-baseline');
      await clickAnchor(first.page, 'baseline-practices');
      await clickAnchor(first.page, 'practices-search');
      await first.page.keyboard.type('noodwaterpunt');
      await frames(first.page, 4);
      await clickAnchor(first.page, 'practices-first-tick');
      const downloaded = first.page.waitForEvent('download', { timeout: 30_000 });
      await clickAnchor(first.page, 'practices-export');
      const uiPack = await readDownload(await downloaded);
      const uiPractices = JSON.parse(uiPack.toString('utf8')).practices;
      assert.deepEqual(uiPractices.map((p) => p.title), ['Noodwaterpunt bij de sporthal']);

      second = await openDashboard(browser, 'file');  // a new context: its own, default database
      await waitReady(second.page);
      const count = async () => (await rows(second.page, 'SELECT count(*) FROM practice'))[0][0];
      const initial = await count();
      const fromUi = await inPage(second.page, 'import the tab\'s pack',
                                  (bytes) => window.Dashboard.importFile('praktijkpakket.json', new Uint8Array(bytes)), [...uiPack]);
      assert.equal(fromUi.ok, true, fromUi.message);
      assert.equal(fromUi.rows, 1);
      assert.equal(await count(), initial + 1);
      const before = initial;
      const once = await inPage(second.page, 'import', (text) => window.Dashboard.importFile('pakket.json', new TextEncoder().encode(text)), pack);
      assert.equal(once.ok, true, once.message);
      assert.equal(once.table, 'practice');
      assert.equal(once.rows, 1);  // the other two are there already: the example one and the tab's
      assert.match(once.message, /1 practices added, 2 already present/);
      assert.equal(await count(), before + 2);
      const found = await rows(second.page, `SELECT title, owner_area_code FROM practice WHERE title = 'Noodwaterpunt bij de sporthal'`);
      assert.deepEqual(found, [['Noodwaterpunt bij de sporthal', 'GM0344']]);
      const searchable = await rows(second.page, `SELECT count(*) FROM practice_fts WHERE practice_fts MATCH '"noodwaterpunt" AND "sporthal"'`);
      assert.equal(searchable[0][0], 1);

      const again = await inPage(second.page, 'import again', (text) => window.Dashboard.importFile('pakket.json', new TextEncoder().encode(text)), pack);
      assert.equal(again.ok, true, again.message);
      assert.equal(again.rows, 0);
      assert.match(again.message, /0 practices added, 3 already present/);
      assert.equal(await count(), before + 2);
      first.assertClean();
      second.assertClean();
    } finally {
      await second?.close();
      await first.close();
    }
  });
});
