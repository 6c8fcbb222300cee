// A tiny static server for the built app: serves --directory (default dist) on
// --host/--port, with the SPA fallback to index.html and the right MIME types.
// No dependencies; used by scripts/serve.sh, the e2e tests and bench/.
//
// What a school's own host should do too (README, "Serving it"):
// - the precompressed NAME.br / NAME.gz that the build writes (scripts/compress.mjs) by the
//   request's Accept-Encoding (br first, then gzip, else the file itself; q=0 refuses),
//   with the original's Content-Type, Content-Encoding and Vary: Accept-Encoding. A variant
//   older than its file (the file was edited after the build) is not used.
// - Trunk's hashed files (NAME-<16 hex>.ext) never change: cached for a year, immutable.
//   Everything else (index.html, sw.js, the manifest, the icons, the app routes) is
//   revalidated on every load (no-cache, with an ETag), so a new build is seen.
// GET and HEAD only.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const root = resolve(args.directory ?? 'dist');
const host = args.host ?? '127.0.0.1';
const port = Number(args.port ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};
/** Trunk's content-hashed names: base-c5393fefccb88728.css, groeipad-a606c5f6583cdb16_bg.wasm. */
// Trunk writes the hash as `{:x}` of a u64: 16 hex digits, fewer when it starts with zeros
// (groeipad-bde71a4f405eff.js). At least 8, so icon-192.png is not taken for one (a hash
// with eight leading zero digits comes once in four billion builds).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The encodings we have files for, in order of preference. */
const CODINGS = [['br', '.br'], ['gzip', '.gz']];

/** The codings the client takes, best first: highest q, br before gzip on a tie; q=0 refuses. */
function acceptedCodings(header = '') {
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    if (!name) continue;
    const qp = params.find((p) => p.startsWith('q='));
    q.set(name, qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const of = (c) => q.get(c) ?? q.get('*') ?? 0;
  return CODINGS.filter(([c]) => of(c) > 0).sort((a, b) => of(b[0]) - of(a[0]));
}

async function fileStat(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** The file a URL path names, the shell for an app route, or null. Never outside root. */
async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, clean);
  if (path !== root && !path.startsWith(root + sep)) return null;
  let s = await fileStat(path);
  if (!s && (await stat(path).catch(() => null))?.isDirectory()) {
    path = join(path, 'index.html');
    s = await fileStat(path);
  }
  if (s) return { path, stat: s };
  // Unknown paths without a file extension are app routes: serve the shell.
  if (!extname(clean)) {
    path = join(root, 'index.html');
    s = await fileStat(path);
    if (s) return { path, stat: s, fallback: true };
  }
  return null;
}

const etag = (s, coding) => `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}${coding ? `-${coding}` : ''}"`;

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    return res.end('method not allowed');
  }
  let file;
  try {
    file = await fileFor((req.url ?? '/').split('?')[0]);
  } catch { // a malformed %-escape
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    return res.end('bad request');
  }
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  // The variants written with this build (not older than the file itself).
  const variants = [];
  for (const [coding, ext] of CODINGS) {
    const s = await fileStat(file.path + ext);
    if (s && s.mtimeMs >= file.stat.mtimeMs) variants.push({ coding, path: file.path + ext, stat: s });
  }
  const wanted = acceptedCodings(req.headers['accept-encoding']);
  const chosen = wanted.map(([c]) => variants.find((v) => v.coding === c)).find(Boolean);
  const sent = chosen ?? { path: file.path, stat: file.stat };
  const headers = {
    'Content-Type': types[extname(file.path)] ?? 'application/octet-stream',
    'Cache-Control': !file.fallback && HASHED.test(file.path) ? IMMUTABLE : 'no-cache',
    ETag: etag(sent.stat, chosen?.coding),
  };
  if (variants.length) headers.Vary = 'Accept-Encoding';
  if (chosen) headers['Content-Encoding'] = chosen.coding;
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(headers.ETag)) {
    res.writeHead(304, headers);
    return res.end();
  }
  headers['Content-Length'] = sent.stat.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(sent.path).on('error', () => res.destroy()).pipe(res);
}

createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end();
  });
}).listen(port, host, () => console.log(`Groeipad served from ${root} on http://${host}:${port}`));
