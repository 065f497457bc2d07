// Ingest benchmark (DESIGN.md section 5, Dashboard.benchIngest): Weerbaar against sql.js +
// papaparse and the official SQLite wasm build + papaparse, in ONE headless chromium.
//
//   node tests/bench/ingest.mjs [rows=1000000] [--cbs] [--only weerbaar,importfile,importfile-cold,sqljs,sqlite-wasm,sqlite-wasm-raw]
//
// --cbs: instead of `rows` random rows, the user's kind of file (make_cbs_long_csv.mjs): 300
// indicators x 10 years x the 342 real municipalities = 1,026,000 rows, each key once.
//
// Every implementation does the same work on the same bytes: parse the CSV, CREATE TABLE
// t(area_code TEXT, indicator TEXT, period INTEGER, value REAL) in a fresh in-memory database,
// insert every row in one transaction with one prepared statement, then
//   SELECT area_code, avg(value) FROM t WHERE indicator=? GROUP BY area_code
//   SELECT count(*) FROM t
// The official build is measured twice: through its documented object API (oo1), as an
// application would use it, and through its bare C exports (hand-tuned best case).
// All SQLite sides get the PRAGMAs Weerbaar's implementation sets (see PRAGMA_SQL).
//
// Besides benchIngest, Weerbaar's user path is measured on the same bytes (the importfile row):
// Dashboard.importFile, the import button's code, which stores the values into indicator_value
// in the page's database (recognising columns, checking codes, numbers and repeats, one
// transaction, run in slices between the frames while the page keeps drawing), timed from
// the call to its promise settling, then the same query through Dashboard.query. The frames the
// page drew meanwhile (requestAnimationFrame) are counted: frames a second and the longest gap.
// Weerbaar's runs (weerbaar, importfile) each get a fresh page (its own IndexedDB, so every
// import is a first import), warmed up by one benchIngest call on the same bytes before the
// timed call, so both paths run on code the browser has compiled fully; importfile-cold is the
// import in a page that has done nothing yet. The Weerbaar runs alternate (a round of each, then
// the next round), so a change in the machine's load hits both paths alike, and each round gives
// a ratio importFile / benchIngest; the summary gives the median of those ratios.
// Each implementation runs once to warm up and 3 times measured; the table shows the median of
// each phase (phases are medians independently, so they need not add up to the median total).
// wall_ms is the page's own clock around the whole call: it shows work done outside a reported
// timer. Run it on an otherwise idle machine: everything here is single-threaded CPU work.
// Every run's {rows, groups, checksum} is checked against expectedIngest (plain JS).
// Results go to build/bench/ingest.json, and the table in the README's form to the console.
// Exit code 1 if any implementation failed, could not run (including Weerbaar lacking
// Dashboard.benchIngest) or computed a different answer.
// No network: the Weerbaar page goes through openDashboard's request checking, the other pages
// abort every request that is not data:, blob: or about:.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, launchBrowser, openDashboard, pagePath, waitReady, withTimeout } from '../e2e/browser.mjs';
import { DEFAULT_SEED, compareIngest, expectedIngest, makeIngestCsv } from './make_ingest_csv.mjs';
import { CBS_INDICATOR, makeCbsLongCsv } from './make_cbs_long_csv.mjs';
import { openBlankPage, putBytes } from './bench_page.mjs';

const RANDOM_INDICATOR = 'alleenstaand_75plus';
const WARMUPS = 1;
const RUNS = 3;
const RUN_TIMEOUT_MS = 300_000;
const SETUP_TIMEOUT_MS = 60_000;
const OUT_FILE = path.join(REPO_ROOT, 'build', 'bench', 'ingest.json');
const PHASES = ['parse_ms', 'insert_ms', 'query_ms', 'total_ms', 'wall_ms'];

