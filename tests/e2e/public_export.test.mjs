// The public version (Bestand > Publiceren, Dashboard.publicExport): personal details entered in
// the page (the status form by mouse and keyboard, and a working copy brought in as a .sqlite file
// with an organisation's contact, a cost note, an assignment owner and a received exchange file) are
// nowhere in the public page: not in its HTML, not in the database inside it (inflated and searched
// byte by byte), not in any Dashboard.query result. The public page opens from file:// read-only,
// says so, refuses imports and edits, and shows its own data even where this browser stored other
// data for the same address.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VIEWPORT, launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { clickAnchor, clickAt, frames, inPage, rows, selectAll, waitForAnchor } from './canvas_ui.mjs';
import { areaCenter } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 300_000;
const MUNICIPALITY = 'GM0014';  // Groningen
const MARKERS = {
  owner: 'Qz7-eigenaar-Jansen',
  evidence: 'Qz7-bewijs-memo',
  editor: 'Qz7-bewerker-Pietersen',
  contact: 'Qz7-contact-Dorpsstraat',
  costNote: 'Qz7-offerte-notitie',
  assignment: 'Qz7-opdracht-Bakker',
  sender: 'Qz7-afzender-naam',
};

async function typeInto(page, anchor, text) {
  await clickAnchor(page, anchor);
  await selectAll(page);
  await page.keyboard.press('Backspace');
  await frames(page);
  await page.keyboard.type(text, { delay: 20 });
  await frames(page);
}

async function selectOnMap(page, code) {
  const { x, y } = await areaCenter(page, code);
  await clickAt(page, x, y + 5);
  for (let i = 0; i < 50; i++) {
    if ((await inPage(page, 'selection', () => window.Dashboard.debug.selection())) === code) return;
    await frames(page, 1);
  }
  assert.fail(`clicking the map at ${code} did not select it`);
}

