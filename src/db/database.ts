import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface Database {
  /** Connection URL of the schema owner: migrations run as it, the app pool switches role. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** The configured PostgreSQL server, or an embedded one under the data directory. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, log: Logger): Promise<Database> {
  if (config.databaseUrl) return { ownerUrl: config.databaseUrl, stop: async () => {} };
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  return { ownerUrl: embedded.url, stop: () => embedded.stop() };
}
