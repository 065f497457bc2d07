// The exchange between organisations on the page's side: signing the own exchange file with this
// browser's key, checking the signatures of received files before the module reads a byte of
// them (also the municipality files inside a region's file), batches of dropped files, and the
// key's life (make with a passphrase-protected backup, restore, save the public key file).
// The module does the rest (src/app/web_api_exchange.cpp): what a key is trusted for, the checks
// of the file itself and the merge. Included with --pre-js after signing.js, before dashboard.js.
(function () {
  'use strict';

  function signing() { return Module.weerbaarSigning; }
  function files() { return Module.weerbaarFiles; }

  function call(name, returnType, argTypes, args) {
    return Module.ccall(name, returnType, argTypes || [], args || []);
  }
  function callJson(name, argTypes, args) {
    var result = JSON.parse(call(name, 'string', argTypes, args));
    if (result && result.error) throw new Error(result.error);
    return result;
  }
  function withHeap(bytes, work) {
    var pointer = Module._malloc(Math.max(1, bytes.length));
    try {
      Module.HEAPU8.set(bytes, pointer);
      return work(pointer);
    } finally {
      Module._free(pointer);
    }
  }
  function lastBytes(size) {
    var pointer = call('wb_exchange_bytes', 'number');
    return Module.HEAPU8.slice(pointer, pointer + size);
  }
  function notice(message, isError) {
    call('wb_exchange_notice', null, ['string', 'number'], [String(message), isError ? 1 : 0]);
  }

  function organisation() { return callJson('wb_exchange_state').organisation; }
  function ownArea() {
    var own = organisation();
    if (!own) throw new Error('choose the organisation this dashboard speaks for first');
    return own;
  }

  // Tells the module whether this browser holds a key for the own organisation (the tab shows it).
  function reportKey() {
    var own = organisation();
    if (!own) {
      call('wb_exchange_key_state', null, ['number', 'string', 'string'], [0, '', '']);
      return Promise.resolve(null);
    }
    return signing().loadKey(own.code).then(function (key) {
      if (!key) {
        call('wb_exchange_key_state', null, ['number', 'string', 'string'], [0, own.code, '']);
        return null;
      }
      return signing().fingerprint(key.publicKey).then(function (fingerprint) {
        call('wb_exchange_key_state', null, ['number', 'string', 'string'], [1, own.code, fingerprint]);
        return key;
      });
    });
  }

  function requireKey() {
    var own = ownArea();
    return signing().loadKey(own.code).then(function (key) {
      if (!key) throw new Error('this browser has no signing key for ' + own.code + ' yet: make or restore one first');
      return key;
    });
  }

  // The own exchange file, signed -> {bytes, fileName, seq, source, peildatum, trustedComment, counts}
  function makeSigned(options) {
    return requireKey().then(function (key) {
      var made = callJson('wb_exchange_make', ['string'], [(options && options.peildatum) || '']);
      var image = lastBytes(call('wb_exchange_bytes_size', 'number'));
      return signing().sign(image, made.trusted_comment, key).then(function (signed) {
        return {
          bytes: signed, fileName: made.file_name, seq: made.seq, source: made.source, peildatum: made.peildatum,
          trustedComment: made.trusted_comment, contentSha256: made.content_sha256, counts: made.counts,
        };
      });
    });
  }

  // What the module is told about a file's signature (checked before it reads the file).
  function signatureOf(bytes) {
    return signing().verify(bytes).then(function (v) {
      if (!v.signed) return { image: v.image, signature: { state: 'missing' } };
      if (!v.valid) return { image: v.image, signature: { state: 'invalid', problem: v.reason } };
      return {
        image: v.image,
        signature: {
          state: 'valid', public_key: v.publicKeyBase64, fingerprint: v.fingerprint, trusted_comment: v.trustedComment,
        },
      };
    }, function (e) {
      // Not even the signature's frame could be read: refused as a bad signature, never parsed.
      return { image: bytes, signature: { state: 'invalid', problem: 'malformed: ' + (e && e.message || e) } };
    });
  }

  // Receives one file, then the files a trusted region's file carries, checked the same way with
  // the keys the region vouches for -> [report, ...]
  function receive(name, bytes, via, vouched) {
    return signatureOf(bytes).then(function (checked) {
      var report = withHeap(bytes, function (pointer) {
        return callJson('wb_exchange_receive', ['string', 'number', 'number', 'number', 'string', 'string', 'string'],
                        [String(name), pointer, bytes.length, checked.image.length, JSON.stringify(checked.signature),
                         via || '', JSON.stringify(vouched || [])]);
      });
      return receiveForwarded(report);
    });
  }

  function receiveForwarded(report) {
    var trusted = report.verdict === 'accepted' || report.verdict === 'older' || report.verdict === 'duplicate';
    if (!trusted || !report.forwarded.length) return Promise.resolve([report]);
    // Copied out at once: the module keeps only the last received file's forwarded files.
    var inner = report.forwarded.map(function (f, index) {
      return { name: report.file + ' > ' + f.source + ' nr. ' + f.seq, bytes: lastBytes(call('wb_exchange_forwarded', 'number', ['number'], [index])) };
    });
    var reports = [report];
    return inner.reduce(function (chain, f) {
      return chain.then(function () {
        return receive(f.name, f.bytes, report.source, report.sender_keys).then(function (more) {
          reports = reports.concat(more);
        });
      });
    }, Promise.resolve()).then(function () { return reports; });
  }

  // Files received together: one batch, one summary -> {files, merged, held, refused, reports}
  function receiveAll(list) {
    call('wb_exchange_batch_begin', null, ['number'], [list.length]);
    var reports = [];
    return list.reduce(function (chain, file) {
      return chain.then(function () {
        return receive(file.name, file.bytes).then(function (more) { reports = reports.concat(more); });
      });
    }, Promise.resolve()).then(function () {
      var summary = callJson('wb_exchange_batch_end');
      summary.reports = reports;
      return summary;
    });
  }

  // Several files dropped at once arrive one by one: those of one moment form one batch.
  var pending = [];
  function queueForBatch(name, bytes) {
    return new Promise(function (resolve, reject) {
      pending.push({ name: name, bytes: bytes, resolve: resolve, reject: reject });
      if (pending.length > 1) return;
      setTimeout(function () {
        var batch = pending;
        pending = [];
        receiveAll(batch).then(function (summary) {
          batch.forEach(function (f) { f.resolve(summary); });
        }, function (e) {
          batch.forEach(function (f) { f.reject(e); });
        });
      }, 50);
    });
  }

  function isExchangeFile(bytes) {
    if (bytes.length < 100 || String.fromCharCode.apply(null, bytes.subarray(0, 15)) !== 'SQLite format 3') return false;
    return withHeap(bytes, function (pointer) {
      return call('wb_exchange_is_file', 'number', ['number', 'number'], [pointer, bytes.length]) === 1;
    });
  }

  function isKeyFile(name, bytes) {
    return /\.pub$/i.test(name) && bytes.length < 4096;
  }

  // A minisign public key file ("sleutelbestand") trusts its key for the area its comment names.
  function pinKeyFile(text, source) {
    var key = signing().parsePublicKeyText(text);
    var code = source || (/\b(GM\d{4}|VR\d{2}|NL01)\b/.exec(key.label || '') || [])[1];
    if (!code) throw new Error('the key file does not say which organisation it belongs to');
    return signing().fingerprint(key.publicKey).then(function (fingerprint) {
      callJson('wb_exchange_pin', ['string', 'string', 'string', 'string'], [code, key.label || code, key.publicKeyBase64, fingerprint]);
      return { source: code, fingerprint: fingerprint };
    });
  }

  function today() { return new Date().toISOString().slice(0, 10); }

  function createKey(passphrase) {
    var own = ownArea();
    return signing().createKey(own.code, passphrase || null).then(function (made) {
      return reportKey().then(function () { return { key: made.key, backup: made.backup, own: own }; });
    });
  }

  function publicKeyFile(key, own) {
    return signing().publicKeyText(key, 'Weerbaar ' + own.code + ' ' + own.name);
  }

  Module.weerbaarExchange = {
    reportKey: reportKey,
    makeSigned: makeSigned,
    receiveAll: receiveAll,
    receiveForwarded: receiveForwarded,
    isExchangeFile: isExchangeFile,
    isKeyFile: isKeyFile,
    pinKeyFile: pinKeyFile,
    createKey: createKey,
    // A dropped or picked file: an exchange file joins the current batch, a key file is trusted;
    // anything else is not ours (null).
    claim: function (name, bytes) {
      if (isKeyFile(name, bytes)) {
        return pinKeyFile(new TextDecoder().decode(bytes)).catch(function (e) { notice(e.message, true); });
      }
      if (isExchangeFile(bytes)) return queueForBatch(name, bytes);
      return null;
    },

    // ---- what the tab asks for (src/app/js_bridge.cpp) ----
    deliver: function (peildatum) {
      makeSigned({ peildatum: peildatum }).then(function (made) {
        files().download(made.fileName, made.bytes, 'application/vnd.sqlite3');
        notice(made.fileName, false);
      }).catch(function (e) { notice(e.message, true); });
    },
    makeKey: function (passphrase) {
      createKey(passphrase).then(function (made) {
        if (made.backup) files().download('weerbaar-sleutel-' + made.own.code + '-' + today() + '.json', made.backup, 'application/json');
        files().download('weerbaar-' + made.own.code + '.pub', new TextEncoder().encode(publicKeyFile(made.key, made.own)), 'text/plain');
      }).catch(function (e) { notice(e.message, true); });
    },
    restoreKey: function (passphrase) {
      files().pickFiles('.json', function (name, bytes) {
        signing().restoreKey(bytes, passphrase).then(reportKey).catch(function (e) { notice(e.message, true); });
      });
    },
    acceptHeld: function (deliveryId) {
      try {
        var report = callJson('wb_exchange_decide', ['number', 'number'], [deliveryId, 1]);
        receiveForwarded(report).catch(function (e) { notice(e.message, true); });
      } catch (e) {
        notice(e.message, true);
      }
    },
    savePublicKey: function () {
      requireKey().then(function (key) {
        var own = ownArea();
        files().download('weerbaar-' + own.code + '.pub', new TextEncoder().encode(publicKeyFile(key, own)), 'text/plain');
      }).catch(function (e) { notice(e.message, true); });
    },
  };
})();
