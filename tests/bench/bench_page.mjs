// Pages for the benchmarks: moving large inputs into a page without a server, and pages for the
// comparison libraries that make no request (every request is aborted and recorded, unless it is
// data:, blob: or about:, or a file `serve` maps to the disk).

import { VIEWPORT } from '../e2e/browser.mjs';

// Base64 chunks must start on a 3-byte boundary so each decodes on its own.
const CHUNK_BYTES = 12 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Moving bytes into a page without a server: base64 in chunks through page.evaluate, decoded in
// the page into window[name] (a Uint8Array). Happens once, before and outside any timing.

export async function putBytes(page, name, bytes) {
  await page.evaluate((n) => { window.__benchChunks = window.__benchChunks || {}; window.__benchChunks[n] = []; }, name);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const b64 = Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(CHUNK_BYTES, bytes.length - offset)).toString('base64');
    await page.evaluate(([n, s]) => { window.__benchChunks[n].push(s); }, [name, b64]);
  }
  const length = await page.evaluate(([n, total]) => {
    const decode = (s) => {
      if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s);
      const bin = atob(s);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
      return out;
    };
    const out = new Uint8Array(total);
    let at = 0;
    for (const s of window.__benchChunks[n]) {
      const part = decode(s);
      out.set(part, at);
      at += part.length;
    }
    delete window.__benchChunks[n];
    window[n] = out;
    return at;
  }, [name, bytes.length]);
  if (length !== bytes.length) throw new Error(`transferred ${length} of ${bytes.length} bytes of ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Pages for the comparison libraries: a blank page where every request is aborted and recorded
// unless it is data:, blob: or about:; console errors and uncaught errors are recorded too.

// `serve(url)` may return the bytes and type of a file to answer a request with (a harness page and
// the library files it loads, from the disk); anything else is aborted and recorded.
export async function openBlankPage(browser, serve = () => null) {
  const problems = [];
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|blob|about):/.test(url)) return route.continue();
    const file = serve(url);
    if (file) return route.fulfill({ status: 200, contentType: file.type, body: file.body });
    problems.push(`request ${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    problems.push(`websocket ${ws.url()}`);
    ws.close();
  });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack || err}`));
  await page.goto('about:blank');
  const assertClean = () => {
    if (problems.length) {
      const list = problems.splice(0).map((p) => `  - ${p}`).join('\n');
      throw new Error(`comparison page was not clean:\n${list}`);
    }
  };
  return { page, assertClean, close: () => context.close() };
}
