// Import messages in the interface language: a malformed file dropped on the page is refused with
// a notice in Dutch when the interface is Dutch (place and problem translated, file text as it is),
// in English when it is English; Dashboard.importFile's message stays English for scripts.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { frames, inPage } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 120_000;
const FAILED_NL = 'Import mislukt, er is niets gewijzigd';
const FAILED_EN = 'Import failed, nothing was changed';

const malformed = (name) => readFileSync(join(REPO_ROOT, 'tests', 'malformed', name));

function dropFile(page, name, bytes) {
  return inPage(page, `dropping ${name}`, ([n, b64]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], n));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, Buffer.from(bytes).toString('base64')]);
}

function importFile(page, name, bytes) {
  return inPage(page, `Dashboard.importFile(${name})`, ([n, b64]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    return window.Dashboard.importFile(n, data);
  }, [name, Buffer.from(bytes).toString('base64')]);
}

const notice = (page) => inPage(page, 'notice', () => window.Dashboard.debug.notice());
const setLanguage = (page, lang) => inPage(page, `setLanguage(${lang})`, (l) => window.Dashboard.debug.setLanguage(l), lang);

// Waits until the notice is about `name` (a drop is queued and imported over the next frames).
async function noticeAbout(page, name) {
  for (let i = 0; i < 300; i++) {
    const shown = await notice(page);
    if (shown?.text?.includes(`: ${name}`)) return shown;
    await frames(page, 1);
  }
  throw new Error(`no notice about ${name}`);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('import messages in the interface language', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  });
  after(async () => { await session?.close(); });

  it('a malformed file dropped on the Dutch interface is refused in Dutch', async () => {
    const { page } = session;
    await setLanguage(page, 'nl');
    await dropFile(page, 'unclosed_ring.geojson', malformed('unclosed_ring.geojson'));
    const shown = await noticeAbout(page, 'unclosed_ring.geojson');
    assert.equal(shown.error, true);
    assert.equal(shown.text, `${FAILED_NL}: unclosed_ring.geojson, object 1 (VR13): polygoon 2, ring 1: de ring is niet `
      + 'gesloten: de laatste positie (4,8; 52,25) wijkt af van de eerste (4,8; 52,2)');

    await dropFile(page, 'gpkg_web_mercator.gpkg', malformed('gpkg_web_mercator.gpkg'));
    const gpkg = await noticeAbout(page, 'gpkg_web_mercator.gpkg');
    assert.equal(gpkg.text, `${FAILED_NL}: gpkg_web_mercator.gpkg, laag "areas": het coördinatenstelsel "EPSG:3857" `
      + '("WGS 84 / Pseudo-Mercator") wordt niet ondersteund: gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992)');
    session.assertClean();
  });

  it('scripts keep the English message while the notice is Dutch', async () => {
    const { page } = session;
    await setLanguage(page, 'nl');
    const result = await importFile(page, 'unclosed_quote.csv', malformed('unclosed_quote.csv'));
    assert.equal(result.ok, false);
    assert.equal(result.message, 'unclosed_quote.csv, line 3: a quoted field is never closed');
    const shown = await noticeAbout(page, 'unclosed_quote.csv');
    assert.equal(shown.text, `${FAILED_NL}: unclosed_quote.csv, regel 3: een veld tussen aanhalingstekens wordt nergens gesloten`);
    session.assertClean();
  });

  it('the English interface shows the English message', async () => {
    const { page } = session;
    await setLanguage(page, 'en');
    await dropFile(page, 'truncated.geojson', malformed('truncated.geojson'));
    const shown = await noticeAbout(page, 'truncated.geojson');
    assert.equal(shown.text,
      `${FAILED_EN}: truncated.geojson, byte 213: the file ends before the JSON is complete (truncated?)`);
    await setLanguage(page, 'nl');
    session.assertClean();
  });
});
