/**
 * sla.status (SPEC §2), as the database derives it from a request's stored instants
 * (sla_status in migrations 012 and 025, called as src/db writes it): one row per rule. The instants follow a request opened at 08:00
 * with a 60 min first response target and a 480 min resolution target (at risk at 75 %).
 */
import pg from 'pg';
import t from 'tap';
import { slaStatusOf } from '../../src/db/supportRequests.js';
import { slaStatuses, type SlaTrackingStatus } from '../../src/domain/slaTracking.js';
import { freshDatabase } from '../helper.js';

const at = (time: string) => `2026-06-01T${time}:00.000Z`;

const instants = {
  // Any definition id: the status is derived for requests an SLA covers (an uncovered one has none, R6).
  sla_definition_id: '00000000-0000-4000-8000-000000000001',
  first_response_at_risk_at: at('08:45'),
  first_response_due_at: at('09:00'),
  resolution_at_risk_at: at('14:00'),
  resolution_due_at: at('16:00'),
};

interface Row {
  state: string;
  first_responded_at?: string;
  resolved_at?: string;
  closed_at?: string;
  paused_at?: string;
}

const rules: { name: string; row: Row; now: string; status: SlaTrackingStatus }[] = [
  {
    name: 'new, before 75 % of the first response target',
    row: { state: 'new' },
    now: at('08:44'),
    status: 'on_track',
  },
  { name: 'new, at 75 % of the first response target', row: { state: 'new' }, now: at('08:45'), status: 'at_risk' },
  { name: 'new, at the first response due instant', row: { state: 'new' }, now: at('09:00'), status: 'at_risk' },
  { name: 'new, past the first response due instant', row: { state: 'new' }, now: at('09:01'), status: 'breached' },
  {
    name: 'answered in time: the first response target no longer counts',
    row: { state: 'in_progress', first_responded_at: at('08:50') },
    now: at('10:00'),
    status: 'on_track',
  },
  {
    name: 'answered late: breached, and it stays so',
    row: { state: 'in_progress', first_responded_at: at('09:30') },
    now: at('10:00'),
    status: 'breached',
  },
  {
    name: 'at 75 % of the resolution target',
    row: { state: 'in_progress', first_responded_at: at('08:50') },
    now: at('14:00'),
    status: 'at_risk',
  },
  {
    name: 'past the resolution due instant',
    row: { state: 'in_progress', first_responded_at: at('08:50') },
    now: at('16:01'),
    status: 'breached',
  },
  {
    name: 'paused: neither at risk nor breached while it waits',
    row: { state: 'awaiting_customer', first_responded_at: at('08:50'), paused_at: at('10:00') },
    now: at('17:00'),
    status: 'paused',
  },
  {
    name: 'paused after a target was missed: breached',
    row: { state: 'awaiting_customer', first_responded_at: at('08:50'), paused_at: at('16:30') },
    now: at('17:00'),
    status: 'breached',
  },
  {
    name: 'resolved in time: met, even long after',
    row: { state: 'resolved', first_responded_at: at('08:50'), resolved_at: at('12:00') },
    now: at('23:00'),
    status: 'met',
  },
  {
    name: 'resolved late: breached',
    row: { state: 'resolved', first_responded_at: at('08:50'), resolved_at: at('16:30') },
    now: at('23:00'),
    status: 'breached',
  },
  {
    name: 'closed in time: met',
    row: { state: 'closed', first_responded_at: at('08:50'), resolved_at: at('12:00'), closed_at: at('12:05') },
    now: at('23:00'),
    status: 'met',
  },
  {
    name: 'cancelled before answering, in time: met',
    row: { state: 'cancelled', closed_at: at('08:30') },
    now: at('23:00'),
    status: 'met',
  },
];

t.test('sla_status, rule by rule', async (t) => {
  const client = new pg.Client({ connectionString: await freshDatabase(t) });
  await client.connect();
  t.teardown(() => client.end());
  for (const { name, row, now, status } of rules) {
    const { rows } = await client.query<{ status: string }>(
      `select ${slaStatusOf('r', '$2::timestamptz')} as status from jsonb_populate_record(null::support_requests, $1::jsonb) r`,
      [{ ...instants, ...row }, now],
    );
    t.equal(rows[0]!.status, status, name);
  }
  t.same(
    [...new Set(rules.map((rule) => rule.status))].sort(),
    [...slaStatuses].sort(),
    'every status of src/domain is reached',
  );
});
