// Signs and verifies exchange files: an SQLite database image followed by a minisign signature
// (legacy "Ed" algorithm: Ed25519 over the raw image) and the signer's minisign public key, so
// that `minisign -V` checks a file independently of the page. Keys live in the browser: the
// private key is a non-extractable CryptoKey in IndexedDB ('weerbaar-keys'); it travels between
// PCs only as a passphrase-wrapped backup file (PBKDF2-SHA256 + AES-GCM).
//
// Layout of a signed file (every line ends in "\n"):
//   <SQLite image: page size * page count bytes, as its header says>
//   untrusted comment: weerbaar exchange signature
//   base64("Ed" + key id (8) + Ed25519 signature of the image (64))
//   trusted comment: weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-03-31
//   base64(Ed25519 signature of (image signature + trusted comment bytes))   <- minisign's "global" one
//   untrusted comment: minisign public key <key id, 16 hex digits>
//   base64("Ed" + key id (8) + Ed25519 public key (32))
//
// Errors carry a stable `code` next to their English message, and verify() answers with stable
// `reason` codes, so the interface can translate them.
(function () {
  'use strict';

  var UNTRUSTED_PREFIX = 'untrusted comment: ';
  var TRUSTED_PREFIX = 'trusted comment: ';
  var SIGNATURE_COMMENT = UNTRUSTED_PREFIX + 'weerbaar exchange signature';
  var PUBLIC_KEY_COMMENT = UNTRUSTED_PREFIX + 'minisign public key ';
  var EXCHANGE_FORMAT = 'weerbaar-exchange-v1';
  var BACKUP_FORMAT = 'weerbaar-key-backup-v1';
  // "Ed": minisign's legacy algorithm, Ed25519 over the message itself ("ED" would be prehashed).
  var LEGACY_ALGORITHM = [0x45, 0x64];
  var ED25519 = { name: 'Ed25519' };
  // OWASP's advice for PBKDF2-HMAC-SHA256 (2023); a backup is unwrapped rarely, so its cost is felt
  // once per PC. Restoring accepts 310,000 and more, and refuses absurd counts that would hang.
  var BACKUP_ITERATIONS = 600000;
  var MIN_ITERATIONS = 310000;
  var MAX_ITERATIONS = 10000000;
  // minisign reads a public key file's comment line into 1024 bytes: a longer label would break it.
  var MAX_LABEL_BYTES = 900;
  // Our trusted comments are about 70 bytes; minisign's own limit is 8 KB.
  var MAX_TRUSTED_COMMENT_BYTES = 1000;
  // Area codes as CBS writes them: GM0363, VR13, PV27, NL01, WK036300, BU03630000.
  var AREA_CODE = /^[A-Z]{2}[0-9]{2,8}$/;

  var KEY_DB_NAME = 'weerbaar-keys';
  var KEY_STORE = 'keys';

  function fail(code, message) {
    var error = new Error(message);
    error.code = code;
    return error;
  }

  function subtle() {
    var cryptoObject = typeof crypto !== 'undefined' ? crypto : null;
    if (!cryptoObject || !cryptoObject.subtle) {
      throw fail('no_webcrypto', 'this browser offers no WebCrypto here (the page must be opened from file:// or https://)');
    }
    return cryptoObject.subtle;
  }

  function randomBytes(count) {
    var bytes = new Uint8Array(count);
    crypto.getRandomValues(bytes);
    return bytes;
  }

  // ---- bytes, text, base64 -------------------------------------------------------------------

  function asBytes(data, what) {
    if (data instanceof Uint8Array) return data;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw fail('bad_argument', what + ' must be a Uint8Array');
  }

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  // Fatal: a byte that is not UTF-8 is an error, not a replacement character. ignoreBOM keeps a
  // byte order mark in the text, where the line checks then refuse it.
  function decodeUtf8(bytes) {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  }

  function concatBytes(parts) {
    var length = 0;
    var i;
    for (i = 0; i < parts.length; i++) length += parts[i].length;
    var out = new Uint8Array(length);
    var at = 0;
    for (i = 0; i < parts.length; i++) {
      out.set(parts[i], at);
      at += parts[i].length;
    }
    return out;
  }

  function equalBytes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function toBase64(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  // Strict: padded standard alphabet only (atob alone would skip spaces and missing padding), and
  // exactly `length` bytes when a length is given. Returns null when the text is not that.
  function fromBase64(text, length) {
    if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
    var binary;
    try {
      binary = atob(text);
    } catch (e) {
      return null;
    }
    if (length !== undefined && binary.length !== length) return null;
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function hasControlCharacter(text) {
    return /[\u0000-\u001f\u007f]/.test(text);
  }

  // minisign shows a key id as the little-endian 64-bit number in upper-case hex.
  function keyIdHex(keyId) {
    var hex = '';
    for (var i = keyId.length - 1; i >= 0; i--) hex += (keyId[i] < 16 ? '0' : '') + keyId[i].toString(16);
    return hex.toUpperCase();
  }

  function keyIdFromHex(hex) {
    if (typeof hex !== 'string' || !/^[0-9A-F]{16}$/.test(hex)) return null;
    var keyId = new Uint8Array(8);
    for (var i = 0; i < 8; i++) keyId[7 - i] = parseInt(hex.substr(2 * i, 2), 16);
    return keyId;
  }

  // "Ed" + key id + public key: what minisign's -P takes and the second line of a .pub file.
  function minisignPublicKey(keyId, publicKey) {
    return toBase64(concatBytes([new Uint8Array(LEGACY_ALGORITHM), keyId, publicKey]));
  }

  function hasLegacyAlgorithm(bytes) {
    return bytes[0] === LEGACY_ALGORITHM[0] && bytes[1] === LEGACY_ALGORITHM[1];
  }

  function describeAlgorithm(bytes) {
    return JSON.stringify(String.fromCharCode(bytes[0], bytes[1]));
  }

  // ---- the SQLite image and its trailer ------------------------------------------------------

  var SQLITE_MAGIC = 'SQLite format 3\u0000';

  // The image's length comes from its own header, so no length field is needed in the file and
  // the image stays a database SQLite opens as it is (it ignores bytes past its last page).
  function splitRaw(bytes) {
    if (bytes.length < 100) throw fail('not_sqlite', 'not an SQLite database: the file is shorter than an SQLite header (' + bytes.length + ' bytes)');
    for (var i = 0; i < 16; i++) {
      if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) throw fail('not_sqlite', 'not an SQLite database: the file does not start with "SQLite format 3"');
    }
    var pageSize = (bytes[16] << 8) | bytes[17];
    if (pageSize === 1) pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
      throw fail('not_sqlite', 'not an SQLite database: its header gives the page size ' + pageSize);
    }
    // The page count in the header is only valid when the change counter (offset 24) equals the
    // "version-valid-for" number (offset 92); SQLite before 3.7.0 did not keep it up to date.
    for (var j = 0; j < 4; j++) {
      if (bytes[24 + j] !== bytes[92 + j]) {
        throw fail('no_size_in_header', 'the SQLite header does not give the database size (its change counter and version-valid-for number differ), so the database cannot be told apart from a signature');
      }
    }
    var pageCount = ((bytes[28] << 24) >>> 0) + ((bytes[29] << 16) | (bytes[30] << 8) | bytes[31]);
    if (pageCount === 0) throw fail('no_size_in_header', 'the SQLite header gives a page count of 0');
    var length = pageSize * pageCount;
    if (length > bytes.length) {
      throw fail('truncated', 'the file is truncated: its SQLite header says ' + length + ' bytes, the file has ' + bytes.length);
    }
    return { image: bytes.subarray(0, length), rest: length < bytes.length ? bytes.subarray(length) : null };
  }

  function splitSigned(data) {
    var parts = splitRaw(asBytes(data, 'the file'));
    if (!parts.rest) return { image: parts.image, trailer: null };
    var trailer;
    try {
      trailer = decodeUtf8(parts.rest);
    } catch (e) {
      throw fail('trailer_not_text', 'the ' + parts.rest.length + ' bytes after the database are not UTF-8 text, so they are no signature');
    }
    return { image: parts.image, trailer: trailer };
  }

  var TRAILER_LINES = ['line 1 (the untrusted comment)', 'line 2 (the signature)', 'line 3 (the trusted comment)',
    'line 4 (the signature of the trusted comment)', 'line 5 (the public key comment)', 'line 6 (the public key)'];

  function trailerError(line, problem) {
    return fail('malformed_trailer', 'signature trailer, ' + TRAILER_LINES[line - 1] + ': ' + problem);
  }

  function parseTrailer(text) {
    if (typeof text !== 'string') throw fail('malformed_trailer', 'the signature trailer is not text');
    // minisign would cut each line at a carriage return and so verify other text than we would.
    if (text.indexOf('\r') >= 0) {
      throw fail('malformed_trailer', 'the signature trailer contains carriage returns (CR LF line ends?); its lines must end in LF alone');
    }
    var lines = text.split('\n');
    if (lines.length !== 7 || lines[6] !== '') {
      var endsInNewline = text.charAt(text.length - 1) === '\n';
      throw fail('malformed_trailer', 'the signature trailer has ' + (endsInNewline ? lines.length - 1 : lines.length) +
        ' lines; expected 6 lines, each ending in a newline' +
        (endsInNewline ? '' : ' (the last line has no newline: the file may be cut off)'));
    }
    if (lines[0].indexOf(UNTRUSTED_PREFIX) !== 0) throw trailerError(1, 'does not start with "' + UNTRUSTED_PREFIX + '"');
    var signatureBlock = fromBase64(lines[1], 74);
    if (!signatureBlock) throw trailerError(2, 'is not base64 of 74 bytes');
    if (!hasLegacyAlgorithm(signatureBlock)) {
      throw trailerError(2, 'the algorithm is ' + describeAlgorithm(signatureBlock) + ', expected "Ed" (Ed25519 over the file itself)');
    }
    if (lines[2].indexOf(TRUSTED_PREFIX) !== 0) throw trailerError(3, 'does not start with "' + TRUSTED_PREFIX + '"');
    var trustedComment = lines[2].substring(TRUSTED_PREFIX.length);
    // C strings end at NUL: text with control characters could be verified differently by
    // minisign than here.
    if (hasControlCharacter(trustedComment)) throw trailerError(3, 'contains a control character');
    if (utf8(trustedComment).length > MAX_TRUSTED_COMMENT_BYTES) throw trailerError(3, 'is longer than ' + MAX_TRUSTED_COMMENT_BYTES + ' bytes');
    var globalSignature = fromBase64(lines[3], 64);
    if (!globalSignature) throw trailerError(4, 'is not base64 of 64 bytes');
    if (lines[4].indexOf(UNTRUSTED_PREFIX) !== 0) throw trailerError(5, 'does not start with "' + UNTRUSTED_PREFIX + '"');
    var publicKeyBlock = fromBase64(lines[5], 42);
    if (!publicKeyBlock) throw trailerError(6, 'is not base64 of 42 bytes');
    if (!hasLegacyAlgorithm(publicKeyBlock)) throw trailerError(6, 'the algorithm is ' + describeAlgorithm(publicKeyBlock) + ', expected "Ed"');
    return {
      keyId: signatureBlock.slice(2, 10),
      signature: signatureBlock.slice(10, 74),
      trustedComment: trustedComment,
      globalSignature: globalSignature,
      publicKey: publicKeyBlock.slice(10, 42),
      publicKeyId: publicKeyBlock.slice(2, 10),
      publicKeyBase64: lines[5],
    };
  }

  function isCalendarDate(text) {
    var match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!match) return false;
    var year = +match[1], month = +match[2], day = +match[3];
    var date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  // weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-03-31 (the fields in any order, each
  // once, nothing else): the signed statement of who sent which delivery as of which day.
  function parseTrustedComment(text) {
    function bad(problem) {
      return fail('bad_trusted_comment', 'trusted comment ' + JSON.stringify(String(text)) + ': ' + problem);
    }
    if (typeof text !== 'string') throw bad('not text');
    var fields = text.split(';');
    if (fields[0] !== EXCHANGE_FORMAT) throw bad('unknown format ' + JSON.stringify(fields[0]) + ', expected ' + EXCHANGE_FORMAT);
    var values = {};
    for (var i = 1; i < fields.length; i++) {
      var equals = fields[i].indexOf('=');
      var name = equals < 0 ? fields[i] : fields[i].substring(0, equals);
      if (equals < 0) throw bad('field ' + JSON.stringify(name) + ' has no "="');
      if (name !== 'source' && name !== 'seq' && name !== 'peildatum') throw bad('unknown field ' + JSON.stringify(name));
      if (Object.prototype.hasOwnProperty.call(values, name)) throw bad('field ' + name + ' appears twice');
      values[name] = fields[i].substring(equals + 1);
    }
    ['source', 'seq', 'peildatum'].forEach(function (name) {
      if (!Object.prototype.hasOwnProperty.call(values, name)) throw bad('field ' + name + ' is missing');
    });
    if (!AREA_CODE.test(values.source)) throw bad('source ' + JSON.stringify(values.source) + ' is not an area code like GM0363');
    if (!/^[1-9][0-9]{0,14}$/.test(values.seq)) throw bad('seq ' + JSON.stringify(values.seq) + ' is not a positive whole number');
    if (!isCalendarDate(values.peildatum)) throw bad('peildatum ' + JSON.stringify(values.peildatum) + ' is not a date YYYY-MM-DD');
    return { format: EXCHANGE_FORMAT, source: values.source, seq: Number(values.seq), peildatum: values.peildatum };
  }

  // ---- fingerprints and public key files -----------------------------------------------------

  // Six groups of five digits from SHA-256 of the raw public key, to compare over the phone:
  // group i is bytes [5i, 5i+5) as a big-endian 40-bit number, mod 100000 (30 digits, ~100 bits).
  function fingerprint(publicKeyRaw) {
    return Promise.resolve().then(function () {
      return subtle().digest('SHA-256', asBytes(publicKeyRaw, 'the public key'));
    }).then(function (digest) {
      var bytes = new Uint8Array(digest);
      var groups = [];
      for (var i = 0; i < 6; i++) {
        var b = bytes.subarray(5 * i, 5 * i + 5);
        var value = b[0] * 4294967296 + (((b[1] << 24) >>> 0) + ((b[2] << 16) | (b[3] << 8) | b[4]));
        groups.push(String(value % 100000 + 100000).substring(1));
      }
      return groups.join(' ');
    });
  }

  function checkLabel(label) {
    if (typeof label !== 'string') throw fail('bad_argument', 'the label must be text');
    if (hasControlCharacter(label)) throw fail('bad_argument', 'the label may not contain line breaks or other control characters');
    if (utf8(label).length > MAX_LABEL_BYTES) throw fail('bad_argument', 'the label is longer than ' + MAX_LABEL_BYTES + ' bytes');
  }

  // The "sleutelbestand" a receiver imports to pin a sender: a minisign .pub file whose comment
  // carries a label after the key id (minisign reads the comment line and ignores it).
  function publicKeyText(key, label) {
    checkKey(key);
    label = label === undefined || label === null ? '' : label;
    checkLabel(label);
    var comment = PUBLIC_KEY_COMMENT + keyIdHex(key.keyId) + (label.trim() ? ' ' + label.trim() : '');
    return comment + '\n' + minisignPublicKey(key.keyId, key.publicKey) + '\n';
  }

  function parsePublicKeyText(text) {
    function bad(problem) {
      return fail('bad_public_key_file', 'not a minisign public key file: ' + problem);
    }
    if (typeof text !== 'string') throw bad('not text');
    // The file may have passed through mail or an editor: a byte order mark, CRLF line ends and
    // a missing last newline are accepted.
    var lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (lines.length > 2 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length !== 2) throw bad('expected 2 lines (a comment and the key), found ' + lines.length);
    if (lines[0].indexOf(UNTRUSTED_PREFIX) !== 0) throw bad('line 1 does not start with "' + UNTRUSTED_PREFIX + '"');
    var block = fromBase64(lines[1].trim(), 42);
    if (!block) throw bad('line 2 is not base64 of 42 bytes');
    if (!hasLegacyAlgorithm(block)) throw bad('line 2: the algorithm is ' + describeAlgorithm(block) + ', expected "Ed"');
    var keyId = block.slice(2, 10);
    var label = '';
    // minisign itself writes the key id without leading zeros; we write all 16 digits.
    var named = /^([0-9A-Fa-f]{1,16})(?: (.*))?$/.exec(lines[0].substring(PUBLIC_KEY_COMMENT.length));
    if (lines[0].indexOf(PUBLIC_KEY_COMMENT) === 0 && named) {
      var shownId = ('000000000000000' + named[1].toUpperCase()).slice(-16);
      if (shownId !== keyIdHex(keyId)) throw bad('the comment names key ' + named[1] + ' but the key is ' + keyIdHex(keyId));
      label = (named[2] || '').trim();
    }
    return { keyId: keyId, publicKey: block.slice(10, 42), publicKeyBase64: lines[1].trim(), label: label };
  }

  // ---- verifying -------------------------------------------------------------------------------

  function importPublicKey(raw) {
    return subtle().importKey('raw', raw, ED25519, false, ['verify']);
  }

  function globalSignatureInput(signature, trustedComment) {
    return concatBytes([signature, utf8(trustedComment)]);
  }

  // Checks everything before anything reads the image: the key ids, the signature of the image,
  // the signature of the trusted comment, and that comment's contents. Rejects only when the
  // bytes are no SQLite database at all (or are cut off inside it); a bad trailer is an answer.
  function verify(data) {
    return Promise.resolve().then(function () {
      subtle();
      var parts = splitRaw(asBytes(data, 'the file'));
      var image = parts.image;
      if (!parts.rest) return { signed: false, image: image };
      function invalid(reason, detail) {
        return { signed: true, valid: false, reason: reason, detail: detail, image: image };
      }
      var trailer;
      try {
        trailer = parseTrailer(decodeUtf8(parts.rest));
      } catch (e) {
        return invalid('malformed', e.code === 'malformed_trailer' ? e.message :
          'the ' + parts.rest.length + ' bytes after the database are not UTF-8 text, so they are no signature');
      }
      if (!equalBytes(trailer.keyId, trailer.publicKeyId)) {
        return invalid('key_mismatch', 'the file was signed with key ' + keyIdHex(trailer.keyId) +
          ' but carries the public key ' + keyIdHex(trailer.publicKeyId));
      }
      var publicKey;
      return importPublicKey(trailer.publicKey).then(function (key) {
        publicKey = key;
        return subtle().verify(ED25519, publicKey, trailer.signature, image);
      }, function () {
        return null;
      }).then(function (imageOk) {
        if (imageOk === null) return invalid('malformed', 'the public key in the signature trailer is not a valid Ed25519 key');
        if (!imageOk) return invalid('signature', 'the signature does not match the database: the file was changed after signing, or signed with another key');
        return subtle().verify(ED25519, publicKey, trailer.globalSignature,
          globalSignatureInput(trailer.signature, trailer.trustedComment)).then(function (commentOk) {
          if (!commentOk) return invalid('global_signature', 'the trusted comment was changed after signing');
          var trusted;
          try {
            trusted = parseTrustedComment(trailer.trustedComment);
          } catch (e) {
            return invalid('malformed', e.message);
          }
          return fingerprint(trailer.publicKey).then(function (print) {
            return {
              signed: true,
              valid: true,
              image: image,
              trusted: { source: trusted.source, seq: trusted.seq, peildatum: trusted.peildatum },
              trustedComment: trailer.trustedComment,
              publicKeyBase64: trailer.publicKeyBase64,
              keyIdHex: keyIdHex(trailer.keyId),
              fingerprint: print,
            };
          });
        });
      });
    });
  }

  // ---- signing ---------------------------------------------------------------------------------

  function checkKey(key) {
    if (!key || !(key.publicKey instanceof Uint8Array) || key.publicKey.length !== 32 ||
        !(key.keyId instanceof Uint8Array) || key.keyId.length !== 8) {
      throw fail('bad_key', 'not a signing key (expected the object from loadKey, createKey or restoreKey)');
    }
  }

  function sign(imageData, trustedComment, key) {
    return Promise.resolve().then(function () {
      var parts = splitRaw(asBytes(imageData, 'the image'));
      if (parts.rest) throw fail('already_signed', 'the database already has ' + parts.rest.length + ' bytes after it (a signature?); sign the bare database');
      checkKey(key);
      if (!key.privateKey) throw fail('bad_key', 'the key has no private key');
      var trusted = parseTrustedComment(trustedComment);
      if (trusted.source !== key.areaCode) {
        throw fail('wrong_source', 'the trusted comment names source ' + trusted.source + ' but the key belongs to ' + key.areaCode);
      }
      var image = parts.image;
      var signature, globalSignature;
      return subtle().sign(ED25519, key.privateKey, image).then(function (result) {
        signature = new Uint8Array(result);
        return subtle().sign(ED25519, key.privateKey, globalSignatureInput(signature, trustedComment));
      }).then(function (result) {
        globalSignature = new Uint8Array(result);
        // A private key stored next to a public key that is not its own would sign files no one
        // can verify; find that out here rather than at every receiver.
        return importPublicKey(key.publicKey);
      }).then(function (publicKey) {
        return subtle().verify(ED25519, publicKey, signature, image);
      }).then(function (ok) {
        if (!ok) throw fail('bad_key', 'the stored private key does not match its public key for ' + key.areaCode + '; restore the key from its backup or make a new one');
        var idBlock = concatBytes([new Uint8Array(LEGACY_ALGORITHM), key.keyId]);
        var trailer =
          SIGNATURE_COMMENT + '\n' +
          toBase64(concatBytes([idBlock, signature])) + '\n' +
          TRUSTED_PREFIX + trustedComment + '\n' +
          toBase64(globalSignature) + '\n' +
          PUBLIC_KEY_COMMENT + keyIdHex(key.keyId) + '\n' +
          minisignPublicKey(key.keyId, key.publicKey) + '\n';
        return concatBytes([image, utf8(trailer)]);
      });
    });
  }

  // ---- key storage -----------------------------------------------------------------------------

  // Like storage.js: Chromium gives all file:// pages one store, so records are keyed by the page's
  // own address and two copies of the page never share a key.
  function pageKey() {
    return location.protocol + '//' + location.host + location.pathname;
  }

  // The store behind loadKey/createKey/restoreKey/removeKey: get(areaCode) -> record or null,
  // put(areaCode, record), remove(areaCode), all Promises. IndexedDB in the page; tests in Node
  // (which has no IndexedDB) use memoryKeyStore().
  function indexedDbKeyStore() {
    function open() {
      return new Promise(function (resolve, reject) {
        if (typeof indexedDB === 'undefined' || !indexedDB) {
          reject(fail('no_indexeddb', 'IndexedDB is not available, so keys cannot be kept in this browser'));
          return;
        }
        var request = indexedDB.open(KEY_DB_NAME, 1);
        request.onupgradeneeded = function () { request.result.createObjectStore(KEY_STORE); };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    function transact(mode, work) {
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var tx = db.transaction(KEY_STORE, mode);
          var result;
          tx.oncomplete = function () { db.close(); resolve(result); };
          tx.onerror = tx.onabort = function () { db.close(); reject(tx.error || new Error('key storage transaction failed')); };
          work(tx.objectStore(KEY_STORE), function (value) { result = value; });
        });
      });
    }
    function id(areaCode) {
      return pageKey() + '|' + areaCode;
    }
    return {
      get: function (areaCode) {
        return transact('readonly', function (store, done) {
          var request = store.get(id(areaCode));
          request.onsuccess = function () { done(request.result || null); };
        });
      },
      put: function (areaCode, record) {
        return transact('readwrite', function (store) { store.put(record, id(areaCode)); });
      },
      remove: function (areaCode) {
        return transact('readwrite', function (store) { store.delete(id(areaCode)); });
      },
    };
  }

  function memoryKeyStore() {
    var records = {};
    function copy(record) {
      var out = {};
      for (var name in record) if (Object.prototype.hasOwnProperty.call(record, name)) out[name] = record[name];
      return out;
    }
    return {
      get: function (areaCode) {
        return Promise.resolve(Object.prototype.hasOwnProperty.call(records, areaCode) ? copy(records[areaCode]) : null);
      },
      put: function (areaCode, record) {
        records[areaCode] = copy(record);
        return Promise.resolve();
      },
      remove: function (areaCode) {
        delete records[areaCode];
        return Promise.resolve();
      },
    };
  }

  var keyStore = null;

  function store() {
    if (!keyStore) keyStore = indexedDbKeyStore();
    return keyStore;
  }

  // Replaces the key store (tests); returns the one in use before.
  function useKeyStore(replacement) {
    var previous = store();
    keyStore = replacement;
    return previous;
  }

  function checkAreaCode(areaCode) {
    if (typeof areaCode !== 'string' || !AREA_CODE.test(areaCode)) {
      throw fail('bad_area_code', 'not an area code like GM0363, VR13 or NL01: ' + JSON.stringify(areaCode));
    }
  }

  // The key object handed out: the stored record plus its fingerprint (computed, never stored).
  function keyFromRecord(record) {
    var key = {
      areaCode: record.areaCode,
      privateKey: record.privateKey,
      publicKey: new Uint8Array(record.publicKey),
      keyId: new Uint8Array(record.keyId),
      keyIdHex: record.keyIdHex,
      publicKeyBase64: record.publicKeyBase64,
      createdAt: record.createdAt,
    };
    return fingerprint(key.publicKey).then(function (print) {
      key.fingerprint = print;
      return key;
    });
  }

  function storeKey(areaCode, privateKey, publicKey, keyId, createdAt) {
    var record = {
      areaCode: areaCode,
      privateKey: privateKey,
      publicKey: publicKey,
      keyId: keyId,
      keyIdHex: keyIdHex(keyId),
      publicKeyBase64: minisignPublicKey(keyId, publicKey),
      createdAt: createdAt,
    };
    return store().put(areaCode, record).then(function () { return keyFromRecord(record); });
  }

  function loadKey(areaCode) {
    return Promise.resolve().then(function () {
      checkAreaCode(areaCode);
      return store().get(areaCode);
    }).then(function (record) {
      return record && record.privateKey ? keyFromRecord(record) : null;
    });
  }

  function removeKey(areaCode) {
    return Promise.resolve().then(function () {
      checkAreaCode(areaCode);
      return store().remove(areaCode);
    });
  }

  // A key is never replaced silently: receivers pin it, and a new key means a new pin there.
  function refuseOtherKey(areaCode, keyId) {
    return store().get(areaCode).then(function (existing) {
      if (existing && !(keyId && equalBytes(new Uint8Array(existing.keyId), keyId))) {
        throw fail('key_exists', 'this browser already holds a signing key for ' + areaCode + ' (' + existing.keyIdHex + '); remove it first');
      }
    });
  }

  function passphraseKey(passphrase, salt, iterations) {
    // NFC, so the same passphrase typed on another system (which may compose accents
    // differently) gives the same key.
    return subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']).then(function (base) {
      return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }, base,
        { name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
    });
  }

  // The backup's own description is authenticated with the wrapped key (AES-GCM additional data),
  // so a file whose area, key id or public key was edited does not unwrap.
  function backupAdditionalData(backup) {
    return utf8([backup.format, backup.areaCode, backup.keyIdHex, backup.publicKey].join('|'));
  }

  function unwrapBackup(backup, passphrase) {
    return passphraseKey(passphrase, fromBase64(backup.salt), backup.iterations).then(function (wrappingKey) {
      return subtle().unwrapKey('pkcs8', fromBase64(backup.wrapped), wrappingKey,
        { name: 'AES-GCM', iv: fromBase64(backup.iv), additionalData: backupAdditionalData(backup) },
        ED25519, false, ['sign']);
    }).catch(function (e) {
      if (e && e.code) throw e;
      throw fail('wrong_passphrase', 'wrong passphrase or damaged key file');
    });
  }

  function checkPassphrase(passphrase) {
    if (typeof passphrase !== 'string' || passphrase === '') throw fail('no_passphrase', 'a passphrase is needed to protect the key file');
  }

  // Makes a key pair for areaCode, keeps the private key non-extractable in this browser and,
  // with a passphrase, returns the backup file that carries it to other PCs (the only moment the
  // private key exists in extractable form).
  function createKey(areaCode, passphrase) {
    var withBackup = passphrase !== null && passphrase !== undefined && passphrase !== '';
    var keyId = randomBytes(8);
    var createdAt = Date.now();
    var pair, publicKey, backup = null;
    return Promise.resolve().then(function () {
      checkAreaCode(areaCode);
      if (withBackup) checkPassphrase(passphrase);
      return refuseOtherKey(areaCode, null);
    }).then(function () {
      return subtle().generateKey(ED25519, withBackup, ['sign', 'verify']);
    }).then(function (generated) {
      pair = generated;
      return subtle().exportKey('raw', pair.publicKey);
    }).then(function (raw) {
      publicKey = new Uint8Array(raw);
      if (!withBackup) return pair.privateKey;
      backup = {
        format: BACKUP_FORMAT,
        areaCode: areaCode,
        keyIdHex: keyIdHex(keyId),
        publicKey: toBase64(publicKey),
        createdAt: createdAt,
        kdf: 'PBKDF2-SHA256',
        iterations: BACKUP_ITERATIONS,
        cipher: 'AES-256-GCM',
        salt: toBase64(randomBytes(16)),
        iv: toBase64(randomBytes(12)),
        wrapped: '',
      };
      return passphraseKey(passphrase, fromBase64(backup.salt), backup.iterations).then(function (wrappingKey) {
        return subtle().wrapKey('pkcs8', pair.privateKey, wrappingKey,
          { name: 'AES-GCM', iv: fromBase64(backup.iv), additionalData: backupAdditionalData(backup) });
      }).then(function (wrapped) {
        backup.wrapped = toBase64(new Uint8Array(wrapped));
        // What this browser keeps is the backup unwrapped again, non-extractable: this proves the
        // backup opens with the passphrase before anyone relies on it.
        return unwrapBackup(backup, passphrase);
      });
    }).then(function (privateKey) {
      return storeKey(areaCode, privateKey, publicKey, keyId, createdAt);
    }).then(function (key) {
      return { key: key, backup: backup ? utf8(JSON.stringify(backup, null, 2) + '\n') : null };
    });
  }

  function parseBackup(bytes) {
    function bad(problem) {
      return fail('bad_key_file', 'not a Weerbaar key file: ' + problem);
    }
    var backup;
    try {
      backup = JSON.parse(decodeUtf8(asBytes(bytes, 'the key file')).replace(/^\uFEFF/, ''));
    } catch (e) {
      if (e.code) throw e;
      throw bad('it is not JSON text');
    }
    if (!backup || typeof backup !== 'object') throw bad('it is not a JSON object');
    if (backup.format !== BACKUP_FORMAT) throw bad('its format is ' + JSON.stringify(backup.format) + ', expected ' + BACKUP_FORMAT);
    if (typeof backup.areaCode !== 'string' || !AREA_CODE.test(backup.areaCode)) throw bad('its areaCode is not an area code');
    if (!keyIdFromHex(backup.keyIdHex)) throw bad('its keyIdHex is not 16 hex digits');
    if (!fromBase64(backup.publicKey, 32)) throw bad('its publicKey is not base64 of 32 bytes');
    if (backup.kdf !== 'PBKDF2-SHA256') throw bad('unknown kdf ' + JSON.stringify(backup.kdf));
    if (typeof backup.iterations !== 'number' || Math.floor(backup.iterations) !== backup.iterations ||
        backup.iterations < MIN_ITERATIONS || backup.iterations > MAX_ITERATIONS) {
      throw bad('iterations must be a whole number from ' + MIN_ITERATIONS + ' to ' + MAX_ITERATIONS);
    }
    if (backup.cipher !== undefined && backup.cipher !== 'AES-256-GCM') throw bad('unknown cipher ' + JSON.stringify(backup.cipher));
    if (!fromBase64(backup.salt) || fromBase64(backup.salt).length < 16) throw bad('its salt is not base64 of at least 16 bytes');
    if (!fromBase64(backup.iv, 12)) throw bad('its iv is not base64 of 12 bytes');
    if (!fromBase64(backup.wrapped) || fromBase64(backup.wrapped).length < 17) throw bad('its wrapped key is not base64');
    return backup;
  }

  // Brings a key made on another PC into this browser, non-extractable.
  function restoreKey(backupBytes, passphrase) {
    var backup, privateKey, publicKey, keyId;
    return Promise.resolve().then(function () {
      backup = parseBackup(backupBytes);
      checkPassphrase(passphrase);
      publicKey = fromBase64(backup.publicKey, 32);
      keyId = keyIdFromHex(backup.keyIdHex);
      return refuseOtherKey(backup.areaCode, keyId);
    }).then(function () {
      return unwrapBackup(backup, passphrase);
    }).then(function (unwrapped) {
      privateKey = unwrapped;
      // The additional data already binds the public key to the wrapped one; this also catches a
      // file made wrongly in the first place.
      var probe = randomBytes(32);
      return subtle().sign(ED25519, privateKey, probe).then(function (probeSignature) {
        return importPublicKey(publicKey).then(function (verifier) {
          return subtle().verify(ED25519, verifier, probeSignature, probe);
        });
      });
    }).then(function (matches) {
      if (!matches) throw fail('damaged_key_file', 'the key file is damaged: its private key does not belong to its public key');
      return storeKey(backup.areaCode, privateKey, publicKey, keyId,
        typeof backup.createdAt === 'number' ? backup.createdAt : Date.now());
    });
  }

  var api = {
    splitSigned: splitSigned,
    parseTrailer: parseTrailer,
    parseTrustedComment: parseTrustedComment,
    verify: verify,
    sign: sign,
    fingerprint: fingerprint,
    publicKeyText: publicKeyText,
    parsePublicKeyText: parsePublicKeyText,
    keyIdHex: keyIdHex,
    loadKey: loadKey,
    createKey: createKey,
    restoreKey: restoreKey,
    removeKey: removeKey,
    memoryKeyStore: memoryKeyStore,
    useKeyStore: useKeyStore,
  };
  // In the page this is one of Emscripten's --pre-js files (Module exists); in Node tests, which
  // evaluate the file on its own, it becomes a global.
  if (typeof Module !== 'undefined') Module.weerbaarSigning = api;
  else globalThis.weerbaarSigning = api;
})();
