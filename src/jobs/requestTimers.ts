import { recordEvent } from '../db/events.js';
import type { Pool } from '../db/pool.js';
import { earliestTimer, lockDueRequests, type StoredRequest } from '../db/supportRequests.js';
import { withTenant } from '../db/tenant.js';
import type { Client } from '../db/pool.js';
import { dueAlerts } from '../domain/slaAlerts.js';
import type { Context } from '../services/context.js';
import { moveRequest, requestEventData, saveRequestChange } from '../services/supportRequests.js';

const system = { kind: 'system' } as const;
/** Requests handled per run; a longer backlog runs again at once. */
const BATCH = 200;

/** Raises the SLA alerts whose moment has come, each once per target and clock cycle; returns their kinds. */
async function raiseAlerts(client: Client, ctx: Context, request: StoredRequest): Promise<string[]> {
  const due = dueAlerts(request, ctx.now);
  for (const alert of due) {
    await recordEvent(client, {
      type: `support_request.sla_${alert.kind}`,
      subject: { type: 'support_request', id: request.id },
      actor: system,
      data: { target: alert.target, dueAt: alert.dueAt, ...requestEventData(request) },
    });
  }
  await saveRequestChange(client, ctx, request, { slaAlerts: [...request.slaAlerts, ...due.map((a) => a.key)] });
  return due.map((alert) => alert.kind);
}

/**
 * The request_timers task, one per partner: handles every request whose timer moment has come —
 * SLA alerts, and the auto-close of a request still resolved when its reopen window ends — then
 * sets the partner's timer to the next moment. Returns the kinds of the SLA alerts it raised.
 */
export async function runRequestTimers(
  pool: Pool,
  reopenWindowDays: number,
  payload: { partnerId: string },
): Promise<string[]> {
  const ctx: Context = {
    actor: system,
    caller: null,
    settings: { reopenWindowDays },
    now: new Date(),
    ifMatch: undefined,
  };
  return withTenant(pool, payload.partnerId, async (client) => {
    const raised: string[] = [];
    await client.query('select timer_ran()');
    const due = await lockDueRequests(client, BATCH);
    for (const request of due) {
      if (request.state === 'resolved') {
        await moveRequest(client, ctx, request, { to: 'closed', reason: 'the reopen window ended' });
      } else {
        raised.push(...(await raiseAlerts(client, ctx, request)));
      }
    }
    const next = due.length === BATCH ? new Date().toISOString() : await earliestTimer(client);
    if (next) await client.query('select wake_partner_timer($1::timestamptz)', [next]);
    return raised;
  });
}
