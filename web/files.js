// Files in and out of the page without a server: downloads, the file picker, drag-and-drop, and
// "save as offline file" (a copy of this page with the current database inside).
(function () {
  'use strict';
  // The start's phases are User Timing marks "weerbaar:<phase>" (tests/bench/start.mjs reads them).
  performance.mark('weerbaar:script');

  // The page as it was delivered, captured before anything changes the document. This script
  // runs inside the page's main <script>, so the document up to and including it is complete. A
  // deep copy of the element tree costs next to nothing (the copied text nodes share their text,
  // most of it the data blocks); writing it out as HTML (some 25 ms for the 2.4 MB page) waits
  // until an offline copy is saved.
  var pristineRoot = document.documentElement.cloneNode(true);
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
  // which keeps the page and every offline file small. The bytes go into the stream in one write
  // and come out as a few large chunks: 8x faster than piping a Blob's stream through it (3.6 MB
  // inflated in 17 ms instead of 140 ms), which counts at start. -> Promise of Uint8Array.
  function fed(stream, bytes) {
    var writer = stream.writable.getWriter();
    // Bad input makes these reject too; the reading side reports it, once.
    writer.write(bytes).catch(function () {});
    writer.close().catch(function () {});
    return stream.readable;
  }
  function transform(bytes, stream) {
    var reader = fed(stream, bytes).getReader();
    var chunks = [], total = 0;
    function next() {
      return reader.read().then(function (part) {
        if (!part.done) {
          chunks.push(part.value);
          total += part.value.length;
          return next();
        }
        var out = new Uint8Array(total), at = 0;
        chunks.forEach(function (chunk) { out.set(chunk, at); at += chunk.length; });
        return out;
      });
    }
    return next();
  }
  function gzip(bytes) { return transform(bytes, new CompressionStream('gzip')); }
  function gunzip(bytes) { return transform(bytes, new DecompressionStream('gzip')); }

  // The build's text form of bytes (tools/embed/page_text_encoding.h): seven bits a character,
  // plain ASCII. Read by a small wasm module of its own (web/page_text_decoder.c, put into this
  // script by the build as WEERBAAR_PAGE_TEXT_DECODER, base64): the page's data blocks are read
  // before the program's module exists, and a JS loop over their 2 million characters took 25-45
  // ms of the start where the module takes 5.
  var pageTextDecoder = null;  // the compiled module, made on first use
  function fromPageText(text, length) {
    if (!pageTextDecoder) pageTextDecoder = new WebAssembly.Module(fromBase64(WEERBAAR_PAGE_TEXT_DECODER));
    // The module's memory: the text at 0, one byte a character, and the bytes it stands for after it.
    var memory = new WebAssembly.Memory({ initial: Math.ceil((text.length + length + 1) / 65536) });
    var heap = new Uint8Array(memory.buffer);
    // The browser's own encoder copies the characters, one byte each as long as they are ASCII.
    var copied = new TextEncoder().encodeInto(text, heap.subarray(0, text.length));
    var decoder = new WebAssembly.Instance(pageTextDecoder, { env: { memory: memory } });
    var written = decoder.exports.decode(0, copied.written, text.length, length);
    if (written < 0 || copied.read < text.length) {
      // Up to the first character beyond ASCII, a byte is a character.
      var at = written < 0 ? -1 - written : text.search(/[^\0-\x7f]/);
      throw new Error('unexpected character U+' + text.codePointAt(at).toString(16) + ' at ' + at);
    }
    if (written !== length) throw new Error('the data ends after ' + written + ' of ' + length + ' bytes');
    return heap.subarray(text.length, text.length + length);
  }

  // The bytes of a <script type="application/octet-stream"> element: base64, or the build's text
  // form (data-text="ascii7", data-length); gzip-ed when data-encoding="gzip".
  function rawBytesOf(element) {
    if (element.dataset.text === 'ascii7') return fromPageText(element.textContent, Number(element.dataset.length));
    return fromBase64(element.textContent);
  }

  // -> Promise of Uint8Array (inflated), or of null when there is no such element. A damaged
  // block rejects the promise (and so reaches the start's error screen with its reason).
  function bytesIn(element) {
    if (!element) return Promise.resolve(null);
    return Promise.resolve().then(function () {
      var raw = rawBytesOf(element);
      return element.dataset.encoding === 'gzip' ? gunzip(raw) : raw;
    });
  }

  // A database carried that way. -> Promise of {bytes, savedAt}, or of null when there is none.
  function databaseIn(elementId) {
    var element = document.getElementById(elementId);
    var savedAt = element ? Number(element.dataset.savedAt) || 0 : 0;
    return bytesIn(element).then(function (b) { return b && { bytes: b, savedAt: savedAt }; });
  }

  // The module's code (cmake/web.cmake puts it into the page gzip-ed): inflated while it is being
  // compiled, so both overlap. -> Promise of {instance, module}.
  function instantiateEmbeddedWasm(imports) {
    var element = document.getElementById('weerbaar-wasm');
    if (!element) return Promise.reject(new Error('the page has no program code (weerbaar-wasm)'));
    var raw;
    try {
      raw = rawBytesOf(element);
    } catch (e) {
      return Promise.reject(e);
    }
    performance.mark('weerbaar:wasm-text');
    var inflated = fed(new DecompressionStream('gzip'), raw);
    var response = new Response(inflated, { headers: { 'Content-Type': 'application/wasm' } });
    return WebAssembly.instantiateStreaming(response, imports).catch(function () {
      // A browser without streaming compilation of a constructed response: inflate, then compile.
      return gunzip(raw).then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
    });
  }

  Module.weerbaarFiles = {
    download: download,

    // This page with `bytes` as its database: opened from a USB stick it starts with that data.
    // `isPublic`: the database is a public copy, which such a page shows whatever this browser has
    // stored for its address (dashboard.js). -> Promise of the page's bytes.
    offlinePage: function (bytes, savedAt, isPublic) {
      var html = ('<!doctype html>\n' + pristineRoot.outerHTML).replace(EMBEDDED_PATTERN, DATABASE_MARKER);
      if (html.indexOf(DATABASE_MARKER) < 0) return Promise.reject(new Error('the page has no place for an embedded database'));
      return gzip(bytes).then(function (compressed) {
        var tag = '<script type="application/octet-stream" id="weerbaar-database" data-encoding="gzip" data-saved-at="' +
                  savedAt + (isPublic ? '" data-public="1' : '') + '">' + toBase64(compressed) + '<\/script>';
        return new TextEncoder().encode(html.replace(DATABASE_MARKER, tag));
      });
    },

    instantiateEmbeddedWasm: instantiateEmbeddedWasm,

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
