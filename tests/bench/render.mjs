// Render benchmark (DESIGN.md section 5, Dashboard.benchRender): Weerbaar against Leaflet (canvas
// renderer), deck.gl and MapLibre GL drawing the same GeoJSON choropleth in ONE headless chromium
// (WebGL2 on SwiftShader), plus a heat map step (deck.gl HeatmapLayer, MapLibre heatmap layer,
// Weerbaar's Dashboard.benchHeatmap when the build has it).
//
//   node tests/bench/render.mjs [--features 15000] [--frames 60] [--only leaflet,deckgl,maplibre,weerbaar]
//                               [--runs 3] [--points 100000] [--heat-frames 20] [--pan 4] [--seed N] [--no-heat] [--no-render]
//
// Input: tests/bench/make_polygons.mjs (seeded, synthetic neighbourhood-like tiling of the
// Netherlands' bounding box; points for the heat map), made in memory, never written to the repo.
// What is timed, for every renderer, in a 1280x800 map:
//   first frame: from handing over the GeoJSON bytes (JSON.parse included; Weerbaar gets the raw
//     bytes) to the first complete frame: fill only, 9 equal-interval classes on "value", no
//     outlines, view fitted to the data;
//   pan frames: `frames` times a pan by `pan` pixels, each timed from the view change to the pixels
//     being done.
// "Done" always ends with a real barrier: readPixels of one pixel on the library's WebGL canvas,
// or getImageData of one pixel on Leaflet's 2D canvas (gl.finish() does not wait in Chromium).
// How each library is driven (render_pages/*.js):
//   Leaflet: map.panBy(..., {animate:false}) fires moveend, on which the canvas renderer redraws
//     every path synchronously; when it has instead scheduled a redraw (layers just added) the
//     harness waits for that animation frame, then reads the pixel.
//   deck.gl: deck.setProps({viewState}) then deck.redraw(reason): a forced, synchronous draw of
//     all layers; if deck still reports pending work (layer not loaded, needsRedraw) the harness
//     lets a frame pass and draws again, so a frame only counts once it is complete.
//   MapLibre: map.jumpTo (or setPaintProperty) then map.redraw() (synchronous _render), repeated
//     (at most 3 times, all counted) while map.loaded() says style work is still pending. If the
//     view needs tiles the worker has not made yet, the frame counts as done only at the next
//     'idle' event (all tiles loaded and drawn), so a frame with holes never counts as finished.
//     The style has transition duration 0, so paint changes are not animated.
//   Heat map: deck.gl gets a new HeatmapLayer with another radiusPixels (deck treats the radius
//     as a data change and rebuilds its weight transform); MapLibre gets setPaintProperty of
//     heatmap-radius. Radii cycle through BenchCommon.HEAT_RADII (pixels). Weerbaar's side is
//     Dashboard.benchHeatmap(pointGeojsonBytes, {frames}) -> {points, first_frame_ms,
//     median_frame_ms, frame_ms}, each frame a change of bandwidth, when the build has it.
// Between timed frames every page yields one animation frame (not timed), as a real pan would.
// Each renderer runs `runs` times, each in a fresh page; the table shows the median over runs of
// each figure (first frame, median frame, p95 frame).
// No network: the comparison pages are served from a made-up origin that playwright answers from
// tests/bench/render_pages and a fixed list of files in node_modules; every other request is
// aborted and fails the run. The Weerbaar page goes through openDashboard's request checking.
// Results: a table on stdout and build/bench/render.json. Exit code 1 if a comparison library
// failed; a Weerbaar build without benchRender/benchHeatmap is reported, not a failure.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, VIEWPORT, launchBrowser, openDashboard, pagePath, waitReady, withTimeout } from '../e2e/browser.mjs';
import { DEFAULT_FEATURES, DEFAULT_POINTS, DEFAULT_SEED, makePoints, makePolygons } from './make_polygons.mjs';

const ORIGIN = 'http://render-bench.test';
const PAGES_DIR = path.join(REPO_ROOT, 'tests', 'bench', 'render_pages');
const OUT_FILE = path.join(REPO_ROOT, 'build', 'bench', 'render.json');
const SETUP_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 240_000;
const CHUNK_BYTES = 12 * 1024 * 1024; // multiple of 3: every base64 chunk decodes on its own

