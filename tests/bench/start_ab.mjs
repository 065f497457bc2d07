// Start-up of two (or more) page files compared back to back: the files take turns (A, B, A, B...)
// in one browser, each run in a fresh context from file:// (its window settled first, as in
// start.mjs), so a machine whose load changes during the measurement treats every variant alike.
//   node tests/bench/start_ab.mjs [--rounds 8] A.html B.html [C.html ...]
// Prints each variant's runs and median, and the load average before and after.
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchBrowser, openDashboard, readyTimeUndisturbed } from '../e2e/browser.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 8;
const files = args.map((f) => path.resolve(f));
if (files.length < 2) throw new Error('usage: start_ab.mjs [--rounds N] A.html B.html [...]');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`load before: ${load()}`);
const times = files.map(() => []);
const browser = await launchBrowser();
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which variant goes first, so neither always follows the other.
    const order = files.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      const session = await openDashboard(browser, 'file', { file: files[i], settle: true });
      times[i].push(await readyTimeUndisturbed(session.page));
      session.assertClean();
      await session.close();
    }
  }
} finally {
  await browser.close();
}
files.forEach((f, i) => console.log(`${path.basename(f)}: median ${median(times[i]).toFixed(0)} ms; runs ${times[i].map((t) => t.toFixed(0)).join(', ')}`));
console.log(`load after: ${load()}`);
