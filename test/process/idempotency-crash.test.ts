import t from 'tap';
import { asOwner, freshDatabase, OPERATOR_TOKEN } from '../helper.js';
import { createPartnerOver, FILE_TIMEOUT_MS, HANG_MS, sleep, startService, waitForExit } from './service.js';

// Real processes: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

const WRITERS = 8;

async function keyedCreate(baseUrl: string, apiKey: string, key: string) {
  const response = await fetch(`${baseUrl}/v1/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ name: key, role: 'sales_agent' }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  return { status: response.status, body: (await response.json()) as { id: string } };
}

t.test('kill -9 under keyed creates, restart, retry every key: no duplicate, no lost acknowledged write', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const env = { DATABASE_URL: databaseUrl, OPERATOR_TOKEN, LOG_LEVEL: 'fatal' };
  const first = await startService(t, env);
  const { key: apiKey } = await createPartnerOver(first.baseUrl, OPERATOR_TOKEN, 'Crash-tested idempotency');

  const attempted: string[] = [];
  const acknowledged = new Map<string, string>();
  let next = 0;
  const writers = Array.from({ length: WRITERS }, async () => {
    for (;;) {
      const key = `create-${next++}`;
      attempted.push(key);
      try {
        const { status, body } = await keyedCreate(first.baseUrl, apiKey, key);
        if (status === 201) acknowledged.set(key, body.id);
      } catch {
        return; // the process is gone
      }
    }
  });
  while (acknowledged.size < 150 && !first.exit) await sleep(10);
  first.child.kill('SIGKILL');
  await Promise.all(writers);
  await waitForExit(first);
  t.comment(`${attempted.length} keyed creates sent, ${acknowledged.size} acknowledged before kill -9`);

  const second = await startService(t, env);
  const unanswered: string[] = [];
  for (const key of attempted) {
    const { status, body } = await keyedCreate(second.baseUrl, apiKey, key);
    if (status !== 201) unanswered.push(`${key}: ${status}`);
    const acknowledgedId = acknowledged.get(key);
    if (acknowledgedId && acknowledgedId !== body.id) unanswered.push(`${key}: another id after the retry`);
  }
  t.same(unanswered, [], 'every retry answers 201, with the acknowledged id when there was one');

  const rows = await asOwner<{ name: string; id: string }>(databaseUrl, `select name, id from api_keys`);
  const byName = new Map<string, number>();
  for (const { name } of rows) byName.set(name, (byName.get(name) ?? 0) + 1);
  const duplicates = [...byName].filter(([, count]) => count > 1);
  t.same(duplicates, [], '0 duplicates');
  const ids = new Set(rows.map((row) => row.id));
  const lost = [...acknowledged].filter(([, id]) => !ids.has(id));
  t.same(lost, [], '0 lost acknowledged writes');
  t.equal(byName.size, attempted.length + 1, 'one key per attempted Idempotency-Key, plus the first admin key');
});
