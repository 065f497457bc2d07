// MapLibre GL harness for tests/bench/render.mjs: an empty style (no sources, no glyphs, no
// sprite), then a geojson source with a fill layer coloured by a 9-class step expression, or a
// heatmap layer for the heat map step. Frames are drawn with map.redraw() (synchronous
// _render), see drawUntilDone. Each frame ends with a one-pixel readPixels on the map canvas.
// Defines window.RenderBench.
import * as maplibregl from '/node_modules/maplibre-gl/dist/maplibre-gl.mjs';

const C = window.BenchCommon;
const W = 1280;
const H = 800;
let map;
let gl;

const ready = new Promise((resolve, reject) => {
  try {
    map = new maplibregl.Map({
      container: 'map',
      // No transitions: a changed paint property (the heat map radius) is drawn at once, not animated.
      style: { version: 8, sources: {}, layers: [], transition: { duration: 0, delay: 0 } },
      center: [5.3, 52.15],
      zoom: 6,
      attributionControl: false,
      interactive: false,
      fadeDuration: 0,
      pixelRatio: 1,
    });
  } catch (err) {
    reject(new Error(`MapLibre failed to initialise WebGL: ${err.message}`));
    return;
  }
  map.on('error', (e) => reject(new Error(`MapLibre error: ${e.error ? e.error.message : e}`)));
  map.once('load', () => {
    try {
      gl = C.glOf(map.getCanvas());
      resolve();
    } catch (err) {
      reject(err);
    }
  });
});

// Draw now with map.redraw() (synchronous). Done when map.loaded() (style and every tile the view
// needs are in): then the barrier runs in the same task as the draw, before the browser
// composites, so the drawing buffer still holds this frame. When only style work is pending
// (tiles all in; e.g. a changed paint property is settled on the render after the one that
// applied it) MapLibre needs another synchronous redraw: up to 3 are made, all counted. When tiles
// are missing, the frame is done at the next 'idle' (tiles loaded and drawn), barrier inside it.
// Returns {px, waited (0/1), redraws}.
function drawUntilDone() {
  let redraws = 0;
  do {
    map.redraw();
    redraws += 1;
    if (map.loaded()) return Promise.resolve({ px: C.glBarrier(gl, W / 2, H / 2), waited: 0, redraws });
  } while (redraws < 3 && map.areTilesLoaded());
  return C.withTimeout(new Promise((resolve) => {
    map.once('idle', () => resolve({ px: C.glBarrier(gl, W / 2, H / 2), waited: 1, redraws }));
  }), 60000, 'MapLibre did not become idle');
}

function fitView(features) {
  const [w, s, e, n] = C.bounds(features);
  map.fitBounds([[w, s], [e, n]], { animate: false, padding: 0 });
}

async function render(bytes, { frames = 60, value_property: prop = 'value', pan_px: pan = 4 } = {}) {
  const t0 = performance.now();
  const data = C.parse(bytes);
  const breaks = C.classBreaks(data.features, prop);
  const color = ['step', ['get', prop], C.RAMP_HEX[0]];
  breaks.forEach((b, i) => color.push(b, C.RAMP_HEX[i + 1]));
  map.addSource('polygons', { type: 'geojson', data });
  map.addLayer({
    id: 'choropleth',
    type: 'fill',
    source: 'polygons',
    paint: { 'fill-color': color, 'fill-opacity': 1, 'fill-antialias': false }, // fill only, no outline
  });
  fitView(data.features);
  let r = await drawUntilDone();
  const first = performance.now() - t0;
  let waits = r.waited;
  let redraws = r.redraws;
  const blank = r.px[3] === 0 ? [0] : [];
  const frameMs = [];
  for (let i = 0; i < frames; i += 1) {
    await C.nextFrame();
    const t = performance.now();
    map.jumpTo({ center: map.unproject([W / 2 + pan, H / 2]) });
    r = await drawUntilDone();
    frameMs.push(performance.now() - t);
    waits += r.waited;
    redraws += r.redraws;
    if (r.px[3] === 0) blank.push(i + 1);
  }
  return {
    features: data.features.length,
    first_frame_ms: first,
    median_frame_ms: C.median(frameMs),
    p95_frame_ms: C.percentile(frameMs, 95),
    frame_ms: frameMs,
    blank_frames: blank,
    waited_frames: waits,
    redraws,
    zoom: map.getZoom(),
    antialias: gl.getContextAttributes().antialias,
  };
}

async function heatmap(bytes, { frames = 20 } = {}) {
  const radii = C.HEAT_RADII;
  const t0 = performance.now();
  const data = C.parse(bytes);
  map.addSource('points', { type: 'geojson', data });
  map.addLayer({
    id: 'heat',
    type: 'heatmap',
    source: 'points',
    paint: { 'heatmap-radius': radii[0], 'heatmap-weight': ['get', 'weight'] },
  });
  fitView(data.features);
  let r = await drawUntilDone();
  const first = performance.now() - t0;
  let waits = r.waited;
  let redraws = r.redraws;
  const frameMs = [];
  for (let i = 0; i < frames; i += 1) {
    await C.nextFrame();
    const t = performance.now();
    map.setPaintProperty('heat', 'heatmap-radius', radii[(i + 1) % radii.length]);
    r = await drawUntilDone();
    frameMs.push(performance.now() - t);
    waits += r.waited;
    redraws += r.redraws;
  }
  return {
    points: data.features.length,
    first_frame_ms: first,
    median_frame_ms: C.median(frameMs),
    p95_frame_ms: C.percentile(frameMs, 95),
    frame_ms: frameMs,
    waited_frames: waits,
    redraws,
    antialias: gl.getContextAttributes().antialias,
  };
}

window.RenderBench = {
  library: 'maplibre',
  ready,
  info: () => ({ version: maplibregl.getVersion ? maplibregl.getVersion() : 'unknown', ...C.glInfo(gl) }),
  render,
  heatmap,
  map: () => map, // for poking at the page by hand
};
