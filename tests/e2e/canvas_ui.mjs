// Driving the ImGui interface from a test as a user would: waiting for frames, finding a widget
// by its anchor (src/ui/test_anchors.h, Dashboard.debug.anchor) and clicking it with the mouse,
// with frames in between so ImGui sees the hover, the press and the release.

import { VIEWPORT, withTimeout } from './browser.mjs';

// page.evaluate with a time limit and a name for the failure message.
export function inPage(page, what, fn, arg, ms = 90_000) {
  return withTimeout(page.evaluate(fn, arg), ms, `${what} did not settle`);
}

// Resolves after `n` animation frames of the page (the main loop draws once per frame).
export const frames = (page, n = 2) => inPage(page, 'animation frames', (count) => new Promise((resolve) => {
  const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
  next(count);
}), n);

// Rows of a read-only query (Dashboard.query).
export const rows = async (page, sql, params = []) =>
  (await inPage(page, sql, ([s, p]) => window.Dashboard.query(s, p), [sql, params])).rows;

// The widget's rectangle in CSS pixels, once it has been drawn.
export async function waitForAnchor(page, name) {
  for (let i = 0; i < 150; i++) {
    const rect = await inPage(page, `anchor ${name}`, (n) => window.Dashboard.debug.anchor(n), name);
    if (rect) return rect;
    await frames(page, 1);
  }
  throw new Error(`the widget ${name} was never drawn`);
}

// Moves, presses and releases with frames in between, so ImGui sees hover, then the click.
export async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page);
  await page.mouse.down();
  await frames(page);
  await page.mouse.up();
  await frames(page);
}

// Clicks the middle of a widget. One below the side panel's visible part (the status bar starts
// about 30 px above the bottom) is first scrolled into view with the mouse wheel, as a user would.
export async function clickAnchor(page, name) {
  let r = await waitForAnchor(page, name);
  for (let i = 0; i < 10 && r.y + r.height > VIEWPORT.height - 40; i++) {
    await page.mouse.move(r.x + 2, VIEWPORT.height - 45);  // not over a list that scrolls itself
    await page.mouse.wheel(0, 120);
    await frames(page, 3);
    r = await waitForAnchor(page, name);
  }
  await clickAt(page, r.x + r.width / 2, r.y + r.height / 2);
}

// Selects all text of the focused field. Ctrl stays down for a few frames around the key: the page
// reads held keys once per frame, so a Ctrl+A whose four key events land in one slow frame could
// reach ImGui as a bare "a".
export async function selectAll(page) {
  await page.keyboard.down('Control');
  await frames(page);
  await page.keyboard.press('a');
  await frames(page);
  await page.keyboard.up('Control');
  await frames(page);
}

// Clicks into a text field, clears it and types like a user.
export async function typeInto(page, anchor, text) {
  await clickAnchor(page, anchor);
  await selectAll(page);
  await page.keyboard.press('Backspace');
  await frames(page);
  await page.keyboard.type(text, { delay: 20 });
  await frames(page);
}
