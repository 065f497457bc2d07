// window.Dashboard: the page's JavaScript API (see DESIGN.md section 5), and the small services
// the C++ side asks of the page (start-up signals, the start database, saving, files, language).
// Included with --pre-js after storage.js and files.js, so it runs before the wasm module starts.
(function () {
  'use strict';

  var LANGUAGE_KEY = 'weerbaar:language';
  var root = document.documentElement;
  var readyResolve, readyReject;
  var settled = false;
  var ready = new Promise(function (resolve, reject) {
    readyResolve = resolve;
    readyReject = reject;
  });
  // An unobserved rejection must not become a console error of its own: failures are shown on
  // the page and reported through Dashboard.ready to whoever awaits it.
  ready.catch(function () {});
  root.dataset.state = 'loading';

  // The API's calls wait for this, Dashboard.ready only for the first frame: the default
  // database's indexes, R*Tree and full-text index are built by the main loop right after that
  // frame, and a script asking sooner has them built first, so no answer depends on when it asked.
  // Made on the first call only, so a page nobody scripts starts as fast as before.
  var complete = null;
  function whenComplete() {
    if (!complete) complete = ready.then(function () { call('wb_complete_start_database', null, [], []); });
    return complete;
  }

  function showError(message) {
    var box = document.getElementById('error-message');
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    if (box) {
      box.querySelector('.detail').textContent = message;
      box.hidden = false;
    }
    var canvas = document.getElementById('canvas');
    if (canvas) canvas.hidden = true;
  }

  function fail(message) {
    if (settled) return;
    settled = true;
    root.dataset.state = 'error';
    showError(String(message));
    readyReject(new Error('Weerbaar could not start: ' + message));
  }

  // ---- the database the module starts with, and saving it -------------------------------------
  // Newest of: the copy saved in this browser, the copy embedded in an offline file; else the
  // default carried by the page. The default is also kept for "reset to the default data".
  // A public version (Bestand > Publiceren: its embedded database marked data-public) shows its
  // embedded database, whatever this browser stored under the page's address, and stores nothing.
  var embeddedElement = document.getElementById('weerbaar-database');
  var publicPage = !!embeddedElement && embeddedElement.dataset.public === '1';
  var startDatabase = null;  // {bytes, origin: 1 saved | 2 embedded}
  var defaultDatabase = null;
  // Asked for now, while the module is still being decoded and compiled (index.html asks even
  // earlier whether there is a store at all): the browser's answers come back as tasks that wait
  // behind the start-up work, and asked only once the module was compiled they held the start up.
  var saved = publicPage ? Promise.resolve(null) : Module.weerbaarStorage.load().catch(function (e) {
    console.warn('Weerbaar: browser storage unavailable, edits will not be kept:', e);
    return null;
  });
  Module.preRun = Module.preRun || [];
  Module.preRun.push(function () {
    performance.mark('weerbaar:module');  // the wasm compiled and instantiated
    addRunDependency('weerbaar-start-database');
    var embedded = Module.weerbaarFiles.embeddedDatabase().catch(function (e) {
      console.warn('Weerbaar: the embedded database is unreadable:', e);
      return null;
    });
    Promise.all([saved, embedded, Module.weerbaarFiles.defaultDatabase()]).then(function (found) {
      var stored = found[0], embedded = found[1];
      defaultDatabase = found[2];
      if (stored && (!embedded || stored.savedAt >= embedded.savedAt)) startDatabase = { bytes: stored.bytes, origin: 1 };
      else if (embedded) startDatabase = { bytes: embedded.bytes, origin: 2 };
      performance.mark('weerbaar:databases');
      removeRunDependency('weerbaar-start-database');
    }).catch(function (e) { fail(e && e.message || e); });
  });

  var pendingSave = Promise.resolve();
  var saveTimer = null;
  function scheduleSave() {
    if (publicPage) return;
    clearTimeout(saveTimer);
    // Debounced: a burst of edits is written once. Each write stores the whole file.
    pendingSave = new Promise(function (resolve) {
      saveTimer = setTimeout(function () {
        whenIdle().then(function () {
          return Module.weerbaarStorage.save(exportBytes(), Date.now());
        }).catch(function (e) {
          call('wb_notify_storage_failure', null, ['string'], [String(e && e.message || e)]);
        }).then(resolve);
      }, 250);
    });
  }

  function importBusy() { return call('wb_import_busy', 'number', [], []) !== 0; }

  // Resolves once no import is running or waiting (its transaction is then closed).
  function whenIdle() {
    return new Promise(function (resolve) {
      (function check() {
        if (importBusy()) setTimeout(check, 20); else resolve();
      })();
    });
  }

  function exportBytes() {
    // During an import the database holds uncommitted rows: never write those anywhere.
    if (importBusy()) throw new Error('an import is still running; try again when it has finished');
    var pointer = call('wb_export_database', 'number', [], []);
    var size = call('wb_export_size', 'number', [], []);
    if (!pointer) throw new Error('the database could not be exported');
    return Module.HEAPU8.slice(pointer, pointer + size);
  }

  // Queues a file for import; the promise settles when the main loop has finished it (imports
  // run in slices between frames so the page stays responsive) -> {ok, table, rows, message}.
  var importRequests = {};
  var mapImageRequests = {};
  var nextMapImageRequest = 1;
  var nextImportRequest = 1;
  function importBytes(name, bytes, options, interactive) {
    var id = nextImportRequest++;
    var settledImport = new Promise(function (resolve) { importRequests[id] = resolve; });
    var pointer = Module._malloc(Math.max(1, bytes.length));
    try {
      Module.HEAPU8.set(bytes, pointer);
      // {duplicates: 'last'}: a value the file gives twice keeps the last one (else the file is refused).
      var lastValueWins = options && options.duplicates === 'last' ? 1 : 0;
      call('wb_import_file', null, ['string', 'number', 'number', 'number', 'number', 'number', 'number'],
           [String(name), pointer, bytes.length, (options && options.period) || 0, lastValueWins, id,
            interactive ? 1 : 0]);
    } finally {
      Module._free(pointer);
    }
    return settledImport;
  }

  function today() { return new Date().toISOString().slice(0, 10); }

  // Dashboard.importFile's answer for an exchange file: every row counted, the outcome worded.
  function exchangeImportResult(summary) {
    var rows = 0;
    summary.reports.forEach(function (report) {
      Object.keys(report.counts).forEach(function (kind) {
        var c = report.counts[kind];
        rows += c.added + c.updated + c.unchanged + c.history + c.removed + c.conflicts;
      });
    });
    return {
      ok: summary.refused === 0 && summary.held === 0, table: 'exchange', rows: rows,
      message: summary.reports.map(function (r) { return r.file + ': ' + r.message; }).join('\n'), exchange: summary,
    };
  }

  function exchangeCall(name, argTypes, args) {
    return whenComplete().then(whenIdle).then(function () { return callJson(name, argTypes, args); }).then(function (result) {
      if (result && result.error) throw new Error(result.error);
      return result;
    });
  }

  function readOnly() { return call('wb_read_only', 'number', [], []) !== 0; }

  // This page with the public copy of the working database inside (core/public_copy.h), made by
  // the module. -> Promise of the page's bytes.
  function makePublicPage() {
    if (importBusy()) throw new Error('an import is still running; try again when it has finished');
    var made = callJson('wb_public_export', ['string'], [new Date().toISOString()]);
    if (made.error) throw new Error(made.error);
    var pointer = call('wb_public_export_bytes', 'number', [], []);
    return Module.weerbaarFiles.offlinePage(Module.HEAPU8.slice(pointer, pointer + made.size), Date.now(), true);
  }

  // The board report: the map as shown, then the module's page and CSV of `scope` ('' or 'NL': the
  // country) on `date`. -> Promise of {html, csv, name}. Dashboard.report and the report tab's
  // button both come here.
  function makeReport(options) {
    var scope = (options && options.scope) || '';
    var date = (options && options.date) || today();
    return Dashboard.exportMapPng().then(function (png) {
      var pointer = Module._malloc(Math.max(1, png.length));
      try {
        Module.HEAPU8.set(png, pointer);
        var result = callJson('wb_report', ['string', 'string', 'number', 'number'], [scope, date, pointer, png.length]);
        if (result.error) throw new Error(result.error);
        return result;
      } finally {
        Module._free(pointer);
      }
    });
  }

  // Services called from C++ (src/app/js_bridge.cpp).
  Module.weerbaar = {
    // The databases go straight into memory the module allocated from SQLite (core/database.h
    // DatabaseImage), which takes them over without another copy.
    startDatabaseSize: function () { return startDatabase ? startDatabase.bytes.length : 0; },
    takeStartDatabase: function (pointer) {
      Module.HEAPU8.set(startDatabase.bytes, pointer);
      var origin = startDatabase.origin;
      startDatabase = null;
      return origin;
    },
    defaultDatabaseSize: function () { return defaultDatabase.length; },
    copyDefaultDatabase: function (pointer) { Module.HEAPU8.set(defaultDatabase, pointer); },
    databaseChanged: scheduleSave,
    replaceFragment: function (fragment) {
      // No new history entry and no request: only the address shown (and copied) changes.
      history.replaceState(history.state, '', '#' + fragment);
    },
    mapImageCaptured: function (id, rgba, width, height, fileName) {
      var canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer), width, height), 0, 0);
      canvas.toBlob(function (blob) {
        blob.arrayBuffer().then(function (buffer) {
          var png = new Uint8Array(buffer);
          if (id < 0) Module.weerbaarFiles.download(fileName, png, 'image/png');
          var resolve = mapImageRequests[id];
          delete mapImageRequests[id];
          if (resolve) resolve(png);
        });
      }, 'image/png');
    },
    importFinished: function (id, json) {
      var resolve = importRequests[id];
      delete importRequests[id];
      if (resolve) resolve(JSON.parse(json));
    },
    forgetSavedDatabase: function () {
      clearTimeout(saveTimer);
      pendingSave = Module.weerbaarStorage.clear().catch(function () {});
    },
    downloadReport: function (scope, date) {
      makeReport({ scope: scope, date: date }).then(function (report) {
        Module.weerbaarFiles.download(report.name + '.html', new TextEncoder().encode(report.html), 'text/html');
        Module.weerbaarFiles.download(report.name + '.csv', new TextEncoder().encode(report.csv), 'text/csv');
        call('wb_report_finished', null, ['number', 'string'], [1, report.name]);
      }).catch(function (e) {
        call('wb_report_finished', null, ['number', 'string'], [0, String(e && e.message || e)]);
      });
    },
    openAccessibleView: function () { Module.weerbaarAccessible.open(); },
    focusAccessibleViewButton: function () { Module.weerbaarAccessible.focusOpener(); },
    pickFiles: function () {
      Module.weerbaarFiles.pickFiles('.csv,.tsv,.txt,.json,.geojson,.topojson,.gpkg,.sqlite,.sqlite3,.db,.pub',
                                     function (name, bytes) { openFile(name, bytes); });
    },
    saveDatabaseFile: function () {
      Module.weerbaarFiles.download('weerbaar-' + today() + '.sqlite', exportBytes(), 'application/vnd.sqlite3');
    },
    saveOfflineFile: function () {
      Module.weerbaarFiles.offlinePage(exportBytes(), Date.now(), readOnly()).then(function (page) {
        Module.weerbaarFiles.download('weerbaar-offline-' + today() + '.html', page, 'text/html');
      });
    },
    savePublicFile: function () {
      Promise.resolve().then(makePublicPage).then(function (page) {
        Module.weerbaarFiles.download('weerbaar-publiek-' + today() + '.html', page, 'text/html');
      }).catch(function (e) {
        call('wb_public_export_failed', null, ['string'], [String(e && e.message || e)]);
      });
    },
    started: function () {
      // Resolve after the browser has presented the first frame, not merely issued it.
      requestAnimationFrame(function () {
        if (settled) return;
        settled = true;
        root.dataset.state = 'ready';
        var loading = document.getElementById('loading');
        if (loading) loading.hidden = true;
        Module.weerbaarAccessible.attach();
        document.getElementById('a11y-open').hidden = false;
        // Keys reach the dashboard while its canvas has focus (SDL listens there only). SDL
        // prevents the default of a mouse press, which would otherwise focus the canvas.
        Module.canvas.addEventListener('pointerdown', function () { Module.canvas.focus(); });
        Module.canvas.focus();
        performance.mark('weerbaar-ready');  // start-up time from navigation, for tests/bench/start.mjs
        readyResolve();
        Module.weerbaarExchange.reportKey().catch(function (e) { console.warn('Weerbaar: signing keys unavailable:', e); });
      });
    },
    failed: fail,
    storedLanguage: function () {
      try {
        var value = window.localStorage.getItem(LANGUAGE_KEY);
        return value === 'nl' ? 1 : value === 'en' ? 2 : 0;
      } catch (e) {
        return 0;  // storage can be disabled; the default (Dutch) then applies
      }
    },
    // `text` as a zero-terminated UTF-8 string in the heap; the C++ side frees it.
    heapString: function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var pointer = Module._malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    },
    preference: function (name) {
      try {
        return window.localStorage.getItem('weerbaar:' + name) || '';
      } catch (e) {
        return '';
      }
    },
    setPreference: function (name, value) {
      try {
        window.localStorage.setItem('weerbaar:' + name, value);
      } catch (e) { /* not remembered, but the choice itself still applies */ }
    },
    storeLanguage: function (code) {
      root.lang = code;
      try {
        window.localStorage.setItem(LANGUAGE_KEY, code);
      } catch (e) { /* not remembered, but the switch itself still works */ }
    },
  };
  Module.onAbort = function (what) { fail(what || 'aborted'); };
  // The start's work waits until the page has finished loading (its load event has been handled).
  // Until then the browser counts the page as loading and animates its loading indicator: every
  // frame of that animation is drawn by the GPU process, which the start's WebGL context and first
  // frame then wait behind (on a software renderer each such frame takes tens of milliseconds).
  // Started within this script, the start ran as one chain of promise reactions that kept the
  // load event back until after the first frame (measured while the browser was busy as well:
  // ready 0.73 s against 0.79 s, the context and the first frame 80 ms sooner; in an idle browser
  // no difference). The parser has only the closing tags left, so the wait is a few milliseconds.
  function afterPageLoaded() {
    return new Promise(function (resolve) {
      if (document.readyState === 'complete') resolve();
      // A task of its own: promise reactions would run within the load event's dispatch.
      else window.addEventListener('load', function () { setTimeout(resolve, 0); }, { once: true });
    });
  }

  // The wasm is inside the page, not beside it (a page from file:// may not fetch a sibling file):
  // Emscripten asks us for the instance instead of fetching weerbaar.wasm.
  Module.instantiateWasm = function (imports, receiveInstance) {
    afterPageLoaded().then(function () {
      return Module.weerbaarFiles.instantiateEmbeddedWasm(imports);
    }).then(function (result) {
      receiveInstance(result.instance, result.module);
    }).catch(function (e) { fail('the program code could not be loaded: ' + (e && e.message || e)); });
    return {};  // the exports arrive later, through receiveInstance
  };
  // A link pasted into the address bar of the open page: show its view.
  // The link of the change itself (event.newURL), not location.hash when the event is handled: the
  // module may have written its own view into the address in between.
  window.addEventListener('hashchange', function (event) {
    if (settled) call('wb_apply_view_link', null, ['string'], [new URL(event.newURL).hash]);
  });
  Module.canvas = document.getElementById('canvas');
  Module.weerbaarFiles.acceptDrops(function (name, bytes) {
    ready.then(function () { openFile(name, bytes); });
  });

  // A file from the user: an exchange file or a key file goes to the exchange (web/exchange.js),
  // anything else is imported. The public version takes nothing in: the import queue says so.
  function openFile(name, bytes) {
    return whenIdle().then(function () {
      return (!readOnly() && Module.weerbaarExchange.claim(name, bytes)) || importBytes(name, bytes, null, true);
    });
  }

  function call(name, returnType, argTypes, args) {
    return Module.ccall(name, returnType, argTypes, args);
  }

  function callJson(name, argTypes, args) {
    var text = call(name, 'string', argTypes || [], args || []);
    return JSON.parse(text);
  }

  function bindParams(params) {
    call('wb_query_param_clear', null, [], []);
    params.forEach(function (value, index) {
      if (value === null || value === undefined) {
        call('wb_query_param_null', null, [], []);
      } else if (typeof value === 'boolean') {
        call('wb_query_param_int', null, ['number'], [value ? 1 : 0]);
      } else if (typeof value === 'number') {
        var integral = Number.isSafeInteger(value);
        call(integral ? 'wb_query_param_int' : 'wb_query_param_double', null, ['number'], [value]);
      } else if (typeof value === 'string') {
        call('wb_query_param_text', null, ['string'], [value]);
      } else {
        throw new TypeError('parameter ' + (index + 1) + ' must be a string, number, boolean or null');
      }
    });
  }

  // Dashboard.outageView / outageCsv: absent options are the Scenario's tab's own choices.
  function outageCall(name, options) {
    options = options || {};
    var hours = options.hours === undefined ? -1 : Number(options.hours);
    if (!(hours >= -1)) throw new TypeError('hours must be a number of hours from 0');
    var scope = options.scope === undefined ? '\x01' : String(options.scope === 'NL' ? '' : options.scope);
    var result = callJson(name, ['string', 'number', 'string'], [String(options.scenario || ''), hours, scope]);
    if (result.error) throw new Error(result.error);
    return result;
  }

  window.Dashboard = {
    ready: ready,

    // Runs one read-only SQL statement: {columns, rows}. Writes are refused.
    query: function (sql, params) {
      return whenComplete().then(function () {
        if (typeof sql !== 'string') throw new TypeError('sql must be a string');
        bindParams(params || []);
        var result = callJson('wb_query', ['string'], [sql]);
        if (result.error) throw new Error(result.error);
        return result;
      });
    },

    // Imports a file through the same path as drag-and-drop and the file picker. Options: {period}
    // (the year of a table without a period column), {duplicates: 'last'} (a value the file gives
    // twice keeps the last one; by default such a file is refused).
    // -> {ok, table, rows, message}; bad input resolves with ok:false and says what and where.
    importFile: function (name, bytes, options) {
      return whenComplete().then(function () {
        if (!(bytes instanceof Uint8Array)) throw new TypeError('bytes must be a Uint8Array');
        var duplicates = options && options.duplicates;
        if (duplicates !== undefined && duplicates !== 'last' && duplicates !== 'refuse') {
          throw new TypeError("duplicates must be 'last' or 'refuse'");
        }
        return whenIdle().then(function () {
          var exchange = !readOnly() && Module.weerbaarExchange.isExchangeFile(bytes);
          if (!exchange) return importBytes(name, bytes, options);
          return Module.weerbaarExchange.receiveAll([{ name: name, bytes: bytes }]).then(exchangeImportResult);
        });
      });
    },

    // The map as shown (areas, legend, a title with indicator, level, selection and date) as PNG
    // bytes. -> Promise of Uint8Array.
    exportMapPng: function () {
      return whenComplete().then(function () {
        var id = nextMapImageRequest++;
        var png = new Promise(function (resolve) { mapImageRequests[id] = resolve; });
        call('wb_request_map_image', null, ['number'], [id]);
        return png;
      });
    },

    // The board report ("voortgangsrapportage") of {scope: area code, '' or 'NL' for the country,
    // date: 'YYYY-MM-DD'}: the same files as the report tab's button -> Promise of {html, csv}
    // (the HTML page self-contained, the map inside as a PNG data URL; the CSV one figure a row).
    report: function (options) {
      return whenComplete().then(function () { return makeReport(options); }).then(function (report) {
        return { html: report.html, csv: report.csv, name: report.name };
      });
    },

    // Keeps the report figures of {scope, date} so the next report shows the change since them.
    // -> Promise of the snapshot's id.
    saveReportSnapshot: function (options) {
      return whenComplete().then(function () {
        var result = callJson('wb_save_report_snapshot', ['string', 'string'],
                              [(options && options.scope) || '', (options && options.date) || today()]);
        if (result.error) throw new Error(result.error);
        return result.id;
      });
    },

    // Good practices (ids of the practice table) as a practice pack file, as the practices tab
    // saves it -> Promise of Uint8Array (UTF-8 JSON; import it with Dashboard.importFile).
    exportPracticePack: function (ids) {
      return whenComplete().then(function () {
        if (!Array.isArray(ids) || !ids.every(Number.isSafeInteger)) throw new TypeError('ids must be an array of integers');
        var result = callJson('wb_export_practice_pack', ['string'], [ids.join(',')]);
        if (result.error) throw new Error(result.error);
        return new TextEncoder().encode(result.json);
      });
    },

    // ---- the reporting chain (web/exchange.js, src/app/web_api_exchange.cpp) ----
    // The organisation this dashboard speaks for: {code: GM…/VR…/NL01, name} -> {organisation, as_of}
    setOrganisation: function (code, name) {
      return exchangeCall('wb_exchange_set_organisation', ['string', 'string'], [String(code), String(name || '')])
        .then(function (state) { return Module.weerbaarExchange.reportKey().then(function () { return state; }); });
    },
    // A signing key for the own organisation in this browser ({passphrase}: also a backup file)
    // -> {fingerprint, publicKeyFile (text), backup (Uint8Array or null)}
    createSigningKey: function (options) {
      return whenComplete().then(function () {
        return Module.weerbaarExchange.createKey(options && options.passphrase);
      }).then(function (made) {
        return Module.weerbaarSigning.fingerprint(made.key.publicKey).then(function (fingerprint) {
          return {
            fingerprint: fingerprint, backup: made.backup,
            publicKeyFile: Module.weerbaarSigning.publicKeyText(made.key, 'Weerbaar ' + made.own.code + ' ' + made.own.name),
          };
        });
      });
    },
    // Trusts a sender's key: the text of its key file (its comment names the area), or
    // {source, publicKeyFile} -> {source, fingerprint}. Also the tests' way to pin a key.
    trustSenderKey: function (keyFile, source) {
      return whenComplete().then(whenIdle).then(function () { return Module.weerbaarExchange.pinKeyFile(String(keyFile), source); });
    },
    // The own exchange file, signed: {peildatum: 'YYYY-MM-DD' (default: the reference day),
    // scope: must be the own organisation when given} -> {bytes, fileName, seq, source, peildatum, counts}
    exportExchange: function (options) {
      return whenComplete().then(whenIdle).then(function () {
        var own = callJson('wb_exchange_state').organisation;
        if (options && options.scope && (!own || own.code !== options.scope)) {
          throw new Error('this dashboard speaks for ' + (own ? own.code : 'no organisation yet') + ', not for ' + options.scope);
        }
        return Module.weerbaarExchange.makeSigned(options);
      });
    },
    // Merges exchange files (one Uint8Array, a list of them, or [{name, bytes}]) -> {files, merged,
    // held, refused, reports: [{file, source, seq, verdict, reason, message, counts: {kind:
    // {added, updated, unchanged, history, removed, conflicts}}, held_id, ...}]}
    importExchange: function (input) {
      return whenComplete().then(whenIdle).then(function () {
        if (readOnly()) throw new Error('this is the public version of the dashboard, which is read-only');
        var list = input instanceof Uint8Array ? [input] : input;
        if (!Array.isArray(list)) throw new TypeError('importExchange takes a Uint8Array or a list of them');
        return Module.weerbaarExchange.receiveAll(list.map(function (item, i) {
          return item instanceof Uint8Array ? { name: 'file ' + (i + 1), bytes: item } : { name: String(item.name), bytes: item.bytes };
        }));
      });
    },
    // Who delivered, for a safety region or NL01 (default: the own region) as of a day -> {scope,
    // as_of, expected, delivered, current, line, rows: [{code, name, level, region, state, seq,
    // peildatum, received_at, via, fingerprint, forwarded, problem}]}
    deliveryStatus: function (scope, asOf) {
      return exchangeCall('wb_exchange_delivery_status', ['string', 'string'], [scope || '', asOf || '']);
    },
    // Open conflicts between delivered rows and edits made here -> [{id, kind, area, source, local, received}]
    conflicts: function () {
      return exchangeCall('wb_exchange_conflicts');
    },
    // choice 'received' or 'local'; resolveConflict(id, choice), resolveConflicts(source, choice)
    resolveConflict: function (id, choice) {
      return exchangeCall('wb_exchange_resolve', ['number', 'string', 'string'], [Number(id), '', String(choice)]);
    },
    resolveConflicts: function (source, choice) {
      return exchangeCall('wb_exchange_resolve', ['number', 'string', 'string'], [0, String(source || ''), String(choice)]);
    },
    // A file held for an unknown or changed key: trust the key and merge it (true), or drop it.
    decideHeld: function (heldId, accept) {
      return whenComplete().then(whenIdle).then(function () {
        var report = callJson('wb_exchange_decide', ['number', 'number'], [Number(heldId), accept ? 1 : 0]);
        return accept ? Module.weerbaarExchange.receiveForwarded(report) : [];
      });
    },

    // The whole database as a .sqlite file (opens in the sqlite3 command-line tool).
    exportDatabase: function () {
      return whenComplete().then(whenIdle).then(exportBytes);
    },

    // The public version (Bestand > Publiceren): this page with a copy of the data without
    // personal details, opening read-only (core/public_copy.h) -> Promise of the page (Uint8Array
    // of HTML).
    publicExport: function () {
      return whenComplete().then(whenIdle).then(makePublicPage);
    },

    // The 72-hour view of the Scenario's tab (src/views/outage_model.h) for {scenario: code, hours,
    // scope: area code, '' for the Netherlands}; a field left out means the tab's own choice (its
    // scenario and hour, the selection) -> Promise of {scenario, hours, scope, power_out, groups,
    // points, rows, total}. Counts of people are numbers, or "<5" where suppressed.
    outageView: function (options) {
      return whenComplete().then(function () { return outageCall('wb_outage_view', options); });
    },
    // The same view as the tab's CSV export (what "Exporteer CSV" downloads) -> Promise of text.
    outageCsv: function (options) {
      return whenComplete().then(function () { return outageCall('wb_outage_csv', options).csv; });
    },
    // The printable threat information sheet of a safety region (or of the region a municipality
    // lies in; without a code: the selection's) -> Promise of HTML text.
    threatSheet: function (regionCode) {
      return whenComplete().then(function () {
        var result = callJson('wb_threat_sheet', ['string'], [regionCode || '']);
        if (result.error) throw new Error(result.error);
        return result.html;
      });
    },

    // A table or view as CSV text (UTF-8 with BOM; ';' and decimal comma in Dutch). Without a
    // name: the figures of the map as shown, following the selected region or province.
    exportCsv: function (tableName) {
      return whenComplete().then(function () {
        var result = callJson('wb_export_csv', ['string'], [tableName || '']);
        if (result.error) throw new Error(result.error);
        return result.csv;
      });
    },

    // The ingest benchmark of DESIGN.md section 5. Copying the bytes into the wasm heap counts as
    // parsing (sql.js and papaparse must first decode the bytes to a string, too).
    benchIngest: function (csvBytes, options) {
      return whenComplete().then(function () {
        if (!(csvBytes instanceof Uint8Array)) throw new TypeError('csvBytes must be a Uint8Array');
        var indicator = (options && options.indicator) || '';
        var start = performance.now();
        var pointer = Module._malloc(Math.max(1, csvBytes.length));
        try {
          Module.HEAPU8.set(csvBytes, pointer);
          var copyMs = performance.now() - start;
          var result = callJson('wb_bench_ingest', ['number', 'number', 'string'],
                                [pointer, csvBytes.length, indicator]);
          if (result.error) throw new Error(result.error);
          result.parse_ms += copyMs;
          result.total_ms = performance.now() - start;
          return result;
        } finally {
          Module._free(pointer);
        }
      });
    },

    // DESIGN.md section 5: a choropleth of the GeoJSON's polygons at 1280x800, then `frames` pan
    // steps -> {features, first_frame_ms, median_frame_ms, frame_ms}. The first frame counts from
    // the bytes (copy into the module included), as the JS libraries count from JSON.parse.
    benchRender: function (geojsonBytes, options) {
      return whenComplete().then(function () {
        if (!(geojsonBytes instanceof Uint8Array)) throw new TypeError('geojsonBytes must be a Uint8Array');
        var frames = options && options.frames !== undefined ? options.frames : 60;
        var property = (options && options.value_property) || 'value';
        var start = performance.now();
        var pointer = Module._malloc(Math.max(1, geojsonBytes.length));
        try {
          Module.HEAPU8.set(geojsonBytes, pointer);
          var copyMs = performance.now() - start;
          var result = callJson('wb_bench_render', ['number', 'number', 'number', 'string'],
                                [pointer, geojsonBytes.length, frames, property]);
          if (result.error) throw new Error(result.error);
          result.first_frame_ms += copyMs;
          return result;
        } finally {
          Module._free(pointer);
        }
      });
    },
    // The heat map benchmark: `input` is a point count (deterministic points over the Netherlands)
    // or the bytes of a GeoJSON FeatureCollection of points (property "weight"), as
    // tests/bench/render.mjs passes them. At 1280x800: first frame, then `frames` re-renders, each
    // after a bandwidth change (options.bandwidths_km cycled; by default the JS libraries' pixel
    // radii as 3 standard deviations) -> {points, first_frame_ms, rerender_ms, median_rerender_ms,
    // bandwidths_km, half_float, splats, blurs, max_density}, with frame_ms / median_frame_ms as the harness reads them.
    benchHeatmap: function (input, options) {
      return whenComplete().then(function () {
        var bytes = input instanceof Uint8Array ? input : null;
        if (!bytes && !(Number.isInteger(input) && input >= 0)) throw new TypeError('input must be a point count or a Uint8Array');
        var frames = options && options.frames !== undefined ? options.frames : 10;
        var bandwidths = (options && options.bandwidths_km) || [];
        var start = performance.now();
        var pointer = Module._malloc(Math.max(1, bytes ? bytes.length : 1));
        var bandwidthPointer = Module._malloc(Math.max(8, bandwidths.length * 8));
        try {
          if (bytes) Module.HEAPU8.set(bytes, pointer);
          Module.HEAPF64.set(bandwidths, bandwidthPointer / 8);
          var copyMs = performance.now() - start;
          var result = callJson('wb_bench_heatmap', ['number', 'number', 'number', 'number', 'number', 'number'],
                                [pointer, bytes ? bytes.length : 0, bytes ? 0 : input, frames, bandwidthPointer,
                                 bandwidths.length]);
          if (result.error) throw new Error(result.error);
          result.first_frame_ms += copyMs;
          result.frame_ms = result.rerender_ms;
          result.median_frame_ms = result.median_rerender_ms;
          return result;
        } finally {
          Module._free(pointer);
          Module._free(bandwidthPointer);
        }
      });
    },

    // Hooks for end-to-end tests and for debugging in the browser console.
    debug: {
      // A point inside an area of the map, in CSS pixels: {x, y}, or null when not in view.
      areaCenter: function (code) {
        return whenComplete().then(function () { return callJson('wb_debug_area_centre', ['string'], [code]); });
      },
      hover: function () {
        return whenComplete().then(function () { return callJson('wb_debug_hover'); });
      },
      mapRect: function () {
        return whenComplete().then(function () { return callJson('wb_debug_map_rect'); });
      },
      // The point layers and heat map as set, and the symbol under the mouse with its tooltip lines.
      layers: function () {
        return whenComplete().then(function () { return callJson('wb_debug_layers'); });
      },
      // A symbol of layer 'vulnerable', 'resilience' or 'fire' on screen: {x, y} CSS pixels, or null.
      layerSymbol: function (layer) {
        return whenComplete().then(function () { return callJson('wb_debug_layer_symbol', ['string'], [layer]); });
      },
      // Where a named widget was drawn in the last frame (src/ui/test_anchors.h), CSS pixels.
      anchor: function (name) {
        return whenComplete().then(function () { return callJson('wb_debug_anchor', ['string'], [name]); });
      },
      // The anchored widget that has the keyboard focus (ImGui's navigation cursor), or "".
      focusedAnchor: function () {
        return whenComplete().then(function () { return callJson('wb_debug_focused_anchor', [], []); });
      },
      // What the map shows and where: {link, level, shape, indicator, classes, selection, centre, scale, features}.
      view: function () {
        return whenComplete().then(function () { return callJson('wb_debug_view'); });
      },
      // The accessible view's HTML as the module makes it for the current selection and language.
      accessibleHtml: function () {
        return whenComplete().then(function () { return call('wb_accessible_view', 'string', [], []); });
      },
      // The import queue: {busy, running, progress, waiting, mapping}.
      imports: function () {
        return whenComplete().then(function () { return callJson('wb_debug_imports'); });
      },
      // The scenario tabs' choices: {scenario, hours, search, found} (organisations the Netwerken search finds).
      scenarioTab: function () {
        return whenComplete().then(function () { return callJson('wb_debug_scenario_tab'); });
      },
      selection: function () {
        return whenComplete().then(function () { return call('wb_selected_code', 'string', [], []); });
      },
      setLanguage: function (code) {
        return whenComplete().then(function () {
          if (!call('wb_set_language', 'number', ['string'], [code])) throw new Error('unknown language: ' + code);
        });
      },
      language: function () {
        return whenComplete().then(function () { return call('wb_language', 'string', [], []); });
      },
      // Resolves when the last change has been written to browser storage.
      whenSaved: function () {
        return whenComplete().then(function () { return pendingSave; });
      },
      // The user-visible notice (last import, export or error): {text, error} or null.
      notice: function () {
        return whenComplete().then(function () { return callJson('wb_notice'); });
      },
      offlinePage: function () {
        return whenComplete().then(function () { return Module.weerbaarFiles.offlinePage(exportBytes(), Date.now(), readOnly()); });
      },
      // True while the page shows a public version: read-only, nothing stored in the browser.
      readOnly: function () {
        return whenComplete().then(readOnly);
      },
    },
  };
})();
