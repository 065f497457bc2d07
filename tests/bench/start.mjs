// Start-up benchmark: how long dist/index.html takes from navigation to Dashboard.ready (the first
// frame with the default data drawn), opened from file:// (a USB stick) and from a loopback
// server (a static site), each in a fresh browser context (no saved database, nothing cached).
//   node tests/bench/start.mjs [--runs 5]
// Prints the runs and their median per way of opening, and the page's size per part.
import { readFileSync } from 'node:fs';
import { launchBrowser, openDashboard, pagePath, readyTimeUndisturbed } from '../e2e/browser.mjs';
import { pageParts } from '../e2e/page_parts.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser();
try {
  for (const mode of (process.env.MODES || 'file,http').split(',')) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const session = await openDashboard(browser, mode);
      // The clock starts at navigation (performance.timeOrigin) and stops when ready resolved.
      times.push(await readyTimeUndisturbed(session.page));
      session.assertClean();
      await session.close();
    }
    console.log(`${mode}: ready after ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms`);
  }
} finally {
  await browser.close();
}
console.log('page parts (bytes):', JSON.stringify(pageParts(readFileSync(pagePath(), 'utf8'))));
