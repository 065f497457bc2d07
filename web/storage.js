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

  // The record saved for this page, handed to done() -> {bytes: Uint8Array, savedAt: number} or null.
  function readSaved(store, done) {
    var request = store.get(pageKey());
    request.onsuccess = function () {
      var record = request.result;
      done(record && record.bytes ? { bytes: new Uint8Array(record.bytes), savedAt: record.savedAt || 0 } : null);
    };
  }

  // Whether this browser has a store at all. On a first visit it has none, and asking is one round
  // trip to the browser, where opening (and so creating) the store takes several, each waiting for
  // a gap in the page's start-up work: the start waited for them. Browsers that cannot list their
  // databases are assumed to have one.
  function storeMayExist() {
    if (!window.indexedDB || !indexedDB.databases) return Promise.resolve(true);
    // index.html asks at the top of the page, long before this script runs.
    var asked = window.weerbaarStoredDatabases || indexedDB.databases();
    return asked.then(function (list) {
      return list.some(function (database) { return database.name === DB_NAME; });
    }, function () { return true; });
  }

  Module.weerbaarStorage = {
    // -> {bytes: Uint8Array, savedAt: number} or null
    load: function () {
      return storeMayExist().then(function (exists) {
        return exists ? transact('readonly', readSaved) : null;
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
