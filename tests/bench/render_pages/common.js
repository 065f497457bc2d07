// Shared by the render benchmark pages (tests/bench/render.mjs): the colour ramp, class breaks,
// the one-pixel barriers and small statistics. Classic script; defines window.BenchCommon.
(function () {
  'use strict';

  // 9-step sequential ramp (yellow -> dark red), the same for every library.
  const RAMP = [
    [255, 255, 204], [255, 237, 160], [254, 217, 118], [254, 178, 76], [253, 141, 60],
    [252, 78, 42], [227, 26, 28], [189, 0, 38], [128, 0, 38],
  ];
  const RAMP_HEX = RAMP.map((c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join(''));

  // Equal-interval classes over [min, max] of the property: 8 inner thresholds for 9 classes.
  function classBreaks(features, prop) {
    let min = Infinity;
    let max = -Infinity;
    for (const f of features) {
      const v = f.properties[prop];
      if (typeof v === 'number') {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    if (!(max > min)) max = min + 1;
    const breaks = [];
    for (let i = 1; i < RAMP.length; i += 1) breaks.push(min + ((max - min) * i) / RAMP.length);
    return breaks;
  }

  function classOf(value, breaks) {
    let k = 0;
    while (k < breaks.length && value >= breaks[k]) k += 1;
    return k;
  }

  // Bounds of all coordinates of Polygon / MultiPolygon / Point features: [west, south, east, north].
  function bounds(features) {
    let w = Infinity; let s = Infinity; let e = -Infinity; let n = -Infinity;
    const visit = (c) => {
      if (typeof c[0] === 'number') {
        if (c[0] < w) w = c[0];
        if (c[0] > e) e = c[0];
        if (c[1] < s) s = c[1];
        if (c[1] > n) n = c[1];
        return;
      }
      for (const x of c) visit(x);
    };
    for (const f of features) visit(f.geometry.coordinates);
    return [w, s, e, n];
  }

  function parse(bytes) {
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  // The WebGL context a library created on `canvas` (getContext returns the existing one).
  function glOf(canvas) {
    const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
    if (!gl) throw new Error('no WebGL context on the library canvas');
    return gl;
  }

  // The real barrier: read back one pixel of the default framebuffer. This cannot return before
  // every command issued so far has executed (gl.finish() does not wait in Chromium). Read/pack
  // bindings are saved and restored so the library's cached GL state stays true.
  // (x, y) in CSS pixels from the top-left of the canvas; returns [r, g, b, a].
  function glBarrier(gl, x, y) {
    const out = new Uint8Array(4);
    const isGl2 = typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext;
    const readTarget = isGl2 ? gl.READ_FRAMEBUFFER : gl.FRAMEBUFFER;
    const prevRead = gl.getParameter(isGl2 ? gl.READ_FRAMEBUFFER_BINDING : gl.FRAMEBUFFER_BINDING);
    const prevPack = isGl2 ? gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) : null;
    if (prevRead) gl.bindFramebuffer(readTarget, null);
    if (prevPack) gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    gl.readPixels(Math.round(x), gl.drawingBufferHeight - 1 - Math.round(y), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
    if (prevRead) gl.bindFramebuffer(readTarget, prevRead);
    if (prevPack) gl.bindBuffer(gl.PIXEL_PACK_BUFFER, prevPack);
    return Array.from(out);
  }

  // The 2D canvas equivalent: getImageData waits for all queued drawing on that canvas.
  function canvasBarrier(ctx, x, y) {
    return Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data);
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  function median(values) {
    if (!values.length) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  function percentile(values, p) {
    if (!values.length) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  }

  function glInfo(gl) {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return {
      version: gl.getParameter(gl.VERSION),
      renderer: ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    };
  }

  // Heat map radii (pixels) cycled through by the heat map benchmark; every step changes it.
  const HEAT_RADII = [30, 20, 40, 25, 35, 15, 45, 28, 38, 22];

  function withTimeout(promise, ms, what) {
    let timer;
    return Promise.race([
      promise,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} (timed out after ${ms} ms)`)), ms); }),
    ]).finally(() => clearTimeout(timer));
  }

  window.BenchCommon = {
    RAMP, RAMP_HEX, HEAT_RADII, classBreaks, classOf, bounds, parse, glOf, glBarrier, canvasBarrier,
    nextFrame, median, percentile, glInfo, withTimeout,
  };
})();
