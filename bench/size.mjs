// What a school tablet downloads, and where the wasm's bytes go.
//
//   node bench/size.mjs                 # dist/ as built by `trunk build --release`
//   node bench/size.mjs --top 30        # more of the largest functions
//   node bench/size.mjs --wasm FILE     # group an already-built wasm that has a name section
//
// 1. Every shipped file of dist/ (the .br/.gz beside them not counted as files): raw,
//    gzip -9 and brotli 11 bytes, and the first visit's total (html + js + wasm + css).
// 2. The wasm's bytes per crate group. The release wasm has no function names (wasm-opt
//    drops them), so this makes a copy of the same build that keeps them: the wasm cargo
//    left in target/ (the one Trunk built from), through the same wasm-bindgen with
//    --keep-debug and the same `wasm-opt -Oz` with -g (keep names, same code). Its code
//    and data sections are checked against dist's wasm before anything is printed.
//    Each function body is put in a group by its (demangled) name: see `groupOf`.
// Uses cargo, wasm-bindgen and wasm-opt as `trunk build` does (~/.cargo/bin, node_modules/.bin);
// about a minute the first time after a build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const dist = resolve(root, opt('dist', 'dist'));
const top = Number(opt('top', 15));
const list = opt('list'); // print every function of the groups whose name starts so
const out = join(root, 'bench/.out/size');
const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${fmt(Math.round(n / 1000))} kB`;
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// ---------------------------------------------------------------- 1. the shipped files
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg']);
function* walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (!/\.(br|gz)$/.test(e.name)) yield p;
  }
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no ${relative(root, dist)}/index.html: run \`trunk build --release\` first`);
  process.exit(2);
}
const gz9 = (b) => gzipSync(b, { level: 9 }).length;
const br11 = (b, text) => brotliCompressSync(b, { params: {
  [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
  [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC } }).length;
const shipped = [...walk(dist)].map((path) => {
  const body = readFileSync(path);
  const name = relative(dist, path);
  const ext = extname(path);
  if (!COMPRESSIBLE.has(ext)) return { name, ext, raw: body.length, gzip: body.length, br: body.length, as: 'as is' };
  // The build's own .gz/.br when present (what the server sends), else computed the same way.
  const own = (suffix) => (existsSync(path + suffix) ? statSync(path + suffix).size : null);
  const gzip = own('.gz') ?? Math.min(gz9(body), body.length);
  const br = own('.br') ?? Math.min(br11(body, ext !== '.wasm'), body.length);
  return { name, ext, raw: body.length, gzip, br, as: existsSync(path + '.br') ? 'precompressed' : 'computed' };
}).sort((a, b) => b.raw - a.raw);

console.log(`Shipped files (${relative(root, dist) || '.'}/), bytes:`);
console.log(`  ${pad('file', 42)}${lpad('raw', 11)}${lpad('gzip -9', 11)}${lpad('brotli 11', 11)}`);
for (const f of shipped) console.log(`  ${pad(f.name, 42)}${lpad(fmt(f.raw), 11)}${lpad(fmt(f.gzip), 11)}${lpad(fmt(f.br), 11)}${f.as === 'precompressed' ? '' : `  (${f.as})`}`);
const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);
// What the page itself loads on a first visit: the shell, its scripts, the wasm, the styles.
const firstVisit = shipped.filter((f) => f.name === 'index.html'
  || (['.js', '.wasm', '.css'].includes(f.ext) && f.name !== 'sw.js'));
const rest = shipped.filter((f) => !firstVisit.includes(f));
console.log(`  ${pad(`first visit (html, js, wasm, css: ${firstVisit.length})`, 42)}${lpad(fmt(sum(firstVisit, 'raw')), 11)}${lpad(fmt(sum(firstVisit, 'gzip')), 11)}${lpad(fmt(sum(firstVisit, 'br')), 11)}`);
console.log(`  ${pad(`the rest, precached (sw, manifest, icons)`, 42)}${lpad(fmt(sum(rest, 'raw')), 11)}${lpad(fmt(sum(rest, 'gzip')), 11)}${lpad(fmt(sum(rest, 'br')), 11)}`);
console.log(`  first visit: ${kb(sum(firstVisit, 'gzip'))} gzip -9 (issue #14's aim: at most 500 kB), ${kb(sum(firstVisit, 'br'))} brotli`);

// ---------------------------------------------------------------- 2. the wasm, by crate group
/** The sections of a wasm module, and of its name section the function names. */
function parseWasm(b) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
  const str = () => { const l = leb(); const s = b.toString('utf8', p, p + l); p += l; return s; };
  const sections = []; const names = new Map(); let imported = 0; let bodies = [];
  while (p < b.length) {
    const at = p; const id = b[p++]; const size = leb(); const end = p + size;
    const s = { id, total: end - at, custom: null };
    if (id === 0) s.custom = str();
    if (id === 2) { // imports: count the functions among them (they come first in the index space)
      for (let n = leb(), i = 0; i < n; i++) {
        str(); str(); const kind = b[p++];
        if (kind === 0) leb();
        else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; leb(); }
        if (kind === 0) imported++;
      }
    }
    if (id === 10) {
      const n = leb(); bodies = new Array(n);
      for (let i = 0; i < n; i++) { const at = p; const len = leb(); p += len; bodies[i] = p - at; }
    }
    if (id === 0 && s.custom === 'name') {
      while (p < end) {
        const sub = b[p++]; const len = leb(); const subEnd = p + len;
        if (sub === 1) for (let n = leb(), i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); }
        p = subEnd;
      }
    }
    sections.push(s);
    p = end;
  }
  return { sections, names, imported, bodies };
}

