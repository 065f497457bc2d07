// Tiny static file server for looking at and testing dist/ over http://.
// Only node built-ins: the product must not depend on npm packages, and the
// tests should exercise the page exactly as a plain web server would deliver it.
//
// CLI:    node scripts/serve.mjs [--port N] [DIR]     (DIR=dist, N=8642, 0 = any free port)
// Module: const { url, close } = await startServer(dir, port);

import http from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Loopback only: this is a developer/test tool, never something to expose on a network.
const HOST = '127.0.0.1';
const DEFAULT_PORT = 8642;
const DEFAULT_DIR = 'dist';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // required for WebAssembly.instantiateStreaming
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// Maps a raw request target to a file path under root, or null if it is not acceptable.
// We inspect the raw, percent-decoded segments ourselves instead of trusting URL
// normalisation, so that "/../x", "/%2e%2e/x" and "/a%2f..%2fb" are all refused outright
// rather than silently clamped to the root.
function resolveRequestPath(root, rawUrl) {
  const rawPath = rawUrl.split(/[?#]/, 1)[0];
  if (!rawPath.startsWith('/')) return null;
  const segments = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (seg === '..' || seg.includes('/') || seg.includes('\\') || seg.includes('\0')) return null;
    if (seg === '' || seg === '.') continue;
    segments.push(seg);
  }
  const file = path.join(root, ...segments);
  // Belt and braces: whatever happened above, never leave the root.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function sendText(res, status, text, extraHeaders = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

// Follows a directory to its index.html; returns { file, size } or null when nothing servable exists.
async function findFile(file) {
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const requested = resolveRequestPath(root, req.url ?? '');
  if (requested === null) {
    sendText(res, 403, 'Forbidden');
    return;
  }
  const found = await findFile(requested);
  if (found === null) {
    sendText(res, 404, 'Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentType(found.file),
    'Content-Length': found.size,
    // Always fresh: after a rebuild the browser must not show a stale page.
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Serves `dir` on 127.0.0.1. Port 0 picks a free port.
 * `onRequest(method, url)` is an optional observer so tests can check what actually reached
 * the server (e.g. browser-initiated requests such as /favicon.ico that page routing misses).
 * Resolves to { url, port, close } where close() resolves once the server has stopped.
 */
export async function startServer(dir, port = 0, { onRequest } = {}) {
  // realpath so the containment check compares like with like, even if dir is a symlink.
  let root;
  try {
    root = realpathSync(path.resolve(dir));
  } catch {
    throw new Error(`cannot serve ${dir}: directory not found (has the page been built?)`);
  }
  const server = http.createServer((req, res) => {
    onRequest?.(req.method, req.url);
    handle(root, req, res).catch((err) => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy(err);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${HOST}:${actualPort}/`,
    port: actualPort,
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep idle keep-alive connections open; without this close() would wait for them.
        server.closeAllConnections();
      });
    },
  };
}

function parseArgs(argv) {
  let port = DEFAULT_PORT;
  let dir = DEFAULT_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`invalid --port value: ${value}`);
      }
    } else if (arg === '--help' || arg === '-h') {
      return { help: true };
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option: ${arg}`);
    } else {
      dir = arg;
    }
  }
  return { port, dir };
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\nusage: node scripts/serve.mjs [--port N] [DIR]`);
    process.exit(2);
  }
  if (options.help) {
    console.log('usage: node scripts/serve.mjs [--port N] [DIR]   (DIR defaults to dist, N to 8642, 0 = free port)');
    return;
  }
  const server = await startServer(options.dir, options.port);
  console.log(`Serving ${options.dir} at ${server.url}`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run the CLI only when executed directly, not when imported by the tests.
function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
