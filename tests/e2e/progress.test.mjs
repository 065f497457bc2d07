// Baseline progress as a user works with it, offline (file://): select a municipality on the map,
// open Basisniveau > Voortgang, change a measure's status in the form with mouse and keyboard,
// and find the change in the database (Dashboard.query), in the percentages of the municipality
// and of its safety region (accessible view and the region's roll-up), and on the map
// (computed:progress under the mouse); reload and find it all again (IndexedDB). Then an action
// list goes out as a CSV download and comes back through the import path unchanged.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { clickAnchor, clickAt, frames, inPage, rows, typeInto, waitForAnchor } from './canvas_ui.mjs';
import { areaCenter, saveScreenshot } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 240_000;
const MUNICIPALITY = 'GM0014';  // Groningen
const REGION = 'VR01';          // Veiligheidsregio Groningen
const REFERENCE_DAY = '2025-11-01';  // meta example_as_of: the example story's today

// A point inside the area's tile a little below its centre: Groningen's tile lies at the map's top
// right, where the layers panel can cover its upper half.
async function pointIn(page, code) {
  const { x, y } = await areaCenter(page, code);
  return { x, y: y + 5 };
}

async function selectOnMap(page, code) {
  const { x, y } = await pointIn(page, code);
  await clickAt(page, x, y);
  for (let i = 0; i < 50; i++) {
    if ((await inPage(page, 'selection', () => window.Dashboard.debug.selection())) === code) return;
    await frames(page, 1);
  }
  assert.fail(`clicking the map at ${code} did not select it`);
}

const applicableListSql = (level) =>
  `coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'action_list_for_${level}'),
            (SELECT min(id) FROM action_list WHERE for_level = '${level}'))`;

// Percent done of the municipal list, pooled over the given municipalities, straight from the
// history (latest record at or before the reference day; no record = not started).
async function percentFromDatabase(page, areaCodes) {
  const marks = areaCodes.map(() => '?').join(',');
  const [[done, applicable]] = await rows(page, `
    WITH latest AS (
      SELECT s.area_code, s.measure_id, s.status FROM measure_status s
       WHERE s.status_date <= ? AND s.id = (SELECT s2.id FROM measure_status s2
             WHERE s2.area_code = s.area_code AND s2.measure_id = s.measure_id AND s2.status_date <= ?
             ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1))
    SELECT sum(coalesce(l.status, 'not_started') = 'done'),
           sum(coalesce(l.status, 'not_started') <> 'not_applicable')
      FROM areas a CROSS JOIN measure m
      LEFT JOIN latest l ON l.area_code = a.code AND l.measure_id = m.id
     WHERE a.code IN (${marks}) AND m.list_id = ${applicableListSql('municipality')}`,
  [REFERENCE_DAY, REFERENCE_DAY, ...areaCodes]);
  return { done, applicable, percent: (100 * done) / applicable };
}

const municipalitiesOf = async (page, region) =>
  (await rows(page, "SELECT code FROM areas WHERE parent_code = ? AND level = 'municipality'", [region])).map((r) => r[0]);

// The accessible view's text for the selection: "37% gereed: ..." and the rows of its tables.
async function accessibleProgress(page) {
  const html = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
  const doc = await inPage(page, 'parse', (h) => {
    const d = new DOMParser().parseFromString(h, 'text/html');
    const section = d.getElementById('a11y-progress')?.closest('section');
    if (!section) return null;
    const overall = [...section.querySelectorAll('p')].map((p) => p.textContent).find((t) => /% gereed/.test(t));
    const tableRows = [...section.querySelectorAll('tr')].map((tr) => ({
      measure: tr.dataset.measure ?? null,
      cells: [...tr.children].map((c) => c.textContent),
    }));
    return { overall, tableRows };
  }, html);
  assert.ok(doc, 'the accessible view has no progress section');
  return doc;
}

const percentIn = (text) => Number(/(\d+)%/.exec(text)?.[1]);

