import type { SupportPlanKind } from '../domain/supportPlans.js';
import type { Keyset } from './lists.js';
import { listInCreationOrder } from './lists.js';
import type { Client } from './pool.js';

export interface SupportPlanRow {
  id: string;
  kind: SupportPlanKind;
  validFrom: string;
  validUntil: string | null;
  incidentsTotal: number | null;
  incidentsRemaining: number | null;
  eligibleProducts: string[] | null;
  version: number;
  createdAt: string;
}

const supportPlanColumns = `
  id, kind, valid_from as "validFrom", valid_until as "validUntil", incidents_total as "incidentsTotal",
  incidents_remaining as "incidentsRemaining", eligible_products as "eligibleProducts", version, created_at as "createdAt"`;

export async function insertSupportPlan(
  client: Client,
  plan: {
    partnerId: string;
    kind: SupportPlanKind;
    validFrom: string;
    validUntil: string | null;
    incidentsTotal: number | null;
    eligibleProducts: string[] | null;
  },
): Promise<SupportPlanRow> {
  const { rows } = await client.query<SupportPlanRow>(
    `insert into support_plans (partner_id, kind, valid_from, valid_until, incidents_total, incidents_remaining, eligible_products)
     values ($1::uuid, $2::text, $3::timestamptz, $4::timestamptz, $5::int, $5::int, $6::text[])
     returning ${supportPlanColumns}`,
    [plan.partnerId, plan.kind, plan.validFrom, plan.validUntil, plan.incidentsTotal, plan.eligibleProducts],
  );
  return rows[0]!;
}

export async function findSupportPlan(client: Client, id: string): Promise<SupportPlanRow | undefined> {
  const { rows } = await client.query<SupportPlanRow>(
    `select ${supportPlanColumns} from support_plans where id = $1::uuid`,
    [id],
  );
  return rows[0];
}

export function listSupportPlans(client: Client, after: Keyset | undefined, limit: number): Promise<SupportPlanRow[]> {
  return listInCreationOrder<SupportPlanRow>(
    client,
    { from: 'support_plans', columns: supportPlanColumns },
    after,
    limit,
  );
}

/** Every plan of the partner, for the escalation policy. */
export async function allSupportPlans(client: Client): Promise<SupportPlanRow[]> {
  const { rows } = await client.query<SupportPlanRow>(
    `select ${supportPlanColumns} from support_plans order by created_at, id`,
  );
  return rows;
}

/**
 * Takes one incident from a plan's allowance, atomically: concurrent escalations queue on the row
 * and re-check the count, so the allowance is never overdrawn. False when none is left.
 */
export async function consumeIncident(client: Client, planId: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `update support_plans set incidents_remaining = incidents_remaining - 1, version = version + 1
      where id = $1::uuid and incidents_remaining > 0`,
    [planId],
  );
  return rowCount === 1;
}

export async function returnIncident(client: Client, planId: string): Promise<void> {
  await client.query(
    `update support_plans set incidents_remaining = incidents_remaining + 1, version = version + 1 where id = $1::uuid`,
    [planId],
  );
}
