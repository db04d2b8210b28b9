import type { PausableState, SlaDefinitionStatus, SlaTerms } from '../domain/sla.js';
import type { Keyset } from './lists.js';
import { assignments, listInCreationOrder } from './lists.js';
import { prepared, type Client } from './pool.js';

export interface SlaDefinitionRow extends SlaTerms {
  id: string;
  name: string;
  version: number;
  basedOn: string | null;
  status: SlaDefinitionStatus;
  pauseOn: PausableState[];
  isDefault: boolean;
  revision: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
}

const slaColumns = `
  id, name, version, based_on as "basedOn", status, support_types as "supportTypes", hours, channels, pricing, targets,
  pause_on as "pauseOn", is_default as "isDefault", revision, created_at as "createdAt", updated_at as "updatedAt",
  published_at as "publishedAt", retired_at as "retiredAt"`;

/** The editable part of a definition, as the API names it, mapped to columns and casts. */
const draftColumns = {
  name: 'name::text',
  supportTypes: 'support_types::text[]',
  hours: 'hours::jsonb',
  channels: 'channels::jsonb',
  pricing: 'pricing::jsonb',
  targets: 'targets::jsonb',
  pauseOn: 'pause_on::text[]',
  isDefault: 'is_default::boolean',
};

export type DraftFields = Partial<Pick<SlaDefinitionRow, keyof typeof draftColumns>>;

const asJson = (fields: DraftFields) => ({
  ...fields,
  hours: fields.hours === undefined ? undefined : JSON.stringify(fields.hours),
  channels: fields.channels === undefined ? undefined : JSON.stringify(fields.channels),
  pricing: fields.pricing === undefined ? undefined : JSON.stringify(fields.pricing),
  targets: fields.targets === undefined ? undefined : JSON.stringify(fields.targets),
});

export async function insertSlaDraft(
  client: Client,
  draft: { partnerId: string; name: string; version: number; basedOn: string | null; fields: DraftFields },
): Promise<SlaDefinitionRow> {
  const fields = assignments(asJson(draft.fields), draftColumns, 5);
  const { rows } = await client.query<SlaDefinitionRow>(
    `insert into sla_definitions (${['partner_id', 'name', 'version', 'based_on', ...fields.names].join(', ')})
     values (${['$1::uuid', '$2::text', '$3::int', '$4::uuid', ...fields.placeholders].join(', ')})
     returning ${slaColumns}`,
    [draft.partnerId, draft.name, draft.version, draft.basedOn, ...fields.values],
  );
  return rows[0]!;
}

export async function findSlaDefinition(client: Client, id: string): Promise<SlaDefinitionRow | undefined> {
  const { rows } = await client.query<SlaDefinitionRow>({
    ...prepared(`select ${slaColumns} from sla_definitions where id = $1::uuid`),
    values: [id],
  });
  return rows[0];
}

/** The terms a request's SLA clock runs on. */
export type RequestTerms = Pick<SlaDefinitionRow, 'id' | 'hours' | 'pauseOn' | 'targets'>;

const immutableTerms = new Map<string, RequestTerms>();

/**
 * The terms of the definition a request was opened under. Requests only ever point at published
 * (or since retired) definitions, whose terms never change, so they are kept in memory once read.
 */
export async function definitionOfRequest(client: Client, id: string): Promise<RequestTerms> {
  const known = immutableTerms.get(id);
  if (known) return known;
  const { status, hours, pauseOn, targets } = (await findSlaDefinition(client, id))!;
  const terms = { id, hours, pauseOn, targets };
  if (status !== 'draft') immutableTerms.set(id, terms);
  return terms;
}

/** The published definition covering a customer: its own, else the partner's default. */
export async function findCoveringDefinition(
  client: Client,
  customerId: string,
): Promise<SlaDefinitionRow | undefined> {
  const { rows } = await client.query<SlaDefinitionRow>({
    ...prepared(
      `select ${slaColumns} from sla_definitions
        where id = (select covering_definition_id from customers_with_coverage where id = $1::uuid)`,
    ),
    values: [customerId],
  });
  return rows[0];
}

export interface SlaFilter {
  status?: SlaDefinitionStatus;
  /** Restricts the list to one definition (a customer user sees only the one covering it). */
  onlyId?: string | null;
}

export function listSlaDefinitions(
  client: Client,
  filter: SlaFilter,
  after: Keyset | undefined,
  limit: number,
): Promise<SlaDefinitionRow[]> {
  return listInCreationOrder<SlaDefinitionRow>(
    client,
    {
      from: 'sla_definitions',
      columns: slaColumns,
      where: ['($4::text is null or status = $4::text)', '($5::boolean is false or id = $6::uuid)'],
      params: [filter.status ?? null, filter.onlyId !== undefined, filter.onlyId ?? null],
    },
    after,
    limit,
  );
}

export async function updateSlaDraft(client: Client, id: string, fields: DraftFields): Promise<SlaDefinitionRow> {
  const set = assignments(asJson(fields), draftColumns, 2);
  const { rows } = await client.query<SlaDefinitionRow>(
    `update sla_definitions set ${[...set.set, 'revision = revision + 1', 'updated_at = now()'].join(', ')}
      where id = $1::uuid
      returning ${slaColumns}`,
    [id, ...set.values],
  );
  return rows[0]!;
}

/** Makes `id` the partner's only default (within the caller's transaction). */
async function takeDefault(client: Client, id: string): Promise<void> {
  await client.query(
    `update sla_definitions set is_default = false, revision = revision + 1, updated_at = now()
      where is_default and id <> $1::uuid`,
    [id],
  );
}

export async function publishSlaDefinition(client: Client, id: string, isDefault: boolean): Promise<SlaDefinitionRow> {
  if (isDefault) await takeDefault(client, id);
  const { rows } = await client.query<SlaDefinitionRow>(
    `update sla_definitions
        set status = 'published', published_at = now(), is_default = $2::boolean,
            revision = revision + 1, updated_at = now()
      where id = $1::uuid
      returning ${slaColumns}`,
    [id, isDefault],
  );
  return rows[0]!;
}

export async function makeDefaultSlaDefinition(client: Client, id: string): Promise<SlaDefinitionRow> {
  await takeDefault(client, id);
  return updateSlaDraft(client, id, { isDefault: true });
}

export async function retireSlaDefinition(client: Client, id: string): Promise<SlaDefinitionRow> {
  const { rows } = await client.query<SlaDefinitionRow>(
    `update sla_definitions
        set status = 'retired', retired_at = now(), is_default = false, revision = revision + 1, updated_at = now()
      where id = $1::uuid
      returning ${slaColumns}`,
    [id],
  );
  return rows[0]!;
}

export async function hasDefaultSlaDefinition(client: Client): Promise<boolean> {
  const { rows } = await client.query(`select 1 from sla_definitions where is_default and status = 'published'`);
  return rows.length > 0;
}