// The only files of node_modules a page may load (query strings ignored).
const NODE_MODULE_FILES = new Set([
  'leaflet/dist/leaflet.js',
  'leaflet/dist/leaflet.css',
  '@deck.gl/core/dist.min.js',
  '@deck.gl/layers/dist.min.js',
  '@deck.gl/aggregation-layers/dist.min.js',
  'maplibre-gl/dist/maplibre-gl.mjs',
  'maplibre-gl/dist/maplibre-gl-worker.mjs',
  'maplibre-gl/dist/maplibre-gl.css',
]);
const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

const nodeModule = (rel) => path.join(REPO_ROOT, 'node_modules', rel);
const packageVersion = (name) => JSON.parse(readFileSync(nodeModule(`${name}/package.json`), 'utf8')).version;

const LIBRARIES = {
  leaflet: { name: () => `Leaflet ${packageVersion('leaflet')} (L.canvas)`, page: 'leaflet.html', heat: false },
  deckgl: { name: () => `deck.gl ${packageVersion('@deck.gl/core')} (GeoJsonLayer)`, page: 'deckgl.html', heat: true },
  maplibre: { name: () => `MapLibre GL ${packageVersion('maplibre-gl')} (fill layer)`, page: 'maplibre.html', heat: true },
};
const HEAT_NAMES = {
  deckgl: () => `deck.gl ${packageVersion('@deck.gl/aggregation-layers')} HeatmapLayer`,
  maplibre: () => `MapLibre GL ${packageVersion('maplibre-gl')} heatmap layer`,
};

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = {
    features: DEFAULT_FEATURES, frames: 60, runs: 3, points: DEFAULT_POINTS, heatFrames: 20, pan: 4,
    seed: DEFAULT_SEED, heat: true, render: true, only: ['leaflet', 'deckgl', 'maplibre', 'weerbaar'],
  };
  const usage = 'usage: node tests/bench/render.mjs [--features 15000] [--frames 60] [--only leaflet,deckgl,maplibre,weerbaar] '
    + '[--runs 3] [--points 100000] [--heat-frames 20] [--pan 4] [--seed N] [--no-heat] [--no-render]';
  const int = (key, v, min) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${key} needs an integer >= ${min} (got ${v})\n${usage}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (key) {
      case '--features': opts.features = int(key, value(), 1); break;
      case '--frames': opts.frames = int(key, value(), 1); break;
      case '--runs': opts.runs = int(key, value(), 1); break;
      case '--points': opts.points = int(key, value(), 1); break;
      case '--heat-frames': opts.heatFrames = int(key, value(), 1); break;
      case '--pan': opts.pan = int(key, value(), 1); break;
      case '--seed': opts.seed = int(key, value(), 0); break;
      case '--no-heat': opts.heat = false; break;
      case '--no-render': opts.render = false; break;
      case '--only': {
        opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = opts.only.filter((id) => !(id in LIBRARIES) && id !== 'weerbaar');
        if (unknown.length) throw new Error(`--only: unknown renderer ${unknown.join(', ')}\n${usage}`);
        break;
      }
      case '--help': case '-h': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown option ${argv[i]}\n${usage}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Pages

// A fresh context whose every request is answered from disk (the harness pages and the listed
// library files) or aborted and recorded.
async function openLibraryPage(browser, file) {
  const problems = [];
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(data|blob|about):/.test(url)) return route.continue();
      const u = new URL(url);
      let local = null;
      if (u.origin === ORIGIN) {
        const rel = decodeURIComponent(u.pathname);
        if (rel.startsWith('/node_modules/') && NODE_MODULE_FILES.has(rel.slice('/node_modules/'.length))) {
          local = nodeModule(rel.slice('/node_modules/'.length));
        } else if (rel.startsWith('/bench/') && /^[\w.-]+$/.test(rel.slice('/bench/'.length))) {
          local = path.join(PAGES_DIR, rel.slice('/bench/'.length));
        }
      }
      if (local) {
        try {
          const body = readFileSync(local);
          return route.fulfill({ status: 200, body, headers: { 'content-type': MIME[path.extname(local)] ?? 'application/octet-stream' } });
        } catch (err) {
          problems.push(`missing file for ${url}: ${err.message}`);
          return route.abort('failed');
        }
      }
      problems.push(`request ${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      problems.push(`websocket ${ws.url()}`);
      ws.close();
    });
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.stack || err}`));
    await page.goto(`${ORIGIN}/bench/${file}`, { waitUntil: 'load', timeout: SETUP_TIMEOUT_MS });
    const assertClean = () => {
      if (problems.length) {
        const list = problems.splice(0).map((p) => `  - ${p}`).join('\n');
        throw new Error(`comparison page ${file} was not clean:\n${list}`);
      }
    };
    return { page, problems, assertClean, close: () => context.close() };
  } catch (err) {
    await context.close();
    throw err;
  }
}

