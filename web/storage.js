// Keeps the working database in the browser's IndexedDB, so edits survive a reload and a browser
// restart, also for a page opened from file://.
// Chromium gives all file:// pages one shared store: records are keyed by the page's own address
// (without query or hash), so two copies of the page on one stick or disk never mix their data.
(function () {
  'use strict';

  var DB_NAME = 'weerbaar';
  var STORE = 'databases';

  function pageKey() {
    return location.protocol + '//' + location.host + location.pathname;
  }

  function openStore() {
    return new Promise(function (resolve, reject) {
      if (!window.indexedDB) {
        reject(new Error('IndexedDB is not available'));
        return;
      }
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function transact(mode, work) {
    return openStore().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result;
        tx.oncomplete = function () { db.close(); resolve(result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error || new Error('storage transaction failed')); };
        work(tx.objectStore(STORE), function (value) { result = value; });
      });
    });
  }

  Module.weerbaarStorage = {
    // -> {bytes: Uint8Array, savedAt: number} or null
    load: function () {
      return transact('readonly', function (store, done) {
        var request = store.get(pageKey());
        request.onsuccess = function () {
          var record = request.result;
          done(record && record.bytes ? { bytes: new Uint8Array(record.bytes), savedAt: record.savedAt || 0 } : null);
        };
      });
    },
    save: function (bytes, savedAt) {
      return transact('readwrite', function (store) {
        store.put({ bytes: bytes, savedAt: savedAt }, pageKey());
      });
    },
    clear: function () {
      return transact('readwrite', function (store) { store.delete(pageKey()); });
    },
  };
})();