/** Rust's legacy mangling (_ZN…E) to a path; names already demangled pass through. */
function demangle(name) {
  let n = name.replace(/^_?_ZN/, '_ZN');
  if (n.startsWith('_ZN') && n.endsWith('E')) {
    const parts = []; let i = 3;
    while (i < n.length - 1) {
      const m = /^\d+/.exec(n.slice(i)); if (!m) break;
      i += m[0].length; parts.push(n.slice(i, i + Number(m[0]))); i += Number(m[0]);
    }
    const esc = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
    n = parts.map((part) => part.replace(/^_\$/, '$')
      .replace(/\$([A-Z]+)\$/g, (m, k) => esc[k] ?? m)
      .replace(/\$u([0-9a-f]+)\$/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\.\./g, '::')).join('::');
  }
  if (n.startsWith('_R')) n = `${v0Crate(n) ?? '(v0)'}::${n}`;
  return n.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
}
/** The crate of a v0-mangled name (_R…; Rust's precompiled std uses them): the first crate
 *  root after the path's prefixes (N namespace, M/X impl, Y trait, I generic). Enough to
 *  group by crate, not a demangler. */
function v0Crate(n) {
  let i = 2;
  const skipBase62 = () => { const end = n.indexOf('_', i); if (end < 0) return false; i = end + 1; return true; };
  while (i < n.length) {
    const c = n[i];
    if (c === 'N') i += 2;
    else if (c === 'M' || c === 'X') { i++; if (n[i] === 's' && !skipBase62()) return null; }
    else if (c === 'Y' || c === 'I') i++;
    else if (c === 'C') {
      i++;
      if (n[i] === 's' && !skipBase62()) return null;
      const m = /^u?(\d+)_?/.exec(n.slice(i));
      return m ? n.substr(i + m[0].length, Number(m[1])) : null;
    } else return null;
  }
  return null;
}

const LEPTOS = /^(leptos\w*|tachys|reactive_graph|reactive_stores\w*|any_spawner|or_poisoned|throw_error|server_fn\w*|hydration_context|next_tuple|oco_ref|either_of|const_str_slice_concat|any_error|wasm_split\w*)$/;
const STD = /^(core|alloc|std|compiler_builtins|dlmalloc|panic_abort|__rustc|str|char|bool|f32|f64|[iu](8|16|32|64|128|size))$/;
const BINDGEN = /^(wasm_bindgen\w*|js_sys|web_sys)$/;
const APP_VIEWS = /^(pages|components|app|mode|main)$/;
const APP_STATE = /^(state|storage)$/;
const GROUPS = ['Leptos (leptos, tachys, reactive_graph, router, …)', 'std (core, alloc, std)', 'drop glue (core::ptr::drop_in_place)',
  'serde (serde, serde_json, derived impls)', 'app views (pages, components, app, mode)', 'app state + storage', 'domain', 'i18n',
  'wasm-bindgen, js-sys, web-sys', 'other crates', 'unnamed (added by wasm-opt)', 'closure shims (core::ops::function::Fn*)'];

/** The index of the ">" that closes the "<" at `open` ("->" is not one), or -1. */
function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '<') depth++;
    else if (s[i] === '>' && s[i - 1] !== '-' && --depth === 0) return i;
  }
  return -1;
}
/** Where `needle` first occurs in s outside any brackets, or -1. */
function topLevel(s, needle) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '<' || s[i] === '(' || s[i] === '[') depth++;
    else if ((s[i] === '>' && s[i - 1] !== '-') || s[i] === ')' || s[i] === ']') depth--;
    else if (depth === 0 && s.startsWith(needle, i)) return i;
  }
  return -1;
}
/** "<X as Y>::f" → {self: X, trait: Y}; "<X>::f" → {self: X}; "a::b::<impl Y for X>::f" (the
 *  impl a segment of the path, not inside generic arguments) → {self: X, trait: Y, inPath}. */
