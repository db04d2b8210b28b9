/**
 * Every instant the API answers is read from PostgreSQL's text (src/db/pool.ts): it must come out
 * exactly as JavaScript's toISOString writes the same instant, whatever its precision, its year
 * and the session's time zone.
 */
import pg from 'pg';
import t from 'tap';
import { isoTimestamp } from '../../src/db/pool.js';
import { freshDatabase } from '../helper.js';

// What PostgreSQL is given, and the same instant as a Date writes it.
const instants = [
  ['2026-11-22T15:06:20.691Z', new Date(Date.UTC(2026, 10, 22, 15, 6, 20, 691))],
  ['2026-11-22T15:06:20Z', new Date(Date.UTC(2026, 10, 22, 15, 6, 20))],
  ['2026-11-22T15:06:20.1Z', new Date(Date.UTC(2026, 10, 22, 15, 6, 20, 100))],
  ['2026-03-29T01:30:00.05Z', new Date(Date.UTC(2026, 2, 29, 1, 30, 0, 50))],
  ['0001-01-01T00:00:00Z', new Date('0001-01-01T00:00:00Z')],
  ['12000-06-01 12:00:00+00', new Date(Date.UTC(12000, 5, 1, 12))],
] as const;

t.test('instants read back as toISOString writes them, in UTC or not, to the millisecond', async (t) => {
  const client = new pg.Client({ connectionString: await freshDatabase(t) });
  await client.connect();
  t.teardown(() => client.end());
  for (const zone of ['UTC', 'Europe/Paris']) {
    await client.query(`select set_config('TimeZone', $1, false)`, [zone]);
    for (const [given, instant] of instants) {
      const { rows } = await client.query<{ at: string }>('select $1::timestamptz as at', [given]);
      t.equal(rows[0]!.at, instant.toISOString(), `${given} with TimeZone ${zone}`);
    }
    // Microseconds are cut to the millisecond, as a Date holds them.
    const { rows } = await client.query<{ at: string }>(`select '2026-11-22 15:06:20.123999+00'::timestamptz as at`);
    t.equal(rows[0]!.at, '2026-11-22T15:06:20.123Z', `microseconds cut, with TimeZone ${zone}`);
  }
  t.equal(isoTimestamp('2026-11-22 15:06:20.5+00'), '2026-11-22T15:06:20.500Z', 'the UTC form, rewritten');
  t.equal(isoTimestamp('2026-11-22 16:06:20.5+01'), '2026-11-22T15:06:20.500Z', 'another zone, through a Date');
});
