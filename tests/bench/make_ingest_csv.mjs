// Synthetic input for the ingest benchmark (DESIGN.md section 5, Dashboard.benchIngest) and the
// answer every implementation must reach, computed here in plain JS.
//
// makeIngestCsv(rows, seed) -> Uint8Array of a long-format CSV:
//   area_code,indicator,period,value
//   BU03630105,inwoners_75plus,2021,412.37
// Area codes are ~15,000 neighbourhood codes (BU + 4-digit municipality + 2-digit district +
// 2-digit neighbourhood) plus 342 municipality codes (GM + 4 digits); ~8 indicators; periods
// 2019..2024; values with 0..3 decimals. Rows are drawn at random (with repetition), so one
// (area, indicator, period) can occur more than once, which is fine for the GROUP BY.
// The output depends only on (rows, seed): a small seeded PRNG (mulberry32) lives in this file.
//
// expectedIngest(csvBytes, indicator) -> {rows, groups, checksum}: what
//   SELECT count(*) FROM t                                                  -> rows
//   SELECT area_code, avg(value) FROM t WHERE indicator=? GROUP BY area_code -> groups (row count)
// give, checksum being the sum of the averages. Written independently of any implementation
// under test; it parses the bytes itself and refuses anything but the expected shape.

export const HEADER = 'area_code,indicator,period,value';
export const DEFAULT_SEED = 20240501;
export const MUNICIPALITY_COUNT = 342;
export const NEIGHBOURHOOD_COUNT = 15_000;
export const PERIODS = [2019, 2020, 2021, 2022, 2023, 2024];
export const INDICATORS = [
  'inwoners_75plus',
  'alleenstaand_75plus',
  'wmo_gebruik',
  'mantelzorgers',
  'huishoudens_laag_inkomen',
  'afstand_huisarts_km',
  'eenzaamheid_pct',
  'valongevallen_65plus',
];

// Rough value ranges per indicator, so the numbers look like what they claim to be.
const VALUE_SCALE = {
  inwoners_75plus: 900,
  alleenstaand_75plus: 400,
  wmo_gebruik: 250,
  mantelzorgers: 600,
  huishoudens_laag_inkomen: 300,
  afstand_huisarts_km: 8,
  eenzaamheid_pct: 100,
  valongevallen_65plus: 40,
};

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

/** The 342 GM codes and ~15,000 BU codes, deterministic for a seed. */
export function makeAreaCodes(seed = DEFAULT_SEED) {
  const random = mulberry32(seed ^ 0x5bd1e995);
  const municipalities = new Set();
  while (municipalities.size < MUNICIPALITY_COUNT) {
    municipalities.add(1 + Math.floor(random() * 1999)); // real GM codes are 0003..1980-ish
  }
  const gm = [...municipalities].sort((a, b) => a - b);
  const neighbourhoods = new Set();
  while (neighbourhoods.size < NEIGHBOURHOOD_COUNT) {
    const m = gm[Math.floor(random() * gm.length)];
    const district = Math.floor(random() * 30);
    const buurt = Math.floor(random() * 20);
    neighbourhoods.add(`BU${pad(m, 4)}${pad(district, 2)}${pad(buurt, 2)}`);
  }
  return [...gm.map((m) => `GM${pad(m, 4)}`), ...neighbourhoods];
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/** Deterministic CSV bytes: the header plus `rows` data rows, each ending in '\n'. */
export function makeIngestCsv(rows, seed = DEFAULT_SEED) {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  const areas = makeAreaCodes(seed);
  const random = mulberry32(seed);
  const encoder = new TextEncoder();
  // Built in slices so no single JS string gets huge (1,000,000 rows are ~40 MB).
  const parts = [encoder.encode(HEADER + '\n')];
  const SLICE = 50_000;
  for (let done = 0; done < rows; done += SLICE) {
    const lines = [];
    const end = Math.min(rows, done + SLICE);
    for (let i = done; i < end; i += 1) {
      const area = areas[Math.floor(random() * areas.length)];
      const indicator = INDICATORS[Math.floor(random() * INDICATORS.length)];
      const period = PERIODS[Math.floor(random() * PERIODS.length)];
      const decimals = Math.floor(random() * 4); // 0..3 decimals
      const value = (random() * VALUE_SCALE[indicator]).toFixed(decimals);
      lines.push(`${area},${indicator},${period},${value}\n`);
    }
    parts.push(encoder.encode(lines.join('')));
  }
  return concatBytes(parts);
}

/** The byte arrays `parts` one after the other in one Uint8Array. */
export function concatBytes(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The answer for `indicator`: {rows, groups, checksum}. Throws on anything that is not the
 * benchmark's CSV shape (so a bad generator cannot silently make every implementation "agree").
 */
export function expectedIngest(csvBytes, indicator) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(csvBytes);
  let pos = 0;
  let lineNo = 0;
  let rows = 0;
  const sums = new Map(); // area_code -> [sum, count], in first-seen order
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, end);
    pos = end + 1;
    lineNo += 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1) {
      if (line !== HEADER) throw new Error(`line 1: expected header ${JSON.stringify(HEADER)}, got ${JSON.stringify(line)}`);
      continue;
    }
    if (line === '') continue;
    const fields = line.split(',');
    if (fields.length !== 4) throw new Error(`line ${lineNo}: expected 4 fields, got ${fields.length}`);
    const [area, ind, periodText, valueText] = fields;
    if (!/^-?\d+$/.test(periodText)) throw new Error(`line ${lineNo}: period ${JSON.stringify(periodText)} is not an integer`);
    const value = Number(valueText);
    if (valueText.trim() === '' || !Number.isFinite(value)) {
      throw new Error(`line ${lineNo}: value ${JSON.stringify(valueText)} is not a number`);
    }
    rows += 1;
    if (ind !== indicator) continue;
    const acc = sums.get(area);
    if (acc) {
      acc[0] += value;
      acc[1] += 1;
    } else {
      sums.set(area, [value, 1]);
    }
  }
  if (lineNo === 0) throw new Error('empty CSV: no header');
  let checksum = 0;
  for (const [sum, count] of sums.values()) checksum += sum / count;
  return { rows, groups: sums.size, checksum };
}

/** Compares an implementation's result with the expected one; returns a list of problems. */
export function compareIngest(actual, expected, relTolerance = 1e-6) {
  const problems = [];
  if (!actual || typeof actual !== 'object') return [`result is not an object: ${JSON.stringify(actual)}`];
  if (actual.rows !== expected.rows) problems.push(`rows ${actual.rows} != expected ${expected.rows}`);
  if (actual.groups !== expected.groups) problems.push(`groups ${actual.groups} != expected ${expected.groups}`);
  const c = actual.checksum;
  const scale = Math.max(Math.abs(expected.checksum), 1e-12);
  if (typeof c !== 'number' || !Number.isFinite(c) || Math.abs(c - expected.checksum) / scale > relTolerance) {
    problems.push(`checksum ${c} != expected ${expected.checksum} (relative tolerance ${relTolerance})`);
  }
  return problems;
}