// Bytes the page makes, as a Buffer: 'database' (Dashboard.exportDatabase), 'public'
// (Dashboard.publicExport) or 'offline' (Dashboard.debug.offlinePage).
async function bytesFrom(page, which) {
  const b64 = await inPage(page, which, async (kind) => {
    const make = { database: () => window.Dashboard.exportDatabase(), public: () => window.Dashboard.publicExport(),
                   offline: () => window.Dashboard.debug.offlinePage() }[kind];
    const bytes = await make();
    if (!(bytes instanceof Uint8Array)) throw new Error(`${kind}: not a Uint8Array`);
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, which);
  return Buffer.from(b64, 'base64');
}

function importFile(page, name, bytes) {
  return inPage(page, `importFile(${name})`, ([n, b64]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    return window.Dashboard.importFile(n, data);
  }, [name, Buffer.from(bytes).toString('base64')]);
}

// The database a saved page carries: its attributes and the SQLite bytes, inflated.
function embeddedDatabase(html) {
  const match = html.match(/<script type="application\/octet-stream" id="weerbaar-database"([^>]*)>([^<]*)<\/script>/);
  assert.ok(match, 'the page carries a database');
  return { attributes: match[1], bytes: gunzipSync(Buffer.from(match[2], 'base64')) };
}

// Where any marker is found in the page's data: a search of every text column of every table.
async function markersInQueries(page) {
  const found = [];
  const tables = await rows(page, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
                                  "AND name NOT LIKE 'practice_fts_%' AND name NOT LIKE 'facility_rtree_%'");
  for (const [table] of tables) {
    const columns = await rows(page, 'SELECT name FROM pragma_table_info(?)', [table]);
    for (const [column] of columns) {
      const [[n]] = await rows(page, `SELECT count(*) FROM "${table}" WHERE CAST("${column}" AS TEXT) LIKE '%Qz7-%'`);
      if (n > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

const smallCountsSql = `SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                         WHERE i.is_count_of_people = 1 AND v.value < 5`;

let browser;
let dir;
before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-public-'));
}, { timeout: 30_000 });
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('public version', () => {
  let publicHtml;       // from Dashboard.publicExport()
  let workingOffline;   // an ordinary offline page of the same working data, to compare

  it('leaves every personal detail entered in the page out of the public page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const session = await openDashboard(browser, 'file');
    try {
      const { page } = session;
      await waitReady(page);

      // An owner, an evidence note and an editor, entered in the status form as a user does.
      const [[code]] = await rows(page, `SELECT m.code FROM measure m JOIN action_list l ON l.id = m.list_id
                                          WHERE l.for_level = 'municipality' ORDER BY l.id, m.sort_order LIMIT 1`);
      await selectOnMap(page, MUNICIPALITY);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-progress');
      await clickAnchor(page, `progress-measure-${code}`);
      await clickAnchor(page, 'progress-status-in_progress');
      await typeInto(page, 'progress-edit-owner', MARKERS.owner);
      await typeInto(page, 'progress-edit-evidence', MARKERS.evidence);
      await typeInto(page, 'progress-edit-by', MARKERS.editor);
      await clickAnchor(page, 'progress-edit-save');
      await frames(page, 3);
      assert.deepEqual(await rows(page, `SELECT owner, evidence, changed_by FROM measure_status
                                          WHERE area_code = ? ORDER BY id DESC LIMIT 1`, [MUNICIPALITY]),
        [[MARKERS.owner, MARKERS.evidence, MARKERS.editor]], 'the form saved the details');

      // More details in a working copy edited elsewhere (sqlite3) and brought in as a .sqlite file.
      const working = path.join(dir, 'werkkopie.sqlite');
      writeFileSync(working, await bytesFrom(page, 'database'));
      execFileSync('sqlite3', [working, `
        UPDATE organisation SET offline_contact = '${MARKERS.contact}, dinsdagavond' WHERE id = (SELECT min(id) FROM organisation);
        UPDATE cost SET note = '${MARKERS.costNote}' WHERE id = (SELECT min(id) FROM cost);
        UPDATE assignment SET owner = '${MARKERS.assignment}' WHERE id = (SELECT min(id) FROM assignment);
        INSERT INTO exchange_delivery (source_code, seq, sender_name, state, file)
          VALUES ('GM0034', 1, '${MARKERS.sender}', 'held', CAST('${MARKERS.sender} in het bestand' AS BLOB));`]);
      const imported = await importFile(page, 'werkkopie.sqlite', readFileSync(working));
      assert.equal(imported.ok, true, imported.message);
      assert.deepEqual((await markersInQueries(page)).sort(),
        ['assignment.owner', 'cost.note', 'exchange_delivery.file', 'exchange_delivery.sender_name',
         'measure_status.changed_by', 'measure_status.evidence', 'measure_status.owner', 'organisation.offline_contact']);
      assert.ok((await rows(page, smallCountsSql))[0][0] > 20, 'the example data has small counts');

      publicHtml = (await bytesFrom(page, 'public')).toString('utf8');  // a Uint8Array of HTML
      workingOffline = (await bytesFrom(page, 'offline')).toString('utf8');
      session.assertClean();
    } finally {
      await session.close();
    }

    // The search finds the markers where they are: the ordinary offline page has them all.
    const ordinary = embeddedDatabase(workingOffline);
    for (const marker of Object.values(MARKERS)) assert.ok(ordinary.bytes.includes(marker), `${marker} in the offline page`);
    assert.doesNotMatch(ordinary.attributes, /data-public/);

    const published = embeddedDatabase(publicHtml);
    assert.match(published.attributes, /data-public="1"/);
    assert.equal(published.bytes.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
    for (const marker of Object.values(MARKERS)) {
      assert.ok(!published.bytes.includes(marker), `${marker} survived in the public database`);
      assert.ok(!publicHtml.includes(marker), `${marker} in the public page's HTML`);
    }
    const file = path.join(dir, 'public.sqlite');
    writeFileSync(file, published.bytes);
    const check = execFileSync('sqlite3', [file, `PRAGMA integrity_check; PRAGMA freelist_count;
      SELECT value FROM meta WHERE key = 'public_version';`]).toString().trim().split('\n');
    assert.deepEqual(check, ['ok', '0', '1']);
  });

  it('opens read-only from file://, labelled, with nothing personal in any query', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(publicHtml, 'made by the test before');
    const file = path.join(dir, 'weerbaar-publiek.html');
    writeFileSync(file, publicHtml);
    const session = await openDashboard(browser, 'file', { file });
    try {
      const { page } = session;
      await waitReady(page);
      assert.equal(await inPage(page, 'readOnly', () => window.Dashboard.debug.readOnly()), true);
      await waitForAnchor(page, 'public-version-label');
      const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
      assert.match(notice.text, /publieke versie/);
      const accessible = await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml());
      assert.match(accessible, /<strong>Publieke versie — alleen lezen<\/strong>/);
      await inPage(page, 'setLanguage', () => window.Dashboard.debug.setLanguage('en'));
      assert.match(await inPage(page, 'accessibleHtml', () => window.Dashboard.debug.accessibleHtml()),
        /<strong>Public version — read only<\/strong>/);
      await inPage(page, 'setLanguage', () => window.Dashboard.debug.setLanguage('nl'));

      assert.deepEqual(await markersInQueries(page), []);
      assert.deepEqual(await rows(page, smallCountsSql), [[0]], 'no count of people below 5 can be queried');
      assert.deepEqual(await rows(page, "SELECT count(*) FROM measure_status WHERE owner <> '' OR evidence <> '' OR changed_by <> ''"), [[0]]);
      const [[statuses]] = await rows(page, 'SELECT count(*) FROM measure_status');
      assert.ok(statuses > 11000, 'the progress itself is there');

      // Imports are refused, whatever the file; the connection refuses to be switched to writing.
      const refused = await importFile(page, 'extra.csv', Buffer.from('area_code,indicator,period,value\nGM0014,x,2025,1\n'));
      assert.equal(refused.ok, false);
      assert.match(refused.message, /^extra\.csv: this is the public version of the dashboard, which is read-only/);
      await assert.rejects(inPage(page, 'query_only off', () => window.Dashboard.query('PRAGMA query_only = OFF')));
      assert.deepEqual(await rows(page, 'PRAGMA query_only'), [[1]]);

      // The status form opens to show the history, but its controls do nothing.
      const [[code]] = await rows(page, `SELECT m.code FROM measure m JOIN action_list l ON l.id = m.list_id
                                          WHERE l.for_level = 'municipality' ORDER BY l.id, m.sort_order LIMIT 1`);
      await selectOnMap(page, MUNICIPALITY);
      await clickAnchor(page, 'workspace-baseline');
      await clickAnchor(page, 'baseline-progress');
      await clickAnchor(page, `progress-measure-${code}`);
      await clickAnchor(page, 'progress-status-done');
      await clickAnchor(page, 'progress-edit-save');
      await frames(page, 3);
      assert.deepEqual(await rows(page, 'SELECT count(*) FROM measure_status'), [[statuses]], 'nothing was saved');
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  it('shows its own data even where the browser stored other data for the same address', { timeout: TEST_TIMEOUT_MS }, async () => {
    const file = path.join(dir, 'stick.html');
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    try {
      // An ordinary offline page at this address, changed and so saved in the browser (newer than
      // the public page made before).
      writeFileSync(file, workingOffline);
      let session = await openDashboard(null, 'file', { file, context });
      await waitReady(session.page);
      const added = await importFile(session.page, 'opgeslagen.csv',
        Buffer.from('area_code,indicator,period,value\nGM0014,alleen_opgeslagen,2025,7\n'));
      assert.equal(added.ok, true, added.message);
      await inPage(session.page, 'whenSaved', () => window.Dashboard.debug.whenSaved());
      session.assertClean();
      await session.page.close();

      // The same address now holds the public page: it shows the published data, read-only.
      writeFileSync(file, publicHtml);
      session = await openDashboard(null, 'file', { file, context });
      await waitReady(session.page);
      assert.equal(await inPage(session.page, 'readOnly', () => window.Dashboard.debug.readOnly()), true);
      assert.deepEqual(await rows(session.page, "SELECT count(*) FROM indicator WHERE id = 'alleen_opgeslagen'"), [[0]]);
      assert.deepEqual(await markersInQueries(session.page), []);

      // The download from the menu is the same kind of page.
      await clickAnchor(session.page, 'menu.file');
      await clickAnchor(session.page, 'menu.file.publish');
      const downloaded = session.page.waitForEvent('download', { timeout: 60_000 });
      await clickAnchor(session.page, 'publish-confirm');
      const download = await downloaded;
      assert.match(download.suggestedFilename(), /^weerbaar-publiek-\d{4}-\d{2}-\d{2}\.html$/);
      const again = embeddedDatabase(readFileSync(await download.path(), 'utf8'));
      assert.match(again.attributes, /data-public="1"/);
      for (const marker of Object.values(MARKERS)) assert.ok(!again.bytes.includes(marker), marker);
      session.assertClean();
      await session.page.close();
    } finally {
      await context.close();
    }
  });
});
