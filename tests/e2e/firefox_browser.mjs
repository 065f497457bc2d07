// Helpers for running the dashboard in Debian's firefox-esr through puppeteer-core (WebDriver
// BiDi), the Firefox counterpart of browser.mjs: launch a headless Firefox with a fresh profile
// and WebGL2 on Mesa's software renderer, open the page from file:// in a fresh browser context,
// and record console errors, uncaught errors and every network request other than the page.

import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { READY_TIMEOUT_MS, VIEWPORT, pagePath, readyTimeWithin, withTimeout } from './browser.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
// Software GL makes the first start slow (a cold start took about 9 s on 2 shared cores), so
// give launching, and every protocol call, far more room than a healthy run needs.
export const FIREFOX_LAUNCH_TIMEOUT_MS = 120_000;
const PROTOCOL_TIMEOUT_MS = 120_000;
const CLOSE_TIMEOUT_MS = 30_000;
const CALL_TIMEOUT_MS = 30_000;

// There is no GPU here: without these Firefox refuses WebGL and getContext('webgl2') is null
// (measured, see TOOLCHAIN.md). Mesa's llvmpipe is reached through EGL.
export const FIREFOX_ENV = { LIBGL_ALWAYS_SOFTWARE: '1', MOZ_WEBGL_FORCE_EGL: '1' };
const WEBGL_PREFS = {
  'webgl.force-enabled': true,
  'webgl.disabled': false,
  'webgl.enable-webgl2': true,
  'gfx.webrender.software': true,
  'webgl.out-of-process': false,
};

// Firefox talks to the network on its own (telemetry, updates, captive-portal and connectivity
// probes, safe-browsing lists, remote settings, experiments, DNS prefetch...). None of that is
// the page's doing, and on a machine without network it only adds noise and delays, so switch
// it off. puppeteer-core sets some of these already; repeating them keeps this list complete
// and independent of its defaults.
const QUIET_NETWORK_PREFS = {
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.ping-centre.telemetry': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'media.gmp-manager.updateEnabled': false,
  'geo.provider.network.url': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
};

export const FIREFOX_PREFS = {
  ...QUIET_NETWORK_PREFS,
  ...WEBGL_PREFS,
  // puppeteer-core relaxes this so local files may read each other; a user's Firefox does not,
  // and the page must work (and fail) from file:// exactly as it does for them.
  'security.fileuri.strict_origin_policy': true,
};

/**
 * Launches headless firefox-esr. puppeteer-core makes a fresh temporary profile for every
 * launch (and deletes it on close), so no storage survives from an earlier run.
 */
export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, ...FIREFOX_ENV },
    extraPrefsFirefox: FIREFOX_PREFS,
    timeout: FIREFOX_LAUNCH_TIMEOUT_MS,
    protocolTimeout: PROTOCOL_TIMEOUT_MS,
  });
}

/** Closes the browser; if Firefox does not answer, ends the process this launch started. */
export async function closeFirefox(browser) {
  if (!browser) return;
  try {
    await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, 'closing Firefox');
  } catch (err) {
    browser.process()?.kill('SIGKILL');
    throw err;
  }
}

/** page.evaluate with a time limit, so a hung page fails the test with a name, not a timeout. */
export function inPage(page, what, fn, ...args) {
  return withTimeout(page.evaluate(fn, ...args), CALL_TIMEOUT_MS, `${what} did not settle`);
}

/** Waits for `n` animation frames of the page. */
export function frames(page, n = 3) {
  return inPage(page, `${n} frames`, (count) => new Promise((resolve) => {
    const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  }), n);
}

// data: and blob: URLs are made by the page itself (the inlined wasm, for one), not fetched.
const isLocalScheme = (url) => url.startsWith('data:') || url.startsWith('blob:');
const withoutFragment = (url) => url.split('#')[0];

/**
 * Records, for `page`, console errors, uncaught errors (Firefox reports blocked Content Security
 * Policy loads this way too) and every request other than `pageUrl` itself; those requests are
 * aborted, so a test never reaches the network. Returns the problems object and assertClean(),
 * which throws listing everything recorded since its previous call and then forgets it, so each
 * problem fails exactly the test during which it happened.
 */
export async function recordProblems(page, pageUrl) {
  const problems = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location() ?? {};
    problems.consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err?.stack || String(err)));
  // Over BiDi, Firefox reports http(s), data: and blob: requests here; file:// loads are not
  // network traffic and do not appear.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (isLocalScheme(url) || withoutFragment(url) === withoutFragment(pageUrl)) {
      request.continue().catch(() => {});
      return;
    }
    problems.requests.push(`${request.method()} ${url}`);
    request.abort('blockedbyclient').catch(() => {});
  });
  const assertClean = () => {
    const sections = [
      ['unexpected requests', problems.requests],
      ['console errors', problems.consoleErrors],
      ['uncaught page errors', problems.pageErrors],
    ].filter(([, items]) => items.length > 0);
    problems.requests.length = problems.consoleErrors.length = problems.pageErrors.length = 0;
    if (sections.length > 0) {
      const report = sections.map(([title, items]) => `${title}:\n${items.map((i) => `  - ${i}`).join('\n')}`);
      throw new Error(`page ${pageUrl} (Firefox) was not clean:\n${report.join('\n')}`);
    }
  };
  return { problems, assertClean };
}

/**
 * Opens the dashboard from file:// in a fresh browser context (its own storage, so IndexedDB
 * starts empty) at VIEWPORT size. `hash` is appended to the address (a view link).
 * Returns { page, url, problems, assertClean(), close() }.
 */
export async function openDashboardInFirefox(browser, { file = pagePath(), hash = '' } = {}) {
  const url = pathToFileURL(file).href + hash;
  const context = await browser.createBrowserContext();
  const close = () => withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'closing the browser context');
  try {
    const page = await context.newPage();
    // Before navigating: the app sizes its canvas to the window when it starts.
    await page.setViewport({ ...VIEWPORT, deviceScaleFactor: 1 });
    const { problems, assertClean } = await recordProblems(page, url);
    // Only wait for the DOM: readiness is the app's own signal (waitReadyInFirefox).
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: READY_TIMEOUT_MS });
    return { page, url, problems, assertClean, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/**
 * Waits for window.Dashboard and Dashboard.ready (READY_TIMEOUT_MS in all) and returns the
 * page's performance.now() when it resolved, i.e. ms since the navigation started.
 * (browser.mjs has waitReady for playwright; puppeteer's waitForFunction takes other arguments.)
 */
export async function waitReadyInFirefox(page, timeoutMs = READY_TIMEOUT_MS) {
  const started = Date.now();
  try {
    await page.waitForFunction(() => Boolean(window.Dashboard), { timeout: timeoutMs, polling: 100 });
  } catch (err) {
    throw new Error(`window.Dashboard did not appear within ${timeoutMs} ms: ${err.message}`);
  }
  return readyTimeWithin(page, Math.max(1, timeoutMs - (Date.now() - started)), 'dashboard in Firefox');
}
