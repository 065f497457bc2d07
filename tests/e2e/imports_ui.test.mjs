// Imports the way a user does them: a dropped CSV whose columns are not recognised opens the
// mapping dialog, which is driven with the mouse and keyboard on the canvas (widget positions from
// Dashboard.debug.anchor); big files import in slices behind a progress bar that can cancel.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { clickAnchor, frames, inPage, selectAll, waitForAnchor } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 120_000;
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

function dropFile(page, name, text) {
  return inPage(page, `dropping ${name}`, ([n, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], n, { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, text]);
}

const imports = (page) => inPage(page, 'Dashboard.debug.imports()', () => window.Dashboard.debug.imports());
const rows = async (page, sql) => (await inPage(page, sql, (s) => window.Dashboard.query(s), sql)).rows;
async function exportSha(page) {
  const b64 = await inPage(page, 'Dashboard.exportDatabase()', async () => {
    const bytes = await window.Dashboard.exportDatabase();
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return sha(Buffer.from(b64, 'base64'));
}

async function waitUntilIdle(page) {
  for (let i = 0; i < 600; i++) {
    if (!(await imports(page)).busy) return;
    await frames(page, 1);
  }
  throw new Error('the import never finished');
}

// Columns the importer cannot guess: "plaats" holds codes, "meting" a value with a decimal comma.
const UNRECOGNISED = 'plaats;meting;opmerking\nGM0014;12,5;a\nGM0034;7;b\nGM0037;3,25;c\n';

// A long table: every municipality for many years (about 100,000 values).
const LONG_EXTRA_COLUMNS = 7;

// 300 years x 342 municipalities x (1 + `extraColumns`) indicators: with 7 extra columns 820,800
// values, long enough for many frames on a quick machine too.
async function longCsv(page, extraColumns = LONG_EXTRA_COLUMNS) {
  const codes = (await rows(page, "SELECT code FROM areas WHERE level = 'municipality' ORDER BY code")).map((r) => r[0]);
  const extra = Array.from({ length: extraColumns }, (_, i) => `extra_${i + 1}`);
  const lines = [`gemeentecode,jaar,score,${extra.join(',')}`];
  for (let year = 1801; year <= 2100; year++) {
    for (const code of codes) lines.push(`${code},${year},${year % 13}${extra.map((_, i) => `,${(year + i) % 7}`).join('')}`);
  }
  return lines.join('\n') + '\n';
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('imports in the interface', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  });
  after(async () => { await session?.close(); });

  it('a dropped CSV with unknown columns is imported after the user maps them', async () => {
    const { page } = session;
    await dropFile(page, 'metingen.csv', UNRECOGNISED);
    await waitForAnchor(page, 'mapping.import');
    const state = await imports(page);
    assert.equal(state.mapping.file, 'metingen.csv');
    assert.deepEqual(state.mapping.headers, ['plaats', 'meting', 'opmerking']);

    await clickAnchor(page, 'mapping.role.0');        // open the combo of "plaats" ...
    await clickAnchor(page, 'mapping.role.0.1');      // ... and choose "area code"
    await clickAnchor(page, 'mapping.role.1');
    await clickAnchor(page, 'mapping.role.1.6');      // "meting": an indicator's values
    await clickAnchor(page, 'mapping.decimal.comma');
    await clickAnchor(page, 'mapping.period');        // the year: there is no period column
    await selectAll(page);
    await page.keyboard.type('2025');
    await page.keyboard.press('Enter');
    await frames(page);
    const mapped = await imports(page);
    assert.deepEqual(mapped.mapping.roles, [1, 6, 0]);
    assert.equal(mapped.mapping.period, 2025);

    await clickAnchor(page, 'mapping.import');
    await waitUntilIdle(page);
    assert.deepEqual(
      await rows(page, "SELECT area_code, value FROM indicator_value WHERE indicator_id = 'meting' AND period = 2025 ORDER BY area_code"),
      [['GM0014', 12.5], ['GM0034', 7], ['GM0037', 3.25]],
    );
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /metingen\.csv: 3 waarden van 1 indicator\(en\) voor 3 gebieden geïmporteerd/);
    session.assertClean();
  });

  it('a dropped CSV that gives values twice opens the dialog, shows how it reads, and the last value wins', async () => {
    const { page } = session;
    await dropFile(page, 'tweemaal.csv', 'gemeentecode;jaar;tweemaal\nGM0014;2024;1.500\nGM0034;2024;2,5\nGM0014;2024;243.765,0\n');
    await waitForAnchor(page, 'mapping.last_value_wins');
    const state = await imports(page);
    assert.equal(state.mapping.file, 'tweemaal.csv');
    assert.equal(state.mapping.lastValueWins, false);
    // Read in Dutch: 1500, 2.5 and 243765 (thousands separators, decimal comma).
    assert.deepEqual(state.mapping.readAs, ['', '', '1.500 · 2,5 · 243.765']);
    assert.ok(await inPage(page, 'anchor', () => window.Dashboard.debug.anchor('mapping.read_as.2')), 'the reading is on screen');
    assert.deepEqual(await rows(page, "SELECT count(*) FROM indicator WHERE id = 'tweemaal'"), [[0]],
      'the refused attempt was rolled back: nothing is stored while the dialog is open');

    await clickAnchor(page, 'mapping.last_value_wins');
    await frames(page);
    assert.equal((await imports(page)).mapping.lastValueWins, true);
    await clickAnchor(page, 'mapping.import');
    await waitUntilIdle(page);
    assert.deepEqual(
      await rows(page, "SELECT area_code, value FROM indicator_value WHERE indicator_id = 'tweemaal' ORDER BY area_code"),
      [['GM0014', 243765], ['GM0034', 2.5]],
    );
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.match(notice.text, /tweemaal\.csv: 2 waarden van 1 indicator\(en\) voor 2 gebieden geïmporteerd: 2 nieuw, 0 vervangen; 1 eerdere waarden/);
    session.assertClean();
  });

  it('cancelling the mapping changes nothing', async () => {
    const { page } = session;
    const before = await exportSha(page);
    await dropFile(page, 'nog-eens.csv', UNRECOGNISED.replace('meting', 'andere_meting'));
    await clickAnchor(page, 'mapping.cancel');
    await waitUntilIdle(page);
    assert.equal(await exportSha(page), before);
    const notice = await inPage(page, 'notice', () => window.Dashboard.debug.notice());
    assert.equal(notice.error, true);
    session.assertClean();
  });

  it('a long import runs over many frames with a progress bar, and can be cancelled', async () => {
    const { page } = session;
    const csv = await longCsv(page);
    const before = await exportSha(page);

    // While the import runs, watch every animation frame: the page keeps drawing, the progress
    // bar is on screen and its value only grows.
    const watched = await inPage(page, 'a watched import', async (text) => {
      let frames = 0;
      let done = false;
      const progress = [];
      let cancelButton = null;
      const tick = async () => {
        if (done) return;
        frames++;
        const state = await window.Dashboard.debug.imports();
        if (state.running) progress.push(state.progress);
        cancelButton = cancelButton || await window.Dashboard.debug.anchor('import.cancel');
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const result = await window.Dashboard.importFile('lang.csv', new TextEncoder().encode(text));
      done = true;
      return { result, frames, progress, cancelButton };
    }, csv);
    assert.equal(watched.result.ok, true, watched.result.message);
    assert.equal(watched.result.rows, 300 * 342 * (1 + LONG_EXTRA_COLUMNS));
    assert.ok(watched.frames >= 5, `only ${watched.frames} frames were drawn during the import`);
    assert.ok(watched.progress.length >= 3, `progress seen ${watched.progress.length} times`);
    assert.deepEqual([...watched.progress].sort((a, b) => a - b), watched.progress);
    assert.ok(watched.progress.some((p) => p > 0 && p < 1), `progress ${watched.progress}`);
    assert.ok(watched.cancelButton, 'the progress dialog with its cancel button was drawn');
    assert.equal((await rows(page, "SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"))[0][0], 300 * 342);

    // The same again under another name, cancelled half-way with the dialog's button: the mouse
    // already waits where the button will appear.
    const afterFirst = await exportSha(page);
    assert.notEqual(afterFirst, before);
    const b = watched.cancelButton;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    // Three times as many values: still running when the click has come through a few frames on
    // a busy machine.
    const longer = await longCsv(page, 3 * (1 + LONG_EXTRA_COLUMNS) - 1);
    const pending = inPage(page, 'importFile', (text) =>
      window.Dashboard.importFile('nog-langer.csv', new TextEncoder().encode(text.replaceAll('score', 'tweede'))), longer);
    await waitForAnchor(page, 'import.cancel');
    await page.mouse.down();
    await page.mouse.up();
    const cancelled = await pending;
    assert.equal(cancelled.ok, false, cancelled.message);
    assert.match(cancelled.message, /^nog-langer\.csv: (geannuleerd|cancelled)/);
    assert.equal(await exportSha(page), afterFirst);
    session.assertClean();
  });
});
