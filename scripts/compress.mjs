// Trunk post_build step (run last by scripts/post-build.sh): writes NAME.br (brotli,
// quality 11) and NAME.gz (gzip -9) beside every compressible file of the build, so a
// static server can send them by Accept-Encoding without compressing per request
// (scripts/static-server.mjs does; README says what a school's own host must send).
// A variant that is not smaller than its file is not written. Node's zlib only.
// Usage: node scripts/compress.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('usage: node scripts/compress.mjs DIR (or run by trunk)'); process.exit(2); }

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg']);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function* files(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && COMPRESSIBLE.has(extname(e.name))) yield p;
  }
}

const jobs = [...files(dir)].map(async (path) => {
  const body = readFileSync(path);
  const text = extname(path) !== '.wasm';
  const [br, gzipped] = await Promise.all([
    brotli(body, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    } }),
    gz(body, { level: 9 }),
  ]);
  const out = [];
  for (const [ext, data] of [['.br', br], ['.gz', gzipped]]) {
    if (data.length < body.length) { writeFileSync(path + ext, data); out.push(`${ext.slice(1)} ${data.length}`); }
    else try { unlinkSync(path + ext); } catch { /* none there */ }
  }
  return `${relative(dir, path)} ${body.length}${out.length ? ' → ' + out.join(', ') : ' (kept as is: not smaller compressed)'}`;
});
const lines = await Promise.all(jobs);
console.log(`compress.mjs: ${lines.length} files\n  ${lines.join('\n  ')}`);