// Plain paths into node_modules: some of these packages' "exports" hide their files from require.resolve.
const nodeModule = (rel) => path.join(REPO_ROOT, 'node_modules', rel);
const packageVersion = (name) => JSON.parse(readFileSync(nodeModule(`${name}/package.json`), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// The in-page runs. These functions are serialized by page.evaluate: they must be self-contained.
// Each gets a fresh copy of the CSV bytes (made before the clock starts, in case an
// implementation detaches or consumes the buffer) and also reports wall_ms, the page's own
// performance.now() around the whole call, to catch work done outside an implementation's timer.

async function runWeerbaarInPage({ indicator, warm }) {
  if (warm) await window.Dashboard.benchIngest(window.__benchBytes.slice(), { indicator });
  const bytes = window.__benchBytes.slice();
  if (typeof window.gc === 'function') window.gc();
  const t = performance.now();
  const r = await window.Dashboard.benchIngest(bytes, { indicator });
  const wall = performance.now() - t;
  return { ...r, wall_ms: wall };
}

// The user's path: the file imported as if picked with the import button. parse_ms holds the
// whole import (the phases are not separable from outside), insert_ms 0. `warm`: one benchIngest
// call first (its own in-memory database: the page's stays as it was).
async function runImportFileInPage({ indicator, warm }) {
  if (warm) await window.Dashboard.benchIngest(window.__benchBytes.slice(), { indicator });
  const bytes = window.__benchBytes.slice();
  if (typeof window.gc === 'function') window.gc();
  let frames = 0;
  let longestFrame = 0;
  let last = performance.now();
  let importing = true;
  // The clock is read in the callback: the time stamp the browser passes is the frame's start,
  // which for the first frame after a long task (the warm-up) lies before that task ended.
  const tick = () => {
    if (!importing) return;
    const now = performance.now();
    frames += 1;
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const t0 = performance.now();
  const result = await window.Dashboard.importFile('bench.csv', bytes);
  const t1 = performance.now();
  importing = false;
  longestFrame = Math.max(longestFrame, t1 - last);  // the gap up to the end counts too
  if (!result.ok) throw new Error(`importFile: ${result.message}`);
  const groups = await window.Dashboard.query(
    'SELECT area_code, avg(value) FROM indicator_value WHERE indicator_id = ? GROUP BY area_code', [indicator]);
  const t2 = performance.now();
  const checksum = groups.rows.reduce((sum, row) => sum + row[1], 0);
  return {
    rows: result.rows, groups: groups.rows.length, checksum,
    parse_ms: t1 - t0, insert_ms: 0, query_ms: t2 - t1, total_ms: t2 - t0, wall_ms: t2 - t0,
    frames, frames_per_s: frames / ((t1 - t0) / 1000), longest_frame_ms: longestFrame,
  };
}

// papaparse: header:false + fastMode (valid: the data has no quotes) is its fastest path; the
// header row is checked by hand and period/value are converted and validated by hand in the
// parse phase (cheaper than dynamicTyping, and the values are numbers before the insert as in
// Weerbaar). Decoding the bytes to a string is part of parse, as Papa.parse needs a string.
function parseCsvInPage(bytes) {
  const text = new TextDecoder().decode(bytes);
  const parsed = window.Papa.parse(text, { fastMode: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`papaparse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const data = parsed.data;
  const header = data[0] ? data[0].join(',') : '';
  if (header !== 'area_code,indicator,period,value') throw new Error(`bad header: ${header}`);
  for (let i = 1; i < data.length; i += 1) {
    const row = data[i];
    if (row.length !== 4) throw new Error(`line ${i + 1}: expected 4 fields`);
    const period = +row[2];
    const value = +row[3];
    if (!Number.isInteger(period)) throw new Error(`line ${i + 1}: bad period`);
    if (row[3] === '' || !Number.isFinite(value)) throw new Error(`line ${i + 1}: bad value`);
    row[2] = period;
    row[3] = value;
  }
  return data;
}

// Weerbaar's implementation (src/io/ingest_benchmark.cpp) sets these before creating the table;
// the comparison libraries get the same, so no side has a differently configured SQLite. (On a
// ':memory:' database they make little difference: there is no file to sync or spill to.)
const PRAGMA_SQL = 'PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;';
const CREATE_SQL = 'CREATE TABLE t(area_code TEXT, indicator TEXT, period INTEGER, value REAL)';
const INSERT_SQL = 'INSERT INTO t VALUES (?, ?, ?, ?)';
const GROUP_SQL = 'SELECT area_code, avg(value) FROM t WHERE indicator=? GROUP BY area_code';
const COUNT_SQL = 'SELECT count(*) FROM t';

async function runSqlJsInPage({ indicator, parseSource, sql }) {
  // eslint-disable-next-line no-new-func
  const parseCsv = new Function(`return (${parseSource})`)();
  const bytes = window.__benchBytes.slice();
  if (typeof window.gc === 'function') window.gc();
  const t0 = performance.now();
  const data = parseCsv(bytes);
  const t1 = performance.now();
  const db = new window.__SQL.Database();
  db.exec(sql.pragmas);
  db.run(sql.create);
  db.run('BEGIN');
  const insert = db.prepare(sql.insert);
  for (let i = 1; i < data.length; i += 1) insert.run(data[i]);
  insert.free();
  db.run('COMMIT');
  const t2 = performance.now();
  const group = db.prepare(sql.group);
  group.bind([indicator]);
  let groups = 0;
  let checksum = 0;
  while (group.step()) {
    groups += 1;
    checksum += group.get()[1];
  }
  group.free();
  const count = db.prepare(sql.count);
  count.step();
  const rows = count.get()[0];
  count.free();
  const t3 = performance.now();
  db.close();
  return {
    rows, groups, checksum,
    parse_ms: t1 - t0, insert_ms: t2 - t1, query_ms: t3 - t2, total_ms: t3 - t0, wall_ms: t3 - t0,
  };
}

// `raw` false: the documented object API (oo1: Stmt.bind(array).stepReset()), which is what an
// application would write. `raw` true: the same statement driven through the bare C exports
// (sqlite3_bind_text/int/double, step, reset), strings UTF-8-encoded into one scratch buffer
// and bound with SQLITE_TRANSIENT -- the hand-tuned best case for this build, to show how much
// of its insert time is the JS wrapper rather than SQLite.
async function runSqliteWasmInPage({ indicator, parseSource, sql, raw }) {
  // eslint-disable-next-line no-new-func
  const parseCsv = new Function(`return (${parseSource})`)();
  const sqlite3 = window.__sqlite3;
  const bytes = window.__benchBytes.slice();
  if (typeof window.gc === 'function') window.gc();
  const t0 = performance.now();
  const data = parseCsv(bytes);
  const t1 = performance.now();
  const db = new sqlite3.oo1.DB(':memory:', 'c');
  db.exec(sql.pragmas);
  db.exec(sql.create);
  db.exec('BEGIN');
  const insert = db.prepare(sql.insert);
  if (!raw) {
    for (let i = 1; i < data.length; i += 1) insert.bind(data[i]).stepReset();
  } else {
    const { wasm } = sqlite3;
    const x = wasm.exports;
    const SCRATCH = 1024;
    const scratch = wasm.alloc(2 * SCRATCH);
    const encoder = new TextEncoder();
    const p = insert.pointer;
    try {
      for (let i = 1; i < data.length; i += 1) {
        const row = data[i];
        const heap = wasm.heap8u(); // re-read: the heap may grow (and be replaced) during inserts
        const a = encoder.encodeInto(row[0], heap.subarray(scratch, scratch + SCRATCH));
        const b = encoder.encodeInto(row[1], heap.subarray(scratch + SCRATCH, scratch + 2 * SCRATCH));
        if (a.read !== row[0].length || b.read !== row[1].length) throw new Error(`line ${i + 1}: field too long`);
        let rc = x.sqlite3_bind_text(p, 1, scratch, a.written, -1); // -1 = SQLITE_TRANSIENT (copy)
        rc = rc || x.sqlite3_bind_text(p, 2, scratch + SCRATCH, b.written, -1);
        rc = rc || x.sqlite3_bind_int(p, 3, row[2]);
        rc = rc || x.sqlite3_bind_double(p, 4, row[3]);
        if (rc) throw new Error(`line ${i + 1}: bind failed (${rc})`);
        rc = x.sqlite3_step(p);
        if (rc !== 101) throw new Error(`line ${i + 1}: step returned ${rc}`); // 101 = SQLITE_DONE
        x.sqlite3_reset(p);
      }
    } finally {
      wasm.dealloc(scratch);
    }
  }
  insert.finalize();
  db.exec('COMMIT');
  const t2 = performance.now();
  const group = db.prepare(sql.group);
  group.bind([indicator]);
  let groups = 0;
  let checksum = 0;
  while (group.step()) {
    groups += 1;
    checksum += group.get(1);
  }
  group.finalize();
  const rows = db.selectValue(sql.count);
  const t3 = performance.now();
  db.close();
  return {
    rows, groups, checksum,
    parse_ms: t1 - t0, insert_ms: t2 - t1, query_ms: t3 - t2, total_ms: t3 - t0, wall_ms: t3 - t0,
  };
}

const SQL_TEXT = { pragmas: PRAGMA_SQL, create: CREATE_SQL, insert: INSERT_SQL, group: GROUP_SQL, count: COUNT_SQL };


// ---------------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function checkShape(r) {
  const problems = [];
  for (const key of ['rows', 'groups', ...PHASES, 'checksum']) {
    if (typeof r?.[key] !== 'number' || !Number.isFinite(r[key])) problems.push(`${key} is ${JSON.stringify(r?.[key])}, not a finite number`);
  }
  for (const key of PHASES) if (r?.[key] < 0) problems.push(`${key} is negative (${r[key]})`);
  return problems;
}

/** Runs one run, verifies it and prints it. */
async function checkedRun(name, i, runOnce, expected) {
  const label = i < WARMUPS ? `warm-up ${i + 1}` : `run ${i - WARMUPS + 1}`;
  const r = await withTimeout(runOnce(), RUN_TIMEOUT_MS, `${name} ${label} did not finish`);
  const problems = [...checkShape(r), ...compareIngest(r, expected)];
  if (problems.length) {
    throw new Error(`${name} ${label} computed a different answer:\n  - ${problems.join('\n  - ')}\n  result: ${JSON.stringify(r)}`);
  }
  const frames = r.frames === undefined ? ''
    : `; ${r.frames} frames, ${fmt(r.frames_per_s, 1)}/s, longest ${fmt(r.longest_frame_ms)} ms`;
  process.stdout.write(`  ${name} ${label}: total ${r.total_ms.toFixed(0)} ms (parse ${r.parse_ms.toFixed(0)}, insert ${r.insert_ms.toFixed(0)}, query ${r.query_ms.toFixed(0)}; wall ${r.wall_ms.toFixed(0)}${frames})\n`);
  r.checksum_rel_err = Math.abs(r.checksum - expected.checksum) / Math.abs(expected.checksum || 1);
  return r;
}

function summarise(runs) {
  const med = Object.fromEntries(PHASES.map((key) => [key, median(runs.map((r) => r[key]))]));
  for (const key of ['frames', 'frames_per_s', 'longest_frame_ms']) {
    if (runs.every((r) => typeof r[key] === 'number')) med[key] = median(runs.map((r) => r[key]));
  }
  return { runs, median: med };
}

/** Warm-up + measured runs of one implementation; every run is verified. */
async function measure(name, runOnce, expected) {
  const runs = [];
  for (let i = 0; i < WARMUPS + RUNS; i += 1) {
    const r = await checkedRun(name, i, runOnce, expected);
    if (i >= WARMUPS) runs.push(r);
  }
  return summarise(runs);
}

// One of Weerbaar's runs in a fresh page: benchIngest (weerbaar), the import (importfile), or the
// import in a page that has done nothing yet (importfile-cold).
async function weerbaarRunInFreshPage(browser, bytes, indicator, id) {
  const dash = await openDashboard(browser, 'file');
  try {
    await waitReady(dash.page);
    const kind = await dash.page.evaluate(() => typeof window.Dashboard.benchIngest);
    if (kind !== 'function') {
      const err = new Error(`Dashboard.benchIngest is not a function (typeof is ${JSON.stringify(kind)}) in ${dash.url}: `
        + 'this build does not implement the DESIGN.md section 5 contract yet');
      err.notImplemented = true;
      throw err;
    }
    await putBytes(dash.page, '__benchBytes', bytes);
    const arg = { indicator, warm: id !== 'importfile-cold' };
    const r = await dash.page.evaluate(id === 'weerbaar' ? runWeerbaarInPage : runImportFileInPage, arg);
    const version = await dash.page.evaluate(async () => (await window.Dashboard.query('SELECT sqlite_version()')).rows[0][0]);
    dash.assertClean();
    return { ...r, sqlite_version: version };
  } finally {
    await dash.close();
  }
}

// Weerbaar's paths in rounds: each round runs every chosen path once, so they share the load of
// the moment. Returns {id: {runs, median, sqliteVersion} or {error}} and each round's ratio of
// the other paths' total to benchIngest's.
async function benchWeerbaarRounds(browser, bytes, expected, indicator, ids, names) {
  const runs = Object.fromEntries(ids.map((id) => [id, []]));
  const failed = {};
  for (let i = 0; i < WARMUPS + RUNS; i += 1) {
    for (const id of ids) {
      if (failed[id]) continue;
      try {
        const r = await checkedRun(names[id], i, () => weerbaarRunInFreshPage(browser, bytes, indicator, id), expected);
        if (i >= WARMUPS) runs[id].push(r);
      } catch (err) {
        failed[id] = err;
        console.log(`  ${names[id]}: ${String(err?.message ?? err).split('\n')[0]}`);
      }
    }
  }
  const results = {};
  for (const id of ids) {
    results[id] = failed[id] ? { error: failed[id] } : { ...summarise(runs[id]), sqliteVersion: runs[id][0].sqlite_version };
  }
  const ratios = {};
  if (!failed.weerbaar && runs.weerbaar?.length) {
    for (const id of ids.filter((x) => x !== 'weerbaar' && !failed[x])) {
      ratios[id] = runs[id].map((r, k) => r.total_ms / runs.weerbaar[k].total_ms);
    }
  }
  return { results, ratios };
}

async function benchSqlJs(browser, bytes, expected, sources, indicator) {
  const blank = await openBlankPage(browser);
  try {
    const { page } = blank;
    await page.addScriptTag({ content: sources.papaparse });
    await page.addScriptTag({ content: sources.sqljs });
    await putBytes(page, '__sqlJsWasm', sources.sqljsWasm);
    const sqliteVersion = await withTimeout(page.evaluate(async () => {
      window.__SQL = await window.initSqlJs({ wasmBinary: window.__sqlJsWasm, locateFile: (f) => f });
      delete window.__sqlJsWasm;
      const db = new window.__SQL.Database();
      const version = db.exec('SELECT sqlite_version()')[0].values[0][0];
      db.close();
      return version;
    }), SETUP_TIMEOUT_MS, 'sql.js did not initialise');
    await putBytes(page, '__benchBytes', bytes);
    blank.assertClean();
    const arg = { indicator, parseSource: parseCsvInPage.toString(), sql: SQL_TEXT };
    const result = await measure('sql.js', () => page.evaluate(runSqlJsInPage, arg), expected);
    blank.assertClean();
    return { ...result, sqliteVersion };
  } finally {
    await blank.close();
  }
}

// The official build is an ES module that would fetch sqlite3.wasm next to itself. Here it is
// imported from a blob: URL made in the page from its source, and given the wasm as wasmBinary
// (plus a locateFile that just returns the name, so no URL is ever resolved against blob:).
async function benchSqliteWasm(browser, bytes, expected, sources, { raw, indicator }) {
  const blank = await openBlankPage(browser);
  try {
    const { page } = blank;
    await page.addScriptTag({ content: sources.papaparse });
    await putBytes(page, '__sqliteWasm', sources.sqliteWasm);
    const version = await withTimeout(page.evaluate(async (src) => {
      // about:blank has an opaque origin, where merely reading window.localStorage throws a
      // SecurityError; the library's kvvfs initialiser reads it at start-up. Hide both storages
      // (kvvfs is not used: the database is ':memory:').
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { value: undefined, configurable: true });
      }
      const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
      const mod = await import(url);
      URL.revokeObjectURL(url);
      const sqlite3 = await mod.default({ wasmBinary: window.__sqliteWasm, locateFile: (f) => f });
      delete window.__sqliteWasm;
      window.__sqlite3 = sqlite3;
      return sqlite3.version.libVersion;
    }, sources.sqliteModule), SETUP_TIMEOUT_MS, 'official sqlite wasm did not initialise');
    await putBytes(page, '__benchBytes', bytes);
    blank.assertClean();
    const arg = { indicator, parseSource: parseCsvInPage.toString(), sql: SQL_TEXT, raw };
    const label = raw ? 'sqlite-wasm (C exports)' : 'sqlite-wasm (oo1)';
    const result = await measure(label, () => page.evaluate(runSqliteWasmInPage, arg), expected);
    blank.assertClean();
    return { ...result, sqliteVersion: version };
  } finally {
    await blank.close();
  }
}

// ---------------------------------------------------------------------------------------------

function fmt(n, digits = 0) {
  return typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function statusOf(err) {
  const message = String(err?.message ?? err);
  return /computed a different answer/.test(message) ? 'wrong answer' : err?.notImplemented ? 'not implemented' : 'failed';
}

// The frames the page drew while importing: "13 a second, longest 102 ms".
function framesText(m) {
  return typeof m.frames_per_s === 'number' ? `${fmt(m.frames_per_s, 0)} a second, longest ${fmt(m.longest_frame_ms)} ms` : '';
}

function printTable(results) {
  const weerbaar = results.find((r) => r.id === 'weerbaar' && r.status === 'ok');
  const head = ['implementation', 'parse ms', 'insert ms', 'query ms', 'total ms', 'wall ms', 'x Weerbaar', 'frames meanwhile'];
  const rows = results.map((r) => {
    if (r.status !== 'ok') return [r.name, '-', '-', '-', '-', '-', `${r.status.toUpperCase()}`, ''];
    const m = r.median;
    const ratio = weerbaar ? `${fmt(m.total_ms / weerbaar.median.total_ms, 2)}` : 'n/a';
    return [r.name, fmt(m.parse_ms), fmt(m.insert_ms), fmt(m.query_ms), fmt(m.total_ms), fmt(m.wall_ms), ratio, framesText(m)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 7 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const r of results) if (r.status !== 'ok') console.log(`\n${r.name}: ${r.status.toUpperCase()}\n  ${r.error.replace(/\n/g, '\n  ')}`);
}

// The same as a Markdown table for the README: the import's row says "the whole import" in the
// parse column, as the phases cannot be told apart from outside.
function printReadmeTable(results) {
  const weerbaar = results.find((r) => r.id === 'weerbaar' && r.status === 'ok');
  console.log('\n| implementation | parse | insert | query | total | vs benchIngest |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results.filter((x) => x.status === 'ok')) {
    const m = r.median;
    const ratio = !weerbaar ? 'n/a' : r === weerbaar ? '1.0x' : `${fmt(m.total_ms / weerbaar.median.total_ms, 2)}x`;
    const isImport = r.id.startsWith('importfile');
    const parse = isImport ? `${fmt(m.parse_ms)} (whole import)` : fmt(m.parse_ms);
    console.log(`| ${r.name} | ${parse} | ${isImport ? '-' : fmt(m.insert_ms)} | ${fmt(m.query_ms)} | ${fmt(m.total_ms)} | ${ratio} |`);
  }
}

function parseArguments(args) {
  const usage = 'usage: node tests/bench/ingest.mjs [rows=1000000] [--cbs] [--only id,id,...]';
  const ids = ['weerbaar', 'importfile', 'importfile-cold', 'sqljs', 'sqlite-wasm', 'sqlite-wasm-raw'];
  const options = { rows: 1_000_000, cbs: false, only: null };
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--cbs') options.cbs = true;
    else if (args[i] === '--only') {
      options.only = (args[++i] ?? '').split(',');
      const unknown = options.only.filter((id) => !ids.includes(id));
      if (unknown.length) throw new Error(`${usage}: unknown ${unknown.join(', ')} (known: ${ids.join(', ')})`);
    }
    else if (/^\d+$/.test(args[i]) && Number(args[i]) > 0) options.rows = Number(args[i]);
    else throw new Error(`${usage} (got ${args[i]})`);
  }
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const bytes = options.cbs ? makeCbsLongCsv(DEFAULT_SEED) : makeIngestCsv(options.rows, DEFAULT_SEED);
  const indicator = options.cbs ? CBS_INDICATOR : RANDOM_INDICATOR;
  const expected = expectedIngest(bytes, indicator);
  const rows = expected.rows;
  console.log(`CSV: ${rows} rows${options.cbs ? ' (CBS municipalities, 300 indicators x 10 years)' : ''}, `
    + `${(bytes.length / 1e6).toFixed(1)} MB, seed ${DEFAULT_SEED}, made in ${Date.now() - started} ms; `
    + `expected for ${indicator}: rows ${expected.rows}, groups ${expected.groups}, checksum ${expected.checksum}`);

  const sources = {
    papaparse: readFileSync(nodeModule('papaparse/papaparse.min.js'), 'utf8'),
    sqljs: readFileSync(nodeModule('sql.js/dist/sql-wasm.js'), 'utf8'),
    sqljsWasm: new Uint8Array(readFileSync(nodeModule('sql.js/dist/sql-wasm.wasm'))),
    sqliteModule: readFileSync(nodeModule('@sqlite.org/sqlite-wasm/dist/index.mjs'), 'utf8'),
    sqliteWasm: new Uint8Array(readFileSync(nodeModule('@sqlite.org/sqlite-wasm/dist/sqlite3.wasm'))),
  };
  const versions = {
    'sql.js': packageVersion('sql.js'),
    papaparse: packageVersion('papaparse'),
    '@sqlite.org/sqlite-wasm': packageVersion('@sqlite.org/sqlite-wasm'),
    'playwright-core': packageVersion('playwright-core'),
  };

  // --expose-gc only lets each run start from a collected heap (same for every implementation).
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  const browserVersion = browser.version();
  const results = [];
  // The import needs real area codes: only the --cbs file has them (the random rows' codes are
  // not in the database, and the random rows repeat keys).
  const chosen = (id) => (options.only ? options.only.includes(id) : options.cbs || !id.startsWith('importfile'));
  if (!options.cbs && options.only?.some((id) => id.startsWith('importfile'))) {
    throw new Error('importfile needs --cbs: the random rows use area codes the database does not know');
  }
  const weerbaarNames = {
    weerbaar: 'Weerbaar (C++/wasm, Dashboard.benchIngest)',
    importfile: 'Weerbaar Dashboard.importFile (the import button)',
    'importfile-cold': 'Weerbaar Dashboard.importFile, first thing in a fresh page',
  };
  const weerbaarIds = Object.keys(weerbaarNames).filter(chosen);
  const others = [
    { id: 'sqljs', name: `sql.js ${versions['sql.js']} + papaparse ${versions.papaparse}`, run: () => benchSqlJs(browser, bytes, expected, sources, indicator) },
    { id: 'sqlite-wasm', name: `@sqlite.org/sqlite-wasm ${versions['@sqlite.org/sqlite-wasm']} oo1 + papaparse`, run: () => benchSqliteWasm(browser, bytes, expected, sources, { raw: false, indicator }) },
    { id: 'sqlite-wasm-raw', name: `@sqlite.org/sqlite-wasm ${versions['@sqlite.org/sqlite-wasm']} C exports + papaparse`, run: () => benchSqliteWasm(browser, bytes, expected, sources, { raw: true, indicator }) },
  ].filter((impl) => chosen(impl.id));
  let ratios = {};
  try {
    if (weerbaarIds.length) {
      console.log(`\n${weerbaarIds.map((id) => weerbaarNames[id]).join(', ')}: in rounds, a fresh page a run`);
      const rounds = await benchWeerbaarRounds(browser, bytes, expected, indicator, weerbaarIds, weerbaarNames);
      ratios = rounds.ratios;
      for (const id of weerbaarIds) {
        const r = rounds.results[id];
        if (r.error) results.push({ id, name: weerbaarNames[id], status: statusOf(r.error), error: String(r.error?.message ?? r.error) });
        else results.push({ id, name: weerbaarNames[id], status: 'ok', ...r });
      }
    }
    for (const impl of others) {
      console.log(`\n${impl.name}`);
      try {
        const measured = await impl.run();
        results.push({ id: impl.id, name: impl.name, status: 'ok', ...measured });
        console.log(`  (SQLite ${measured.sqliteVersion})`);
      } catch (err) {
        const status = statusOf(err);
        console.log(`  ${impl.name}: ${status.toUpperCase()}: ${String(err?.message ?? err).split('\n')[0]}`);
        results.push({ id: impl.id, name: impl.name, status, error: String(err?.message ?? err) });
      }
    }
  } finally {
    await browser.close();
  }

  printTable(results);
  const weerbaar = results.find((r) => r.id === 'weerbaar' && r.status === 'ok');
  const sqljs = results.find((r) => r.id === 'sqljs' && r.status === 'ok');
  for (const r of results) {
    if (r.status === 'ok' && weerbaar) r.ratio_vs_weerbaar = r.median.total_ms / weerbaar.median.total_ms;
  }
  for (const [id, list] of Object.entries(ratios)) {
    const r = results.find((x) => x.id === id);
    if (r) r.ratios_by_round = list;
    console.log(`\n${weerbaarNames[id]}: ${fmt(median(list), 2)}x benchIngest on the same bytes (median of the rounds: `
      + `${list.map((x) => fmt(x, 2)).join(', ')}; the goal is at most 2x)${r ? `; frames meanwhile ${framesText(r.median)}` : ''}`);
  }
  if (weerbaar && sqljs) {
    console.log(`\nWeerbaar is ${(sqljs.median.total_ms / weerbaar.median.total_ms).toFixed(1)}x faster than sql.js + papaparse `
      + `(median total ${fmt(weerbaar.median.total_ms)} ms vs ${fmt(sqljs.median.total_ms)} ms, ${rows} rows)`);
  } else {
    console.log('\nno speed-up figure: Weerbaar and sql.js + papaparse did not both complete');
  }

  printReadmeTable(results);

  const report = {
    benchmark: 'ingest',
    date: new Date().toISOString(),
    rows,
    input: options.cbs ? 'cbs' : 'random',
    bytes: bytes.length,
    seed: DEFAULT_SEED,
    indicator,
    expected,
    warmups: WARMUPS,
    runs: RUNS,
    page: pagePath(),
    browser: `chromium ${browserVersion}`,
    versions,
    results,
  };
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${path.relative(REPO_ROOT, OUT_FILE)}`);

  const failed = results.filter((r) => r.status !== 'ok');
  if (failed.length) {
    console.error(`\nFAIL: ${failed.map((r) => `${r.name} (${r.status})`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(`FAIL: ${err.stack || err}`);
  process.exitCode = 1;
});
