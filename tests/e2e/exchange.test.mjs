// The reporting chain without a server, in four browser profiles (each its own browser context,
// so its own IndexedDB and keys): two municipalities of Haaglanden, the region, and the country.
// Files are the only channel: each profile's exchange file is handed to the next as bytes, as a
// USB stick or an e-mail attachment would carry it. Statuses are edited through the checklist's
// form, as a user would; keys, exports and imports go through window.Dashboard (the same code the
// Uitwisseling tab calls).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VIEWPORT, launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { clickAnchor, frames, inPage, rows, typeInto } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 600_000;
// WEERBAAR_TRACE=1 prints each step with the time: a slow machine shows where the time goes.
const step = process.env.WEERBAAR_TRACE ? (what) => console.error(new Date().toISOString().slice(11, 23), what) : () => {};
const REGION = 'VR15';                 // Haaglanden
const MUNICIPALITY_A = 'GM0518';       // 's-Gravenhage
const MUNICIPALITY_B = 'GM1783';       // Westland

let browser;
let scratch;
before(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(path.join(tmpdir(), 'weerbaar-exchange-'));
});
after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// One organisation: a fresh profile (its own storage and keys) with its organisation chosen and a
// key made. Only the profile at work has its page open: four dashboards drawing at once would share
// two cores; a page closed after its changes are saved opens again on the same database and key.
async function profile(code, name) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const p = { code, context, session: null, page: null, key: null };
  await open(p);
  await call(p.page, 'setOrganisation', ([c, n]) => window.Dashboard.setOrganisation(c, n), [code, name]);
  p.key = await call(p.page, 'createSigningKey', () => window.Dashboard.createSigningKey({}));
  assert.match(p.key.fingerprint, /^\d{5}( \d{5}){5}$/, 'the fingerprint reads as 6 groups of 5 digits');
  return park(p);
}

async function open(p) {
  if (p.page) return p;
  p.session = await openDashboard(browser, 'file', { context: p.context });
  p.page = p.session.page;
  await waitReady(p.page);
  return p;
}

async function park(p) {
  if (!p.page) return p;
  await call(p.page, 'whenSaved', () => window.Dashboard.debug.whenSaved());
  p.session.assertClean();
  await p.session.close();
  await p.page.close();
  p.page = p.session = null;
  return p;
}

// Runs `work` with the profile's page open, then parks it again.
async function as(p, work) {
  await open(p);
  try {
    return await work(p.page);
  } finally {
    await park(p);
  }
}

function call(page, what, fn, arg) {
  return inPage(page, what, fn, arg, 120_000);
}

// The file a profile delivers, as bytes outside the browser.
async function deliver(page, code) {
  const made = await call(page, 'exportExchange', (scope) => window.Dashboard.exportExchange({ scope })
    .then((m) => ({ ...m, bytes: Array.from(m.bytes) })), code);
  return { ...made, bytes: Uint8Array.from(made.bytes) };
}

async function receive(page, files) {
  return call(page, 'importExchange', (list) => window.Dashboard.importExchange(
    list.map((f) => ({ name: f.name, bytes: Uint8Array.from(f.bytes) }))),
  files.map((f) => ({ name: f.fileName, bytes: Array.from(f.bytes) })));
}

async function trust(page, keyFile) {
  return call(page, 'trustSenderKey', (text) => window.Dashboard.trustSenderKey(text), keyFile);
}

// The current status of a measure in an area, as the database holds it.
async function currentStatus(page, area, measureCode) {
  const found = await rows(page, `
    SELECT s.status FROM measure_status_current s JOIN measure m ON m.id = s.measure_id
     WHERE s.area_code = ? AND m.code = ?`, [area, measureCode]);
  return found.length ? found[0][0] : 'not_started';
}

// The first measures of the municipal list (near the top of the checklist, no scrolling) that are
// not done in an area.
async function measuresNotDone(page, area, count) {
  const found = await rows(page, `
    SELECT m.code FROM measure m
     WHERE m.list_id = (SELECT min(id) FROM action_list WHERE for_level = 'municipality')
       AND coalesce((SELECT s.status FROM measure_status_current s WHERE s.area_code = ? AND s.measure_id = m.id),
                    'not_started') NOT IN ('done', 'in_progress')
     ORDER BY m.sort_order LIMIT ?`, [area, count]);
  assert.equal(found.length, count, `${area} has ${count} measures not started`);
  return found.map((r) => r[0]);
}

