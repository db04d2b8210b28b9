/**
 * The data the benchmark runs on: a partner set up through partnerdesk's HTTP API (so the seed
 * goes through the same rules as real use), then support requests loaded in bulk with SQL as the
 * schema owner — the same rows, with the same ids, into partnerdesk's table and the baseline's.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

const categories = ['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage'];

/** The partner, customer and SLA every scenario uses, and the admin key it calls with. */
export interface Tenant {
  partnerId: string;
  customerId: string;
  slaDefinitionId: string;
  /** `Bearer pd_…` of an admin_agent key. */
  authorization: string;
}

/** POSTs `body` and returns the part of the answer the seeding reads. */
async function post<T>(baseUrl: string, path: string, authorization: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`seeding: POST ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** 24/7: due dates are plain additions and no request is ever outside business hours. */
export const AROUND_THE_CLOCK = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };

/** The realistic case: a French office, Monday to Friday 09:00–17:00, closed on public holidays. */
export const PARIS_OFFICE_HOURS = {
  timezone: 'Europe/Paris',
  alwaysOpen: false,
  weekly: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day,
    open: '09:00',
    close: '17:00',
  })),
  holidays: [
    ...['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14'],
    ...['2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25', '2027-01-01', '2027-03-29', '2027-05-01'],
  ],
};

/** operator token → partner → published default SLA with `hours` → customer → a dedicated admin key. */
export async function seedPartnerdesk(
  baseUrl: string,
  operatorToken: string,
  name: string,
  hours: typeof AROUND_THE_CLOCK | typeof PARIS_OFFICE_HOURS,
): Promise<Tenant> {
  const created = await post<{ partner: { id: string }; apiKey: { key: string } }>(
    baseUrl,
    '/v1/partners',
    `Bearer ${operatorToken}`,
    { name, kind: 'direct' },
  );
  const firstKey = `Bearer ${created.apiKey.key}`;
  const draft = await post<{ id: string }>(baseUrl, '/v1/sla-definitions', firstKey, {
    name: hours.alwaysOpen ? 'Around the clock' : 'Paris office hours',
    isDefault: true,
    supportTypes: categories,
    hours,
    channels: [{ kind: 'email', address: 'support@bench.example', alwaysOpen: true }],
    pricing: { model: 'included', amount: 0, currency: 'EUR' },
    targets: {
      critical: { firstResponseMinutes: 60, resolutionMinutes: 480 },
      moderate: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      minimal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
    },
  });
  await post(baseUrl, `/v1/sla-definitions/${draft.id}/publish`, firstKey, {});
  const customer = await post<{ id: string }>(baseUrl, '/v1/customers', firstKey, {
    name: 'Fabrikam',
    domain: 'fabrikam.onmicrosoft.com',
    tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    contacts: [{ name: 'Ada Admin', email: 'ada@fabrikam.example' }],
  });
  const key = await post<{ key: string }>(baseUrl, '/v1/api-keys', firstKey, { name: 'bench', role: 'admin_agent' });
  return {
    partnerId: created.partner.id,
    customerId: customer.id,
    slaDefinitionId: draft.id,
    authorization: `Bearer ${key.key}`,
  };
}

/**
 * The bodies of new requests, as a CRM would send them to partnerdesk: one per title of the
 * history, so that what the create scenarios add on top of it reads like the rest of it. With one
 * title for all of them, the tens of thousands of requests a create run adds would all sit above
 * the history and mention none of its common words, and a search for one would first walk past
 * every one of them: a desk whose newest requests all say the same thing.
 */
export function newRequestBodies(customerId: string) {
  return TITLES.map((title, n) => ({
    customerId,
    title,
    description: DESCRIPTIONS[n % DESCRIPTIONS.length]!,
    category: 'troubleshooting',
    product: { name: 'Microsoft 365 E3', type: 'cloud', service: 'Exchange Online' },
    severity: 'critical',
    requester: { name: 'Ada Admin', email: 'ada@fabrikam.example' },
  }));
}

/** A spread of states like a desk's history: mostly closed, an eighth of each open state. */
export const HISTORY_STATES = [
  'closed',
  'closed',
  'closed',
  'resolved',
  'in_progress',
  'awaiting_customer',
  'new',
  'cancelled',
];

// What the preloaded requests say, in both of the partner's customers' languages, so that a search
// finds a realistic share of them: "facture" matches two titles in eleven.
const TITLES = [
  'Facturation incorrecte sur la licence Microsoft 365 E3',
  'Mail flow stopped for external senders',
  'Teams meetings drop after five minutes',
  "Renouvellement de l'abonnement Azure",
  'MFA prompt loops on sign-in',
  'Question sur la facture de novembre',
  'SharePoint site quota exceeded',
  'Provisioning of new users fails',
  'Impossible de se connecter à Outlook',
  'Defender alert on a shared mailbox',
  'Upgrade to Business Premium',
];
const DESCRIPTIONS = [
  'Depuis ce matin, plusieurs utilisateurs sont concernés.',
  'Since this morning several users are affected.',
  'Le client attend une réponse avant la fin de la journée.',
  'The reseller escalated on behalf of the customer.',
  'Loaded by bench/seed.ts.',
];

export interface Preload {
  /** Distinguishes batches: ids are md5(`tag:i`), hence the same in both databases. */
  tag: string;
  count: number;
  /** Row i takes states[i % states.length]. */
  states: string[];
  /** The sequence numbers come from (partnerdesk: the partner's `request_number_<hex>`). */
  numberSequence: string;
  /** Time between two rows' creation (a PostgreSQL interval): the last row is created now. */
  spacing: string;
}

/**
 * Inserts `count` requests of `tenant` in one statement, as the schema owner (bypassing row-level
 * security), with every not-null column of migrations/004 filled consistently: SLA targets of the
 * definition by severity, timestamps of the state reached, the minutes used. The due instants
 * count from the load, not from creation, so that they lie in the future: no timer wakes for
 * history (a storm of breaches would be the bench's own doing, not a figure of the service). Run
 * `settle` after.
 * Returns the time it took, in seconds.
 */
export async function preloadRequests(
  databaseUrl: string,
  tenant: Omit<Tenant, 'authorization'>,
  batch: Preload,
): Promise<number> {
  const started = performance.now();
  await query(
    databaseUrl,
    `insert into support_requests (id, partner_id, number, customer_id, title, description, category, product_name,
       product_type, product_service, severity, channel, requester, state, first_responded_at, resolution_code,
       resolution_summary, resolved_at, closed_at, sla_definition_id, sla_definition_version,
       first_response_target_minutes, resolution_target_minutes, first_response_due_at, first_response_at_risk_at,
       resolution_due_at, resolution_at_risk_at, created_at, updated_at, first_response_minutes_used,
       resolution_minutes_used)
     select md5($1::text || ':' || i)::uuid, $2::uuid, nextval($3::regclass), $4::uuid,
            ($9::text[])[1 + i % cardinality($9::text[])], ($10::text[])[1 + i % cardinality($10::text[])],
            ($6::text[])[1 + i % 7], 'Microsoft 365 E3', 'cloud', 'Exchange Online',
            r.severity, 'api', '{"name": "Ada Admin", "email": "ada@fabrikam.example"}', r.state,
            case when r.state <> 'new' then r.at + interval '5 minutes' end,
            case when r.state in ('resolved', 'closed') then 'fixed' end,
            case when r.state in ('resolved', 'closed') then 'Connector re-enabled.' end,
            case when r.state in ('resolved', 'closed') then r.at + interval '1 hour' end,
            case when r.state in ('closed', 'cancelled') then r.at + interval '2 hours' end,
            $5::uuid, 1, r.first_response, r.resolution,
            now() + r.first_response * interval '1 minute', now() + r.first_response * interval '0.75 minutes',
            now() + r.resolution * interval '1 minute', now() + r.resolution * interval '0.75 minutes',
            r.at, r.at,
            -- the minutes used, as a 24/7 clock counts them (the large partner's, which the reports read)
            case when r.state <> 'new' then 5 end,
            case when r.state in ('resolved', 'closed') then 60 when r.state = 'cancelled' then 120 end
       from generate_series(1, $7::int) i,
            lateral (select (array['critical', 'moderate', 'minimal'])[1 + i % 3] as severity,
                            (array[60, 240, 480])[1 + i % 3] as first_response,
                            (array[480, 1440, 4800])[1 + i % 3] as resolution,
                            ($8::text[])[1 + i % cardinality($8::text[])] as state,
                            -- number order is time order
                            now() - ($7::int - i) * $11::interval as at) r`,
    [
      batch.tag,
      tenant.partnerId,
      batch.numberSequence,
      tenant.customerId,
      tenant.slaDefinitionId,
      categories,
      batch.count,
      batch.states,
      TITLES,
      DESCRIPTIONS,
      batch.spacing,
    ],
    () => undefined,
  );
  return (performance.now() - started) / 1000;
}

/**
 * Escalates one preloaded request in eight of batch `tag` (of `count`) to Microsoft, ten minutes
 * after it was raised, as the escalations report reads them: technical or commercial, most ended
 * (resolved, rejected, withdrawn: their last update is their end, hours later), some in progress.
 * Run as the schema owner, like preloadRequests, after it.
 */
export async function preloadEscalations(
  databaseUrl: string,
  tenant: Omit<Tenant, 'authorization'>,
  batch: { tag: string; count: number },
): Promise<void> {
  await query(
    databaseUrl,
    `insert into escalations (partner_id, support_request_id, channel, target, severity, state, summary, evidence,
                              created_at, updated_at)
     select r.partner_id, r.id, (array['technical', 'commercial'])[1 + i / 8 % 2], 'microsoft', r.severity, e.state,
            'Mail flow stopped for the whole tenant', '{}', r.created_at + interval '10 minutes',
            r.created_at + interval '10 minutes' + (i % 97) * interval '3 minutes'
       from generate_series(8, $3::int, 8) i
       join support_requests r on r.partner_id = $2::uuid and r.id = md5($1::text || ':' || i)::uuid
      cross join lateral (select (array['resolved', 'resolved', 'rejected', 'withdrawn', 'submitted'])[1 + i / 8 % 5]
                                   as state) e`,
    [batch.tag, tenant.partnerId, batch.count],
    () => undefined,
  );
}

/** Fresh planner statistics after a load. */
/**
 * A bulk-loaded database as one that has been running a while: vacuumed and analyzed, as
 * autovacuum would do within minutes (in the middle of a scenario, on 2 shared cores), and
 * checkpointed, so that the load's dirty pages are written now rather than during the scenarios
 * that follow (the checkpoint a load of 1,000,000 requests starts was still writing when the
 * first scenario began). Both databases are settled alike.
 */
export async function settle(databaseUrl: string): Promise<void> {
  await query(databaseUrl, 'vacuum (analyze)', [], () => undefined);
  await query(databaseUrl, 'checkpoint', [], () => undefined);
}

/**
 * Before the reports: the visibility map of the rows the escalations' load and the scenarios
 * wrote since `settle`, as autovacuum would keep it, without which an index-only scan (the
 * reports', migration 021) still reads every row's page.
 */
export async function vacuum(databaseUrl: string): Promise<void> {
  await query(databaseUrl, 'vacuum (analyze) support_requests, escalations', [], () => undefined);
}

/** partnerdesk's per-partner number sequence (migrations/004). */
export const partnerSequence = (partnerId: string) => `request_number_${partnerId.replaceAll('-', '')}`;

/** The id row `i` of batch `tag` got: the same md5 the insert computes, as a uuid. */
export function preloadedId(tag: string, i: number): string {
  const hex = createHash('md5').update(`${tag}:${i}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Column name and type of support_requests, to check that the baseline still mirrors migrations/004. */
export async function columnsOf(databaseUrl: string): Promise<string[]> {
  return query(
    databaseUrl,
    `select column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name = 'support_requests' order by column_name`,
    [],
    (row: { column_name: string; data_type: string }) => `${row.column_name} ${row.data_type}`,
  );
}

async function query<Row extends pg.QueryResultRow, T>(
  databaseUrl: string,
  sql: string,
  params: unknown[],
  map: (row: Row) => T,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows.map(map);
  } finally {
    await client.end();
  }
}