// Moves bytes into window[name] (a Uint8Array) as base64 chunks; once, outside any timing.
async function putBytes(page, name, bytes) {
  await page.evaluate((n) => { window.__benchChunks = { ...(window.__benchChunks || {}), [n]: [] }; }, name);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const b64 = Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(CHUNK_BYTES, bytes.length - offset)).toString('base64');
    await page.evaluate(([n, s]) => { window.__benchChunks[n].push(s); }, [name, b64]);
  }
  const length = await page.evaluate(([n, total]) => {
    const decode = (s) => {
      if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s);
      const bin = atob(s);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
      return out;
    };
    const out = new Uint8Array(total);
    let at = 0;
    for (const s of window.__benchChunks[n]) {
      const part = decode(s);
      out.set(part, at);
      at += part.length;
    }
    delete window.__benchChunks[n];
    window[n] = out;
    return at;
  }, [name, bytes.length]);
  if (length !== bytes.length) throw new Error(`transferred ${length} of ${bytes.length} bytes of ${name}`);
}

// In-page call (serialized by page.evaluate): a fresh copy of the bytes, a collected heap, then
// the timed call; wall_ms is the page's own clock around it.
async function callInPage({ target, method, bytesName, options }) {
  const bytes = window[bytesName].slice();
  delete window[bytesName];
  if (typeof window.gc === 'function') window.gc();
  const obj = target === 'Dashboard' ? window.Dashboard : window.RenderBench;
  const t = performance.now();
  const r = await obj[method](bytes, options);
  return { ...r, frame_ms: Array.from(r.frame_ms ?? []), wall_ms: performance.now() - t };
}

function checkResult(r, { countKey, expected }) {
  const problems = [];
  for (const key of ['first_frame_ms', 'median_frame_ms']) {
    if (typeof r?.[key] !== 'number' || !Number.isFinite(r[key]) || r[key] < 0) problems.push(`${key} is ${JSON.stringify(r?.[key])}`);
  }
  if (!Array.isArray(r?.frame_ms) || r.frame_ms.some((v) => typeof v !== 'number' || !Number.isFinite(v))) problems.push('frame_ms is not an array of numbers');
  if (r?.[countKey] !== expected) problems.push(`${countKey} is ${JSON.stringify(r?.[countKey])}, expected ${expected}`);
  // The centre pixel must be covered: the tiling has no gaps there. A rare miss is a sliver
  // (Leaflet simplifies each polygon on its own, smoothFactor 1, which opens hairline gaps
  // between neighbours); nothing drawn on the first frame or on many frames means no drawing.
  const blank = r?.blank_frames ?? [];
  if (blank.includes(0) || blank.length > Math.max(1, 0.1 * (r?.frame_ms?.length ?? 0))) {
    problems.push(`frames with nothing drawn at the centre pixel: ${blank.slice(0, 10).join(', ')}`);
  }
  return problems;
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : NaN;
}

// ---------------------------------------------------------------------------------------------
// One run = one fresh page.

