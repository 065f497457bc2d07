// Files in and out of the page without a server: downloads, the file picker, drag-and-drop, and
// "save as offline file" (a copy of this page with the current database inside).
(function () {
  'use strict';

  // The page as it was delivered, captured before anything changes the document. This script
  // runs inside the page's main <script>, so the document up to and including it is complete.
  var pristineHtml = '<!doctype html>\n' + document.documentElement.outerHTML;
  var DATABASE_MARKER = '<!-- WEERBAAR_DATABASE -->';
  var EMBEDDED_PATTERN = /<script type="application\/octet-stream" id="weerbaar-database"[^>]*>[^<]*<\/script>/;

  function download(fileName, bytes, type) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function toBase64(bytes) {
    var chunks = [];
    for (var i = 0; i < bytes.length; i += 0x8000) {
      chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
    }
    return btoa(chunks.join(''));
  }

  function fromBase64(text) {
    var binary = atob(text.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // gzip through the browser's own streams: a database of text-heavy tables shrinks about 4x,
  // which keeps the page and every offline file small. -> Promise of Uint8Array.
  function transform(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer().then(function (buffer) {
      return new Uint8Array(buffer);
    });
  }
  function gzip(bytes) { return transform(bytes, new CompressionStream('gzip')); }
  function gunzip(bytes) { return transform(bytes, new DecompressionStream('gzip')); }

  // A database carried in a <script type="application/octet-stream"> element as base64, gzip-ed
  // when data-encoding="gzip". -> Promise of {bytes, savedAt}, or of null when there is none.
  function databaseIn(elementId) {
    var element = document.getElementById(elementId);
    if (!element) return Promise.resolve(null);
    var savedAt = Number(element.dataset.savedAt) || 0;
    var raw = fromBase64(element.textContent);
    var bytes = element.dataset.encoding === 'gzip' ? gunzip(raw) : Promise.resolve(raw);
    return bytes.then(function (b) { return { bytes: b, savedAt: savedAt }; });
  }

  Module.weerbaarFiles = {
    download: download,

    // This page with `bytes` as its database: opened from a USB stick it starts with that data.
    // -> Promise of the page's bytes.
    offlinePage: function (bytes, savedAt) {
      var html = pristineHtml.replace(EMBEDDED_PATTERN, DATABASE_MARKER);
      if (html.indexOf(DATABASE_MARKER) < 0) return Promise.reject(new Error('the page has no place for an embedded database'));
      return gzip(bytes).then(function (compressed) {
        var tag = '<script type="application/octet-stream" id="weerbaar-database" data-encoding="gzip" data-saved-at="' +
                  savedAt + '">' + toBase64(compressed) + '<\/script>';
        return new TextEncoder().encode(html.replace(DATABASE_MARKER, tag));
      });
    },

    // The database a saved offline page carries. -> Promise of {bytes, savedAt} or null.
    embeddedDatabase: function () { return databaseIn('weerbaar-database'); },

    // The default database (fictitious example content on real geography), put into the page
    // by the build (cmake/assemble_page.cmake). -> Promise of Uint8Array.
    defaultDatabase: function () {
      return databaseIn('weerbaar-default-database').then(function (found) {
        if (!found) throw new Error('the page has no default database');
        return found.bytes;
      });
    },

    // Opens the browser's file dialog; calls onFile(name, Uint8Array) for each chosen file.
    pickFiles: function (accept, onFile) {
      var input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.accept = accept;
      input.addEventListener('change', function () {
        Array.prototype.forEach.call(input.files, function (file) { readFile(file, onFile); });
      });
      input.click();
    },

    // Files dropped anywhere on the page go to onFile(name, Uint8Array).
    acceptDrops: function (onFile) {
      window.addEventListener('dragover', function (event) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('drop', function (event) {
        event.preventDefault();
        Array.prototype.forEach.call(event.dataTransfer.files, function (file) { readFile(file, onFile); });
      });
    },
  };

  function readFile(file, onFile) {
    file.arrayBuffer().then(function (buffer) { onFile(file.name, new Uint8Array(buffer)); });
  }
})();
