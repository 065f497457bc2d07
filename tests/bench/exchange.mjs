// Exchange benchmark on the user's path: the country reads the files of all 342 municipalities at
// once (Dashboard.importExchange, the same code as dropping them on the page): each signature is
// checked with WebCrypto, then each file merged in its own transaction.
//   node tests/bench/exchange.mjs
// The files come from build/native/bench_exchange (a year of checklist work per municipality on
// top of the example content of its area, about 80 KB each), signed here with a key per
// municipality by web/signing.js; the page trusts those keys first. The page starts from the
// default database, which already holds the example rows: those count as unchanged, the year of
// statuses as added. The native figure (every row new) is bench_exchange's own output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, launchBrowser, openDashboard, waitReady } from '../e2e/browser.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'weerbaar-bench-exchange-'));
try {
  const native = execFileSync(path.join(REPO_ROOT, 'build/native/bench_exchange'),
    [path.join(REPO_ROOT, 'build/native/default.sqlite'), '--files', dir]).toString();
  console.log('native (every row new):\n' + native.trim().replace(/^/gm, '  '));

  new Function(readFileSync(path.join(REPO_ROOT, 'web/signing.js'), 'utf8'))();
  const signing = globalThis.weerbaarSigning;
  signing.useKeyStore(signing.memoryKeyStore());
  const files = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sqlite')).sort()) {
    const [, source, peildatum, seq] = /^voortgang-(\w+)-(\d{4}-\d{2}-\d{2})-(\d+)\.sqlite$/.exec(name);
    const { key } = await signing.createKey(source, null);
    const signed = await signing.sign(new Uint8Array(readFileSync(path.join(dir, name))),
      `weerbaar-exchange-v1;source=${source};seq=${seq};peildatum=${peildatum}`, key);
    files.push({ name, base64: Buffer.from(signed).toString('base64'), keyFile: signing.publicKeyText(key, `Weerbaar ${source}`) });
  }

  const browser = await launchBrowser();
  try {
    const session = await openDashboard(browser, 'file');
    const { page } = session;
    await waitReady(page);
    await page.evaluate(() => window.Dashboard.setOrganisation('NL01', 'Veiligheidsberaad'));
    for (const f of files) {
      await page.evaluate(async (file) => {
        await window.Dashboard.trustSenderKey(file.keyFile);
        const binary = atob(file.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        (window.benchFiles ??= []).push({ name: file.name, bytes });
      }, f);
    }
    const result = await page.evaluate(async () => {
      const started = performance.now();
      const summary = await window.Dashboard.importExchange(window.benchFiles);
      const ms = performance.now() - started;
      let read = 0, added = 0;
      for (const r of summary.reports) {
        for (const c of Object.values(r.counts)) {
          read += c.added + c.updated + c.unchanged + c.history + c.removed + c.conflicts;
          added += c.added;
        }
      }
      return { ms, files: summary.files, merged: summary.merged, read, added };
    });
    session.assertClean();
    await session.close();
    console.log(`page (Dashboard.importExchange, file://): ${result.merged} of ${result.files} files merged, ` +
      `${result.read} rows read, ${result.added} added, in ${(result.ms / 1000).toFixed(1)} s ` +
      `(${(result.ms / result.files).toFixed(0)} ms per file)`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