function implOf(name) {
  if (name.startsWith('<')) {
    const end = closing(name, 0);
    const inner = name.slice(1, end);
    const as = topLevel(inner, ' as ');
    return as < 0 ? { self: inner, trait: null } : { self: inner.slice(0, as), trait: inner.slice(as + 4) };
  }
  const at = topLevel(name, '::<impl ');
  if (at < 0) return null;
  const end = closing(name, at + 2);
  const inner = name.slice(at + 8, end);
  const f = topLevel(inner, ' for ');
  return f < 0 ? { self: inner, trait: null, inPath: true } : { self: inner.slice(f + 5), trait: inner.slice(0, f), inPath: true };
}
/** The crate (and module) a type or path starts with; null for a bare generic like T or (A,B). */
function pathOf(t) {
  const s = t.replace(/^(&mut |&|\*const |\*mut |dyn |impl )+/, '');
  if (/^[[(]/.test(s)) return { crate: 'core' }; // a slice, array or tuple: core's own impls
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?/.exec(s);
  if (!m) return null;
  if (!s.startsWith(`${m[1]}::`) && !STD.test(m[1])) return null; // T, F, Self: generic
  return { crate: m[1], module: m[2] };
}
/** Where a function's code belongs: the trait's crate for a trait impl from outside std
 *  (`<groeipad::Goal as serde::Deserialize>` is serde, `<T as tachys::…::IntoAny>` Leptos),
 *  else the type's or path's own crate; groeipad by its top module. */
function groupOf(raw) {
  if (!raw) return GROUPS[10];
  const name = demangle(raw);
  if (/^core::ptr::drop_in_place</.test(name)) return GROUPS[2];
  // A closure called through a pointer: its body (of any crate) is often inlined here.
  if (/^core::ops::function::Fn(Once|Mut)?::call/.test(name)) return GROUPS[11];
  if (/^(__wbindgen|__wbg_|__externref|intounderlying|Closure\(|main$)| externref shim$/.test(name)) return GROUPS[8];
  if (/^(mem(cpy|move|set|cmp)|__multi3|__rust_\w+|rust_(begin|panic)\w*|f(min|max)|round\w*|sqrt\w*)$/.test(name)) return GROUPS[1];
  const impl = implOf(name);
  const trait = impl?.trait && pathOf(impl.trait);
  let owner;
  if (trait && !STD.test(trait.crate)) owner = trait;
  else if (impl?.inPath) owner = pathOf(name);
  else owner = impl ? pathOf(impl.self) ?? trait : pathOf(name);
  if (!owner) return GROUPS[9];
  const { crate, module } = owner;
  if (LEPTOS.test(crate)) return GROUPS[0];
  if (STD.test(crate)) return GROUPS[1];
  if (/^serde\w*$/.test(crate)) return GROUPS[3];
  if (BINDGEN.test(crate)) return GROUPS[8];
  if (crate === 'groeipad') {
    if (APP_VIEWS.test(module ?? '')) return GROUPS[4];
    if (APP_STATE.test(module ?? '')) return GROUPS[5];
    if (module === 'domain') return GROUPS[6];
    if (module === 'i18n') return GROUPS[7];
    return GROUPS[4];
  }
  return GROUPS[9];
}

// The tools where scripts/setup.sh puts them (as `export PATH=…` in the README does).
const PATH = [join(homedir(), '.cargo/bin'), join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter);
function run(cmd, argv) {
  execFileSync(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH } });
}

const shippedWasm = shipped.find((f) => f.ext === '.wasm');
let named = opt('wasm');
if (!named) {
  mkdirSync(out, { recursive: true });
  // What Trunk runs first; a no-op when target/ is fresh.
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'groeipad', '--quiet']);
  const cargoWasm = join(root, 'target/wasm32-unknown-unknown/release/groeipad.wasm');
  named = join(out, 'groeipad_named.wasm');
  if (!existsSync(named) || statSync(named).mtimeMs < statSync(cargoWasm).mtimeMs) {
    console.log('\n(making a copy of the build with names: wasm-bindgen --keep-debug, wasm-opt -Oz -g …)');
    run('wasm-bindgen', ['--target=web', `--out-dir=${out}`, '--out-name=groeipad', '--keep-debug', '--no-typescript', cargoWasm]);
    run('wasm-opt', ['-Oz', '-g', `--output=${named}`, join(out, 'groeipad_bg.wasm')]);
  }
}
const w = parseWasm(readFileSync(named));
const ref = parseWasm(readFileSync(join(dist, shippedWasm.name)));
const sec = (m, id) => m.sections.find((s) => s.id === id)?.total ?? 0;
const same = sec(w, 10) === sec(ref, 10) && sec(w, 11) === sec(ref, 11);
if (!same) {
  const what = `The named wasm (code ${fmt(sec(w, 10))}, data ${fmt(sec(w, 11))} bytes) is not the build in ${relative(root, dist)}/ `
    + `(code ${fmt(sec(ref, 10))}, data ${fmt(sec(ref, 11))})`;
  if (!opt('wasm')) { console.error(`\n${what}: run \`trunk build --release\` again, or pass --wasm.`); process.exit(1); }
  console.log(`\n${what}: the groups below are of ${relative(root, resolve(named))}.`);
}
const groups = new Map(GROUPS.map((g) => [g, { bytes: 0, count: 0 }]));
const functions = [];
const bodies = w.bodies.map((size, i) => {
  const fn = w.names.get(w.imported + i);
  const group = groupOf(fn);
  const g = groups.get(group); g.bytes += size; g.count++;
  functions.push({ name: fn ? demangle(fn) : `(function ${w.imported + i})`, size, group });
  return size;
});
// The wasm as shipped: without the name section and any DWARF the named copy carries.
const debug = w.sections.filter((s) => s.custom === 'name' || s.custom?.startsWith('.debug'));
const total = readFileSync(named).length - debug.reduce((a, s) => a + s.total, 0);
const codeSection = sec(w, 10);
const dataSection = sec(w, 11);
const otherSections = total - 8 - codeSection - dataSection;
const bodySum = bodies.reduce((a, b) => a + b, 0);

