// The served build is compressed: the build writes .br and .gz beside its files
// (scripts/compress.mjs) and scripts/static-server.mjs sends them by Accept-Encoding,
// with the headers a cache and the browser need. What a school's own host must send too.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createClass, expectPupils, pasteNames, reload } from './support.mjs';

const dist = 'dist';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The build's hashed file names, read when a test runs (the config builds nothing). Trunk
 *  writes the hash as `{:x}` of a u64: 16 hex digits, fewer when it starts with zeros. */
function built() {
  const names = readdirSync(dist);
  const one = (re) => {
    const name = names.find((f) => re.test(f));
    if (!name) throw new Error(`no ${re} in ${dist}/: build first (trunk build --release)`);
    return name;
  };
  return {
    wasm: one(/^groeipad-[0-9a-f]{1,16}_bg\.wasm$/),
    js: one(/^groeipad-[0-9a-f]{1,16}\.js$/),
    css: one(/^base-[0-9a-f]{1,16}\.css$/),
  };
}
const plain = (name) => readFileSync(join(dist, name));

/** The response's raw bytes and headers: Playwright's request fixture decodes bodies, so the
 *  encoded length is read from Content-Length and checked against the file on disk. */
async function fetchAs(request, path, acceptEncoding, method = 'get') {
  const res = await request[method](path, { headers: { 'Accept-Encoding': acceptEncoding } });
  expect(res.status(), `${method} ${path}`).toBe(200);
  return res;
}

test('brotli when asked, gzip when only gzip is asked, the file itself otherwise', async ({ request }) => {
  const { wasm, js, css } = built();
  // Every compressed file of the app shell, with how it must be cached.
  const files = [
    [wasm, IMMUTABLE], [js, IMMUTABLE], [css, IMMUTABLE],
    ['index.html', 'no-cache'], ['sw.js', 'no-cache'], ['manifest.webmanifest', 'no-cache'],
  ];
  for (const [name, cache] of files) {
    const path = `/${name}`;
    const br = await fetchAs(request, path, 'gzip, deflate, br');
    expect(br.headers()['content-encoding'], path).toBe('br');
    expect(Number(br.headers()['content-length']), path).toBe(statSync(join(dist, `${name}.br`)).size);
    expect(brotliDecompressSync(readFileSync(join(dist, `${name}.br`))).equals(plain(name)), `${name}.br`).toBe(true);
    expect((await br.body()).equals(plain(name)), `${path} decoded from br`).toBe(true);

    const gz = await fetchAs(request, path, 'gzip');
    expect(gz.headers()['content-encoding'], path).toBe('gzip');
    expect(Number(gz.headers()['content-length']), path).toBe(statSync(join(dist, `${name}.gz`)).size);
    expect(gunzipSync(readFileSync(join(dist, `${name}.gz`))).equals(plain(name)), `${name}.gz`).toBe(true);
    expect((await gz.body()).equals(plain(name)), `${path} decoded from gzip`).toBe(true);

    for (const none of ['identity', 'br;q=0, gzip;q=0']) {
      const raw = await fetchAs(request, path, none);
      expect(raw.headers()['content-encoding'], `${path} for ${none}`).toBeUndefined();
      expect(Number(raw.headers()['content-length']), path).toBe(plain(name).length);
      expect((await raw.body()).equals(plain(name)), path).toBe(true);
    }
    // q-values are respected: gzip preferred over br, br refused.
    expect((await fetchAs(request, path, 'gzip;q=1, br;q=0.5')).headers()['content-encoding']).toBe('gzip');
    expect((await fetchAs(request, path, 'br;q=0, gzip')).headers()['content-encoding']).toBe('gzip');

    for (const res of [br, gz]) {
      expect(res.headers().vary, path).toMatch(/accept-encoding/i);
      expect(res.headers()['cache-control'], path).toBe(cache);
    }
  }
  // The original's type, not the compressed file's.
  expect((await fetchAs(request, `/${wasm}`, 'br')).headers()['content-type']).toBe('application/wasm');
  expect((await fetchAs(request, `/${css}`, 'br')).headers()['content-type']).toMatch(/^text\/css/);
  expect((await fetchAs(request, '/index.html', 'br')).headers()['content-type']).toMatch(/^text\/html/);
});

test('app routes get the compressed shell, revalidated; HEAD and ETags work', async ({ request }) => {
  const { wasm } = built();
  for (const route of ['/', '/class/some-class', '/settings']) {
    const res = await fetchAs(request, route, 'br, gzip');
    expect(res.headers()['content-encoding'], route).toBe('br');
    expect(res.headers()['cache-control'], route).toBe('no-cache');
    expect(res.headers().vary, route).toMatch(/accept-encoding/i);
    expect((await res.body()).equals(plain('index.html')), route).toBe(true);
  }
  const head = await fetchAs(request, `/${wasm}`, 'br', 'head');
  expect(head.headers()['content-encoding']).toBe('br');
  expect(Number(head.headers()['content-length'])).toBe(statSync(join(dist, `${wasm}.br`)).size);
  expect((await head.body()).length).toBe(0);

  const first = await fetchAs(request, '/sw.js', 'br');
  const again = await request.get('/sw.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers().etag } });
  expect(again.status()).toBe(304);
  // A file with no compressed variant (an image) is sent as it is, with no Vary.
  const png = await request.get('/icons/icon-192.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(png.headers()['content-encoding']).toBeUndefined();
  expect(png.headers().vary).toBeUndefined();
  // Missing files are still 404, and the path guard still holds.
  expect((await request.get('/nope.js')).status()).toBe(404);
  expect((await request.get('/%2e%2e%2fpackage.json')).status()).toBe(404);
});

test('the app loads compressed in the browser and works', async ({ page }) => {
  const { wasm, js, css } = built();
  const encodings = {};
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    encodings[path] = (await r.allHeaders())['content-encoding'] ?? 'none';
  });
  await createClass(page, 'Groep 5a');
  await pasteNames(page, ['Anna', 'Bram']);
  // The browser asked for br itself: the shell, the glue, the wasm and the styles came so.
  for (const path of ['/', `/${js}`, `/${wasm}`, `/${css}`]) expect(encodings[path], path).toBe('br');
  await reload(page);
  await expectPupils(page, ['Anna', 'Bram']);
});
