// What the bench scripts share: the built app served by the project's own static server
// on a free-ish port, and the median of a run's figures.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** Serves `dir` (default dist/) and waits until the server is up; `close()` stops it. */
export async function serve(dir = 'dist') {
  const port = 4600 + Math.floor(Math.random() * 300);
  mkdirSync('bench/.out', { recursive: true });
  const server = spawn('node', ['scripts/static-server.mjs', '--directory', dir, '--port', String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  return { base: `http://127.0.0.1:${port}`, close: () => server.kill() };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