console.log(same ? `\nThe wasm (${shippedWasm.name}): ${fmt(total)} bytes raw, ${fmt(shippedWasm.gzip)} gzip -9, ${fmt(shippedWasm.br)} brotli 11`
  : `\nThe wasm ${relative(root, resolve(named))} without its names: ${fmt(total)} bytes`);
console.log(`by crate group (${fmt(w.bodies.length)} function bodies; group = the crate that wrote the code, see bench/README.md):`);
console.log(`  ${pad('group', 52)}${lpad('functions', 10)}${lpad('bytes', 12)}${lpad('of wasm', 9)}`);
for (const g of [0, 1, 2, 11, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => GROUPS[i])) {
  const { bytes, count } = groups.get(g);
  if (!count) continue;
  console.log(`  ${pad(g, 52)}${lpad(fmt(count), 10)}${lpad(fmt(bytes), 12)}${lpad(pct(bytes, total), 9)}`);
}
console.log(`  ${pad('code section framing', 52)}${lpad('', 10)}${lpad(fmt(codeSection - bodySum), 12)}${lpad(pct(codeSection - bodySum, total), 9)}`);
console.log(`  ${pad('data section (strings, tables, constants)', 52)}${lpad('', 10)}${lpad(fmt(dataSection), 12)}${lpad(pct(dataSection, total), 9)}`);
console.log(`  ${pad('other sections (types, imports, exports, table, …)', 52)}${lpad('', 10)}${lpad(fmt(otherSections), 12)}${lpad(pct(otherSections, total), 9)}`);
console.log(`  ${pad('total', 52)}${lpad('', 10)}${lpad(fmt(total), 12)}`);

// Within the app: by module, two levels deep (groeipad::pages::goal, groeipad::domain::backup …).
const app = new Map();
for (const f of functions) {
  if (!/^app |^domain$|^i18n$/.test(f.group)) continue;
  const m = /^(?:<)?groeipad::(\w+)(?:::(\w+))?/.exec(f.name);
  const key = m ? `${m[1]}${m[2] && /^[a-z]/.test(m[2]) ? `::${m[2]}` : ''}` : '(other)';
  app.set(key, (app.get(key) ?? 0) + f.size);
}
console.log(`\nthe app's own code by module (largest ${top}):`);
for (const [k, v] of [...app].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pad(`groeipad::${k}`, 52)}${lpad(fmt(v), 12)}`);
const others = new Map();
for (const f of functions.filter((f) => f.group === GROUPS[9])) {
  const crate = /^<?(?:&|&mut )?([A-Za-z_]\w*)::/.exec(f.name)?.[1] ?? '(generic)';
  others.set(crate, (others.get(crate) ?? 0) + f.size);
}
console.log(`\nother crates (largest ${Math.min(top, others.size)}):`);
for (const [k, v] of [...others].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pad(k, 52)}${lpad(fmt(v), 12)}`);
if (list) {
  console.log(`\nevery function of the groups "${list}…", largest first:`);
  for (const f of [...functions].filter((f) => f.group.startsWith(list)).sort((a, b) => b.size - a.size)) console.log(`  ${lpad(fmt(f.size), 8)}  ${f.name}`);
}
console.log(`\nlargest functions (${top}):`);
for (const f of functions.sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`  ${lpad(fmt(f.size), 8)}  ${pad(f.group.replace(/ \(.*/, ''), 20)}  ${f.name.length > 110 ? `${f.name.slice(0, 107)}…` : f.name}`);
}
