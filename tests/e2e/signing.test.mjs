// Signed exchange files (web/signing.js): signing and verifying in Node's WebCrypto, checked
// against Debian's minisign (both ways) and the sqlite3 CLI; every kind of tampering caught with
// its own reason; key backups that only the right passphrase opens; and, in Chromium from
// file://, keys kept non-extractable in IndexedDB across a reload and per page address.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, launchBrowser, openDashboard, waitForDashboard, withTimeout } from './browser.mjs';

const SIGNING_SOURCE = readFileSync(path.join(REPO_ROOT, 'web', 'signing.js'), 'utf8');
const TRUSTED = 'weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-03-31';
const PASSPHRASE = 'correct horse battery staple';

// The file evaluated on its own, as the page would (no Module here, so it becomes a global).
function loadSigning() {
  delete globalThis.weerbaarSigning;
  new Function(SIGNING_SOURCE)();
  const signing = globalThis.weerbaarSigning;
  delete globalThis.weerbaarSigning;
  return signing;
}

const signing = loadSigning();
let dir;

// A real database written by the sqlite3 CLI, as the C++ side would hand over its image.
function makeImage(name = 'image.sqlite', rows = 50) {
  const file = path.join(dir, name);
  rmSync(file, { force: true });
  execFileSync('sqlite3', [file,
    'CREATE TABLE manifest(key TEXT PRIMARY KEY, value TEXT);' +
    "INSERT INTO manifest VALUES ('source','GM0363'),('peildatum','2026-03-31');" +
    'CREATE TABLE event(source_code TEXT NOT NULL, seq INTEGER NOT NULL, note TEXT, PRIMARY KEY(source_code, seq));' +
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows}) ` +
    "INSERT INTO event SELECT 'GM0363', i, printf('status change %d', i) FROM n;"]);
  return new Uint8Array(readFileSync(file));
}

function writeTemp(name, bytes) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function trailerOf(signed, imageLength) {
  return Buffer.from(signed.subarray(imageLength)).toString('utf8');
}

function withTrailer(image, trailer) {
  return new Uint8Array(Buffer.concat([Buffer.from(image), Buffer.from(trailer, 'utf8')]));
}

function minisignVerify(args) {
  return spawnSync('minisign', ['-V', ...args], { encoding: 'utf8' });
}

// The 6 x 5 digits computed here independently of signing.js, with BigInt.
function expectedFingerprint(rawPublicKey) {
  const digest = createHash('sha256').update(rawPublicKey).digest();
  const groups = [];
  for (let i = 0; i < 6; i++) {
    const value = BigInt('0x' + digest.subarray(5 * i, 5 * i + 5).toString('hex')) % 100000n;
    groups.push(value.toString().padStart(5, '0'));
  }
  return groups.join(' ');
}

async function newKey(areaCode = 'GM0363', passphrase = null) {
  signing.useKeyStore(signing.memoryKeyStore());
  return signing.createKey(areaCode, passphrase);
}

before(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-signing-')); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

describe('signing exchange files in Node', () => {
  it('signs a database so the page, minisign and sqlite3 all accept it', async () => {
    const image = makeImage();
    const { key, backup } = await newKey();
    assert.equal(backup, null, 'no passphrase, no backup');
    assert.equal(key.keyId.length, 8);
    assert.equal(key.publicKey.length, 32);
    assert.match(key.keyIdHex, /^[0-9A-F]{16}$/);
    assert.equal(key.fingerprint, expectedFingerprint(key.publicKey));

    const signed = await signing.sign(image, TRUSTED, key);
    assert.deepEqual(signed.subarray(0, image.length), image, 'the image is unchanged at the front');
    const trailer = trailerOf(signed, image.length);
    const lines = trailer.split('\n');
    assert.equal(lines.length, 7);
    assert.equal(lines[0], 'untrusted comment: weerbaar exchange signature');
    assert.equal(lines[2], `trusted comment: ${TRUSTED}`);
    assert.equal(lines[4], `untrusted comment: minisign public key ${key.keyIdHex}`);
    assert.equal(lines[5], key.publicKeyBase64);
    assert.equal(Buffer.from(lines[1], 'base64').subarray(0, 2).toString(), 'Ed', 'legacy algorithm');

    const result = await signing.verify(signed);
    assert.equal(result.signed, true);
    assert.equal(result.valid, true, result.detail);
    assert.deepEqual(result.trusted, { source: 'GM0363', seq: 12, peildatum: '2026-03-31' });
    assert.equal(result.trustedComment, TRUSTED);
    assert.equal(result.publicKeyBase64, key.publicKeyBase64);
    assert.equal(result.keyIdHex, key.keyIdHex);
    assert.match(result.fingerprint, /^\d{5}( \d{5}){5}$/);
    assert.equal(result.fingerprint, key.fingerprint);
    assert.deepEqual(result.image, image);

    // minisign, with the key inline and as the "sleutelbestand".
    const imageFile = writeTemp('exchange.sqlite', image);
    const sigFile = writeTemp('exchange.minisig', lines.slice(0, 4).join('\n') + '\n');
    const inline = minisignVerify(['-P', key.publicKeyBase64, '-x', sigFile, '-m', imageFile]);
    assert.equal(inline.status, 0, inline.stderr);
    assert.match(inline.stdout, /Signature and comment signature verified/);
    assert.ok(inline.stdout.includes(`Trusted comment: ${TRUSTED}`), inline.stdout);
    const pubFile = writeTemp('GM0363.pub', signing.publicKeyText(key, 'Weerbaar GM0363 Gemeente Amsterdam'));
    const fromFile = minisignVerify(['-p', pubFile, '-x', sigFile, '-m', imageFile]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.ok(fromFile.stdout.includes(`Trusted comment: ${TRUSTED}`));
    // ... and minisign refuses the same signature for a changed database.
    const changed = Buffer.from(image);
    changed[changed.length - 10] ^= 1;
    const refused = minisignVerify(['-P', key.publicKeyBase64, '-x', sigFile, '-m', writeTemp('changed.sqlite', changed)]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Signature verification failed/);

    // The signed file is still a database the sqlite3 CLI opens as it is.
    const signedFile = writeTemp('signed.sqlite', signed);
    const cli = execFileSync('sqlite3', [signedFile,
      "PRAGMA integrity_check; SELECT count(*), max(seq) FROM event; SELECT value FROM manifest WHERE key = 'source';"]);
    assert.equal(cli.toString().trim(), 'ok\n50|50\nGM0363');
  });

  it('verifies what minisign itself signs (legacy mode)', async () => {
    const image = makeImage();
    const keyFile = path.join(dir, 'minisign.key');
    const pubFile = path.join(dir, 'minisign.pub');
    rmSync(keyFile, { force: true });
    execFileSync('minisign', ['-G', '-W', '-f', '-p', pubFile, '-s', keyFile]);
    const imageFile = writeTemp('by-minisign.sqlite', image);
    const sigFile = path.join(dir, 'by-minisign.minisig');
    execFileSync('minisign', ['-S', '-l', '-s', keyFile, '-m', imageFile, '-x', sigFile, '-t', TRUSTED]);
    const pub = readFileSync(pubFile, 'utf8');
    const parsed = signing.parsePublicKeyText(pub);
    const result = await signing.verify(withTrailer(image, readFileSync(sigFile, 'utf8') + pub));
    assert.equal(result.valid, true, result.detail);
    assert.equal(result.trustedComment, TRUSTED);
    assert.equal(result.publicKeyBase64, parsed.publicKeyBase64);
    // minisign shows the key id without leading zeros.
    assert.equal(result.keyIdHex, pub.split('\n')[0].split(' ').pop().padStart(16, '0'), 'key id shown in minisign\'s order');
    assert.equal(parsed.label, '');

    // minisign's default (prehashed, "ED") signatures are another format: named, not accepted.
    execFileSync('minisign', ['-S', '-s', keyFile, '-m', imageFile, '-x', sigFile, '-t', TRUSTED]);
    const prehashed = await signing.verify(withTrailer(image, readFileSync(sigFile, 'utf8') + pub));
    assert.equal(prehashed.reason, 'malformed');
    assert.match(prehashed.detail, /line 2 \(the signature\).*"ED"/);
  });

  it('gives each kind of tampering its own reason', async () => {
    const image = makeImage();
    const { key } = await newKey();
    const signed = await signing.sign(image, TRUSTED, key);
    const trailer = trailerOf(signed, image.length);

    const oneByte = new Uint8Array(signed);
    oneByte[image.length - 100] ^= 0x20;
    const changedImage = await signing.verify(oneByte);
    assert.equal(changedImage.valid, false);
    assert.equal(changedImage.reason, 'signature');

    const editedComment = await signing.verify(withTrailer(image, trailer.replace('seq=12', 'seq=13')));
    assert.equal(editedComment.reason, 'global_signature');
    assert.equal(editedComment.valid, false);

    // Another key's public key, under this key's id (only the key bytes swapped) and whole.
    const { key: other } = await newKey();
    const lines = trailer.split('\n');
    const keyBytes = Buffer.from(lines[5], 'base64');
    Buffer.from(other.publicKeyBase64, 'base64').copy(keyBytes, 10, 10);
    const swappedBytes = await signing.verify(withTrailer(image, [...lines.slice(0, 5), keyBytes.toString('base64'), ''].join('\n')));
    assert.equal(swappedBytes.reason, 'signature');
    const swappedWhole = await signing.verify(withTrailer(image, [...lines.slice(0, 5), other.publicKeyBase64, ''].join('\n')));
    assert.equal(swappedWhole.reason, 'key_mismatch');
    assert.ok(swappedWhole.detail.includes(key.keyIdHex) && swappedWhole.detail.includes(other.keyIdHex), swappedWhole.detail);

    const truncated = await signing.verify(signed.subarray(0, signed.length - 20));
    assert.equal(truncated.signed, true);
    assert.equal(truncated.valid, false);
    assert.equal(truncated.reason, 'malformed');
    assert.match(truncated.detail, /has 6 lines; expected 6 lines, each ending in a newline \(the last line has no newline: the file may be cut off\)/);
    const fourLines = await signing.verify(withTrailer(image, lines.slice(0, 4).join('\n') + '\n'));
    assert.match(fourLines.detail, /has 4 lines/);
    const notText = await signing.verify(new Uint8Array([...image, 0xff, 0xfe, 0x00]));
    assert.equal(notText.reason, 'malformed');
    assert.match(notText.detail, /not UTF-8 text/);
    const badBase64 = await signing.verify(withTrailer(image, trailer.replace(lines[3], lines[3].slice(1))));
    assert.equal(badBase64.reason, 'malformed');
    assert.match(badBase64.detail, /line 4 \(the signature of the trusted comment\): is not base64 of 64 bytes/);

    const unsigned = await signing.verify(image);
    assert.deepEqual(Object.keys(unsigned).sort(), ['image', 'signed']);
    assert.equal(unsigned.signed, false);
    assert.equal(unsigned.image.length, image.length);

    // Not a database at all, or cut off inside the database: no answer to give, an error.
    await assert.rejects(signing.verify(new TextEncoder().encode('hello, this is not a database'.repeat(5))),
      (e) => e.code === 'not_sqlite' && /not an SQLite database/.test(e.message));
    await assert.rejects(signing.verify(image.subarray(0, image.length - 1)),
      (e) => e.code === 'truncated' && /truncated/.test(e.message));
  });

  it('refuses to sign what it should not', async () => {
    const image = makeImage();
    const { key } = await newKey();
    const signed = await signing.sign(image, TRUSTED, key);
    await assert.rejects(signing.sign(signed, TRUSTED, key), (e) => e.code === 'already_signed');
    await assert.rejects(signing.sign(image, TRUSTED.replace('GM0363', 'GM0599'), key), (e) => e.code === 'wrong_source');
    await assert.rejects(signing.sign(image, 'timestamp:1', key), (e) => e.code === 'bad_trusted_comment');
    await assert.rejects(signing.sign(image, TRUSTED, {}), (e) => e.code === 'bad_key');
    // A stored private key that does not belong to its public key would sign unverifiable files.
    const { key: other } = await newKey();
    await assert.rejects(signing.sign(image, TRUSTED, { ...key, privateKey: other.privateKey }), (e) => e.code === 'bad_key');
  });

  it('splits a signed file at the size its SQLite header gives', async () => {
    const image = makeImage();
    assert.deepEqual(signing.splitSigned(image), { image, trailer: null });
    const split = signing.splitSigned(withTrailer(image, 'some text\n'));
    assert.equal(split.image.length, image.length);
    assert.equal(split.trailer, 'some text\n');
    assert.throws(() => signing.splitSigned(new Uint8Array([...image, 0xc3])), /not UTF-8 text/);
    assert.throws(() => signing.splitSigned(new Uint8Array(50)), /not an SQLite database/);
    const stale = new Uint8Array(image);
    stale[95] ^= 1; // version-valid-for no longer equals the change counter
    assert.throws(() => signing.splitSigned(stale), (e) => e.code === 'no_size_in_header');
    const badPageSize = new Uint8Array(image);
    badPageSize[16] = 0x03; badPageSize[17] = 0x00;
    assert.throws(() => signing.splitSigned(badPageSize), /page size 768/);
  });

  it('reads trailers and trusted comments strictly', () => {
    assert.deepEqual(signing.parseTrustedComment(TRUSTED), { format: 'weerbaar-exchange-v1', source: 'GM0363', seq: 12, peildatum: '2026-03-31' });
    assert.deepEqual(signing.parseTrustedComment('weerbaar-exchange-v1;peildatum=2024-02-29;seq=1;source=NL01'),
      { format: 'weerbaar-exchange-v1', source: 'NL01', seq: 1, peildatum: '2024-02-29' });
    for (const [text, problem] of [
      ['weerbaar-exchange-v2;source=GM0363;seq=12;peildatum=2026-03-31', /unknown format/],
      ['weerbaar-exchange-v1;source=GM0363;seq=12', /peildatum is missing/],
      ['weerbaar-exchange-v1;source=GM0363;seq=0;peildatum=2026-03-31', /not a positive whole number/],
      ['weerbaar-exchange-v1;source=GM0363;seq=1.5;peildatum=2026-03-31', /not a positive whole number/],
      ['weerbaar-exchange-v1;source=GM0363;seq=-3;peildatum=2026-03-31', /not a positive whole number/],
      ['weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-02-30', /not a date/],
      ['weerbaar-exchange-v1;source=gm0363;seq=12;peildatum=2026-03-31', /not an area code/],
      ['weerbaar-exchange-v1;source=GM0363;seq=12;seq=13;peildatum=2026-03-31', /appears twice/],
      ['weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-03-31;extra=1', /unknown field "extra"/],
    ]) {
      assert.throws(() => signing.parseTrustedComment(text), (e) => e.code === 'bad_trusted_comment' && problem.test(e.message), text);
    }

    const sig = Buffer.concat([Buffer.from('Ed'), Buffer.alloc(8, 7), Buffer.alloc(64, 1)]).toString('base64');
    const pub = Buffer.concat([Buffer.from('Ed'), Buffer.alloc(8, 7), Buffer.alloc(32, 2)]).toString('base64');
    const global = Buffer.alloc(64, 3).toString('base64');
    const good = ['untrusted comment: x', sig, `trusted comment: ${TRUSTED}`, global, 'untrusted comment: y', pub, ''];
    const parsed = signing.parseTrailer(good.join('\n'));
    assert.deepEqual(parsed.keyId, new Uint8Array(8).fill(7));
    assert.deepEqual(parsed.publicKeyId, new Uint8Array(8).fill(7));
    assert.deepEqual(parsed.signature, new Uint8Array(64).fill(1));
    assert.deepEqual(parsed.globalSignature, new Uint8Array(64).fill(3));
    assert.deepEqual(parsed.publicKey, new Uint8Array(32).fill(2));
    assert.equal(parsed.trustedComment, TRUSTED);
    assert.equal(parsed.publicKeyBase64, pub);
    const broken = (line, text) => good.map((l, i) => (i === line - 1 ? text : l)).join('\n');
    for (const [text, problem] of [
      [broken(1, 'comment: x'), /line 1 \(the untrusted comment\)/],
      [broken(2, sig.slice(4)), /line 2 \(the signature\): is not base64 of 74 bytes/],
      [broken(3, `trusted: ${TRUSTED}`), /line 3 \(the trusted comment\): does not start/],
      [broken(3, `trusted comment: ${TRUSTED}\u0000`), /line 3 \(the trusted comment\): contains a control character/],
      [broken(3, `trusted comment: ${TRUSTED}\r`), /contains carriage returns/],
      [broken(5, 'minisign public key'), /line 5 \(the public key comment\)/],
      [broken(6, sig), /line 6 \(the public key\): is not base64 of 42 bytes/],
      [good.join('\r\n'), /contains carriage returns \(CR LF line ends\?\)/],
    ]) {
      assert.throws(() => signing.parseTrailer(text), (e) => e.code === 'malformed_trailer' && problem.test(e.message), text);
    }
  });

  it('writes and reads public key files with a label', async () => {
    const { key } = await newKey('VR13');
    const text = signing.publicKeyText(key, 'Weerbaar VR13 Veiligheidsregio Amsterdam-Amstelland');
    assert.equal(text, `untrusted comment: minisign public key ${key.keyIdHex} Weerbaar VR13 Veiligheidsregio Amsterdam-Amstelland\n${key.publicKeyBase64}\n`);
    const parsed = signing.parsePublicKeyText(text);
    assert.equal(parsed.label, 'Weerbaar VR13 Veiligheidsregio Amsterdam-Amstelland');
    assert.deepEqual(parsed.keyId, key.keyId);
    assert.deepEqual(parsed.publicKey, key.publicKey);
    assert.equal(parsed.publicKeyBase64, key.publicKeyBase64);
    assert.deepEqual(signing.parsePublicKeyText('\uFEFF' + text.replace(/\n/g, '\r\n')), parsed, 'BOM and CRLF as mail may leave them');
    assert.equal(signing.parsePublicKeyText(signing.publicKeyText(key)).label, '');
    assert.throws(() => signing.publicKeyText(key, 'two\nlines'), /control characters/);
    assert.throws(() => signing.parsePublicKeyText('hello'), (e) => e.code === 'bad_public_key_file' && /expected 2 lines/.test(e.message));
    assert.throws(() => signing.parsePublicKeyText(text.replace(key.keyIdHex, '0000000000000000')), /names key 0000000000000000/);
    assert.throws(() => signing.parsePublicKeyText(text.replace(key.publicKeyBase64, key.publicKeyBase64.slice(0, 40))), /not base64 of 42 bytes/);
  });

  it('computes the fingerprint as 6 groups of 5 digits of SHA-256', async () => {
    const zeros = new Uint8Array(32);
    assert.equal(await signing.fingerprint(zeros), expectedFingerprint(zeros));
    const ones = new Uint8Array(32).fill(0xff);
    assert.equal(await signing.fingerprint(ones), expectedFingerprint(ones));
    assert.notEqual(await signing.fingerprint(zeros), await signing.fingerprint(ones));
  });

  it('keeps keys per area, never replacing one silently', async () => {
    const store = signing.memoryKeyStore();
    signing.useKeyStore(store);
    assert.equal(await signing.loadKey('GM0363'), null);
    const { key } = await signing.createKey('GM0363', '');
    const loaded = await signing.loadKey('GM0363');
    assert.equal(loaded.keyIdHex, key.keyIdHex);
    assert.equal(loaded.privateKey.extractable, false);
    await assert.rejects(signing.createKey('GM0363', null), (e) => e.code === 'key_exists');
    await assert.rejects(signing.createKey('Amsterdam', null), (e) => e.code === 'bad_area_code');
    await signing.removeKey('GM0363');
    assert.equal(await signing.loadKey('GM0363'), null);
    assert.notEqual((await signing.createKey('GM0363', null)).key.keyIdHex, key.keyIdHex);
  });

  it('moves a key by a backup that only the right passphrase opens', async () => {
    const image = makeImage();
    const { key, backup } = await newKey('GM0363', PASSPHRASE);
    await assert.rejects(crypto.subtle.exportKey('pkcs8', key.privateKey), 'the kept private key is not extractable');
    assert.equal(key.privateKey.extractable, false);
    const file = JSON.parse(Buffer.from(backup).toString('utf8'));
    assert.equal(file.format, 'weerbaar-key-backup-v1');
    assert.equal(file.areaCode, 'GM0363');
    assert.equal(file.keyIdHex, key.keyIdHex);
    assert.equal(file.publicKey, Buffer.from(key.publicKey).toString('base64'));
    assert.equal(file.kdf, 'PBKDF2-SHA256');
    assert.ok(file.iterations >= 310000);
    for (const field of ['salt', 'iv', 'wrapped']) assert.ok(Buffer.from(file[field], 'base64').length >= 12, field);
    assert.ok(!Buffer.from(backup).toString().includes(PASSPHRASE));

    // Another PC: a fresh store.
    signing.useKeyStore(signing.memoryKeyStore());
    await assert.rejects(signing.restoreKey(backup, 'wrong horse'),
      (e) => e.code === 'wrong_passphrase' && e.message === 'wrong passphrase or damaged key file');
    assert.equal(await signing.loadKey('GM0363'), null, 'nothing kept after a wrong passphrase');
    // The file's description is bound to the wrapped key: another public key in it does not open.
    const { key: other } = await newKey('GM0363');
    const edited = Buffer.from(JSON.stringify({ ...file, publicKey: Buffer.from(other.publicKey).toString('base64') }));
    signing.useKeyStore(signing.memoryKeyStore());
    await assert.rejects(signing.restoreKey(edited, PASSPHRASE), (e) => e.code === 'wrong_passphrase');
    await assert.rejects(signing.restoreKey(Buffer.from('{"format":"something else"}'), PASSPHRASE), (e) => e.code === 'bad_key_file');

    const restored = await signing.restoreKey(backup, PASSPHRASE);
    assert.equal(restored.keyIdHex, key.keyIdHex);
    assert.equal(restored.fingerprint, key.fingerprint);
    assert.equal(restored.privateKey.extractable, false);
    await assert.rejects(crypto.subtle.exportKey('pkcs8', restored.privateKey));
    assert.equal((await signing.loadKey('GM0363')).keyIdHex, key.keyIdHex);
    const signed = await signing.sign(image, TRUSTED, restored);
    const result = await signing.verify(signed);
    assert.equal(result.valid, true, result.detail);
    assert.equal(result.publicKeyBase64, key.publicKeyBase64, 'the same key as on the first PC');
    // A different key for the same area is refused (before the passphrase is even tried).
    const otherBackup = Buffer.from(JSON.stringify({ ...file, keyIdHex: other.keyIdHex }));
    await assert.rejects(signing.restoreKey(otherBackup, PASSPHRASE), (e) => e.code === 'key_exists');
  });
});

// ---- Chromium, file:// ------------------------------------------------------------------------

// A bare page holding only signing.js, as the dashboard does (inline, with Module defined).
function testPage(name) {
  const file = path.join(dir, name);
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><title>signing</title>\n<script>var Module = {};</script>\n` +
    `<script>${SIGNING_SOURCE}</script>\n`);
  return pathToFileURL(file).href;
}

