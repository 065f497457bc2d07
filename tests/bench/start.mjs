// Start-up benchmark: how long dist/index.html takes from navigation to Dashboard.ready (the first
// frame with the default data drawn), opened from file:// (a USB stick) and from a loopback
// server (a static site), each in a fresh browser context (no saved database, nothing cached),
// whose new window is left to finish starting its own interface first (settleBrowser in
// tests/e2e/browser.mjs; --unsettled navigates at once, as this benchmark first did).
//   node tests/bench/start.mjs [--runs 5] [--modes file,http] [--unsettled]
// Prints the runs and their median per way of opening, where the time went (the page's
// "weerbaar:<phase>" User Timing marks, each phase's median time since the mark before), and the
// page's size per part.
import { readFileSync } from 'node:fs';
import { launchBrowser, openDashboard, pagePath, readyTimeUndisturbed } from '../e2e/browser.mjs';
import { pageParts } from '../e2e/page_parts.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const MODES = option('modes', 'file,http').split(',');
const SETTLE = !process.argv.includes('--unsettled');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The phases of one start, in the order they happened: [[name, ms since navigation], ...].
const startPhases = (page) => page.evaluate(() => performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('weerbaar:'))
  .sort((a, b) => a.startTime - b.startTime)
  .map((m) => [m.name.slice('weerbaar:'.length), m.startTime]));

function phaseTable(runs) {
  const names = runs[0].map(([name]) => name);
  return names.map((name, i) => {
    const took = runs.map((phases) => phases[i][1] - (i > 0 ? phases[i - 1][1] : 0));
    const at = runs.map((phases) => phases[i][1]);
    return `  ${name.padEnd(14)} +${median(took).toFixed(0).padStart(4)} ms  (at ${median(at).toFixed(0)})`;
  }).join('\n');
}

const browser = await launchBrowser();
try {
  for (const mode of MODES) {
    const times = [];
    const phases = [];
    for (let i = 0; i < RUNS; i++) {
      const session = await openDashboard(browser, mode, { settle: SETTLE });
      // The clock starts at navigation (performance.timeOrigin) and stops when ready resolved.
      times.push(await readyTimeUndisturbed(session.page));
      phases.push(await startPhases(session.page));
      session.assertClean();
      await session.close();
    }
    console.log(`${mode}: ready after ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms`);
    // Every run passes the same marks in the same order, or the table would mix phases up.
    const order = JSON.stringify(phases[0].map(([name]) => name));
    if (phases.every((p) => JSON.stringify(p.map(([name]) => name)) === order)) console.log(phaseTable(phases));
  }
} finally {
  await browser.close();
}
console.log('page parts (bytes):', JSON.stringify(pageParts(readFileSync(pagePath(), 'utf8'))));
