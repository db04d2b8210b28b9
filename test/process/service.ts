/**
 * Helpers for the tests that run partnerdesk as a real process (`node --import tsx src/server.ts`,
 * or the compiled `node dist/server.js` that `npm start` runs), the way it runs in production:
 * configured by its environment only, stopped by a signal.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Test } from 'tap';
import { freePort } from '../../src/db/embedded.js';
import { startNodeFlags } from '../../scripts/start-flags.js';

export { freePort };

/** The repository root: the service's working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How long a step of a real process (a start, a stop, a request) may take before the test calls it
 * a hang. Generous on purpose: CI runs on 2 cores that other processes keep busy, and these tests
 * check that things happen, not how fast.
 */
export const HANG_MS = 120_000;

/** Per file: a few starts and stops, each bounded by HANG_MS, on a busy machine. */
export const FILE_TIMEOUT_MS = 900_000;

/**
 * Compiles the service as `npm start` does (`tsc -p tsconfig.build.json`), into a release directory
 * of its own: `dist/` beside the package.json, the migrations and the installed dependencies, as
 * in a deployment. Removed at the test's end. Returns the directory.
 */
export async function buildRelease(t: Test): Promise<string> {
  const release = await mkdtemp(join(tmpdir(), 'partnerdesk-release-'));
  t.teardown(() => rm(release, { recursive: true, force: true }));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--outDir', join(release, 'dist'), '--sourceMap', 'false'],
    { cwd: ROOT, timeout: HANG_MS },
  );
  await copyFile(join(ROOT, 'package.json'), join(release, 'package.json'));
  await symlink(join(ROOT, 'migrations'), join(release, 'migrations'));
  await symlink(join(ROOT, 'node_modules'), join(release, 'node_modules'));
  return release;
}

/** A clean environment: PATH and HOME only, plus the given variables. */
export function cleanEnv(variables: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  if (process.env.PATH !== undefined) env.PATH = process.env.PATH;
  if (process.env.HOME !== undefined) env.HOME = process.env.HOME;
  return { ...env, ...variables };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  child: ChildProcess;
  /** Everything the process wrote so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves once the process has exited and its output streams are closed. */
  exited: Promise<Exit>;
  /** The exit once it happened, else undefined. */
  readonly exit: Exit | undefined;
}

export interface SpawnOptions {
  /** The leader of a process group of its own, which a test can signal as a whole. */
  detached?: boolean;
  /** Run `node dist/server.js` in this release directory (buildRelease) instead of the sources. */
  release?: string;
}

/**
 * Starts `node --import tsx src/server.ts` (or a release's `node dist/server.js`) with exactly
 * `env` (see cleanEnv). The process is killed (SIGKILL) at the test's teardown if it is still running.
 */
export function spawnServer(
  t: Test,
  env: NodeJS.ProcessEnv,
  { detached = false, release }: SpawnOptions = {},
): ServiceProcess {
  // With the node flags of `npm start`, so that memory is measured as the service is deployed.
  const [cwd, script] = release ? [release, ['dist/server.js']] : [ROOT, ['--import', 'tsx', 'src/server.ts']];
  const args = [...startNodeFlags(), ...script];
  const child = spawn(process.execPath, args, {
    cwd,
    env,
    detached,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let exit: Exit | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  // An unhandled rejection here would only duplicate the failure the test itself reports.
  exited.catch(() => undefined);
  t.teardown(async () => {
    if (exit || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await withTimeout(exited, HANG_MS, 'the killed service to exit').catch(() => undefined);
  });
  return {
    child,
    exited,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    get exit() {
      return exit;
    },
  };
}

export interface RunningService extends ServiceProcess {
  port: number;
  baseUrl: string;
}

/** Spawns the service on a free port of 127.0.0.1 and waits until /readyz answers 200. */
export async function startService(
  t: Test,
  variables: Record<string, string>,
  options: SpawnOptions = {},
): Promise<RunningService> {
  const port = await freePort();
  const service = spawnServer(t, cleanEnv({ HOST: '127.0.0.1', PORT: String(port), ...variables }), options);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(service, baseUrl);
  return Object.assign(service, { port, baseUrl });
}

/** Polls GET /readyz until it answers 200; fails early if the process exits, and after `timeoutMs`. */
export async function waitForReady(service: ServiceProcess, baseUrl: string, timeoutMs = HANG_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (service.exit) {
      throw new Error(
        `the service exited (${JSON.stringify(service.exit)}) before it was ready; stderr: ${service.stderr}; stdout: ${service.stdout}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status === 200) return;
      last = `${response.status} ${body}`;
    } catch (error) {
      last = String((error as Error).cause ?? error);
    }
    await sleep(100);
  }
  throw new Error(
    `/readyz did not answer 200 within ${timeoutMs} ms (last: ${last}); stderr: ${service.stderr}; stdout: ${service.stdout}`,
  );
}

/** Waits for the process to exit; rejects after `timeoutMs`. */
export function waitForExit(service: ServiceProcess, timeoutMs = HANG_MS): Promise<Exit> {
  return withTimeout(service.exited, timeoutMs, 'the service to exit');
}

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Creates a partner through the API and returns its first key. */
export async function createPartnerOver(
  baseUrl: string,
  operatorToken: string,
  name: string,
): Promise<{ partnerId: string; key: string }> {
  const response = await fetch(`${baseUrl}/v1/partners`, {
    method: 'POST',
    headers: { authorization: `Bearer ${operatorToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, kind: 'direct' }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST /v1/partners: ${response.status} ${text}`);
  const body = JSON.parse(text) as { partner: { id: string }; apiKey: { key: string } };
  return { partnerId: body.partner.id, key: body.apiKey.key };
}

/** GET /v1/me with the key: its status and parsed body. */
export async function me(baseUrl: string, key: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/v1/me`, {
    headers: { authorization: `Bearer ${key}` },
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, body };
}

/** Polls `check` every 100 ms until it holds; rejects after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = HANG_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
