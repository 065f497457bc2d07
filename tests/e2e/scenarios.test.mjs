// Scenarios, the 72-hour view, threat information sheets and organisations, used as a user would
// (the Bevolkingszorg workspace's tabs clicked through their anchors, the hour slider dragged, the
// CSV export downloaded) and checked against the database: the figures of the 72-hour view are
// computed again here from the stored tables through Dashboard.query (which points still work
// given their hours of autonomy, the vulnerable group counts from the indicators, and who is left
// without a working point), and every count of people below 5 must read "<5", in exports too.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { frames, inPage } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 240_000;

const query = (page, sql, params = []) =>
  inPage(page, sql, ([s, p]) => window.Dashboard.query(s, p), [sql, params]).then((r) => r.rows);
const outageView = (page, options) =>
  inPage(page, 'Dashboard.outageView', (o) => window.Dashboard.outageView(o), options);
const anchor = async (page, name) => {
  const rect = await inPage(page, `anchor ${name}`, (n) => window.Dashboard.debug.anchor(n), name);
  assert.ok(rect, `no widget anchored as ${name} in the last frame`);
  return rect;
};

// Scrolls the side panel (mouse wheel over it) until the widget is on screen.
async function reveal(page, name) {
  for (let i = 0; i < 20; i++) {
    const r = await anchor(page, name);
    if (r.y >= 24 && r.y + r.height <= 770) return r;
    // Over the panel's scroll bar: the tables inside it scroll themselves.
    const down = r.y > 400;
    await page.mouse.move(471, down ? 745 : 110);  // on the side panel's own scroll bar
    await page.mouse.wheel(0, down ? 120 : -120);
    await frames(page, 3);
  }
  assert.fail(`${name} could not be scrolled into view`);
}

async function click(page, name, at = 0.5) {
  const r = await reveal(page, name);
  await page.mouse.move(r.x + r.width * at, r.y + r.height / 2, { steps: 2 });
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
}

// core/suppression.h: an estimate derived from a count is suppressed when the count or the
// estimate is below 5; shown estimates are whole persons, below 100 a multiple of 5.
function derived(estimate, source) {
  if (source < 5 || estimate < 5) return '<5';
  const rounded = estimate < 100 ? Math.round(estimate / 5) * 5 : Math.round(estimate);
  return Math.max(rounded, 5);
}
const counted = (value) => (value < 5 ? '<5' : Math.round(value));

// The latest value per area of an indicator, as the coverage analysis reads it.
async function latestValues(page, indicator) {
  const rows = await query(page, `
    SELECT v.area_code, v.value FROM indicator_value v
     WHERE v.indicator_id = ? AND v.value IS NOT NULL
       AND v.period = (SELECT max(w.period) FROM indicator_value w
                        WHERE w.indicator_id = v.indicator_id AND w.area_code = v.area_code AND w.value IS NOT NULL)`,
  [indicator]);
  return new Map(rows.map(([code, value]) => [code, value]));
}

// Active resilience points working at hour h of an outage (grid down the whole time in STROOM).
async function workingPointIds(page, hours) {
  const rows = await query(page, `
    SELECT facility_id FROM resilience_point
     WHERE status = 'active' AND has_emergency_power = 1 AND coalesce(autonomy_hours, 0) >= ?
     ORDER BY facility_id`, [hours]);
  return rows.map((r) => r[0]);
}

