/**
 * Rules every table of the migrated schema keeps, read from the catalogue so that a new table or
 * a new migration is held to them without a new test: tenancy through row-level security, keys
 * that carry partner_id (so the tables can be distributed by partner with Citus), check
 * constraints that say what src/domain says, and the committed schema snapshot.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import t from 'tap';
import { roles } from '../../src/domain/access.js';
import { connectorKinds, credentialKinds } from '../../src/domain/connectors.js';
import { billingStatuses } from '../../src/domain/customers.js';
import { escalationStates } from '../../src/domain/escalationLifecycle.js';
import { escalationChannels, escalationTargets } from '../../src/domain/escalationPolicy.js';
import { externalRefResourceTypes, importProgress } from '../../src/domain/integrations.js';
import { competencies, deliveryModels, partnerKinds } from '../../src/domain/partners.js';
import { pausableStates, slaStatuses as slaDefinitionStatuses } from '../../src/domain/sla.js';
import { supportPlanKinds } from '../../src/domain/supportPlans.js';
import {
  categories,
  causeOwnership,
  causes,
  noteVisibilities,
  productTypes,
  requestChannels,
  requestStates,
  severities,
} from '../../src/domain/supportRequests.js';
import { schemaSnapshot, SNAPSHOT_FILE } from '../../scripts/schema-snapshot.js';
import { freshDatabase } from '../helper.js';

const url = await freshDatabase(t);
const client = new pg.Client({ connectionString: url });
await client.connect();
t.teardown(() => client.end());

async function rows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

/** The tables that hold a partner's data: those with a partner_id column. */
const tenantTables = `
  select c.oid, c.relname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind in ('r', 'p')
     and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'partner_id' and not a.attisdropped)`;

/**
 * The exceptions: tables the app role may not touch at all, read and written by the schema owner
 * alone through security definer functions. Row-level security is enabled with no policy, so a
 * grant made by mistake still shows nothing, and not forced, so that the owner reads them.
 */
const ownerOnly: Record<string, string> = {
  // Holds the internal notes' words too: search_candidates() reads it by index for the current
  // partner only, and the list re-reads the rows it names under their own row-level security.
  search_documents: 'full-text search index (migrations/020)',
};

t.test('every table with a partner_id column has row-level security enabled, forced, and a policy', async (t) => {
  const tables = await rows<{ table: string; enabled: boolean; forced: boolean; policies: number; app: boolean }>(`
    select t.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
           (select count(*) from pg_policy p where p.polrelid = t.oid)::int as policies,
           has_table_privilege('partnerdesk_app', t.oid, 'select, insert, update, delete, truncate, references, trigger')
             as app
      from (${tenantTables}) t join pg_class c on c.oid = t.oid
     order by t.relname`);
  t.ok(
    ['customers', 'support_requests', 'escalations', 'events'].every((name) =>
      tables.some((row) => row.table === name),
    ),
    'the tenant tables are found',
  );
  for (const { table, enabled, forced, policies, app } of tables) {
    if (table in ownerOnly) {
      t.same(
        { enabled, forced, hasPolicy: policies > 0, appPrivileges: app },
        { enabled: true, forced: false, hasPolicy: false, appPrivileges: false },
        `${table} (${ownerOnly[table]}): the owner's alone`,
      );
    } else {
      t.same({ enabled, forced, hasPolicy: policies > 0 }, { enabled: true, forced: true, hasPolicy: true }, table);
    }
  }
  t.same(
    Object.keys(ownerOnly).filter((name) => !tables.some((row) => row.table === name)),
    [],
    'every exception names a table',
  );
});

t.test('every primary key, unique key and foreign key of a tenant table includes partner_id', async (t) => {
  const keys = await rows<{ table: string; name: string; kind: string; columns: string[]; references: string | null }>(`
    select t.relname as table, con.conname as name,
           case con.contype when 'p' then 'primary key' when 'u' then 'unique' else 'foreign key' end as kind,
           array(select a.attname::text from unnest(con.conkey) with ordinality k (attnum, ord)
                  join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
           case when con.contype = 'f' then con.confrelid::regclass::text end as references
      from (${tenantTables}) t join pg_constraint con on con.conrelid = t.oid
     where con.contype in ('p', 'u', 'f')
    union all
    -- Unique indexes that no constraint owns (partial or on expressions); an expression counts
    -- when it reads partner_id.
    select t.relname, ic.relname, 'unique index',
           array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k), null
      from (${tenantTables}) t
      join pg_index i on i.indrelid = t.oid and i.indisunique
      join pg_class ic on ic.oid = i.indexrelid
     where not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.conrelid = t.oid)
     order by 1, 2`);
  t.ok(
    keys.some((key) => key.kind === 'primary key'),
    'primary keys are found',
  );
  for (const key of keys) {
    // Foreign keys to `partners` need none: partners is the tenant list itself, a reference table under Citus.
    if (key.references === 'partners') continue;
    const carriesPartner = key.columns.some((column) => /\bpartner_id\b/.test(column));
    t.ok(carriesPartner, `${key.table}: ${key.kind} ${key.name} (${key.columns.join(', ')}) includes partner_id`);
  }
});

