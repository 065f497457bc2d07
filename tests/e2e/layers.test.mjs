// Point layers, coverage rings and the density heat map, used as a user would: the layers panel at
// the map's top right opened and its checkboxes and sliders clicked through their anchors; the
// map's pixels must change, the tooltip under the mouse must name what is there, and the heat map
// benchmark (Dashboard.benchHeatmap) must re-render 100,000 points after bandwidth changes.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { VIEWPORT, launchBrowser, openDashboard, waitReady } from './browser.mjs';
import { frames, inPage } from './canvas_ui.mjs';
import { mapRect, saveScreenshot } from './map_probe.mjs';

const TEST_TIMEOUT_MS = 180_000;

const layers = (page) => inPage(page, 'Dashboard.debug.layers()', () => window.Dashboard.debug.layers());
const anchor = async (page, name) => {
  const rect = await inPage(page, `anchor ${name}`, (n) => window.Dashboard.debug.anchor(n), name);
  assert.ok(rect, `no widget anchored as ${name} in the last frame`);
  return rect;
};

// Presses and releases over a widget, a few frames apart (a real click, as ImGui sees one).
// `at` is where along its width (0..1), for sliders.
async function click(page, name, at = 0.5) {
  const r = await anchor(page, name);
  await page.mouse.move(r.x + r.width * at, r.y + r.height / 2, { steps: 2 });
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
}

async function mapPixels(page, name) {
  const rect = await mapRect(page);
  const png = await page.screenshot();
  saveScreenshot(name, png);
  return { image: PNG.sync.read(png), rect };
}

// The share of the map's pixels (left of the layers panel) that differ clearly between two screenshots.
function changedShare(a, b, rect, panelLeft) {
  let changed = 0;
  let total = 0;
  for (let y = Math.ceil(rect.y); y < Math.floor(rect.y + rect.height); y++) {
    for (let x = Math.ceil(rect.x); x < Math.min(panelLeft, Math.floor(rect.x + rect.width)); x++) {
      const i = (y * a.image.width + x) * 4;
      const d = Math.abs(a.image.data[i] - b.image.data[i]) + Math.abs(a.image.data[i + 1] - b.image.data[i + 1])
        + Math.abs(a.image.data[i + 2] - b.image.data[i + 2]);
      if (d > 24) changed++;
      total++;
    }
  }
  return changed / total;
}

