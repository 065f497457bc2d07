// deck.gl harness for tests/bench/render.mjs: a Deck with no base map, a GeoJsonLayer (filled,
// no stroke) coloured by the 9-class ramp, and a HeatmapLayer for the heat map step.
// Frames are drawn with deck.redraw(reason), which draws synchronously; each frame ends with
// a one-pixel readPixels on deck's canvas. Defines window.RenderBench.
(function () {
  'use strict';
  const C = window.BenchCommon;
  const W = 1280;
  const H = 800;
  const { Deck, WebMercatorViewport, GeoJsonLayer, HeatmapLayer } = window.deck || {};
  let d;
  let gl;
  let viewState = { longitude: 5.3, latitude: 52.15, zoom: 6, pitch: 0, bearing: 0 };

  const ready = new Promise((resolve, reject) => {
    if (!Deck || !GeoJsonLayer || !HeatmapLayer) {
      reject(new Error('deck.gl bundles did not load (Deck/GeoJsonLayer/HeatmapLayer missing)'));
      return;
    }
    try {
      d = new Deck({
        parent: document.getElementById('map'),
        width: W,
        height: H,
        useDevicePixels: false,
        controller: false,
        viewState,
        layers: [],
        onLoad: () => {
          try {
            gl = C.glOf(d.getCanvas ? d.getCanvas() : d.canvas);
            resolve();
          } catch (err) {
            reject(err);
          }
        },
        onError: (err) => reject(new Error(`deck.gl failed to initialise WebGL: ${err && err.message ? err.message : err}`)),
      });
    } catch (err) {
      reject(new Error(`deck.gl failed to initialise WebGL: ${err.message}`));
    }
  });

  // Draw now; if deck still has work pending (a layer not loaded yet, an async resource), let a
  // frame pass and draw again. Returns the barrier pixel and how many extra frames were needed.
  async function drawUntilDone(layerId) {
    for (let waited = 0; ; waited += 1) {
      d.redraw('bench');
      const px = C.glBarrier(gl, W / 2, H / 2);
      const layer = d.layerManager && d.layerManager.getLayers().find((l) => l.id === layerId);
      const loaded = layer ? layer.isLoaded : false;
      if (loaded && !d.needsRedraw({ clearRedrawFlags: false })) return { px, waited };
      if (waited > 600) throw new Error(`deck.gl: layer ${layerId} not done after ${waited} frames`);
      await C.nextFrame();
    }
  }

  function fitView(features) {
    const [w, s, e, n] = C.bounds(features);
    const vp = new WebMercatorViewport({ width: W, height: H }).fitBounds([[w, s], [e, n]]);
    viewState = { longitude: vp.longitude, latitude: vp.latitude, zoom: vp.zoom, pitch: 0, bearing: 0 };
  }

  async function render(bytes, { frames = 60, value_property: prop = 'value', pan_px: pan = 4 } = {}) {
    const t0 = performance.now();
    const data = C.parse(bytes);
    const breaks = C.classBreaks(data.features, prop);
    const colors = C.RAMP.map((c) => [c[0], c[1], c[2], 255]);
    fitView(data.features);
    const layer = new GeoJsonLayer({
      id: 'choropleth',
      data,
      filled: true,
      stroked: false,
      pickable: false,
      getFillColor: (f) => colors[C.classOf(f.properties[prop], breaks)],
    });
    d.setProps({ layers: [layer], viewState });
    let r = await drawUntilDone('choropleth');
    const first = performance.now() - t0;
    let waits = r.waited;
    const blank = r.px[3] === 0 ? [0] : [];
    const frameMs = [];
    for (let i = 0; i < frames; i += 1) {
      await C.nextFrame();
      const t = performance.now();
      const vp = new WebMercatorViewport({ ...viewState, width: W, height: H });
      const [lon, lat] = vp.unproject([W / 2 + pan, H / 2]);
      viewState = { ...viewState, longitude: lon, latitude: lat };
      d.setProps({ viewState });
      r = await drawUntilDone('choropleth');
      frameMs.push(performance.now() - t);
      waits += r.waited;
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
      zoom: viewState.zoom,
      antialias: gl.getContextAttributes().antialias,
    };
  }

  async function heatmap(bytes, { frames = 20 } = {}) {
    const radii = C.HEAT_RADII;
    const t0 = performance.now();
    const data = C.parse(bytes);
    fitView(data.features);
    const props = {
      id: 'heat',
      data: data.features,
      getPosition: (f) => f.geometry.coordinates,
      getWeight: (f) => f.properties.weight,
      aggregation: 'SUM',
      pickable: false,
    };
    d.setProps({ layers: [new HeatmapLayer({ ...props, radiusPixels: radii[0] })], viewState });
    let r = await drawUntilDone('heat');
    const first = performance.now() - t0;
    let waits = r.waited;
    const frameMs = [];
    for (let i = 0; i < frames; i += 1) {
      await C.nextFrame();
      const t = performance.now();
      d.setProps({ layers: [new HeatmapLayer({ ...props, radiusPixels: radii[(i + 1) % radii.length] })] });
      r = await drawUntilDone('heat');
      frameMs.push(performance.now() - t);
      waits += r.waited;
    }
    return {
      points: data.features.length,
      first_frame_ms: first,
      median_frame_ms: C.median(frameMs),
      p95_frame_ms: C.percentile(frameMs, 95),
      frame_ms: frameMs,
      waited_frames: waits,
      antialias: gl.getContextAttributes().antialias,
    };
  }

  window.RenderBench = {
    library: 'deckgl',
    ready,
    info: () => ({ version: window.deck.VERSION, ...C.glInfo(gl) }),
    render,
    heatmap,
  };
})();
