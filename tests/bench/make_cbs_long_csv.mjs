// The user's kind of file for the import benchmark (tests/bench/ingest.mjs, the importFile row):
// a long-format indicator table on the real CBS municipalities, as an export of many indicators
// over ten years looks:
//   area_code,indicator,period,value
//   GM0014,indicator_001,2015,412.37
// 300 indicators x 10 years (2015-2024) x the 342 municipalities of assets/areas_2025.csv =
// 1,026,000 rows (~30 MB), grouped by indicator, then municipality, then year, like StatLine
// exports. Every (area, indicator, period) occurs once, so Dashboard.importFile accepts it
// without "last value wins", and the benchmark's own CSV shape (header, four fields, numbers)
// holds, so Dashboard.benchIngest and the other implementations read the same bytes.
// Deterministic: values come from the seeded PRNG of make_ingest_csv.mjs.
//
//   node tests/bench/make_cbs_long_csv.mjs OUT.csv   writes the file

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, HEADER, concatBytes, mulberry32 } from './make_ingest_csv.mjs';

export const CBS_INDICATOR_COUNT = 300;
export const CBS_PERIODS = Array.from({ length: 10 }, (_, i) => 2015 + i);
export const CBS_INDICATOR = 'indicator_150';  // the one the benchmark's query averages

const AREAS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'areas_2025.csv');

/** The GM codes of the 342 municipalities, in the order of assets/areas_2025.csv. */
export function municipalityCodes() {
  return readFileSync(AREAS_FILE, 'utf8').split('\n')
    .filter((line) => line.startsWith('municipality,'))
    .map((line) => line.split(',')[1]);
}

export function indicatorName(i) {
  return `indicator_${String(i + 1).padStart(3, '0')}`;
}

/** Deterministic CSV bytes: the header and one row per indicator, municipality and year. */
export function makeCbsLongCsv(seed = DEFAULT_SEED) {
  const areas = municipalityCodes();
  const random = mulberry32(seed);
  const encoder = new TextEncoder();
  const parts = [encoder.encode(HEADER + '\n')];
  for (let i = 0; i < CBS_INDICATOR_COUNT; i += 1) {  // one indicator a slice: no huge JS string
    const name = indicatorName(i);
    const scale = 10 + 990 * random();
    const lines = [];
    for (const area of areas) {
      for (const period of CBS_PERIODS) {
        const decimals = Math.floor(random() * 3);
        lines.push(`${area},${name},${period},${(random() * scale).toFixed(decimals)}\n`);
      }
    }
    parts.push(encoder.encode(lines.join('')));
  }
  return concatBytes(parts);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: node tests/bench/make_cbs_long_csv.mjs OUT.csv');
    process.exit(2);
  }
  const bytes = makeCbsLongCsv();
  writeFileSync(process.argv[2], bytes);
  console.log(`${process.argv[2]}: ${bytes.length} bytes`);
}