async function runLibrary(browser, id, kind, bytes, opts) {
  const lib = LIBRARIES[id];
  const handle = await openLibraryPage(browser, lib.page);
  try {
    const { page } = handle;
    await withTimeout(page.waitForFunction(() => Boolean(window.RenderBench), null, { timeout: SETUP_TIMEOUT_MS, polling: 50 }),
      SETUP_TIMEOUT_MS + 1000, `${id}: harness did not start`).catch((err) => {
      throw new Error(`${id}: harness did not start: ${err.message}${handle.problems.length ? `\n  ${handle.problems.join('\n  ')}` : ''}`);
    });
    const info = await withTimeout(page.evaluate(async () => {
      try {
        await window.RenderBench.ready;
      } catch (err) {
        return { error: String(err && err.message ? err.message : err) };
      }
      return window.RenderBench.info();
    }), SETUP_TIMEOUT_MS, `${id}: library did not initialise`);
    if (info.error) throw new Error(`${id}: library failed to initialise (WebGL?): ${info.error}`);
    handle.assertClean();
    await putBytes(page, '__benchBytes', bytes);
    const options = kind === 'render'
      ? { frames: opts.frames, value_property: 'value', pan_px: opts.pan }
      : { frames: opts.heatFrames };
    const r = await withTimeout(
      page.evaluate(callInPage, { target: 'RenderBench', method: kind === 'render' ? 'render' : 'heatmap', bytesName: '__benchBytes', options }),
      RUN_TIMEOUT_MS, `${id} ${kind} did not finish`,
    );
    handle.assertClean();
    return { ...r, info };
  } finally {
    await handle.close();
  }
}

async function runWeerbaar(browser, kind, bytes, opts) {
  const method = kind === 'render' ? 'benchRender' : 'benchHeatmap';
  const dash = await openDashboard(browser, 'file');
  try {
    await waitReady(dash.page);
    const type = await dash.page.evaluate((m) => typeof window.Dashboard[m], method);
    if (type !== 'function') {
      const err = new Error(`Weerbaar: ${method} not available in this build`);
      err.notAvailable = true;
      throw err;
    }
    await putBytes(dash.page, '__benchBytes', bytes);
    dash.assertClean();
    const options = kind === 'render' ? { frames: opts.frames, value_property: 'value' } : { frames: opts.heatFrames };
    const r = await withTimeout(
      dash.page.evaluate(callInPage, { target: 'Dashboard', method, bytesName: '__benchBytes', options }),
      RUN_TIMEOUT_MS, `Weerbaar ${method} did not finish`,
    );
    dash.assertClean();
    return { ...r, info: { version: 'dist/index.html' } };
  } finally {
    await dash.close();
  }
}

// Runs `runs` times; the summary is the median over runs of each figure.
async function measure(label, runOnce, runs, check) {
  const all = [];
  for (let i = 0; i < runs; i += 1) {
    const r = await runOnce();
    if (typeof r.p95_frame_ms !== 'number') r.p95_frame_ms = percentile(r.frame_ms, 95);
    const problems = check(r);
    if (problems.length) throw new Error(`${label} run ${i + 1} is not valid:\n  - ${problems.join('\n  - ')}`);
    process.stdout.write(`  ${label} run ${i + 1}: first ${r.first_frame_ms.toFixed(0)} ms, median frame ${r.median_frame_ms.toFixed(1)} ms, `
      + `p95 ${r.p95_frame_ms.toFixed(1)} ms${r.waited_frames ? `, ${r.waited_frames} frame(s) waited for pending work` : ''}`
      + `${r.redraws > (r.frame_ms.length + 1) ? `, ${r.redraws} synchronous redraws for ${r.frame_ms.length + 1} frames` : ''}\n`);
    all.push(r);
  }
  const summary = {
    first_frame_ms: median(all.map((r) => r.first_frame_ms)),
    median_frame_ms: median(all.map((r) => r.median_frame_ms)),
    p95_frame_ms: median(all.map((r) => r.p95_frame_ms)),
  };
  return { runs: all.map(({ frame_ms: frameMs, ...rest }) => ({ ...rest, frame_ms: frameMs.map((v) => Math.round(v * 100) / 100) })), median: summary, info: all[0]?.info };
}

// ---------------------------------------------------------------------------------------------

function fmt(n, digits = 0) {
  return typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function printTable(title, countHead, results) {
  const head = ['renderer', countHead, 'first frame ms', 'median frame ms', 'p95 frame ms', 'antialias'];
  const rows = results.map((r) => (r.status === 'ok'
    ? [r.name, String(r.count), fmt(r.median.first_frame_ms), fmt(r.median.median_frame_ms, 1), fmt(r.median.p95_frame_ms, 1),
      r.runs[0]?.antialias === undefined ? '?' : r.runs[0].antialias ? 'yes' : 'no']
    : [r.name, '-', '-', '-', '-', r.status.toUpperCase()]));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const r of results) if (r.status !== 'ok') console.log(`  ${r.name}: ${r.error.split('\n').join('\n    ')}`);
}

