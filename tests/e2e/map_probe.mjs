// Probing the map on the canvas like a user: where an area is, what the app reports under the
// mouse, and what a screenshot of the map area looks like. Shared by the e2e tests.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, VIEWPORT, withTimeout } from './browser.mjs';

const CALL_TIMEOUT_MS = 10_000;
const HOVER_TIMEOUT_MS = 5_000;
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'build', 'e2e');

function callInPage(page, description, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), CALL_TIMEOUT_MS, `${description} did not settle`);
}

// ---------------------------------------------------------------------------------------------
// Hover: real mouse movement, then the app's own report of what is under the cursor.

export async function areaCenter(page, code) {
  const center = await callInPage(page, `Dashboard.debug.areaCenter(${code})`,
    (c) => window.Dashboard.debug.areaCenter(c), code);
  assert.ok(center !== null, `tile ${code} is not visible in the default view (areaCenter returned null)`);
  const { x, y } = center;
  assert.ok(Number.isFinite(x) && Number.isFinite(y), `areaCenter(${code}) returned ${JSON.stringify(center)}`);
  assert.ok(x >= 0 && x < VIEWPORT.width && y >= 0 && y < VIEWPORT.height,
    `areaCenter(${code}) = (${x}, ${y}) lies outside the ${VIEWPORT.width}x${VIEWPORT.height} viewport`);
  return { x, y };
}

export async function pollHover(page, expectedCode) {
  const deadline = Date.now() + HOVER_TIMEOUT_MS;
  let last;
  do {
    last = await callInPage(page, 'Dashboard.debug.hover()', () => window.Dashboard.debug.hover());
    if (last?.code === expectedCode) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  assert.fail(`hover() did not report ${expectedCode} within ${HOVER_TIMEOUT_MS} ms; last value: ${JSON.stringify(last)}`);
}

export async function hoverTile(page, code, expectedName) {
  const { x, y } = await areaCenter(page, code);
  // Several intermediate mouse events, like a real pointer, rather than a single jump.
  await page.mouse.move(x, y, { steps: 4 });
  const hover = await pollHover(page, code);
  assert.equal(hover.name, expectedName, `hover name at ${code}`);
  assert.equal(typeof hover.value, 'number', `hover value at ${code} should be a number, got ${JSON.stringify(hover.value)}`);
  assert.ok(Number.isFinite(hover.value) && hover.value > 0, `hover value at ${code} should be positive, got ${hover.value}`);
}

// ---------------------------------------------------------------------------------------------
// Screenshot analysis: a blank, black or single-colour canvas must fail.

export function saveScreenshot(name, png) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  writeFileSync(file, png);
  return file;
}

// Distinct colours (5 bits per channel, so anti-aliasing noise does not inflate the count)
// and the share of the most common one, over the given CSS-pixel rectangle.
export function colourStats(image, rect, scale) {
  const x0 = Math.max(0, Math.floor(rect.x * scale));
  const y0 = Math.max(0, Math.floor(rect.y * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.width) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.height) * scale));
  const counts = new Map();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const key = ((image.data[i] >> 3) << 10) | ((image.data[i + 1] >> 3) << 5) | (image.data[i + 2] >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const area = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
  const dominant = Math.max(0, ...counts.values());
  return { area, distinct: counts.size, dominantShare: area ? dominant / area : 1 };
}

export async function mapRect(page) {
  const rect = await callInPage(page, 'Dashboard.debug.mapRect()', () => window.Dashboard.debug.mapRect());
  const ok = rect && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(rect[k]));
  assert.ok(ok, `mapRect() should return {x, y, width, height}, got ${JSON.stringify(rect)}`);
  // A tiny rectangle would make the colour test meaningless.
  assert.ok(rect.width >= 100 && rect.height >= 100, `map area is implausibly small: ${JSON.stringify(rect)}`);
  return rect;
}

