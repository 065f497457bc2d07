// window.Dashboard: the page's JavaScript API (see DESIGN.md section 5), and the small services
// the C++ side asks of the page (start-up signals, remembered language).
// Included with --pre-js, so it runs before the wasm module starts.
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

  // Services called from C++ (src/app/js_bridge.cpp).
  Module.weerbaar = {
    started: function () {
      // Resolve after the browser has presented the first frame, not merely issued it.
      requestAnimationFrame(function () {
        if (settled) return;
        settled = true;
        root.dataset.state = 'ready';
        var loading = document.getElementById('loading');
        if (loading) loading.hidden = true;
        readyResolve();
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
    storeLanguage: function (code) {
      root.lang = code;
      try {
        window.localStorage.setItem(LANGUAGE_KEY, code);
      } catch (e) { /* not remembered, but the switch itself still works */ }
    },
  };
  Module.onAbort = function (what) { fail(what || 'aborted'); };
  Module.canvas = document.getElementById('canvas');

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

  window.Dashboard = {
    ready: ready,

    // Runs one read-only SQL statement: {columns, rows}. Writes are refused.
    query: function (sql, params) {
      return ready.then(function () {
        if (typeof sql !== 'string') throw new TypeError('sql must be a string');
        bindParams(params || []);
        var result = callJson('wb_query', ['string'], [sql]);
        if (result.error) throw new Error(result.error);
        return result;
      });
    },

    // The ingest benchmark of DESIGN.md section 5. Copying the bytes into the wasm heap counts as
    // parsing (sql.js and papaparse must first decode the bytes to a string, too).
    benchIngest: function (csvBytes, options) {
      return ready.then(function () {
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

    // Hooks for end-to-end tests and for debugging in the browser console.
    debug: {
      tileCenter: function (code) {
        return ready.then(function () { return callJson('wb_debug_tile_centre', ['string'], [code]); });
      },
      hover: function () {
        return ready.then(function () { return callJson('wb_debug_hover'); });
      },
      mapRect: function () {
        return ready.then(function () { return callJson('wb_debug_map_rect'); });
      },
      selection: function () {
        return ready.then(function () { return call('wb_selected_code', 'string', [], []); });
      },
      setLanguage: function (code) {
        return ready.then(function () {
          if (!call('wb_set_language', 'number', ['string'], [code])) throw new Error('unknown language: ' + code);
        });
      },
      language: function () {
        return ready.then(function () { return call('wb_language', 'string', [], []); });
      },
    },
  };
})();
