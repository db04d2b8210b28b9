/**
 * The parent side of bench/child.ts: start a compiled server script (bench/build.ts) with node,
 * wait for it to listen, read its memory and CPU time from /proc, and stop it — falling back to killing it and its
 * PostgreSQL by pid when it does not stop in time, so that a failed run leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  /** CPU seconds used so far by the node process and by its PostgreSQL cluster (all its processes). */
  cpuSeconds(): { node: number; postgres: number };
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
export function startServer(
  name: string,
  script: string,
  dataDir: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Started {
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
  const failure = (why: string) =>
    new Error(`${name}: ${why}${output.length ? `\n--- its last output ---\n${output.join('\n')}` : ''}`);

  const ready = new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(failure(`not listening after ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
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
        cpuSeconds: () => ({ node: cpuSecondsOf(pid, false), postgres: clusterCpuSeconds(dataDir) }),
      });
    });
  });
  ready.catch(() => undefined); // the caller awaits it; this only keeps an early failure from being "unhandled"

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= stopChild(child, exited, dataDir).then((clean) => {
      if (!clean)
        console.warn(
          `[bench] ${name} did not stop cleanly${output.length ? `; its last output:\n${output.join('\n')}` : ''}`,
        );
    }));
  return { ready, stop };
}

/** Resolves to whether the child stopped, database included, without help. */
async function stopChild(child: ChildProcess, exited: Promise<void>, dataDir: string): Promise<boolean> {
  let clean = true;
  if (child.exitCode === null && child.signalCode === null) {
    if (child.connected) child.send({ type: 'stop' } satisfies StopMessage);
    else child.kill('SIGTERM');
    if (!(await within(exited, STOP_TIMEOUT_MS))) {
      clean = false;
      child.kill('SIGKILL');
    }
  }
  return (await stopStrayPostgres(dataDir)) && clean;
}

/**
 * A postmaster whose node parent died without stopping it: ask it for a fast shutdown, by its pid,
 * and wait (bounded) until it is gone, so that its data directory can be removed. Resolves to
 * whether there was none.
 */
async function stopStrayPostgres(dataDir: string): Promise<boolean> {
  const pid = postmasterPid(dataDir);
  if (pid === undefined || !isPostmasterOf(pid, dataDir)) return true;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < STOP_TIMEOUT_MS && isPostmasterOf(pid, dataDir); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Whether `pid` is still this cluster's postmaster (a stale pid file may name a reused pid). */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(dataDir, 'pg'));
  } catch {
    return false;
  }
}

async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    promise.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]);
  clearTimeout(timer);
  return inTime;
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined; // no pid file: the cluster stopped cleanly (or never started)
  }
}

// /proc/<pid>/stat counts in clock ticks, USER_HZ, which is 100 on Linux whatever the kernel's HZ.
const TICKS_PER_SECOND = 100;

/**
 * utime + stime of a process, plus its waited-for children's (cutime + cstime) when `withChildren`:
 * that is how the time of PostgreSQL backends that already exited stays counted, in the postmaster's.
 */
function cpuSecondsOf(pid: number, withChildren: boolean): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0; // exited between listing and reading
  }
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const [utime, stime, cutime, cstime] = [fields[11]!, fields[12]!, fields[13]!, fields[14]!];
  return (utime + stime + (withChildren ? cutime + cstime : 0)) / TICKS_PER_SECOND;
}

/** The postmaster and every live child of it (backends, walwriter, checkpointer…). */
function clusterCpuSeconds(dataDir: string): number {
  const postmaster = postmasterPid(dataDir);
  if (postmaster === undefined) return 0;
  let total = cpuSecondsOf(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === postmaster) total += cpuSecondsOf(Number(entry), true);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
