import type { AddressInfo } from 'node:net';
import t from 'tap';
import { build, OPERATOR_TOKEN, startTestJobs } from '../helper.js';
import { crmSync } from '../support/crmSync.js';
import { startReceiver } from '../support/receiver.js';

t.test('a CRM sync end to end: import, re-import, upsert, lookup, reference, search, webhook, export', async (t) => {
  const context = await build(t);
  await startTestJobs(context);
  await context.app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(context.app.server.address() as AddressInfo).port}`;
  await crmSync(t, { baseUrl, operatorToken: OPERATOR_TOKEN, receiver: await startReceiver(t) });
});
