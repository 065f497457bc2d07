// Shared helpers for the browser end-to-end tests: launch Debian's chromium through
// playwright-core, open the dashboard from file:// or over a loopback server, and record
// everything that would break the "self-contained, no network, no errors" promise.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The real CBS / PDOK files the project carries (assets/cbs/README.md).
export const CBS_DATA = path.join(REPO_ROOT, 'assets', 'cbs');
export const VIEWPORT = { width: 1280, height: 800 };
export const READY_TIMEOUT_MS = 30_000;

// Flags from TOOLCHAIN.md: no sandbox (containers), no background traffic that would show
// up as stray requests, and WebGL2 rendered on the CPU by SwiftShader (there is no GPU here).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
];

/** Launches headless Debian chromium; `extraArgs` lets a test add e.g. --disable-3d-apis. */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * The page under test: dist/index.html of this repo, unless WEERBAAR_PAGE names another
 * page file (used to check the harness itself against a fake page, and handy for trying
 * a build kept elsewhere).
 */
export function pagePath() {
  const override = process.env.WEERBAAR_PAGE;
  const file = override ? path.resolve(override) : path.join(REPO_ROOT, 'dist', 'index.html');
  if (!existsSync(file)) {
    throw new Error(
      `page not found: ${file}` + (override ? ' (from WEERBAAR_PAGE)' : ' (build it first, or set WEERBAAR_PAGE)'),
    );
  }
  return file;
}