function inPage(page, what, fn, arg) {
  return withTimeout(page.evaluate(fn, arg), 30_000, `${what} did not settle`);
}

describe('signing keys in Chromium from file://', () => {
  let browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });

  it('keeps a non-extractable key in IndexedDB across a reload, per page address', async () => {
    const image = Array.from(makeImage('browser.sqlite', 5));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(testPage('a.html'));
      const created = await inPage(page, 'createKey', async (passphrase) => {
        const { key, backup } = await Module.weerbaarSigning.createKey('GM0363', passphrase);
        return { keyIdHex: key.keyIdHex, fingerprint: key.fingerprint, backup: Array.from(backup) };
      }, PASSPHRASE);

      await page.reload();
      const afterReload = await inPage(page, 'sign after reload', async ([imageBytes, trusted]) => {
        const s = Module.weerbaarSigning;
        const key = await s.loadKey('GM0363');
        let exported = 'exported';
        try { await crypto.subtle.exportKey('pkcs8', key.privateKey); } catch (e) { exported = e.name; }
        const signed = await s.sign(new Uint8Array(imageBytes), trusted, key);
        const result = await s.verify(signed);
        const databases = (await indexedDB.databases()).map((d) => d.name);
        return { keyIdHex: key.keyIdHex, extractable: key.privateKey.extractable, exported, valid: result.valid,
          trusted: result.trusted, signed: Array.from(signed), publicKeyBase64: key.publicKeyBase64, databases };
      }, [image, TRUSTED]);
      assert.equal(afterReload.keyIdHex, created.keyIdHex);
      assert.equal(afterReload.extractable, false);
      assert.equal(afterReload.exported, 'InvalidAccessError');
      assert.equal(afterReload.valid, true);
      assert.deepEqual(afterReload.trusted, { source: 'GM0363', seq: 12, peildatum: '2026-03-31' });
      assert.deepEqual(afterReload.databases, ['weerbaar-keys']);
      // What Chromium signed, minisign verifies.
      const signed = Buffer.from(afterReload.signed);
      const sigFile = writeTemp('browser.minisig', signed.subarray(image.length).toString('utf8').split('\n').slice(0, 4).join('\n') + '\n');
      const check = minisignVerify(['-P', afterReload.publicKeyBase64, '-x', sigFile, '-m', writeTemp('browser-image.sqlite', Buffer.from(image))]);
      assert.equal(check.status, 0, check.stderr);

      // Another copy of the page (another address) does not see that key, and takes it over
      // from the backup file with the passphrase.
      await page.goto(testPage('b.html'));
      const restored = await inPage(page, 'restoreKey', async ([backup, passphrase]) => {
        const s = Module.weerbaarSigning;
        const before = await s.loadKey('GM0363');
        let wrong = 'accepted';
        try { await s.restoreKey(new Uint8Array(backup), 'not the passphrase'); } catch (e) { wrong = e.code; }
        const key = await s.restoreKey(new Uint8Array(backup), passphrase);
        return { before, wrong, keyIdHex: key.keyIdHex, extractable: key.privateKey.extractable };
      }, [created.backup, PASSPHRASE]);
      assert.equal(restored.before, null);
      assert.equal(restored.wrong, 'wrong_passphrase');
      assert.equal(restored.keyIdHex, created.keyIdHex);
      assert.equal(restored.extractable, false);
      await page.reload();
      const restoredAfterReload = await inPage(page, 'sign with the restored key', async ([imageBytes, trusted]) => {
        const s = Module.weerbaarSigning;
        const key = await s.loadKey('GM0363');
        const result = await s.verify(await s.sign(new Uint8Array(imageBytes), trusted, key));
        await s.removeKey('GM0363');
        return { keyIdHex: key.keyIdHex, valid: result.valid, fingerprint: result.fingerprint, gone: await s.loadKey('GM0363') };
      }, [image, TRUSTED]);
      assert.equal(restoredAfterReload.keyIdHex, created.keyIdHex);
      assert.equal(restoredAfterReload.valid, true);
      assert.equal(restoredAfterReload.fingerprint, created.fingerprint);
      assert.equal(restoredAfterReload.gone, null);
      // Removing b's key left a's alone.
      await page.goto(testPage('a.html'));
      assert.equal(await inPage(page, 'loadKey on a', async () => (await Module.weerbaarSigning.loadKey('GM0363')).keyIdHex), created.keyIdHex);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('is part of the dashboard page', async () => {
    const dashboard = await openDashboard(browser, 'file');
    try {
      await waitForDashboard(dashboard.page);
      const api = await dashboard.page.evaluate(() => Object.keys(Module.weerbaarSigning).sort());
      assert.deepEqual(api, Object.keys(signing).sort());
      dashboard.assertClean();
    } finally {
      await dashboard.close();
    }
  });
});
