import { recordEvent } from '../db/events.js';
import type { Pool } from '../db/pool.js';
import { findRequest, updateRequest } from '../db/supportRequests.js';
import { withTenant } from '../db/tenant.js';
import { dueAlerts } from '../domain/slaAlerts.js';
import { lockRow } from '../db/locks.js';
import { moveRequest, syncTimers } from '../db/requestMoves.js';

const system = { kind: 'system' } as const;

/**
 * The sla_timer task: raises the SLA alerts whose moment has come (each once per target and clock
 * cycle), then points the timer at the next one. A stale timer (the clock moved since) finds
 * nothing due and just reschedules.
 */
export async function raiseSlaAlerts(pool: Pool, reopenWindowDays: number, payload: { partnerId: string; requestId: string }): Promise<void> {
  await withTenant(pool, payload.partnerId, async (client) => {
    if ((await lockRow(client, 'support_requests', payload.requestId)) === undefined) return;
    const current = (await findRequest(client, payload.requestId))!;
    const due = dueAlerts(current, new Date());
    for (const alert of due) {
      await recordEvent(client, {
        type: `support_request.sla_${alert.kind}`,
        subject: { type: 'support_request', id: current.id },
        actor: system,
        data: { target: alert.target, dueAt: alert.dueAt, customerId: current.customerId },
      });
    }
    const raised = due.length > 0 ? await updateRequest(client, current.id, { slaAlerts: [...current.slaAlerts, ...due.map((a) => a.key)] }) : current;
    await syncTimers(client, raised, reopenWindowDays);
  });
}

/** The auto_close task: a request still resolved when its reopen window ends is closed by the service. */
export async function closeExpiredResolution(pool: Pool, reopenWindowDays: number, payload: { partnerId: string; requestId: string }): Promise<void> {
  await withTenant(pool, payload.partnerId, async (client) => {
    if ((await lockRow(client, 'support_requests', payload.requestId)) === undefined) return;
    const current = (await findRequest(client, payload.requestId))!;
    const windowEnds = current.resolvedAt ? Date.parse(current.resolvedAt) + reopenWindowDays * 86_400_000 : Infinity;
    if (current.state !== 'resolved' || windowEnds > Date.now()) return;
    await moveRequest(client, current, { to: 'closed', actor: system, reason: 'the reopen window ended', reopenWindowDays });
  });
}
