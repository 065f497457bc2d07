// The page's size budget: dist/index.html is what a board member downloads, a crisis team copies
// to a USB stick and the public site serves, so it may not grow unnoticed. The budget per part is
// in the README ("Measurements"); this test fails the run when the page or a part outgrows it.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pagePath } from './browser.mjs';
import { BUDGET, MB, pageParts } from './page_parts.mjs';

describe('the page size budget', () => {
  it('keeps dist/index.html and each of its parts within the budget', () => {
    const parts = pageParts(readFileSync(pagePath(), 'utf8'));
    console.log('page parts (bytes):', JSON.stringify(parts));
    for (const [part, limit] of Object.entries(BUDGET)) {
      assert.ok(parts[part] <= limit, `${part}: ${parts[part]} bytes, over its budget of ${limit}`);
    }
    assert.ok(parts.wasm > 0.5 * MB && parts.database > 0.3 * MB, 'the data blocks look empty');
  });

  it('measures what it says: a page over budget fails', () => {
    const padded = `<html><script type="application/octet-stream" id="weerbaar-wasm">${'x'.repeat(1.4 * MB)}</script>` +
      '<script type="application/octet-stream" id="weerbaar-default-database">abc</script><script>var a;</script></html>';
    const parts = pageParts(padded);
    assert.equal(parts.wasm, 1.4 * MB);
    assert.equal(parts.database, 3);
    assert.equal(parts.script, 6);
    assert.ok(parts.wasm > BUDGET.wasm);
  });
});
