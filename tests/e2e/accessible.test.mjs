// The accessible view: reached by keyboard from the dashboard (F6, then Enter), walked with Tab,
// its numbers equal to Dashboard.query for the same selection, names from an imported file shown
// as text (never as markup), and back to the dashboard.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, launchBrowser, openDashboard, waitReady, withTimeout } from './browser.mjs';
import { frames } from './canvas_ui.mjs';

// axe-core, the automated accessibility checker, put into the page as an inline script (the page
// allows no requests, and needs none for this).
const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const TEST_TIMEOUT_MS = 90_000;

function inPage(page, what, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), 30_000, `${what} did not settle`);
}

const active = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { id: e?.id ?? '', tag: e?.tagName ?? '', select: e?.dataset?.select, text: e?.textContent ?? '' };
});

// Dutch number formatting as the dashboard does it (thousands '.', decimal ',').
const dutch = (value, decimals) => new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('the accessible view', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  });
  after(async () => { await session?.close(); });

  it('is reached from the dashboard with the keyboard alone and walked with Tab', async () => {
    const { page } = session;
    assert.equal((await active(page)).id, 'canvas', 'the dashboard has the keyboard at start');
    await page.keyboard.press('F6');
    await frames(page, 2);  // the dashboard reads its keys once a frame
    assert.equal((await active(page)).id, 'a11y-open', 'F6 leads out of the canvas to the button');
    await page.keyboard.press('Enter');
    const opened = await active(page);
    assert.equal(opened.id, 'a11y-title');
    assert.equal(await page.evaluate(() => document.getElementById('canvas').hidden), true);
    // Tab through the contents links to the first area button of the map table.
    let focused;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      focused = await active(page);
      if (focused.select === 'GM0014') break;
    }
    assert.equal(focused.select, 'GM0014', 'Tab reaches the area buttons');
    await page.keyboard.press('Enter');
    assert.equal(await inPage(page, 'selection', () => window.Dashboard.debug.selection()), 'GM0014');
    assert.equal((await active(page)).select, 'GM0014', 'the keyboard stays on the pressed button');
    const heading = await page.textContent('#a11y-selection + p');
    assert.equal(heading, 'Geselecteerd: Groningen (GM0014), gemeente.');
    session.assertClean();
  });

  it('shows the same numbers as Dashboard.query for the selection', async () => {
    const { page } = session;
    await page.evaluate(() => document.querySelector('button[data-select="GM0014"]').click());
    // Select safety region Groningen through the dashboard and regenerate the view.
    await inPage(page, 'select', () => { window.Module.ccall('wb_select', null, ['string'], ['VR01']); });
    await page.evaluate(() => window.Module.weerbaarAccessible.open());
    const rows = await page.$$eval('#a11y-map ~ table tbody tr', (trs) => trs.map((tr) => [
      tr.querySelector('button').dataset.select, tr.querySelectorAll('td')[1].textContent]));
    const { rows: expected } = await inPage(page, 'query', () => window.Dashboard.query(
      "SELECT a.code, v.value FROM areas a JOIN indicator_value v ON v.area_code = a.code " +
      "WHERE a.parent_code = 'VR01' AND a.level = 'municipality' AND v.indicator_id = 'population_density' " +
      'ORDER BY a.code'));
    assert.equal(rows.length, 10);
    assert.deepEqual(rows, expected.map(([code, value]) => [code, dutch(value, value >= 100 ? 0 : 1)]));
    session.assertClean();
  });

  it('passes the automated WCAG 2.1 A/AA checks of axe-core without serious violations', async () => {
    const { page } = session;
    await page.evaluate(() => window.Module.weerbaarAccessible.open());
    await page.addScriptTag({ content: AXE });
    const violations = await inPage(page, 'axe.run', async () => {
      const result = await window.axe.run(document.getElementById('accessible-view'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], JSON.stringify(violations, null, 1));
    // The whole page too (the button before the canvas, the language, the title).
    const pageViolations = await inPage(page, 'axe.run (page)', async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
    });
    assert.deepEqual(pageViolations, []);
    session.assertClean();
  });

  it('shows a hostile name from an imported file as text', async () => {
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
    const hostile = '<img src=x onerror=alert(1)>';
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature',
      properties: { statcode: 'WK001400', statnaam: hostile },
      geometry: { type: 'Polygon', coordinates: [[[6.55, 53.2], [6.6, 53.2], [6.6, 53.25], [6.55, 53.2]]] } }] });
    const result = await inPage(page, 'import', (text) =>
      window.Dashboard.importFile('wijk.geojson', new TextEncoder().encode(text)), geojson);
    assert.equal(result.ok, true, result.message);
    await inPage(page, 'select', () => { window.Module.ccall('wb_select', null, ['string'], ['WK001400']); });
    await page.evaluate(() => window.Module.weerbaarAccessible.open());
    const view = await page.$eval('#accessible-view', (main) => ({ images: main.querySelectorAll('img').length,
      text: main.textContent }));
    assert.equal(view.images, 0);
    assert.ok(view.text.includes(`Geselecteerd: ${hostile} (WK001400), wijk.`), view.text.slice(0, 400));
    assert.equal(dialogs, 0);
    session.assertClean();
  });

  it('leads back to the dashboard', async () => {
    const { page } = session;
    await page.focus('#accessible-view button[data-action=close]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.getElementById('accessible-view').hidden), true);
    assert.equal((await active(page)).id, 'canvas');
    session.assertClean();
  });
});
