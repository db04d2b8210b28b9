import t from 'tap';
import { cleanEnv, FILE_TIMEOUT_MS, spawnServer, waitForExit } from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

const SECRET_URL = 'mysql://admin:s3cret-password@db.internal:3306/partnerdesk';
const SHORT_TOKEN = 'sh0rt-t0ken';

const cases: { variable: string; value: string; secret: boolean }[] = [
  { variable: 'PORT', value: 'abc', secret: false },
  { variable: 'PORT', value: '70000', secret: false },
  { variable: 'PORT', value: '0x50', secret: false },
  { variable: 'RATE_LIMIT_PER_MINUTE', value: '-1', secret: false },
  { variable: 'LOG_LEVEL', value: 'loud', secret: false },
  { variable: 'TRUST_PROXY', value: '2', secret: false },
  { variable: 'DATABASE_URL', value: 'mysql://x', secret: true },
  { variable: 'DATABASE_URL', value: SECRET_URL, secret: true },
  { variable: 'OPERATOR_TOKEN', value: 'short', secret: true },
  { variable: 'OPERATOR_TOKEN', value: SHORT_TOKEN, secret: true },
];

for (const { variable, value, secret } of cases) {
  t.test(`${variable}=${value} stops the process with one line naming the variable`, async (t) => {
    // A DATABASE_URL that would work is not needed: the configuration is checked before anything else.
    const service = spawnServer(t, cleanEnv({ [variable]: value }));
    const exit = await waitForExit(service);
    t.same(exit, { code: 1, signal: null }, 'exit code 1');

    const lines = service.stderr.split('\n').filter((line) => line !== '');
    t.equal(lines.length, 1, `exactly one line on stderr (got ${JSON.stringify(service.stderr)})`);
    t.ok(service.stderr.endsWith('\n'), 'the line is terminated');
    const line = lines[0] ?? '';
    t.match(line, new RegExp(`\\b${variable}\\b`), 'the line names the variable');
    if (secret) {
      t.notOk(line.includes(value), 'the line does not echo the value');
      if (variable === 'DATABASE_URL') {
        t.notOk(/s3cret|admin|db\.internal|mysql/.test(line), 'no part of the URL is echoed');
      }
    } else {
      t.ok(line.includes(value), 'the line shows the rejected value');
    }
    t.equal(service.stdout, '', 'nothing on stdout: the process stopped before it logged anything');
  });
}

t.test('several invalid variables still give one line', async (t) => {
  const service = spawnServer(t, cleanEnv({ PORT: 'abc', LOG_LEVEL: 'loud', OPERATOR_TOKEN: 'short' }));
  const exit = await waitForExit(service);
  t.same(exit, { code: 1, signal: null });
  const lines = service.stderr.split('\n').filter((line) => line !== '');
  t.equal(lines.length, 1, `one line (got ${JSON.stringify(service.stderr)})`);
  t.match(lines[0] ?? '', /\b(PORT|LOG_LEVEL|OPERATOR_TOKEN)\b/);
  t.notOk(service.stderr.includes('short'), 'the token is not echoed');
});