async function hoverValue(page, code) {
  const { x, y } = await pointIn(page, code);
  await page.mouse.move(x - 40, y + 40, { steps: 2 });
  await frames(page);
  await page.mouse.move(x, y, { steps: 4 });
  let hover;
  for (let i = 0; i < 100; i++) {
    hover = await inPage(page, 'hover', () => window.Dashboard.debug.hover());
    if (hover?.code === code) return hover.value;
    await frames(page, 1);
  }
  saveScreenshot(`progress-hover-${code}.png`, await page.screenshot());
  assert.fail(`hovering ${code} at (${x}, ${y}) reported ${JSON.stringify(hover)}`);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('baseline progress', { timeout: TEST_TIMEOUT_MS }, () => {
  it('edits a checklist offline, keeps it across a reload, and rolls it up to the region and the map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    let session = await openDashboard(browser, 'file', { context });
    try {
      let { page } = session;
      await waitReady(page);

      // A measure near the top of Groningen's checklist that is not done yet.
      const [[measureId, code, statusBefore]] = await rows(page, `
        SELECT m.id, m.code, coalesce((SELECT s.status FROM measure_status_current s
                                        WHERE s.area_code = ? AND s.measure_id = m.id), 'not_started') AS status
          FROM measure m WHERE m.list_id = ${applicableListSql('municipality')}
         ORDER BY status = 'not_started' DESC, m.sort_order LIMIT 1`, [MUNICIPALITY]);
      assert.notEqual(statusBefore, 'done');
      const municipalityBefore = await percentFromDatabase(page, [MUNICIPALITY]);
      const regionMembers = await municipalitiesOf(page, REGION);
      const regionBefore = await percentFromDatabase(page, regionMembers);

      await selectOnMap(page, MUNICIPALITY);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-progress');
      await clickAnchor(page, `progress-measure-${code}`);
      await clickAnchor(page, 'progress-status-done');
      await typeInto(page, 'progress-edit-owner', 'Team Crisisbeheersing');
      await typeInto(page, 'progress-edit-evidence', 'Getest in oefening');
      await typeInto(page, 'progress-edit-by', 'E2E Tester');
      await clickAnchor(page, 'progress-edit-save');
      await frames(page, 3);

      const latest = `SELECT status, status_date, owner, evidence, changed_by FROM measure_status
                       WHERE area_code = ? AND measure_id = ? ORDER BY status_date DESC, id DESC LIMIT 1`;
      assert.deepEqual(await rows(page, latest, [MUNICIPALITY, measureId]),
        [['done', REFERENCE_DAY, 'Team Crisisbeheersing', 'Getest in oefening', 'E2E Tester']]);
      const historyCount = `SELECT count(*) FROM measure_status WHERE area_code = ? AND measure_id = ?`;
      const [[historyAfterEdit]] = await rows(page, historyCount, [MUNICIPALITY, measureId]);
      assert.ok(historyAfterEdit >= 1, 'the change is a history row');

      const municipality = await percentFromDatabase(page, [MUNICIPALITY]);
      assert.equal(municipality.done, municipalityBefore.done + 1);
      const region = await percentFromDatabase(page, regionMembers);
      assert.equal(region.done, regionBefore.done + 1);

      // What the accessible view says for the municipality: the same percentage and the new status.
      let shown = await accessibleProgress(page);
      assert.ok(Math.abs(percentIn(shown.overall) - municipality.percent) <= 0.5,
        `accessible view says "${shown.overall}", the database ${municipality.percent}`);
      assert.equal(shown.tableRows.find((r) => r.measure === code)?.cells[2], 'Gereed');

      // The map shows progress, and Groningen's value is the database's.
      await clickAnchor(page, 'progress-show-map');
      await frames(page, 3);
      assert.equal((await inPage(page, 'view', () => window.Dashboard.debug.view())).indicator, 'computed:progress');
      assert.ok(Math.abs((await hoverValue(page, MUNICIPALITY)) - municipality.percent) < 1e-6);

      // Persisted: reload the page and find the same state.
      await inPage(page, 'whenSaved', () => window.Dashboard.debug.whenSaved());
      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitReady(page);
      assert.deepEqual(await rows(page, latest, [MUNICIPALITY, measureId]),
        [['done', REFERENCE_DAY, 'Team Crisisbeheersing', 'Getest in oefening', 'E2E Tester']]);
      assert.deepEqual(await rows(page, historyCount, [MUNICIPALITY, measureId]), [[historyAfterEdit]]);
      // The page address kept the selection (a computed indicator is not part of the link: the
      // progress map is asked for again).
      assert.equal(await inPage(page, 'selection', () => window.Dashboard.debug.selection()), MUNICIPALITY);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-progress');
      await clickAnchor(page, 'progress-show-map');
      await frames(page, 3);
      assert.equal((await inPage(page, 'view', () => window.Dashboard.debug.view())).indicator, 'computed:progress');
      assert.ok(Math.abs((await hoverValue(page, MUNICIPALITY)) - municipality.percent) < 1e-6);
      shown = await accessibleProgress(page);
      assert.ok(Math.abs(percentIn(shown.overall) - municipality.percent) <= 0.5);
      assert.equal(shown.tableRows.find((r) => r.measure === code)?.cells[2], 'Gereed');

      // One step up the roll-up in the tab: the safety region, its percentage pooled over its
      // municipalities, and Groningen's row in its table.
      await clickAnchor(page, 'progress-parent');
      await frames(page, 2);
      assert.equal(await inPage(page, 'selection', () => window.Dashboard.debug.selection()), REGION);
      await waitForAnchor(page, `progress-rollup-${MUNICIPALITY}`);
      shown = await accessibleProgress(page);
      assert.ok(Math.abs(percentIn(shown.overall) - region.percent) <= 0.5,
        `region: accessible view says "${shown.overall}", the database ${region.percent}`);
      const row = shown.tableRows.find((r) => r.cells[0] === 'Groningen' && r.cells.length === 4);
      assert.ok(row, 'the region lists Groningen in its roll-up');
      assert.equal(Number(row.cells[2]), municipality.done);
      assert.equal(Number(row.cells[3]), municipality.applicable);
      session.assertClean();
    } finally {
      await session.close();
      await context.close();
    }
  });

  it('updates a national assignment in the Opdrachten tab', async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);
      const assignment = "SELECT status, owner, due_date FROM assignment WHERE board = 'VNG' AND number = 2";
      const [[statusBefore]] = await rows(page, assignment);
      assert.notEqual(statusBefore, 'done');
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-assignments');
      await clickAnchor(page, 'assignment-VNG-2');
      await clickAnchor(page, 'assignment-status-done');
      await typeInto(page, 'assignment-owner', 'Bestuur VNG');
      await typeInto(page, 'assignment-due', '2026-01-15');
      await clickAnchor(page, 'assignment-save');
      await frames(page, 3);
      assert.deepEqual(await rows(page, assignment), [['done', 'Bestuur VNG', '2026-01-15']]);
      // The accessible view's overview says the same.
      const html = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
      const cells = await inPage(page, 'parse', (h) => {
        const d = new DOMParser().parseFromString(h, 'text/html');
        const row = [...d.querySelectorAll('tr')].find((tr) => tr.firstElementChild?.textContent.startsWith('VNG 2:'));
        return row ? [...row.children].map((c) => c.textContent) : null;
      }, html);
      assert.deepEqual(cells?.slice(1, 4), ['Gereed', 'Bestuur VNG', '15-01-2026']);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  it('copies the example list, reorders a measure and deletes one after a confirmation', async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);
      const [[exampleId]] = await rows(page, "SELECT id FROM action_list WHERE is_example = 1 AND for_level = 'municipality'");
      const codesOf = async (id) => (await rows(page, 'SELECT code FROM measure WHERE list_id = ? ORDER BY sort_order, id', [id])).map((r) => r[0]);
      const original = await codesOf(exampleId);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-actions');
      await clickAnchor(page, `actions-list-${exampleId}`);
      assert.equal(await inPage(page, 'anchor', () => window.Dashboard.debug.anchor('actions-up-G02')), null,
        'the example list is read-only');
      await clickAnchor(page, 'actions-copy');
      await frames(page, 3);
      const [[copyId, copyExample]] = await rows(page, 'SELECT id, is_example FROM action_list ORDER BY id DESC LIMIT 1');
      assert.equal(copyExample, 0);
      assert.deepEqual(await codesOf(copyId), original);

      // G02 one place up within its phase and topic: before G01.
      await clickAnchor(page, 'actions-up-G02');
      await frames(page, 3);
      const moved = await codesOf(copyId);
      assert.deepEqual(moved.slice(0, 2), ['G02', 'G01']);
      assert.deepEqual([...moved].sort(), [...original].sort());

      // Delete asks first; confirming removes it.
      await clickAnchor(page, 'actions-delete-G03');
      await clickAnchor(page, 'actions-delete-measure-confirm');
      await frames(page, 3);
      assert.deepEqual(await codesOf(copyId), moved.filter((c) => c !== 'G03'));
      assert.deepEqual(await codesOf(exampleId), original, 'the example list is untouched');
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  it('exports an action list as CSV and imports it back as an equal list', async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);
      const [[listId, name]] = await rows(page, "SELECT id, name FROM action_list WHERE for_level = 'municipality' ORDER BY id LIMIT 1");
      const measuresOf = (id) => rows(page,
        'SELECT code, phase, topic, title_nl, title_en, description, partners FROM measure WHERE list_id = ? ORDER BY sort_order, id', [id]);
      const original = await measuresOf(listId);
      assert.ok(original.length > 10);

      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-actions');
      await clickAnchor(page, `actions-list-${listId}`);
      const downloaded = page.waitForEvent('download', { timeout: 30_000 });
      await clickAnchor(page, 'actions-export');
      const download = await downloaded;
      assert.equal(download.suggestedFilename(), `actielijst-gemeenten-${listId}.csv`);
      const bytes = readFileSync(await download.path());
      const text = bytes.toString('utf8');
      assert.match(text, /^\uFEFFcode;phase;topic;title_nl;title_en;description;partners\r?\n/);
      assert.equal(text.trim().split(/\r?\n/).length, original.length + 1);

      const result = await inPage(page, 'importFile', ([n, b]) => window.Dashboard.importFile(n, new Uint8Array(b)),
        [download.suggestedFilename(), [...bytes]]);
      assert.equal(result.ok, true, result.message);
      assert.equal(result.table, 'measure');
      assert.equal(result.rows, original.length);
      const [[newId, newName, level, example]] = await rows(page,
        'SELECT id, name, for_level, is_example FROM action_list ORDER BY id DESC LIMIT 1');
      assert.notEqual(newId, listId);
      assert.equal(newName, `actielijst-gemeenten-${listId}`);
      assert.equal(level, 'municipality');
      assert.equal(example, 0);
      assert.deepEqual(await measuresOf(newId), original);
      await waitForAnchor(page, `actions-list-${newId}`);  // the tab lists it
      assert.ok(name.length > 0);

      // A broken file changes nothing and says where.
      const bad = 'code;phase;topic;title_nl\nX1;cold;water;Water\nX2;lauw;water;Meer water\n';
      const refused = await inPage(page, 'importFile', (t) => window.Dashboard.importFile('lijst.csv', new TextEncoder().encode(t)), bad);
      assert.equal(refused.ok, false);
      assert.match(refused.message, /line 3/);
      assert.deepEqual(await rows(page, 'SELECT max(id) FROM action_list'), [[newId]]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