async function pollHover(page, layer) {
  const deadline = Date.now() + 5000;
  let last;
  do {
    last = await layers(page);
    if (last.hover?.layer === layer) return last.hover;
    await frames(page, 1);
  } while (Date.now() < deadline);
  assert.fail(`no ${layer} symbol under the mouse; last: ${JSON.stringify(last?.hover)}`);
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('point layers and the heat map', { timeout: TEST_TIMEOUT_MS }, () => {
  let session;
  before(async () => {
    session = await openDashboard(browser, 'file');
    await waitReady(session.page);
    await frames(session.page, 3);
  });
  after(async () => { await session?.close(); });

  it('turns the point layers on in the layers panel and draws them with clusters', async () => {
    const { page } = session;
    const before = await mapPixels(page, 'layers-off.png');
    const initial = await layers(page);
    assert.deepEqual(initial.visible, { vulnerable: false, resilience: false, fire: false });
    await click(page, 'layers.header');
    for (const name of ['vulnerable', 'resilience', 'fire']) await click(page, `layers.${name}`);
    const shown = await layers(page);
    assert.deepEqual(shown.visible, { vulnerable: true, resilience: true, fire: true });
    for (const name of ['vulnerable', 'resilience', 'fire']) {
      assert.ok(shown.clusters[name] > 20, `${name}: only ${shown.clusters[name]} symbols`);
    }
    await page.mouse.move(5, VIEWPORT.height - 5);  // away from the map: no tooltip in the picture
    await frames(page, 3);
    const afterOn = await mapPixels(page, 'layers-on.png');
    const panel = await anchor(page, 'layers.header');
    const share = changedShare(before, afterOn, afterOn.rect, panel.x - 4);
    assert.ok(share > 0.01, `turning the layers on changed only ${(share * 100).toFixed(2)}% of the map`);
    session.assertClean();
  });

  it('names the symbol under the mouse in its tooltip', async () => {
    const { page } = session;
    const at = await inPage(page, 'layerSymbol', () => window.Dashboard.debug.layerSymbol('resilience'));
    assert.ok(at, 'no resilience point in view');
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const hover = await pollHover(page, 'resilience');
    assert.ok(hover.lines.length >= 2, JSON.stringify(hover));
    if (hover.count === 1) {
      assert.ok(hover.lines.some((l) => l.startsWith('Status: ')), JSON.stringify(hover.lines));
      assert.ok(hover.lines.includes('Lokaal noodsteunpunt'), JSON.stringify(hover.lines));
    } else {
      assert.equal(hover.lines[0], `${hover.count} punten`);
    }
    console.log(`  tooltip: ${hover.lines.join(' | ')}`);
    session.assertClean();
  });

  it('draws coverage rings of the chosen radius', async () => {
    const { page } = session;
    await page.mouse.move(5, VIEWPORT.height - 5);
    await click(page, 'layers.coverage');
    const state = await layers(page);
    assert.equal(state.coverage.on, true);
    await click(page, 'layers.coverage.radius', 0.9);
    const wider = await layers(page);
    assert.ok(wider.coverage.radius_km > state.coverage.radius_km,
      `radius ${state.coverage.radius_km} -> ${wider.coverage.radius_km} km`);
    session.assertClean();
  });

  it('shows the density heat map and follows the bandwidth slider', async () => {
    const { page } = session;
    // Only the heat map this time: points off, so the change is the heat map's.
    for (const name of ['vulnerable', 'resilience', 'fire']) await click(page, `layers.${name}`);
    await page.mouse.move(5, VIEWPORT.height - 5);
    await frames(page, 3);
    const before = await mapPixels(page, 'heat-off.png');
    await click(page, 'layers.heat');
    const on = await layers(page);
    assert.equal(on.heat.on, true);
    await page.mouse.move(5, VIEWPORT.height - 5);
    await frames(page, 3);
    const heat = await mapPixels(page, 'heat-on.png');
    const panel = await anchor(page, 'layers.header');
    const share = changedShare(before, heat, heat.rect, panel.x - 4);
    assert.ok(share > 0.02, `the heat map changed only ${(share * 100).toFixed(2)}% of the map`);

    await click(page, 'layers.heat.bandwidth', 0.25);
    const narrower = await layers(page);
    assert.ok(narrower.heat.bandwidth_km < on.heat.bandwidth_km,
      `bandwidth ${on.heat.bandwidth_km} -> ${narrower.heat.bandwidth_km} km`);
    await page.mouse.move(5, VIEWPORT.height - 5);
    await frames(page, 3);
    const sharper = await mapPixels(page, 'heat-narrow.png');
    const differs = changedShare(heat, sharper, sharper.rect, panel.x - 4);
    assert.ok(differs > 0.01, `a narrower bandwidth changed only ${(differs * 100).toFixed(2)}% of the map`);
    session.assertClean();
  });

  it('re-renders 100,000 heat map points after each bandwidth change (benchHeatmap)', async () => {
    const { page } = session;
    const r = await inPage(page, 'benchHeatmap', () => window.Dashboard.benchHeatmap(100000, {
      frames: 10, bandwidths_km: [2, 3, 4, 6, 8, 1.5, 5],
    }), undefined, 120_000);
    assert.equal(r.points, 100000);
    assert.equal(r.rerender_ms.length, 10);
    assert.ok(r.rerender_ms.every((v) => Number.isFinite(v) && v >= 0), JSON.stringify(r.rerender_ms));
    assert.ok(Number.isFinite(r.first_frame_ms) && r.first_frame_ms > 0);
    assert.equal(r.splats, 1, 'a bandwidth change keeps the splatted points');
    assert.equal(r.blurs, 11, 'every bandwidth change applies the kernel again');
    assert.equal(r.half_float, true, 'SwiftShader offers EXT_color_buffer_float: the half-float target is used');
    console.log(`  benchHeatmap(100000): first frame ${r.first_frame_ms.toFixed(1)} ms, median re-render `
      + `${r.median_rerender_ms.toFixed(1)} ms, re-renders [${r.rerender_ms.map((v) => v.toFixed(1)).join(', ')}] ms`);
    session.assertClean();
  });
});
