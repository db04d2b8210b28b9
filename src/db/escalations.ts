import type { EscalationState } from '../domain/escalationLifecycle.js';
import type { EscalationChannel, EscalationTarget } from '../domain/escalationPolicy.js';
import type { Severity } from '../domain/supportRequests.js';
import type { Keyset } from './lists.js';
import { assignments, listInCreationOrder } from './lists.js';
import type { Client } from './pool.js';

export interface EscalationRow {
  id: string;
  partnerId: string;
  supportRequestId: string | null;
  channel: EscalationChannel;
  target: EscalationTarget;
  targetPartnerId: string | null;
  supportPlanId: string | null;
  incidentConsumed: boolean;
  severity: Severity;
  state: EscalationState;
  externalCaseId: string | null;
  parentEscalationId: string | null;
  summary: string;
  supportTopicId: string | null;
  evidence: Record<string, unknown>;
  outcome: string | null;
  childEscalationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const escalationColumns = `
  id, partner_id as "partnerId", support_request_id as "supportRequestId", channel, target, target_partner_id as "targetPartnerId",
  support_plan_id as "supportPlanId", incident_consumed as "incidentConsumed", severity, state, external_case_id as "externalCaseId",
  parent_escalation_id as "parentEscalationId", summary, support_topic_id as "supportTopicId", evidence, outcome, version,
  created_at as "createdAt", updated_at as "updatedAt",
  (select child.id from escalations child where child.parent_escalation_id = escalations.id
    order by child.created_at desc limit 1) as "childEscalationId"`;

const writable = {
  partnerId: 'partner_id::uuid',
  supportRequestId: 'support_request_id::uuid',
  channel: 'channel::text',
  target: 'target::text',
  targetPartnerId: 'target_partner_id::uuid',
  supportPlanId: 'support_plan_id::uuid',
  incidentConsumed: 'incident_consumed::boolean',
  severity: 'severity::text',
  state: 'state::text',
  externalCaseId: 'external_case_id::text',
  parentEscalationId: 'parent_escalation_id::uuid',
  summary: 'summary::text',
  supportTopicId: 'support_topic_id::text',
  evidence: 'evidence::jsonb',
  outcome: 'outcome::text',
};

export type NewEscalationRow = Omit<
  EscalationRow,
  'id' | 'state' | 'externalCaseId' | 'outcome' | 'childEscalationId' | 'version' | 'createdAt' | 'updatedAt'
>;

const encode = <T extends { evidence?: unknown }>(fields: T) => ({
  ...fields,
  evidence: fields.evidence && JSON.stringify(fields.evidence),
});

export async function insertEscalation(client: Client, escalation: NewEscalationRow): Promise<EscalationRow> {
  const fields = assignments(encode(escalation), writable, 1);
  const { rows } = await client.query<EscalationRow>(
    `insert into escalations (${fields.names.join(', ')}) values (${fields.placeholders.join(', ')}) returning ${escalationColumns}`,
    fields.values,
  );
  return rows[0]!;
}

export async function findEscalation(client: Client, id: string): Promise<EscalationRow | undefined> {
  const { rows } = await client.query<EscalationRow>(
    `select ${escalationColumns} from escalations where escalations.id = $1::uuid`,
    [id],
  );
  return rows[0];
}

export async function findOpenEscalation(client: Client, supportRequestId: string): Promise<EscalationRow | undefined> {
  const { rows } = await client.query<EscalationRow>(
    `select ${escalationColumns} from escalations
      where support_request_id = $1::uuid and state in ('open', 'submitted', 'attention_needed')`,
    [supportRequestId],
  );
  return rows[0];
}

/**
 * Claims the filing of an escalation for `seconds`; false while another call holds an unexpired
 * claim. Not a change of the escalation: its version and updated_at stay.
 */
export async function claimFiling(client: Client, id: string, seconds: number): Promise<boolean> {
  const { rowCount } = await client.query(
    `update escalations set filing_until = now() + make_interval(secs => $2::int)
      where id = $1::uuid and (filing_until is null or filing_until <= now())`,
    [id, seconds],
  );
  return rowCount === 1;
}

export async function releaseFiling(client: Client, id: string): Promise<void> {
  await client.query('update escalations set filing_until = null where id = $1::uuid', [id]);
}

export async function updateEscalation(
  client: Client,
  id: string,
  changes: Partial<EscalationRow>,
): Promise<EscalationRow> {
  const set = assignments(encode(changes), writable, 2);
  const { rows } = await client.query<EscalationRow>(
    `update escalations set ${[...set.set, 'version = version + 1', 'updated_at = now()'].join(', ')}
      where escalations.id = $1::uuid returning ${escalationColumns}`,
    [id, ...set.values],
  );
  return rows[0]!;
}

export interface EscalationFilter {
  state?: EscalationState;
  target?: EscalationTarget;
  channel?: EscalationChannel;
  supportRequestId?: string;
  /** Only the escalations this partner raised. */
  raisedBy?: string;
}

/** The escalations the caller raised or that are addressed to it, oldest first. */
export function listEscalations(
  client: Client,
  filter: EscalationFilter,
  after: Keyset | undefined,
  limit: number,
): Promise<EscalationRow[]> {
  return listInCreationOrder<EscalationRow>(
    client,
    {
      from: 'escalations',
      columns: escalationColumns,
      where: [
        '($4::text is null or state = $4::text)',
        '($5::text is null or target = $5::text)',
        '($6::text is null or channel = $6::text)',
        '($7::uuid is null or support_request_id = $7::uuid)',
        '($8::uuid is null or partner_id = $8::uuid)',
      ],
      params: [
        filter.state ?? null,
        filter.target ?? null,
        filter.channel ?? null,
        filter.supportRequestId ?? null,
        filter.raisedBy ?? null,
      ],
    },
    after,
    limit,
  );
}