/**
 * Every check constraint of the form `column in (…)`, and the src/domain vocabulary it must
 * equal. A new such constraint fails until it is listed here.
 */
const vocabularies: Record<string, readonly string[]> = {
  'api_keys.role': roles,
  'connectors.credential_kind': credentialKinds,
  'connectors.kind': connectorKinds,
  'customers.billing_status': billingStatuses,
  'escalations.channel': escalationChannels,
  'escalations.severity': severities,
  'escalations.state': escalationStates,
  'escalations.target': escalationTargets,
  'external_refs.resource_type': externalRefResourceTypes,
  'imports.status': importProgress,
  'partners.competency': competencies,
  'partners.kind': partnerKinds,
  'partners.support_delivery_model': deliveryModels,
  'attachments.visibility': noteVisibilities,
  'request_notes.visibility': noteVisibilities,
  'sla_definitions.pause_on': pausableStates,
  'sla_definitions.status': slaDefinitionStatuses,
  'sla_definitions.support_types': categories,
  'support_plans.kind': supportPlanKinds,
  'support_requests.category': categories,
  'support_requests.channel': requestChannels,
  'support_requests.diagnosis_cause': causes,
  'support_requests.diagnosis_ownership': [...new Set(Object.values(causeOwnership))],
  'support_requests.product_type': productTypes,
  'support_requests.severity': severities,
  'support_requests.state': requestStates,
  'webhook_deliveries.state': ['pending', 'delivered', 'failed'], // not yet in src/domain
};

// `column in (…)` on a text column, `column <@ array[…]` on a text[] column: the values are
// `'a'::text, 'b'::text`. `column = any ('{a,b}'::text[])` (migration 030): they are `a,b`.
const IN_LIST = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/;
const SUBSET_OF_LIST = /^CHECK \(\((\w+) <@ ARRAY\[(.*)\]\)\)$/;
const IN_ARRAY = /^CHECK \(\((\w+) = ANY \('\{([\w,]*)\}'::text\[\]\)\)\)$/;

t.test("the domain's vocabularies are the database's check constraints", async (t) => {
  const checks = await rows<{ table: string; definition: string }>(`
    select c.relname as table, pg_get_constraintdef(con.oid) as definition
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and con.contype = 'c'
     order by 1, 2`);
  const inDatabase: Record<string, string[]> = {};
  for (const { table, definition } of checks) {
    const array = IN_ARRAY.exec(definition);
    const match = array ?? IN_LIST.exec(definition) ?? SUBSET_OF_LIST.exec(definition);
    if (!match) continue;
    const values = array ? match[2]!.split(',') : [...match[2]!.matchAll(/'([^']*)'::text/g)].map((value) => value[1]!);
    inDatabase[`${table}.${match[1]}`] = values.sort();
  }
  t.same(
    Object.keys(inDatabase).sort(),
    Object.keys(vocabularies).sort(),
    'every vocabulary is checked, and only those',
  );
  for (const [column, values] of Object.entries(vocabularies)) {
    t.same(inDatabase[column], [...values].sort(), column);
  }
});

t.test('no security definer function is executable by public', async (t) => {
  const definers = await rows<{ signature: string; public: boolean; app: boolean; trigger: boolean }>(`
    select p.oid::regprocedure::text as signature, p.prorettype = 'trigger'::regtype as trigger,
           coalesce(p.proacl is null or exists (select 1 from aclexplode(p.proacl) acl
                                                  where acl.grantee = 0 and acl.privilege_type = 'EXECUTE'), true) as public,
           has_function_privilege('partnerdesk_app', p.oid, 'execute') as app
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.prosecdef
     order by 1`);
  t.ok(
    definers.some((definer) => definer.signature.startsWith('schedule_job(')),
    'the security definer functions are found',
  );
  for (const definer of definers) {
    t.notOk(definer.public, `${definer.signature}: not executable by public`);
    if (!definer.trigger) t.ok(definer.app, `${definer.signature}: executable by the app role`);
  }
});

t.test('the committed schema snapshot is what the migrations make', async (t) => {
  const committed = await readFile(SNAPSHOT_FILE, 'utf8');
  const fresh = await schemaSnapshot(client);
  t.ok(
    committed === fresh,
    'migrations/schema.snapshot.sql is stale: run `npm run schema:snapshot` and commit the result',
  );
  if (committed !== fresh) {
    const committedLines = committed.split('\n');
    const freshLines = fresh.split('\n');
    const first = freshLines.findIndex((line, i) => line !== committedLines[i]);
    t.comment(
      `first difference, line ${first + 1}:\n  committed: ${committedLines[first]}\n  fresh:     ${freshLines[first]}`,
    );
  }
});
