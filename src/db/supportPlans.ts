import type { SupportPlanKind } from '../domain/supportPlans.js';
import type { Keyset } from '../http/pagination.js';
import { listInCreationOrder } from './lists.js';
import type { Client } from './pool.js';

export interface SupportPlanRow {
  id: string;
  kind: SupportPlanKind;
  validFrom: string;
  validUntil: string | null;
  incidentsTotal: number | null;
  incidentsRemaining: number | null;
  version: number;
  createdAt: string;
}

const supportPlanColumns = `
  id, kind, valid_from as "validFrom", valid_until as "validUntil", incidents_total as "incidentsTotal",
  incidents_remaining as "incidentsRemaining", version, created_at as "createdAt"`;

export async function insertSupportPlan(
  client: Client,
  plan: { partnerId: string; kind: SupportPlanKind; validFrom: string; validUntil: string | null; incidentsTotal: number | null },
): Promise<SupportPlanRow> {
  const { rows } = await client.query<SupportPlanRow>(
    `insert into support_plans (partner_id, kind, valid_from, valid_until, incidents_total, incidents_remaining)
     values ($1::uuid, $2::text, $3::timestamptz, $4::timestamptz, $5::int, $5::int)
     returning ${supportPlanColumns}`,
    [plan.partnerId, plan.kind, plan.validFrom, plan.validUntil, plan.incidentsTotal],
  );
  return rows[0]!;
}

export async function findSupportPlan(client: Client, id: string): Promise<SupportPlanRow | undefined> {
  const { rows } = await client.query<SupportPlanRow>(`select ${supportPlanColumns} from support_plans where id = $1::uuid`, [id]);
  return rows[0];
}

export function listSupportPlans(client: Client, after: Keyset | undefined, limit: number): Promise<SupportPlanRow[]> {
  return listInCreationOrder<SupportPlanRow>(client, { from: 'support_plans', columns: supportPlanColumns }, after, limit);
}