// Sets a status through the checklist's form: select the area, Basisniveau > Voortgang, the
// measure, the status, "door", save.
async function setStatusInUi(page, area, measureCode, status, by) {
  await inPage(page, 'select', (code) => Module.ccall('wb_select', null, ['string'], [code]), area);
  await frames(page, 2);
  await clickAnchor(page, 'workspace-baseline');
  await clickAnchor(page, 'baseline-progress');
  await clickAnchor(page, `progress-measure-${measureCode}`);
  await clickAnchor(page, `progress-status-${status}`);
  await typeInto(page, 'progress-edit-by', by);
  await clickAnchor(page, 'progress-edit-save');
  await frames(page, 3);
  assert.equal(await currentStatus(page, area, measureCode), status, `${area} ${measureCode} saved as ${status}`);
}

// Sets the own organisation's status on a national assignment through the Opdrachten tab's form,
// as a user would.
async function setAssignmentInUi(page, board, number, status) {
  await clickAnchor(page, 'workspace-baseline');
  await clickAnchor(page, 'baseline-assignments');
  await clickAnchor(page, `assignment-${board}-${number}`);
  await clickAnchor(page, `assignment-status-${status}`);
  await clickAnchor(page, 'assignment-save');
  await frames(page, 3);
  assert.deepEqual(await rows(page, 'SELECT status, changed_at IS NOT NULL FROM assignment WHERE board = ? AND number = ?',
    [board, number]), [[status, 1]], `${board} ${number} saved as ${status}`);
}

// An area's assignment status as delivered to this database.
async function deliveredAssignment(page, area, board, number) {
  return rows(page, 'SELECT status, source_code FROM assignment_status WHERE area_code = ? AND board = ? AND number = ?',
    [area, board, number]);
}

// The SQLite part of a signed file, from its header (page size x page count).
function sqliteImageLength(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pageSize = view.getUint16(16) === 1 ? 65536 : view.getUint16(16);
  return pageSize * view.getUint32(28);
}

const statusRows = async (page, area, measureCode) => count(page, `
  SELECT count(*) FROM measure_status s JOIN measure m ON m.id = s.measure_id WHERE s.area_code = ? AND m.code = ?`,
[area, measureCode]);

const count = async (page, sql, params = []) => (await rows(page, sql, params))[0][0];

function countsOf(report, kind) {
  return report.counts[kind] ?? { added: 0, updated: 0, unchanged: 0, history: 0, removed: 0, conflicts: 0 };
}

