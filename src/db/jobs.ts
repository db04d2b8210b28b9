import type { Client } from './pool.js';

/**
 * Schedules background work in the caller's transaction, so it exists exactly when the change
 * that needs it commits. A job key names the work (`sla:<request>`): scheduling it again replaces
 * the pending one.
 */
export async function scheduleJob(
  client: Client,
  task: string,
  payload: object,
  runAt: string,
  jobKey: string,
): Promise<void> {
  // Every job carries the partner whose transaction scheduled it, to run in that tenant.
  await client.query(
    `select schedule_job($1::text, ($2::jsonb || jsonb_build_object('partnerId', app_partner_id()))::json, $3::timestamptz, $4::text)`,
    [task, JSON.stringify(payload), runAt, jobKey],
  );
}