function assertNoSmallNumber(value, where) {
  if (typeof value === 'number') assert.ok(value >= 5, `${where}: ${value} shown, should be "<5"`);
  else assert.equal(value, '<5', `${where}: ${value}`);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('scenarios and the 72-hour view', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
    await frames(session.page, 3);
  });
  after(async () => { await session?.close(); });

  it('opens the Scenario\'s tab with the long power outage first and follows the hour slider', async () => {
    const { page } = session;
    await click(page, 'workspace-care');
    await click(page, 'care-scenarios');
    await anchor(page, 'scenarios-hours');
    const tab = await inPage(page, 'scenarioTab', () => window.Dashboard.debug.scenarioTab());
    const first = await query(page, `SELECT s.code FROM scenario s JOIN scenario_effect e ON e.scenario_id = s.id
      AND e.sector = 'electricity' AND e.period = '0_24h' ORDER BY e.severity DESC, s.code LIMIT 1`);
    assert.equal(tab.scenario, first[0][0]);
    assert.equal(tab.scenario, 'STROOM');
    await click(page, 'scenarios-hours', 0.5);
    const moved = await inPage(page, 'scenarioTab', () => window.Dashboard.debug.scenarioTab());
    assert.ok(moved.hours >= 40 && moved.hours <= 56, `hours after a click in the middle: ${moved.hours}`);
    const view = await outageView(page);  // the tab's own view: its scenario, hour and the selection
    assert.equal(view.hours, moved.hours);
    assert.equal(view.scope, '');
    const municipalities = await query(page, "SELECT count(*) FROM area WHERE level = 'municipality' AND year = 2025");
    assert.equal(view.rows.length, municipalities[0][0]);
    session.assertClean();
  });

  it('lists the points that still work, as their hours of autonomy say', async () => {
    const { page } = session;
    const active = await query(page, "SELECT count(*) FROM resilience_point WHERE status = 'active'");
    for (const hours of [0, 12, 36, 48, 72, 96]) {
      const view = await outageView(page, { scenario: 'STROOM', hours, scope: '' });
      assert.equal(view.power_out, true);
      assert.equal(view.points.length, active[0][0]);
      const working = view.points.filter((p) => p.works).map((p) => p.id).sort((a, b) => a - b);
      assert.deepEqual(working, await workingPointIds(page, hours), `working points at ${hours} h`);
      assert.equal(view.total.working_points, working.length);
    }
    // Per municipality: its active points and the working ones.
    const view = await outageView(page, { scenario: 'STROOM', hours: 48, scope: '' });
    const perArea = await query(page, `SELECT f.area_code, count(*),
        sum(r.has_emergency_power = 1 AND coalesce(r.autonomy_hours, 0) >= 48)
      FROM resilience_point r JOIN facility f ON f.id = r.facility_id WHERE r.status = 'active' GROUP BY f.area_code`);
    const expected = new Map(perArea.map(([code, all, working]) => [code, [all, working]]));
    for (const row of view.rows) {
      const [all, working] = expected.get(row.code) ?? [0, 0];
      assert.equal(row.points, all, `${row.code} points`);
      assert.equal(row.working_points, working, `${row.code} working points`);
    }
    // A scenario without a power outage: every active point works, no group is hit.
    const pandemic = await outageView(page, { scenario: 'PANDEMIE', hours: 48, scope: '' });
    assert.equal(pandemic.power_out, false);
    assert.ok(pandemic.points.every((p) => p.works));
    assert.ok(pandemic.groups.every((g) => !g.hit));
    session.assertClean();
  });

  it('counts the uncovered (vulnerable) residents per area as the tables say, "<5" where small', async () => {
    const { page } = session;
    const population = await latestValues(page, 'population');
    const dependent = await query(page, "SELECT value FROM meta WHERE key = 'electricity_dependent_indicators'");
    const dependentIds = (dependent[0]?.[0] ?? 'home_ventilation,oxygen_concentrator').split(',').map((s) => s.trim());
    // After 72 hours no active point has power left (the longest autonomy of an active point is 72 h
    // in the example data, checked here): nobody is covered, so the uncovered are everybody.
    const longest = await query(page, "SELECT max(autonomy_hours) FROM resilience_point WHERE status = 'active'");
    assert.ok(longest[0][0] < 96, `an active point lasts ${longest[0][0]} h`);
    const view = await outageView(page, { scenario: 'STROOM', hours: 96, scope: '' });
    const groupIds = view.groups.map((g) => g.id);
    assert.ok(groupIds.includes('home_ventilation'), JSON.stringify(groupIds));
    assert.ok(groupIds.every((id) => dependentIds.includes(id)));
    assert.ok(view.groups.every((g) => g.hit), 'electricity-dependent care is hit in a power outage');
    const groupValues = await Promise.all(groupIds.map((id) => latestValues(page, id)));
    let suppressedCells = 0;
    let sumResidents = 0;
    for (const row of view.rows) {
      const residents = population.get(row.code) ?? 0;
      sumResidents += residents;
      assert.equal(row.residents, counted(residents), `${row.code} residents`);
      assert.equal(row.uncovered, derived(residents, residents), `${row.code} uncovered`);
      row.groups.forEach((g, i) => {
        const count = groupValues[i].get(row.code) ?? 0;
        assert.equal(g.count, counted(count), `${row.code} ${groupIds[i]} count`);
        assert.equal(g.uncovered, derived(count, count), `${row.code} ${groupIds[i]} uncovered`);
        assertNoSmallNumber(g.count, `${row.code} ${groupIds[i]}`);
        assertNoSmallNumber(g.uncovered, `${row.code} ${groupIds[i]} uncovered`);
        if (g.uncovered === '<5') suppressedCells++;
      });
    }
    assert.ok(suppressedCells > 0, 'small municipalities must show "<5"');
    assert.equal(view.total.uncovered, derived(sumResidents, sumResidents));

    // Earlier in the outage some are covered: never more uncovered than at 96 h, never below 5 shown.
    const day = await outageView(page, { scenario: 'STROOM', hours: 24, scope: 'VR09' });
    const inRegion = await query(page, "SELECT code FROM area WHERE level = 'municipality' AND parent_code = 'VR09' AND year = 2025 ORDER BY code");
    assert.deepEqual(day.rows.map((r) => r.code).sort(), inRegion.map((r) => r[0]));
    for (const row of day.rows) {
      const residents = population.get(row.code) ?? 0;
      assertNoSmallNumber(row.uncovered, `${row.code} uncovered at 24 h`);
      if (typeof row.uncovered === 'number') assert.ok(row.uncovered <= Math.round(residents) + 5, row.code);
      if (row.working_points === 0 && row.points === 0) {
        // no point of its own; a neighbour's point within 2 km may still cover a little
        assert.ok(row.uncovered === '<5' || row.uncovered <= Math.round(residents) + 5);
      }
      row.groups.forEach((g, i) => assertNoSmallNumber(g.uncovered, `${row.code} ${groupIds[i]} at 24 h`));
    }
    assert.ok(day.total.working_points > 0);
    session.assertClean();
  });

  it('downloads the 72-hour table as CSV with "<5" for small counts', async () => {
    const { page } = session;
    const expected = await inPage(page, 'outageCsv', () => window.Dashboard.outageCsv());
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      click(page, 'scenarios-export-csv'),
    ]);
    assert.match(download.suggestedFilename(), /^weerbaar-72-uursbeeld-STROOM-\d+h\.csv$/);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const csv = Buffer.concat(chunks).toString('utf8');
    assert.equal(csv, expected);
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = lines[0].split(';');
    assert.equal(header[6], 'Inwoners niet gedekt');
    assert.ok(lines.length >= 343, `${lines.length} lines`);
    let small = 0;
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      for (const cell of cells.slice(5)) {
        if (cell === '<5') small++;
        else assert.ok(!/^[0-4]$/.test(cell), `a count below 5 in the CSV: ${line}`);
      }
    }
    assert.ok(small > 0, 'the CSV must show "<5" somewhere');
    // The map shows the same figures: residents not covered at the tab's hour.
    await click(page, 'scenarios-show-map');
    const map = await inPage(page, 'view', () => window.Dashboard.debug.view());
    assert.equal(map.indicator, 'computed:outage_uncovered');
    session.assertClean();
  });

  it('makes a printable threat information sheet per region', async () => {
    const { page } = session;
    const html = await inPage(page, 'threatSheet', () => window.Dashboard.threatSheet('GM0014'));
    const region = await query(page, "SELECT r.code, r.name FROM area m JOIN area r ON r.code = m.parent_code AND r.year = m.year WHERE m.code = 'GM0014' AND m.year = 2025");
    assert.equal(region[0][0], 'VR01');
    assert.match(html, /^<!doctype html>/);
    assert.ok(html.includes('@page { size: A4'));
    assert.ok(html.includes(`Dreigingsinformatie ${region[0][1]}`));
    assert.ok(!/<script/i.test(html), 'the sheet has no scripts');
    const scenarios = await query(page, 'SELECT name_nl FROM scenario');
    for (const [name] of scenarios) assert.ok(html.includes(`<h2>${name}</h2>`), name);
    // "ontbreekt": one cell per municipality of the region without any action for a scenario.
    const missing = await query(page, `SELECT count(*) FROM scenario s, area m
      WHERE m.level = 'municipality' AND m.parent_code = 'VR01' AND m.year = 2025
        AND NOT EXISTS (SELECT 1 FROM scenario_action a WHERE a.scenario_id = s.id AND a.area_code = m.code)`);
    assert.equal(html.split('<td>ontbreekt</td>').length - 1, missing[0][0]);
    // The region's own actions with their status.
    const actions = await query(page, "SELECT count(*) FROM scenario_action WHERE area_code = 'VR01'");
    const statusCells = (html.match(/<td>(niet gestart|bezig|gereed)<\/td>/g) ?? []).length;
    assert.equal(statusCells, actions[0][0]);
    await assert.rejects(inPage(page, 'threatSheet NL', () => window.Dashboard.threatSheet('NL01')), /no safety region/);
    session.assertClean();
  });

  it('shows the scenarios and the 72-hour view in the accessible view', async () => {
    const { page } = session;
    const html = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
    assert.ok(html.includes('id="a11y-scenarios"'));
    assert.ok(html.includes('id="a11y-networks"'));
    assert.ok(html.includes('Inwoners niet gedekt'));
    assert.ok(html.includes('&lt;5'));
    session.assertClean();
  });

  it('searches organisations in the Netwerken tab and shows their reach on the map', async () => {
    const { page } = session;
    await click(page, 'care-networks', 0.05);  // the tab bar scrolls: its first letters show
    await click(page, 'networks-search');
    await page.keyboard.type('moskee');
    await frames(page, 4);
    const tab = await inPage(page, 'scenarioTab', () => window.Dashboard.debug.scenarioTab());
    assert.equal(tab.search, 'moskee');
    const expected = await query(page, `SELECT count(*) FROM organisation o WHERE o.name LIKE '%moskee%'
      OR o.type LIKE '%moskee%' OR o.offers LIKE '%moskee%' OR o.offline_contact LIKE '%moskee%'
      OR EXISTS (SELECT 1 FROM organisation_reach r WHERE r.organisation_id = o.id AND r.community LIKE '%moskee%')`);
    assert.equal(tab.found, expected[0][0]);
    assert.ok(tab.found > 0);
    await click(page, 'networks-show-map');
    const view = await inPage(page, 'view', () => window.Dashboard.debug.view());
    assert.equal(view.indicator, 'computed:organisations');
    session.assertClean();
  });

  it('adds an organisation with its offer, offline contact and reach through the form', async () => {
    const { page } = session;
    await click(page, 'networks-new');
    await click(page, 'networks-form-name');
    await page.keyboard.type('Testkerk Weerbaar');
    await click(page, 'networks-form-offer-shelter');
    await click(page, 'networks-form-offline');
    await page.keyboard.type('Briefje bij de pastorie');
    await click(page, 'networks-form-reach');
    await page.keyboard.type('GM0014, kerkgangers');
    await click(page, 'networks-form-save');
    const rows = await query(page, `SELECT o.type, o.offers, o.offline_contact, r.area_code, r.community
      FROM organisation o JOIN organisation_reach r ON r.organisation_id = o.id WHERE o.name = 'Testkerk Weerbaar'`);
    assert.deepEqual(rows, [['church', 'shelter', 'Briefje bij de pastorie', 'GM0014', 'kerkgangers']]);
    session.assertClean();
  });
  it('selects a region in the scenario x area matrix and downloads its threat information sheet', async () => {
    const { page } = session;
    await click(page, 'care-scenarios');
    await click(page, 'scenarios-section-matrix');
    await click(page, 'scenarios-matrix-VR02');
    assert.equal(await inPage(page, 'selection', () => window.Dashboard.debug.selection()), 'VR02');
    await click(page, 'scenarios-section-sheet');
    const expected = await inPage(page, 'threatSheet', () => window.Dashboard.threatSheet('VR02'));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      click(page, 'scenarios-threat-sheet'),
    ]);
    assert.equal(download.suggestedFilename(), 'dreigingsinformatie-VR02.html');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
    session.assertClean();
  });
});