async function benchAll(browser, kind, bytes, expected, opts) {
  const countKey = kind === 'render' ? 'features' : 'points';
  const results = [];
  const ids = opts.only.filter((id) => id === 'weerbaar' || (kind === 'render' || LIBRARIES[id].heat));
  for (const id of ids) {
    const name = id === 'weerbaar'
      ? `Weerbaar (C++/wasm, Dashboard.${kind === 'render' ? 'benchRender' : 'benchHeatmap'})`
      : kind === 'render' ? LIBRARIES[id].name() : HEAT_NAMES[id]();
    console.log(`\n${name}`);
    try {
      const runOnce = id === 'weerbaar' ? () => runWeerbaar(browser, kind, bytes, opts) : () => runLibrary(browser, id, kind, bytes, opts);
      const m = await measure(id, runOnce, opts.runs, (r) => checkResult(r, { countKey, expected }));
      if (m.info) console.log(`  (${Object.values(m.info).join(', ')})`);
      results.push({ id, name, status: 'ok', count: expected, ...m });
    } catch (err) {
      const message = String(err?.message ?? err);
      const status = err?.notAvailable ? 'not available' : 'failed';
      console.log(err?.notAvailable ? `  ${message}` : `  ${id}: FAILED: ${message.split('\n')[0]}`);
      results.push({ id, name, status, error: message });
    }
  }
  return results;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const polygons = makePolygons(opts.features, opts.seed);
  console.log(`polygons: ${polygons.stats.features} features (${polygons.stats.holes} with an enclave), ${polygons.stats.vertices} vertices, `
    + `${(polygons.bytes.length / 1e6).toFixed(1)} MB GeoJSON, seed ${opts.seed}, made in ${Date.now() - started} ms`);
  const points = opts.heat ? makePoints(opts.points, opts.seed) : null;
  if (points) console.log(`points: ${opts.points} (${(points.bytes.length / 1e6).toFixed(1)} MB GeoJSON)`);
  console.log(`${opts.frames} pan frames of ${opts.pan} px, ${opts.heatFrames} heat map radius changes, ${opts.runs} runs each`);

  const versions = {
    leaflet: packageVersion('leaflet'),
    '@deck.gl/core': packageVersion('@deck.gl/core'),
    '@deck.gl/layers': packageVersion('@deck.gl/layers'),
    '@deck.gl/aggregation-layers': packageVersion('@deck.gl/aggregation-layers'),
    'maplibre-gl': packageVersion('maplibre-gl'),
    'playwright-core': packageVersion('playwright-core'),
  };

  // --expose-gc only lets each run start from a collected heap (same for every renderer).
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  const browserVersion = browser.version();
  let render = [];
  let heat = [];
  try {
    if (opts.render) render = await benchAll(browser, 'render', polygons.bytes, polygons.stats.features, opts);
    if (points) heat = await benchAll(browser, 'heat', points.bytes, opts.points, opts);
  } finally {
    await browser.close();
  }

  if (opts.render) printTable(`Choropleth, ${polygons.stats.features} polygons, 1280x800, chromium ${browserVersion} (SwiftShader); median of ${opts.runs} runs`, 'features', render);
  if (points) printTable(`Heat map, ${opts.points} points, radius change -> pixels done; median of ${opts.runs} runs`, 'points', heat);

  const report = {
    benchmark: 'render',
    date: new Date().toISOString(),
    browser: `chromium ${browserVersion}`,
    options: opts,
    polygons: polygons.stats,
    polygon_bytes: polygons.bytes.length,
    points: points ? opts.points : 0,
    page: (() => { try { return pagePath(); } catch { return null; } })(),
    versions,
    render,
    heatmap: heat,
  };
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(REPO_ROOT, OUT_FILE)}`);

  const failed = [...render, ...heat].filter((r) => r.status === 'failed');
  if (failed.length) {
    console.error(`\nFAIL: ${failed.map((r) => r.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(`FAIL: ${err.stack || err}`);
  process.exitCode = 1;
});
