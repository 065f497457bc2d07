// Where the start's main-thread time goes: a CPU profile of the page (Chrome DevTools Protocol)
// opened from file://, from before navigation until Dashboard.ready, summed by function name, self and inclusive.
//   node tests/bench/profile_start.mjs [--runs 3] [--top 40] [--out build/bench/start.cpuprofile]
// Wasm functions are named only in a build configured with -DWEERBAAR_WASM_NAMES=ON (otherwise
// they show as wasm-function[N]). Times of several runs are added up, then divided by the runs.
// Samples measure wall time on the page's main thread: a call that waits for the GPU process shows
// as the self time of the JS function making it (emscriptenWebGLGet, fixedGetContext), and on a
// busy machine the time the thread was not scheduled lands on whatever function it was in.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, pagePath, REPO_ROOT, waitReady, VIEWPORT } from '../e2e/browser.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const TOP = Number(option('top', 40));
const OUT = option('out', path.join(REPO_ROOT, 'build', 'bench', 'start.cpuprofile'));

// Self time per node from the samples (timeDeltas are the gaps between consecutive samples).
function selfTimes(profile) {
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return self;
}

// Adds self and inclusive ms per function name into `totals` (a name counted once per stack).
function aggregate(profile, totals) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return functionName || (url ? `(anonymous ${path.basename(url)}:${lineNumber + 1})` : '(anonymous)');
  };
  for (const [id, ms] of selfTimes(profile)) {
    const node = nodes.get(id);
    const own = nameOf(node);
    const entry = totals.get(own) ?? { self: 0, total: 0 };
    entry.self += ms;
    totals.set(own, entry);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(nodes.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      const e = totals.get(name) ?? { self: 0, total: 0 };
      e.total += ms;
      totals.set(name, e);
    }
  }
}

async function profiledStart(browser, keep) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(pathToFileURL(pagePath()).href, { waitUntil: 'domcontentloaded' });
    await waitReady(page);
    const ready = await page.evaluate(() => performance.getEntriesByName('weerbaar-ready')[0].startTime);
    const { profile } = await cdp.send('Profiler.stop');
    if (keep) {
      mkdirSync(path.dirname(OUT), { recursive: true });
      writeFileSync(OUT, JSON.stringify(profile));
    }
    return { ready, profile };
  } finally {
    await context.close();
  }
}

const browser = await launchBrowser();
const totals = new Map();
const readyTimes = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { ready, profile } = await profiledStart(browser, run === RUNS - 1);
    readyTimes.push(ready);
    aggregate(profile, totals);
  }
} finally {
  await browser.close();
}

const rows = [...totals.entries()].map(([name, t]) => ({ name, self: t.self / RUNS, total: t.total / RUNS }));
console.log(`ready after ${readyTimes.map((t) => t.toFixed(0)).join(', ')} ms from file://`);
for (const [title, key] of [['inclusive', 'total'], ['self', 'self']]) {
  console.log(`\n-- by ${title} time, ms per run --`);
  for (const r of [...rows].sort((a, b) => b[key] - a[key]).slice(0, TOP)) {
    console.log(`${r.total.toFixed(1).padStart(8)} ${r.self.toFixed(1).padStart(8)}  ${r.name}`);
  }
}
