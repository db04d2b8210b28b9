import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { pino, type Logger } from 'pino';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config, type ConnectorRuntime } from './config.js';
import { dataDirectoryKey } from './connectors/secretBox.js';
import { openDatabase } from './db/database.js';
import { loadMigrations, migrate } from './db/migrate.js';
import { createAppPool } from './db/pool.js';
import type { App } from './http/app-types.js';
import { limitBodyTime } from './http/uploads.js';
import { startJobs } from './jobs/runner.js';

export interface Service {
  app: App;
  /** Drains requests in flight, then ends the pool and stops an embedded database. */
  close(): Promise<void>;
}

/**
 * Database (embedded or configured) → migrations → app → background jobs. The caller decides
 * whether to listen; one-off commands leave the jobs to the running service.
 */
export async function startService(
  config: Config,
  log: Logger,
  { jobs = true, signal }: { jobs?: boolean; signal?: AbortSignal } = {},
): Promise<Service> {
  const database = await openDatabase(config, log);
  try {
    // A stop requested while starting ends the start between steps, well within the grace period.
    signal?.throwIfAborted();
    const applied = await migrate(database.ownerUrl);
    signal?.throwIfAborted();
    if (applied.length > 0) log.info({ applied }, 'migrations applied');
    const pool = createAppPool(database.ownerUrl, log);
    const readPool = config.databaseReadUrl ? createAppPool(config.databaseReadUrl, log) : undefined;
    const settings = {
      operatorToken: operatorToken(config),
      rateLimitPerMinute: config.rateLimitPerMinute,
      trustProxy: config.trustProxy,
      reopenWindowDays: config.reopenWindowDays,
      healthCheckMaxAgeHours: config.healthCheckMaxAgeHours,
      webhookAllowPrivateTargets: config.webhookAllowPrivateTargets,
      connectors: await connectorRuntime(config),
      attachmentMaxBytes: config.attachmentMaxBytes,
      attachmentsPerRequest: config.attachmentsPerRequest,
    };
    const app = await buildApp({ pool, readPool, migrations: loadMigrations(), settings, logger: log });
    limitSlowClients(app, config);
    const runner = jobs
      ? await startJobs({
          ownerUrl: database.ownerUrl,
          pool,
          log,
          onSlaAlert: (kind) => app.metrics.slaAlertRaised(kind),
          connectors: app.settings.connectors,
          settings: {
            reopenWindowDays: config.reopenWindowDays,
            allowPrivateTargets: config.webhookAllowPrivateTargets,
            retryBaseSeconds: config.webhookRetryBaseSeconds,
            staleJobSeconds: config.staleJobSeconds,
          },
        })
      : undefined;
    return {
      app,
      close: async () => {
        // The listener closes first, so no new request is accepted; the requests in flight are
        // answered; then the jobs finish what they hold (they use the pool); then the database.
        await app.close();
        await runner?.stop();
        await pool.end();
        await readPool?.end();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * A client that sends its head or body slowly (one byte every few seconds) is cut off instead
 * of holding a socket forever. Node checks the deadlines every `connectionsCheckingInterval`
 * (30 s by default, which would let a request overstay by as much): once a second here. Its
 * deadline for a whole request is the longer of the uploads' and the other requests'; each route
 * is held to its own by limitBodyTime.
 */
function limitSlowClients(
  app: App,
  config: Pick<Config, 'requestTimeoutSeconds' | 'uploadTimeoutSeconds' | 'headersTimeoutSeconds'>,
): void {
  app.server.requestTimeout = Math.max(config.requestTimeoutSeconds, config.uploadTimeoutSeconds) * 1000;
  app.server.headersTimeout = config.headersTimeoutSeconds * 1000;
  // Read when the server starts listening; @types/node does not declare the property.
  Object.assign(app.server, { connectionsCheckingInterval: 1000 });
  limitBodyTime(app, { requestSeconds: config.requestTimeoutSeconds, uploadSeconds: config.uploadTimeoutSeconds });
}

async function connectorRuntime(config: Config): Promise<ConnectorRuntime> {
  const { connectors } = config;
  return {
    endpoints: {
      loginBaseUrl: connectors.loginBaseUrl,
      graphBaseUrl: connectors.graphBaseUrl,
      partnerCenterBaseUrl: connectors.partnerCenterBaseUrl,
      ca: connectors.caFile ? await readFile(connectors.caFile, 'utf8') : undefined,
      timeoutMs: connectors.timeoutSeconds * 1000,
      maxRetryWaitMs: 60_000,
    },
    secretKey: connectors.secretKey ?? (await dataDirectoryKey(config.dataDir)),
    syncSeconds: connectors.syncSeconds,
  };
}

function operatorToken(config: Config): string {
  if (config.operatorToken) return config.operatorToken;
  const generated = randomBytes(32).toString('base64url');
  process.stderr.write(`OPERATOR_TOKEN was not set; generated for this run: ${generated}\n`);
  return generated;
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: ['req.headers.authorization'] });
}

/** Loads the configuration or ends the process with one line naming the bad variable. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** `npm start` / `partnerdesk serve`: listen until SIGTERM or SIGINT, then drain and exit within 10 s. */
export async function serve(config: Config): Promise<void> {
  const log = createLogger(config);
  // Installed before starting, so that a signal during startup still stops an embedded database.
  const stopping = new AbortController();
  const starting = startService(config, log, { signal: stopping.signal });
  closeWithGrace({ delay: 9_000, logger: log }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'shutting down after an uncaught error');
    else log.info({ signal }, 'shutting down');
    stopping.abort();
    const service = await starting.catch(() => undefined);
    await service?.close();
  });
  try {
    const service = await starting;
    await service.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    if (stopping.signal.aborted) return;
    log.fatal({ err: error }, 'partnerdesk could not start');
    process.exit(1);
  }
}

// Run when this file is the entry point (also through a symlinked release directory).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href)
  await serve(configOrExit());
