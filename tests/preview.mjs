// Serves the production build (dist/) on a port, for scripts that need a running site (bench, screenshots).
// Uses the plain static server the end-to-end tests use, so they see what a real host serves.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/** Starts tests/static-server.mjs over dist/ and resolves once it answers; `stop()` ends it (also on exit). */
export async function startPreview(port) {
  const server = spawn(process.execPath, ['tests/static-server.mjs', '--root', 'dist', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already stopped
    }
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`the static server did not answer on port ${port}; run \`npm run build\` first.`);
}
