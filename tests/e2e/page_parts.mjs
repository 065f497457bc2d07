// The page's size budget and its parts (tests/e2e/page_size.test.mjs checks them, the start-up
// benchmark reports them).
import assert from 'node:assert/strict';

export const MB = 1_000_000;
export const BUDGET = {
  page: 2.6 * MB,          // the whole file (the goal is 2.5 MB: README, Limits)
  wasm: 1.32 * MB,         // the program: wasm, gzip-ed, as text (1.30 until assignment statuses
                           // travelled and roll-ups said what they rest on: +9.5 KB)
  database: 1.05 * MB,     // the default database with the real boundaries, gzip-ed, as text
  script: 0.3 * MB,        // the JS: Emscripten's glue and web/*.js
  shell: 0.03 * MB,        // index.html itself: styles, loading and error screens
};

// The bytes of each part of the page: the data blocks by their id, the inline scripts, the rest.
export function pageParts(html) {
  const bytes = (text) => Buffer.byteLength(text, 'utf8');
  const parts = { page: bytes(html), wasm: 0, database: 0, script: 0, shell: 0 };
  let rest = html;
  for (const [id, part] of [['weerbaar-wasm', 'wasm'], ['weerbaar-default-database', 'database']]) {
    const match = rest.match(new RegExp(`<script type="application/octet-stream" id="${id}"[^>]*>([^<]*)</script>`));
    assert.ok(match, `the page has no ${id} block`);
    parts[part] = bytes(match[1]);
    rest = rest.replace(match[0], '');
  }
  for (const script of rest.matchAll(/<script>([\s\S]*?)<\/script>/g)) parts.script += bytes(script[1]);
  parts.shell = parts.page - parts.wasm - parts.database - parts.script;
  return parts;
}
