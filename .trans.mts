import pg from 'pg';
import { readFileSync } from 'node:fs';
import { withTenant } from './src/db/tenant.ts';
import { transitionRequest, raiseRequest } from './src/services/supportRequests.ts';
const [url] = readFileSync('/tmp/hold.txt', 'utf8').split('\n');
const owner = new pg.Client(url!); await owner.connect();
const { rows: [r] } = await owner.query(`select partner_id, id from support_requests where state = 'new' and sla_definition_id is not null order by number desc limit 6 offset 5`);
const all = (await owner.query(`select partner_id, id from support_requests where state = 'new' and sla_definition_id is not null order by number desc limit 6 offset 5`)).rows;
const opts = ['role=partnerdesk_app', 'session_preload_libraries=auto_explain', 'auto_explain.log_min_duration=0', 'auto_explain.log_analyze=on', 'auto_explain.log_triggers=on', 'auto_explain.log_nested_statements=on', 'auto_explain.log_timing=on', 'client_min_messages=log'].map((o) => `-c ${o}`).join(' ');
const pool = new pg.Pool({ connectionString: url, options: opts, max: 1, pipeline: true } as never);
let show = false;
pool.on('connect', (c) => c.on('notice', (n) => show && console.log(n.message)));
const ctx = { actor: { kind: 'system' }, caller: { keyId: '00000000-0000-0000-0000-000000000000', keyName: 'x', partnerId: r.partner_id, role: 'admin_agent', customerId: null }, settings: { reopenWindowDays: 7 } as never, now: new Date(), ifMatch: undefined };
for (const [i, one] of all.entries()) { show = i === all.length - 1;
await withTenant(pool, r.partner_id, async (tx) => {
  await transitionRequest(tx, ctx as never, one.id, { to: 'in_progress' } as never);
  throw Object.assign(new Error('rollback'), { code: 'X' });
}).catch((e) => console.log('done', e.message)); }
await pool.end(); await owner.end();
