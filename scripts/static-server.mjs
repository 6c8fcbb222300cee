// A tiny static server for the built app: serves --directory (default dist) on
// --host/--port, with the SPA fallback to index.html and the right MIME types.
// No dependencies; used by scripts/serve.sh, the e2e tests and bench/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return join(path, 'index.html');
  } catch { /* fall through */ }
  return null;
}

createServer(async (req, res) => {
  let path = await fileFor(req.url ?? '/');
  // Unknown paths without a file extension are app routes: serve the shell.
  if (!path && !extname(req.url.split('?')[0])) path = join(root, 'index.html');
  try {
    if (!path) throw new Error('not found');
    const body = await readFile(path);
    const headers = { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' };
    // The service worker must always be fetched fresh so updates are seen.
    if (path.endsWith('sw.js') || path.endsWith('index.html')) headers['Cache-Control'] = 'no-cache';
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, host, () => console.log(`Groeipad served from ${root} on http://${host}:${port}`));