/** Rejects with `message` if `promise` has not settled within `ms`. */
export async function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (timed out after ${ms} ms)`)), ms);
  });
  // If we give up, the abandoned promise may still reject later (e.g. when the page closes);
  // mark it handled so that does not surface as an unhandled rejection in node.
  promise.catch(() => {});
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// data: and blob: URLs are produced by the page itself (inline assets, workers), not fetched.
function isLocalScheme(url) {
  return url.startsWith('data:') || url.startsWith('blob:');
}

function stripFragment(url) {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

// Resolves where to load the page from; in http mode this starts a server on the page's folder.
async function locatePage(mode, file, onServerRequest) {
  if (mode === 'file') {
    return { url: pathToFileURL(file).href, server: null };
  }
  if (mode === 'http') {
    const server = await startServer(path.dirname(file), 0, { onRequest: onServerRequest });
    return { url: server.url + encodeURIComponent(path.basename(file)), server };
  }
  throw new Error(`unknown mode ${JSON.stringify(mode)} (expected 'file' or 'http')`);
}

// Aborts and records every request except the page itself, in every frame and worker of the
// context (context.route, not page.route, so workers are covered too).
async function blockForeignRequests(context, pageUrl, problems) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalScheme(url) || stripFragment(url) === pageUrl) return route.continue();
    problems.requests.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  // WebSockets bypass route(); routeWebSocket without connectToServer() means no connection is
  // ever made, and closing it tells the page the attempt failed.
  await context.routeWebSocket(/.*/, (ws) => {
    problems.requests.push(`WEBSOCKET ${ws.url()}`);
    ws.close();
  });
}

function watchPage(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    problems.consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack || String(err)));
}

function describeProblems(problems, { requestsOnly }) {
  const sections = [['unexpected requests', problems.requests]];
  if (!requestsOnly) {
    sections.push(['console errors', problems.consoleErrors], ['uncaught page errors', problems.pageErrors]);
  }
  return sections
    .filter(([, items]) => items.length > 0)
    .map(([title, items]) => `${title}:\n${items.map((item) => `  - ${item}`).join('\n')}`)
    .join('\n');
}

/**
 * Waits until the browser's processes together use less than a tenth of a core over `quietMs`
 * (or `maxMs` has passed). A new context is a new browser window, and each new window starts its
 * own interface, a WebUI page in a renderer of its own: 0.5-0.8 s of CPU on this 2-core machine,
 * spent in the first second after the window opens. A start benchmark that navigates at once
 * measures the page competing with that; it waits here first, as a person opens a page in a
 * browser whose window is already there. Resolves to the milliseconds waited.
 */
export async function settleBrowser(browser, { quietMs = 200, maxMs = 5000 } = {}) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const cpuSeconds = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo
      .reduce((sum, process) => sum + process.cpuTime, 0);
    const started = Date.now();
    const history = [[started, await cpuSeconds()]];
    while (Date.now() - started < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = Date.now();
      history.push([now, await cpuSeconds()]);
      // The oldest sample within the last quietMs, if it spans most of them: the CPU used since.
      const [since, cpuThen] = history.find(([at]) => now - at <= quietMs);
      const span = now - since;
      if (span >= quietMs * 0.75 && (history.at(-1)[1] - cpuThen) * 1000 < span * 0.1) break;
    }
    return Date.now() - started;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Opens the dashboard in a fresh 1280x800 context (or in `context`, to share browser storage),
 * from `file` (default: dist/index.html or WEERBAAR_PAGE).
 * mode 'file' loads the page from file://, mode 'http' from a loopback server.
 * settle: wait for the new window to finish starting before navigating (settleBrowser; the start
 * benchmarks). Returns { page, url, problems, assertClean({requestsOnly}), close() }.
 * assertClean() throws listing everything recorded since the previous call, then forgets it,
 * so each problem fails exactly the test during which it happened.
 */
export async function openDashboard(browser, mode, { file = pagePath(), context: sharedContext, settle = false } = {}) {
  const problems = { requests: [], consoleErrors: [], pageErrors: [] };
  // Requests that reach the server but never passed through routing (the browser itself asking
  // for /favicon.ico, say) are just as much "network traffic" as anything the page fetches.
  let pageUrl;
  const onServerRequest = (method, url) => {
    if (pageUrl && stripFragment(new URL(url, pageUrl).href) !== pageUrl) {
      problems.requests.push(`${method} ${url} (seen by the server)`);
    }
  };
  const located = await locatePage(mode, file, onServerRequest);
  pageUrl = located.url;

  // A shared context keeps browser storage (IndexedDB) between pages: reload and restart tests.
  const context = sharedContext ??
    await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const close = async () => {
    if (!sharedContext) await context.close();
    await located.server?.close();
  };
  try {
    await blockForeignRequests(context, pageUrl, problems);
    const page = await context.newPage();
    watchPage(page, problems);
    if (settle) await settleBrowser(browser);
    // Only wait for the DOM: readiness is the app's own signal (waitReady), not the load event.
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded', timeout: READY_TIMEOUT_MS });

    const assertClean = ({ requestsOnly = false } = {}) => {
      const report = describeProblems(problems, { requestsOnly });
      problems.requests.length = problems.consoleErrors.length = problems.pageErrors.length = 0;
      if (report) throw new Error(`page ${pageUrl} (${mode}) was not clean:\n${report}`);
    };
    return { page, url: pageUrl, problems, assertClean, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Polls until window.Dashboard exists; fails after `timeoutMs`. */
export async function waitForDashboard(page, timeoutMs = READY_TIMEOUT_MS) {
  try {
    await page.waitForFunction(() => Boolean(window.Dashboard), null, { timeout: timeoutMs, polling: 100 });
  } catch (err) {
    throw new Error(`window.Dashboard did not appear within ${timeoutMs} ms: ${err.message}`);
  }
}

/**
 * Waits for Dashboard.ready (30 s in total, including waiting for window.Dashboard to exist)
 * and returns the page's performance.now() when it resolved, i.e. ms since navigation start.
 */
export async function waitReady(page, timeoutMs = READY_TIMEOUT_MS) {
  const started = Date.now();
  await waitForDashboard(page, timeoutMs);
  return readyTimeWithin(page, Math.max(1, timeoutMs - (Date.now() - started)));
}

/**
 * The start-up benchmarks' wait for Dashboard.ready (Chromium only): the page's
 * performance.now() when it resolved. waitReady polls through playwright's injected script, whose
 * evaluation (some 25-30 ms on the page's main thread, right when the module starts) would count
 * against the start; this asks over the DevTools protocol instead, which runs nothing in the page
 * but the one expression below.
 */
export async function readyTimeUndisturbed(page, timeoutMs = READY_TIMEOUT_MS) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const asked = cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        (function wait() {
          if (!window.Dashboard) return setTimeout(wait, 20);
          window.Dashboard.ready.then(() => resolve(performance.getEntriesByName('weerbaar-ready')[0].startTime), reject);
        })();
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    const { result, exceptionDetails } = await withTimeout(asked, timeoutMs, 'Dashboard.ready did not settle');
    if (exceptionDetails) throw new Error(`dashboard did not become ready: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Once window.Dashboard exists: the page's performance.now() when Dashboard.ready resolved, waiting
 * at most `ms`. Works with playwright's and puppeteer's pages alike (Firefox uses it too).
 */
export async function readyTimeWithin(page, ms, what = 'dashboard') {
  const readyAt = page.evaluate(async () => {
    await window.Dashboard.ready;
    return performance.now();
  });
  try {
    return await withTimeout(readyAt, ms, 'Dashboard.ready did not settle');
  } catch (err) {
    throw new Error(`${what} did not become ready: ${err.message}`);
  }
}
