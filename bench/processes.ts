/**
 * The parent side of bench/child.ts: start a compiled server script (bench/build.ts) with node,
 * wait for it to listen, read its memory from /proc, and stop it — falling back to killing it and its
 * PostgreSQL by pid when it does not stop in time, so that a failed run leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FailedMessage, ReadyMessage, StopMessage } from './child.js';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const OUTPUT_LINES_KEPT = 40;

export interface ServerProcess {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Schema owner URL of the server's own embedded PostgreSQL. */
  databaseUrl: string;
  /** The process's resident set now and at its peak (VmRSS, VmHWM), in MB. */
  memory(): { rssMb: number; peakRssMb: number };
}

export interface Started {
  ready: Promise<ServerProcess>;
  /** Safe to call at any time, more than once, whether or not the server started. */
  stop(): Promise<void>;
}

/**
 * Starts the JavaScript file `script` with `env` added. `dataDir` is where its embedded
 * PostgreSQL lives, known here to stop a stray cluster.
 */
export function startServer(name: string, script: string, dataDir: string, env: Record<string, string>, nodeFlags: string[] = []): Started {
  const child = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, ...env, BENCH_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - OUTPUT_LINES_KEPT));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failure = (why: string) => new Error(`${name}: ${why}${output.length ? `\n--- its last output ---\n${output.join('\n')}` : ''}`);

  const ready = new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => reject(failure(`not listening after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(failure(`exited while starting (code ${code}, signal ${signal})`));
    });
    child.on('message', (message: ReadyMessage | FailedMessage) => {
      clearTimeout(timer);
      if (message.type === 'failed') return reject(failure(message.message));
      const pid = child.pid!;
      resolve({
        name,
        pid,
        url: `http://127.0.0.1:${message.port}`,
        databaseUrl: message.databaseUrl,
        memory: () => memoryOf(pid),
      });
    });
  });
  ready.catch(() => undefined); // the caller awaits it; this only keeps an early failure from being "unhandled"

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, exited, dataDir));
  return { ready, stop };
}

async function stopChild(child: ChildProcess, exited: Promise<void>, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    if (child.connected) child.send({ type: 'stop' } satisfies StopMessage);
    else child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (!inTime) child.kill('SIGKILL');
  }
  stopStrayPostgres(dataDir);
}

/** A postmaster whose node parent died without stopping it: ask it for a fast shutdown, by its pid. */
function stopStrayPostgres(dataDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // no pid file: the cluster stopped cleanly (or never started)
  }
  try {
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
}

function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
