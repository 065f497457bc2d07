// Synthetic input for the render benchmark (DESIGN.md section 5, Dashboard.benchRender) and the
// heat map benchmark: deterministic GeoJSON, depending only on (count, seed).
//
// makePolygons(features, seed) -> {bytes: Uint8Array, stats}: a FeatureCollection of exactly
//   `features` Polygon features tiling the Netherlands' bounding box (lon 3.3-7.3, lat 50.7-53.6)
//   without overlaps or gaps, like the ~14,500 CBS neighbourhoods. The tiling is a hexagon grid
//   whose corners are jittered (each corner is shared by up to three cells and jittered once) and
//   whose edges get 3-8 extra wiggling vertices (each edge is shared by two cells and generated
//   once, so neighbours share exactly the same boundary). A polygon has 24-54 vertices.
//   About 3% of the cells have a hole, and the hole is filled by its own feature (an enclave),
//   so the map has no gaps. Rings follow RFC 7946 (outer ring counter-clockwise, holes clockwise,
//   first point repeated at the end). Properties: {code: "BU00000001", value: 0..1000}; values
//   form a smooth field plus noise, so a 9-class ramp shows structure.
// makePoints(points, seed) -> {bytes, stats}: a FeatureCollection of Point features in the same
//   bounding box, clustered around some "towns" plus a uniform background, with a numeric
//   property "weight" (1..10): input for the heat map benchmark.
//
// CLI (writes into build/bench/, never into the source tree):
//   node tests/bench/make_polygons.mjs [--features 15000] [--seed N] [--points 100000] [--out FILE]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 20250611;
export const DEFAULT_FEATURES = 15_000;
export const DEFAULT_POINTS = 100_000;
export const BBOX = { west: 3.3, south: 50.7, east: 7.3, north: 53.6 };

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOLE_SHARE = 0.03;
const SQRT3 = Math.sqrt(3);

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Integer hash of a few ints (murmur3-style mixing): the seed of a corner's or an edge's own PRNG,
// so shared geometry comes out the same whichever cell asks for it first.
function hashInts(...values) {
  let h = 0x9e3779b9;
  for (const v of values) {
    let k = Math.imul(v | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Planar frame: x = degrees of longitude scaled by cos(mid latitude), y = degrees of latitude, so
// the hexagons are regular on the ground rather than in degrees.
const MID_LAT = (BBOX.south + BBOX.north) / 2;
const X_SCALE = Math.cos((MID_LAT * Math.PI) / 180);
const WIDTH = (BBOX.east - BBOX.west) * X_SCALE;
const HEIGHT = BBOX.north - BBOX.south;
const toLon = (x) => BBOX.west + x / X_SCALE;
const toLat = (y) => BBOX.south + y;

// Pointy-top hexagons of circumradius s: cell (col,row) centred at
// (s*sqrt3*(col + (row odd ? 0.5 : 0)), 1.5*s*row). Rows run from y=0 to HEIGHT, columns from x=0
// to WIDTH; a cell is kept when its centre lies inside the box (a ragged edge, like a coast).
function cellCentres(s) {
  const cells = [];
  const rows = Math.floor(HEIGHT / (1.5 * s)) + 1;
  for (let row = 0; row < rows; row += 1) {
    const y = 1.5 * s * row;
    if (y > HEIGHT) break;
    const offset = row & 1 ? 0.5 : 0;
    for (let col = 0; ; col += 1) {
      const x = s * SQRT3 * (col + offset);
      if (x > WIDTH) break;
      cells.push({ col, row, x, y });
    }
  }
  return cells;
}

// Largest hexagon size giving at least `target` cells (bisection on s).
function sizeForCount(target) {
  let lo = 1e-5;
  let hi = Math.max(WIDTH, HEIGHT);
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    if (cellCentres(mid).length >= target) lo = mid; else hi = mid;
  }
  return lo;
}

// A value field with structure at a few scales (regions, towns) plus noise, in [0, 1000].
function valueAt(x, y, rnd) {
  const u = x / WIDTH;
  const v = y / HEIGHT;
  const smooth = 0.5
    + 0.22 * Math.sin(2.1 * Math.PI * u + 0.7) * Math.cos(1.7 * Math.PI * v)
    + 0.15 * Math.sin(7.3 * Math.PI * (u + 0.3 * v))
    + 0.08 * Math.cos(13.1 * Math.PI * v + 3.1 * u);
  const noisy = smooth + (rnd() - 0.5) * 0.25;
  return Math.round(Math.min(1, Math.max(0, noisy)) * 100000) / 100;
}

const fmt = (n) => String(Math.round(n * 1e6) / 1e6);

/** See the header comment. Returns {bytes, stats: {features, cells, holes, vertices, min_vertices, max_vertices}}
// (min/max_vertices: outer rings of the hexagon cells, without the repeated closing point). */
export function makePolygons(features = DEFAULT_FEATURES, seed = DEFAULT_SEED) {
  if (!Number.isInteger(features) || features <= 0) throw new Error(`features must be a positive integer (got ${features})`);
  const s = sizeForCount(Math.ceil(features / (1 + HOLE_SHARE)));
  const cells = cellCentres(s);
  const unitX = (s * SQRT3) / 2; // corner lattice spacing in x
  const unitY = s / 2; // corner lattice spacing in y

  // Corners: unjittered position on a lattice of (unitX, unitY); keyed by lattice indices.
  const cornerCache = new Map();
  const corner = (cx, cy, k) => {
    const angle = (Math.PI / 180) * (30 + 60 * k);
    const px = cx + s * Math.cos(angle);
    const py = cy + s * Math.sin(angle);
    const ix = Math.round(px / unitX);
    const iy = Math.round(py / unitY);
    const key = `${ix},${iy}`;
    let c = cornerCache.get(key);
    if (!c) {
      const rnd = mulberry32(hashInts(seed, 1, ix, iy));
      const r = 0.18 * s * Math.sqrt(rnd());
      const a = 2 * Math.PI * rnd();
      c = { key, ix, iy, x: ix * unitX + r * Math.cos(a), y: iy * unitY + r * Math.sin(a) };
      cornerCache.set(key, c);
    }
    return c;
  };

  // Interior points of the edge a->b, generated in the canonical direction (smaller key first)
  // and reversed when walked the other way, so both cells use the identical polyline.
  const edgePoints = (a, b) => {
    const forward = a.ix < b.ix || (a.ix === b.ix && a.iy < b.iy);
    const [p, q] = forward ? [a, b] : [b, a];
    const rnd = mulberry32(hashInts(seed, 2, p.ix, p.iy, q.ix, q.iy));
    const extra = 3 + Math.floor(rnd() * 6); // 3..8
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy);
    const nx = -dy / len;
    const ny = dx / len;
    const pts = [];
    for (let j = 0; j < extra; j += 1) {
      const t = (j + 1 + (rnd() - 0.5) * 0.6) / (extra + 1);
      const off = (rnd() - 0.5) * 0.24 * s * Math.sin(Math.PI * t);
      pts.push([p.x + dx * t + nx * off, p.y + dy * t + ny * off]);
    }
    return forward ? pts : pts.reverse();
  };

  const parts = [];
  const stats = { features: 0, cells: 0, holes: 0, vertices: 0, min_vertices: Infinity, max_vertices: 0 };
  const ringText = (ring) => {
    const coords = ring.map(([x, y]) => `[${fmt(toLon(x))},${fmt(toLat(y))}]`);
    coords.push(coords[0]);
    return `[${coords.join(',')}]`;
  };
  const emit = (rings, value, isCell) => {
    stats.features += 1;
    stats.vertices += rings.reduce((n, r) => n + r.length, 0);
    if (isCell) {
      stats.min_vertices = Math.min(stats.min_vertices, rings[0].length);
      stats.max_vertices = Math.max(stats.max_vertices, rings[0].length);
    }
    const code = `BU${String(stats.features).padStart(8, '0')}`;
    parts.push(`{"type":"Feature","properties":{"code":"${code}","value":${value}},`
      + `"geometry":{"type":"Polygon","coordinates":[${rings.map(ringText).join(',')}]}}`);
  };

  for (const cell of cells) {
    if (stats.features >= features) break;
    const rnd = mulberry32(hashInts(seed, 3, cell.col, cell.row));
    // Counter-clockwise in (x east, y north): corners at 30, 90, ..., 330 degrees.
    const corners = [0, 1, 2, 3, 4, 5].map((k) => corner(cell.x, cell.y, k));
    const outer = [];
    for (let k = 0; k < 6; k += 1) {
      const a = corners[k];
      const b = corners[(k + 1) % 6];
      outer.push([a.x, a.y], ...edgePoints(a, b));
    }
    const wantsHole = rnd() < HOLE_SHARE && stats.features + 2 <= features;
    stats.cells += 1;
    if (!wantsHole) {
      emit([outer], valueAt(cell.x, cell.y, rnd), true);
      continue;
    }
    // Enclave: a jittered 8..16-gon around the centre; the cell's hole walks it clockwise.
    const n = 8 + Math.floor(rnd() * 9);
    const radius = 0.22 * s;
    const island = [];
    for (let k = 0; k < n; k += 1) {
      const a = (2 * Math.PI * k) / n;
      const r = radius * (0.75 + 0.25 * rnd());
      island.push([cell.x + r * Math.cos(a), cell.y + r * Math.sin(a)]);
    }
    emit([outer, [...island].reverse()], valueAt(cell.x, cell.y, rnd), true);
    emit([island], valueAt(cell.x + s, cell.y + s, rnd), false);
    stats.holes += 1;
  }
  if (stats.features !== features) {
    throw new Error(`generated ${stats.features} features, wanted ${features} (grid too small)`);
  }
  const text = `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
  return { bytes: new TextEncoder().encode(text), stats };
}

/** See the header comment. Returns {bytes, stats: {points}}. */
export function makePoints(points = DEFAULT_POINTS, seed = DEFAULT_SEED) {
  if (!Number.isInteger(points) || points <= 0) throw new Error(`points must be a positive integer (got ${points})`);
  const rnd = mulberry32(hashInts(seed, 4));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const towns = Array.from({ length: 60 }, () => ({
    lon: BBOX.west + 0.1 + rnd() * (BBOX.east - BBOX.west - 0.2),
    lat: BBOX.south + 0.1 + rnd() * (BBOX.north - BBOX.south - 0.2),
    spread: 0.02 + rnd() * 0.12,
    share: 0.2 + rnd(),
  }));
  const totalShare = towns.reduce((n, t) => n + t.share, 0);
  const parts = [];
  for (let i = 0; i < points; i += 1) {
    let lon;
    let lat;
    if (rnd() < 0.25) {
      lon = BBOX.west + rnd() * (BBOX.east - BBOX.west);
      lat = BBOX.south + rnd() * (BBOX.north - BBOX.south);
    } else {
      let pick = rnd() * totalShare;
      let town = towns[0];
      for (const t of towns) { pick -= t.share; if (pick <= 0) { town = t; break; } }
      lon = Math.min(BBOX.east, Math.max(BBOX.west, town.lon + gauss() * town.spread / X_SCALE));
      lat = Math.min(BBOX.north, Math.max(BBOX.south, town.lat + gauss() * town.spread));
    }
    const weight = 1 + Math.floor(rnd() * 10);
    parts.push(`{"type":"Feature","properties":{"weight":${weight}},"geometry":{"type":"Point","coordinates":[${fmt(lon)},${fmt(lat)}]}}`);
  }
  const text = `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
  return { bytes: new TextEncoder().encode(text), stats: { points } };
}

function parseArgs(argv) {
  const opts = { features: DEFAULT_FEATURES, seed: DEFAULT_SEED, points: 0, out: null };
  for (let i = 0; i < argv.length; i += 1) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (key === '--features') opts.features = Number(value());
    else if (key === '--seed') opts.seed = Number(value());
    else if (key === '--points') opts.points = Number(value());
    else if (key === '--out') opts.out = value();
    else throw new Error(`unknown option ${argv[i]}\nusage: node tests/bench/make_polygons.mjs [--features 15000] [--seed N] [--points 100000] [--out FILE]`);
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const outDir = path.join(REPO_ROOT, 'build', 'bench');
  const started = Date.now();
  const { bytes, stats } = makePolygons(opts.features, opts.seed);
  const out = opts.out ? path.resolve(opts.out) : path.join(outDir, `polygons_${opts.features}_${opts.seed}.geojson`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${out}: ${stats.features} polygons (${stats.cells} cells, ${stats.holes} with an enclave), `
    + `${stats.vertices} vertices (${stats.min_vertices}-${stats.max_vertices} per cell), `
    + `${(bytes.length / 1e6).toFixed(1)} MB, ${Date.now() - started} ms`);
  if (opts.points > 0) {
    const pts = makePoints(opts.points, opts.seed);
    const pout = path.join(path.dirname(out), `points_${opts.points}_${opts.seed}.geojson`);
    writeFileSync(pout, pts.bytes);
    console.log(`${pout}: ${opts.points} points, ${(pts.bytes.length / 1e6).toFixed(1)} MB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
