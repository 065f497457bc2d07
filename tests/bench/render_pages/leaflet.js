// Leaflet 1.x harness for tests/bench/render.mjs: canvas renderer (L.canvas), one GeoJSON layer
// styled by the 9-class ramp, no tile layer, no strokes. Defines window.RenderBench.
(function () {
  'use strict';
  const C = window.BenchCommon;
  const W = 1280;
  const H = 800;
  let map;
  let renderer;

  const ready = (async () => {
    if (!window.L) throw new Error('Leaflet did not load');
    map = window.L.map('map', {
      preferCanvas: true,
      zoomControl: false,
      attributionControl: false,
      zoomSnap: 0, // fit exactly, like the other renderers
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      inertia: false,
    });
    renderer = window.L.canvas({ padding: 0.1 }); // Leaflet's default padding
  })();

  // Leaflet redraws the whole canvas synchronously on 'moveend' (Canvas._update -> _updatePaths),
  // but layers being added schedule the redraw for the next animation frame: wait for it.
  async function settle() {
    let waited = 0;
    while (renderer._redrawRequest) {
      await C.nextFrame();
      waited += 1;
    }
    return waited;
  }

  // getImageData of the canvas pixel under the map centre.
  function barrier() {
    const p = map.containerPointToLayerPoint([W / 2, H / 2]).subtract(renderer._bounds.min);
    return C.canvasBarrier(renderer._ctx, p.x, p.y);
  }

  async function render(bytes, { frames = 60, value_property: prop = 'value', pan_px: pan = 4 } = {}) {
    const t0 = performance.now();
    const data = C.parse(bytes);
    const breaks = C.classBreaks(data.features, prop);
    const styles = C.RAMP_HEX.map((c) => ({ stroke: false, fill: true, fillColor: c, fillOpacity: 1 }));
    const layer = window.L.geoJSON(data, {
      renderer,
      interactive: false,
      style: (f) => styles[C.classOf(f.properties[prop], breaks)],
    });
    map.fitBounds(layer.getBounds(), { animate: false, padding: [0, 0] });
    layer.addTo(map);
    let waits = await settle();
    let px = barrier();
    const first = performance.now() - t0;
    const blank = [];
    if (px[3] === 0) blank.push(0);
    const frameMs = [];
    for (let i = 0; i < frames; i += 1) {
      await C.nextFrame();
      const t = performance.now();
      map.panBy([pan, 0], { animate: false });
      waits += await settle();
      px = barrier();
      frameMs.push(performance.now() - t);
      if (px[3] === 0) blank.push(i + 1);
    }
    return {
      features: layer.getLayers().length,
      first_frame_ms: first,
      median_frame_ms: C.median(frameMs),
      p95_frame_ms: C.percentile(frameMs, 95),
      frame_ms: frameMs,
      blank_frames: blank,
      waited_frames: waits,
      zoom: map.getZoom(),
      antialias: true,
    };
  }

  window.RenderBench = {
    library: 'leaflet',
    version: () => window.L.version,
    ready,
    info: () => ({ version: window.L.version, renderer: 'Canvas 2D' }),
    render,
  };
})();
