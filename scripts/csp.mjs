// Trunk post_build step (run first by scripts/post-build.sh): puts this build's
// Content-Security-Policy into index.html as a meta tag. Scripts only from the app itself
// (plus the hash of Trunk's one inline loader, which changes with every build), WebAssembly
// compilation allowed, no connections to other hosts, no plugins. Style attributes need
// 'unsafe-inline' (the views set a few).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('run by trunk (TRUNK_STAGING_DIR)'); process.exit(2); }
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n    ${tag}`);
if (!html.includes(tag)) { console.error('csp.mjs: no <meta charset="utf-8"> to put the policy after'); process.exit(1); }
writeFileSync(file, html);