describe('the reporting chain by exchange files', { timeout: TEST_TIMEOUT_MS }, () => {
  it('municipalities deliver, the region merges, resolves and passes on, the country checks the chain', async () => {
    const a = await profile(MUNICIPALITY_A, "Gemeente 's-Gravenhage, crisisbeheersing");
    const b = await profile(MUNICIPALITY_B, 'Gemeente Westland');
    const region = await profile(REGION, 'Veiligheidsregio Haaglanden');
    const country = await profile('NL01', 'Veiligheidsberaad');
    const snapshot = async (page) => count(page,
      "SELECT count(*) || '/' || coalesce(sum(length(uid)), 0) || '/' || max(id) FROM measure_status");
    try {
      step('Each municipality edits its checklist and delivers.');
      let a1, a2, a3, b1, a3History;
      const fileA1 = await as(a, async (page) => {
        [a1, a2, a3] = await measuresNotDone(page, MUNICIPALITY_A, 3);
        await setStatusInUi(page, MUNICIPALITY_A, a1, 'done', 'Gemeente A');
        await setAssignmentInUi(page, 'VNG', 3, 'done');
        return deliver(page, a.code);
      });
      const fileB1 = await as(b, async (page) => {
        [b1] = await measuresNotDone(page, MUNICIPALITY_B, 1);
        await setStatusInUi(page, MUNICIPALITY_B, b1, 'in_progress', 'Gemeente B');
        return deliver(page, b.code);
      });
      assert.equal(fileA1.seq, 1);
      assert.equal(fileA1.counts.assignment_status, 1, "A's edited assignment travels");
      assert.equal(fileB1.counts.assignment_status, 0, "B's untouched example tracking does not");
      assert.equal(fileA1.trustedComment, `weerbaar-exchange-v1;source=${MUNICIPALITY_A};seq=1;peildatum=${fileA1.peildatum}`);

      step('The file is an SQLite database any tool opens, and minisign checks its signature.');
      const image = fileA1.bytes.subarray(0, sqliteImageLength(fileA1.bytes));
      const trailer = Buffer.from(fileA1.bytes.subarray(image.length)).toString('utf8').split('\n');
      assert.equal(trailer[0], 'untrusted comment: weerbaar exchange signature');
      writeFileSync(path.join(scratch, 'a1.sqlite'), fileA1.bytes);
      writeFileSync(path.join(scratch, 'a1.image'), image);
      writeFileSync(path.join(scratch, 'a1.minisig'), trailer.slice(0, 4).join('\n') + '\n');
      writeFileSync(path.join(scratch, 'a.pub'), a.key.publicKeyFile);
      const verified = execFileSync('minisign', ['-V', '-p', path.join(scratch, 'a.pub'), '-x', path.join(scratch, 'a1.minisig'),
        '-m', path.join(scratch, 'a1.image')]).toString();
      assert.match(verified, new RegExp(`source=${MUNICIPALITY_A};seq=1`));
      const manifest = execFileSync('sqlite3', [path.join(scratch, 'a1.sqlite'),
        "SELECT value FROM manifest WHERE key IN ('sender_code', 'seq') ORDER BY key"]).toString().trim().split('\n');
      assert.deepEqual(manifest, [MUNICIPALITY_A, '1']);

      step("The region trusts both key files, reads both files at once, and sees them delivered.");
      await as(region, async (page) => {
        await trust(page, a.key.publicKeyFile);
        await trust(page, b.key.publicKeyFile);
        const statusesBefore = await count(page, 'SELECT count(*) FROM measure_status');
        const first = await receive(page, [fileA1, fileB1]);
        assert.equal(first.files, 2);
        assert.equal(first.merged, 2, JSON.stringify(first.reports.map((r) => r.message)));
        assert.deepEqual(first.reports.map((r) => r.verdict), ['accepted', 'accepted']);
        const added = first.reports.reduce((n, r) => n + countsOf(r, 'measure_status').added, 0);
        assert.equal(added, 2, 'one new status from each; the shipped example rows are the same rows');
        assert.equal(await count(page, 'SELECT count(*) FROM measure_status'), statusesBefore + added);
        assert.equal(await currentStatus(page, MUNICIPALITY_A, a1), 'done');
        assert.equal(await currentStatus(page, MUNICIPALITY_B, b1), 'in_progress');
        assert.equal(countsOf(first.reports[0], 'assignment_status').added, 1);
        assert.deepEqual(await deliveredAssignment(page, MUNICIPALITY_A, 'VNG', 3), [['done', MUNICIPALITY_A]]);
        assert.deepEqual(await deliveredAssignment(page, MUNICIPALITY_B, 'VNG', 3), []);

        // The overview, checked against the database: who delivered, what the roll-up rests on.
        const status = await call(page, 'deliveryStatus', (sc) => window.Dashboard.deliveryStatus(sc), REGION);
        const members = await rows(page, "SELECT code FROM areas WHERE parent_code = ? AND level = 'municipality'", [REGION]);
        assert.equal(status.expected, members.length);
        assert.equal(status.delivered, 2);
        for (const code of [MUNICIPALITY_A, MUNICIPALITY_B]) {
          const row = status.rows.find((r) => r.code === code);
          assert.equal(row.state, 'received', `${code} is received`);
          assert.equal(row.seq, 1);
          assert.equal(row.fingerprint, code === MUNICIPALITY_A ? a.key.fingerprint : b.key.fingerprint);
        }
        assert.match(status.line, new RegExp(`^2 van ${members.length} gemeenten aangeleverd, peildatum`));
        assert.ok(status.rows.filter((r) => r.code !== MUNICIPALITY_A && r.code !== MUNICIPALITY_B)
          .every((r) => r.state === 'missing'), 'the others are not received');
        const delivered = await rows(page,
          "SELECT source_code, seq FROM exchange_delivery WHERE state = 'accepted' ORDER BY source_code");
        assert.deepEqual(delivered, [[MUNICIPALITY_A, 1], [MUNICIPALITY_B, 1]]);
        const report = await call(page, 'report', (sc) => window.Dashboard.report({ scope: sc }), REGION);
        const basis = /<p class="meta" id="delivery">([^<]*)<\/p>/.exec(report.html)?.[1]?.replaceAll('&#39;', "'");
        const basisParts = new RegExp(`^Gebaseerd op (\\d+) van ${members.length} gemeenten \\(2 aangeleverd, peildatum ` +
          `[^;)]+(?:; (\\d+) hier ingevoerd)?\\)(; ontbreekt: .+)?$`).exec(basis ?? 'no line');
        assert.ok(basisParts, `the board report says which municipalities its figures rest on: ${basis}`);
        const [, based, enteredHere = '0', missing] = basisParts;
        assert.equal(Number(based), 2 + Number(enteredHere), 'delivered plus entered here');
        assert.equal(Boolean(missing), Number(based) < members.length, 'the missing ones are named when there are any');
        // The assignments table says how the municipalities stand on VNG 3, as delivered.
        const vng3 = await call(page, 'parse report', (h) => {
          const d = new DOMParser().parseFromString(h, 'text/html');
          const row = [...d.querySelectorAll('tr')].find((tr) => tr.firstElementChild?.textContent.startsWith('VNG 3.'));
          return row ? row.lastElementChild.textContent : null;
        }, report.html);
        assert.equal(vng3, `gemeenten: 1 gereed, ${members.length - 1} niet aangeleverd`);

        step('The same files again change nothing.');
        const before = await snapshot(page);
        const again = await receive(page, [fileA1, fileB1]);
        assert.deepEqual(again.reports.map((r) => r.verdict), ['duplicate', 'duplicate']);
        for (const r of again.reports) {
          const c = countsOf(r, 'measure_status');
          assert.equal(c.added + c.updated + c.conflicts, 0);
          assert.ok(c.unchanged > 0);
        }
        assert.equal(countsOf(again.reports[0], 'assignment_status').unchanged, 1);
        assert.equal(countsOf(again.reports[0], 'assignment_status').added, 0);
        assert.equal(await snapshot(page), before);
      });

      step('A later file updates; the older one after it changes nothing.');
      const fileA2 = await as(a, async (page) => {
        await setStatusInUi(page, MUNICIPALITY_A, a2, 'done', 'Gemeente A');
        return deliver(page, a.code);
      });
      assert.equal(fileA2.seq, 2);
      await as(region, async (page) => {
        const later = await receive(page, [fileA2]);
        assert.equal(later.reports[0].verdict, 'accepted');
        assert.equal(countsOf(later.reports[0], 'measure_status').added, 1);
        assert.equal(await currentStatus(page, MUNICIPALITY_A, a2), 'done');
        const older = await receive(page, [fileA1]);
        assert.equal(older.reports[0].verdict, 'duplicate');

        step('Bytes changed after signing: refused, nothing of it reaches the database.');
        const altered = Uint8Array.from(fileA2.bytes);
        const at = Buffer.from(altered).indexOf('"done"');
        assert.ok(at > 0 && at < sqliteImageLength(altered), 'the image holds a status to alter');
        altered.set(Buffer.from('"dune"'), at);
        const beforeAltered = await snapshot(page);
        const refused = await receive(page, [{ fileName: 'altered.sqlite', bytes: altered }]);
        assert.equal(refused.refused, 1);
        assert.equal(refused.reports[0].verdict, 'refused');
        assert.equal(refused.reports[0].reason, 'signature');
        assert.match(refused.reports[0].message, /handtekening klopt niet/);
        assert.equal(await snapshot(page), beforeAltered);

        step('A conflict: the region records a status for A itself.');
        a3History = await statusRows(page, MUNICIPALITY_A, a3);
        await setStatusInUi(page, MUNICIPALITY_A, a3, 'done', 'Regio');
      });
      const fileA3 = await as(a, async (page) => {
        await setStatusInUi(page, MUNICIPALITY_A, a3, 'in_progress', 'Gemeente A');
        return deliver(page, a.code);
      });
      await as(region, async (page) => {
        const withConflict = await receive(page, [fileA3]);
        assert.equal(countsOf(withConflict.reports[0], 'measure_status').conflicts, 1);
        const conflicts = await call(page, 'conflicts', () => window.Dashboard.conflicts());
        assert.equal(conflicts.length, 1);
        assert.equal(conflicts[0].area, MUNICIPALITY_A);
        assert.match(conflicts[0].local, /"done"/);
        assert.match(conflicts[0].received, /"in_progress"/);
        await call(page, 'resolveConflict', (id) => window.Dashboard.resolveConflict(id, 'local'), conflicts[0].id);
        assert.equal(await currentStatus(page, MUNICIPALITY_A, a3), 'done');
        assert.equal((await call(page, 'conflicts', () => window.Dashboard.conflicts())).length, 0);
        assert.equal(await statusRows(page, MUNICIPALITY_A, a3), a3History + 2, 'both versions stay in the history');
      });

      step('Upward: the region passes its file on; the country checks the chain.');
      const fileR = await as(region, (page) => deliver(page, region.code));
      await as(country, async (page) => {
        // A file whose key nobody here trusts or vouched for waits, merging nothing.
        const held = await receive(page, [fileB1]);
        assert.equal(held.reports[0].verdict, 'held');
        assert.equal(held.reports[0].reason, 'unknown_key');
        assert.equal(held.reports[0].fingerprint, b.key.fingerprint);
        assert.equal(await currentStatus(page, MUNICIPALITY_B, b1), 'not_started');
        await call(page, 'decideHeld', (id) => window.Dashboard.decideHeld(id, false), held.reports[0].held_id);

        await trust(page, region.key.publicKeyFile);
        const national = await receive(page, [fileR]);
        const bySource = Object.fromEntries(national.reports.map((r) => [r.source, r]));
        assert.equal(bySource[REGION].verdict, 'accepted');
        assert.equal(bySource[MUNICIPALITY_A].verdict, 'accepted');
        assert.equal(bySource[MUNICIPALITY_A].via, REGION);
        assert.equal(bySource[MUNICIPALITY_A].seq, 3);
        assert.equal(bySource[MUNICIPALITY_B].verdict, 'accepted');
        assert.equal(await currentStatus(page, MUNICIPALITY_A, a2), 'done');
        assert.equal(await currentStatus(page, MUNICIPALITY_B, b1), 'in_progress');
        assert.deepEqual(await deliveredAssignment(page, MUNICIPALITY_A, 'VNG', 3), [['done', MUNICIPALITY_A]],
          "A's assignment status reached the country inside the region's file");
        const nl = await call(page, 'deliveryStatus', () => window.Dashboard.deliveryStatus('NL01'));
        assert.equal(nl.expected, 342);
        assert.equal(nl.delivered, 2);
        assert.equal(nl.rows.find((r) => r.code === REGION).state, 'received');
        assert.equal(nl.rows.find((r) => r.code === MUNICIPALITY_A).via, REGION);
        assert.equal(await count(page, 'SELECT count(*) FROM exchange_sender WHERE via_code = ?', [REGION]), 2);

        step("A byte changed inside the region's file: its signature fails, nothing is taken.");
        const countryBefore = await snapshot(page);
        const forged = Uint8Array.from(fileR.bytes);
        const inner = Buffer.from(forged).indexOf('"in_progress"');
        assert.ok(inner > 0);
        forged.set(Buffer.from('"inprogress_"'), inner);
        const forgedResult = await receive(page, [{ fileName: 'forged.sqlite', bytes: forged }]);
        assert.equal(forgedResult.reports.length, 1);
        assert.equal(forgedResult.reports[0].verdict, 'refused');
        assert.equal(await snapshot(page), countryBefore);
      });
    } finally {
      for (const p of [a, b, region, country]) await p?.context.close();
    }
  });
});
