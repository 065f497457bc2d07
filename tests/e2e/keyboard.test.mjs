// The ImGui interface driven by the keyboard alone: from the canvas into the side panel
// (Ctrl+Tab), through the safety regions and their municipalities (arrows, Space), the workspace
// tabs, and the map's controls. Where the navigation cursor is comes from the test anchors
// (Dashboard.debug.focusedAnchor); what a key did is checked on the dashboard's state.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { frames, inPage } from './canvas_ui.mjs';

const TEST_TIMEOUT_MS = 120_000;

const focused = (page) => inPage(page, 'focusedAnchor', () => window.Dashboard.debug.focusedAnchor());
const selection = (page) => inPage(page, 'selection', () => window.Dashboard.debug.selection());
const view = (page) => inPage(page, 'view', () => window.Dashboard.debug.view());

async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page, 3);
}

// Presses `key` until the focused widget's anchor satisfies `wanted` (at most `limit` presses);
// returns the anchors passed on the way, for the failure message.
async function pressUntil(page, key, wanted, limit = 40) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    const anchor = await focused(page);
    seen.push(anchor);
    if (wanted(anchor)) return anchor;
    await press(page, key);
  }
  assert.fail(`pressing ${key} never reached the wanted widget; passed: ${seen.join(', ')}`);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('the dashboard by keyboard alone', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
  });
  after(async () => { await session?.close(); });

  it('selects a safety region and a municipality in the side panel', async () => {
    const { page } = session;
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'canvas');
    // Ctrl+Tab moves between ImGui windows; the side panel's first widgets are the workspace tabs.
    await pressUntil(page, 'Control+Tab', (a) => a.startsWith('workspace-') || a.startsWith('region') || a.startsWith('area.'), 6);
    await pressUntil(page, 'ArrowDown', (a) => a === 'region.VR01');
    await press(page, 'Space');
    assert.equal(await selection(page), 'VR01', 'Space on a region selects it');
    await press(page, 'ArrowRight');  // opens the region's municipalities
    const municipality = await pressUntil(page, 'ArrowDown', (a) => a.startsWith('area.GM'));
    await press(page, 'Space');
    assert.equal(await selection(page), municipality.slice('area.'.length), 'Space on a municipality selects it');
  });

  it('opens the workspaces from their tabs', async () => {
    const { page } = session;
    await pressUntil(page, 'ArrowUp', (a) => a.startsWith('workspace-'), 60);
    await pressUntil(page, 'ArrowRight', (a) => a === 'workspace-care', 4);
    await press(page, 'Space');
    await frames(page, 3);
    const rect = await inPage(page, 'anchor', () => window.Dashboard.debug.anchor('workspace-care'));
    assert.ok(rect, 'the care tab is drawn');
    await pressUntil(page, 'ArrowLeft', (a) => a === 'workspace-areas', 4);
    await press(page, 'Space');
    assert.ok(await inPage(page, 'anchor', () => window.Dashboard.debug.anchor('regions.filter')), 'back on the area list');
  });

  it('changes what the map shows with its controls', async () => {
    const { page } = session;
    const before = await view(page);
    await pressUntil(page, 'Control+Tab', (a) => a.startsWith('map.'), 6);
    await pressUntil(page, 'ArrowRight', (a) => a === 'map.level', 10);
    await press(page, 'Space');  // opens the list of levels
    await press(page, 'ArrowDown');
    await press(page, 'Space');
    await frames(page, 4);
    const after = await view(page);
    assert.notEqual(after.level, before.level, 'the map shows another level');
  });
});
