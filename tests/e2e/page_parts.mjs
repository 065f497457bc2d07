// The page's size budget and its parts (tests/e2e/page_size.test.mjs checks them, the start-up
// benchmark reports them).
import assert from 'node:assert/strict';

export const MB = 1_000_000;
export const BUDGET = {
  page: 2.5 * MB,          // the whole file (README, Limits)
  wasm: 1.28 * MB,         // the program: wasm, gzip-ed, as text
  database: 0.87 * MB,     // the default database with the real boundaries, gzip-ed, as text
  script: 0.25 * MB,       // the JS: Emscripten's glue and web/*.js
  shell: 0.01 * MB,        // index.html itself: styles, loading and error screens
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
