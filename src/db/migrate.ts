import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';

const quietLogger = new Logger(() => () => {});

/** How a migration is named in the directory and in what migrate() returns: `020_search_index`. */
export function migrationLabel(migration: Pick<Migration, 'id' | 'name'>): string {
  return `${String(migration.id).padStart(3, '0')}_${migration.name}`;
}

export interface Migration {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;
// Any constant works; it only has to be the same for every instance of partnerdesk.
const MIGRATION_LOCK = 7_360_221;

/** The migrations shipped with this build, in order. */
export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => FILE_NAME.test(file))
    .sort()
    .map((file) => {
      const [, id, name] = FILE_NAME.exec(file)!;
      const sql = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
      return { id: Number(id), name: name!, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies the pending migrations, each in its own transaction, as the schema owner. An advisory
 * lock makes concurrent starts safe: the second instance waits, then finds nothing to do.
 * Returns the names of the migrations it applied.
 */
export async function migrate(ownerUrl: string, migrations = loadMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK]);
    await client.query(`
      create table if not exists partnerdesk_migrations (
        id integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`);
    const applied = new Map(
      (
        await client.query<{ id: number; name: string; checksum: string }>(
          'select id, name, checksum from partnerdesk_migrations',
        )
      ).rows.map((row) => [row.id, row]),
    );
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = applied.get(migration.id);
      if (previous) {
        // Migrations are forward-only: an edited one would leave databases that disagree.
        if (previous.checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.id}_${migration.name} changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into partnerdesk_migrations (id, name, checksum) values ($1, $2, $3)', [
          migration.id,
          migration.name,
          migration.checksum,
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${migration.id}_${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      done.push(migrationLabel(migration));
    }
    // The job queue's own schema (graphile-worker), also as the owner: background work needs it.
    await runMigrations({ connectionString: ownerUrl, logger: quietLogger });
    return done;
  } finally {
    await client.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
