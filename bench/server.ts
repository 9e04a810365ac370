import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';

/** Starting the production server for a benchmark: a free port, the server, wait until it listens. */
// From __filename, which is absolute however the bench is loaded (imported from an ES module, __dirname is '.').
export const root = path.resolve(path.dirname(__filename), '..');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}–${from + 49}.`);
}

/** Waits for the port to accept connections without sending a request, so nothing is warmed up. */
async function listening(port: number, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}.`);
    if (!(await portIsFree(port))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The server did not listen within 30 s.');
}

function requireBuild(dir = root) {
  if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    console.error(`No production build in ${dir}: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build` of another Next.js project (a benchmark's control app), printing nothing unless it fails. */
export function buildProject(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build ${dir} exited with ${code}.`))));
  });
}

/**
 * Stock `next start` of the project in `dir`: the dashboard's production server by default, or a
 * control app, or a copy of the dashboard (which must then be served from its own folder).
 */
export async function startNext(port: number, dir = root, env: Record<string, string> = {}): Promise<ChildProcess> {
  requireBuild(dir);
  const cwd = fs.existsSync(path.join(dir, 'proxy.ts')) ? dir : root;
  const child = spawn(process.execPath, [nextBin, 'start', dir, '-H', '127.0.0.1', '-p', String(port)], { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
  await listening(port, child);
  return child;
}

/** Runs steps against a fresh `next start` on a free port from `from` and Debian's Chromium, closing both whatever happens. */
export async function withServerAndBrowser(from: number, steps: (browser: Browser, origin: string) => Promise<void>) {
  const port = await freePort(from);
  const server = await startNext(port);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      await steps(browser, `http://127.0.0.1:${port}`);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
