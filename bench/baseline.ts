/**
 * The naive baseline partnerdesk is compared with: Fastify + pg on a support_requests table with
 * the same columns and the same indexes as partnerdesk's, but no row-level security, no foreign
 * keys, checks or triggers, no auth, no tenancy, no rules, no events — one insert, select or update
 * per request. It runs on its own embedded PostgreSQL, in its own process, like bench/service.ts.
 *
 * Started by bench/run.ts with BENCH_DATA_DIR. The routes mirror partnerdesk's paths; what
 * partnerdesk derives from the API key and the SLA (partner, definition) comes in the body or query.
 */
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { requiredEnv, runChild, type Running } from './child.js';

/**
 * partnerdesk's support_requests (migrations/004, and the columns later migrations add) minus its
 * constraints other than not-null and unique. Keep the columns in step: bench/run.ts compares the
 * two tables' columns and warns when they differ. The search configuration is migrations/013's,
 * mirrored like the table, so that the full-text column costs both sides the same.
 */
const BASELINE_SCHEMA = `
create extension unaccent;
create text search configuration partnerdesk_french (copy = french);
alter text search configuration partnerdesk_french
  alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration partnerdesk_english (copy = english);
alter text search configuration partnerdesk_english
  alter mapping for hword, hword_part, word with unaccent, english_stem;
create function search_document(text) returns tsvector
  language sql immutable parallel safe strict
  as $$ select to_tsvector('partnerdesk_french', $1) || to_tsvector('partnerdesk_english', $1) $$;
create sequence support_request_number;
create table support_requests (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null,
  number bigint not null,
  customer_id uuid not null,
  title text not null,
  description text not null,
  category text not null,
  product_name text not null,
  product_type text not null,
  product_service text not null,
  severity text not null,
  channel text not null,
  requester jsonb not null,
  state text not null default 'new',
  assignee_id uuid,
  diagnosis_cause text,
  diagnosis_ownership text,
  diagnosis_summary text,
  diagnosed_at timestamptz(3),
  health_check jsonb,
  resolution_code text,
  resolution_summary text,
  resolved_at timestamptz(3),
  closed_at timestamptz(3),
  sla_definition_id uuid not null,
  sla_definition_version integer not null,
  first_response_target_minutes integer not null,
  resolution_target_minutes integer not null,
  paused_minutes double precision not null default 0,
  paused_at timestamptz(3),
  first_response_due_at timestamptz(3) not null,
  first_response_at_risk_at timestamptz(3) not null,
  first_responded_at timestamptz(3),
  resolution_due_at timestamptz(3) not null,
  resolution_at_risk_at timestamptz(3) not null,
  sla_alerts text[] not null default '{}', -- added by migrations/006
  next_timer_at timestamptz(3), -- added by migrations/008
  external_refs jsonb not null default '[]', -- added by migrations/013, with tags, metadata and search
  tags text[] not null default '{}',
  metadata jsonb not null default '{}',
  first_response_minutes_used double precision, -- added by migrations/021 (the reports read them)
  resolution_minutes_used double precision,
  search tsvector generated always as (search_document(title || ' ' || description)) stored,
  version integer not null default 1,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  unique (partner_id, id),
  unique (partner_id, number)
);
create index support_requests_state on support_requests (partner_id, state, number desc);
create index support_requests_customer on support_requests (partner_id, customer_id, number desc);
create index support_requests_severity on support_requests (partner_id, severity, number desc);
create index support_requests_category on support_requests (partner_id, category, number desc);
create index support_requests_assignee on support_requests (partner_id, assignee_id, number desc) where assignee_id is not null;
create index support_requests_updated_id on support_requests (partner_id, updated_at, id);
create index support_requests_tags on support_requests using gin (tags);
create index support_requests_search on support_requests using gin (search);
create index support_requests_timers on support_requests (partner_id, next_timer_at) where next_timer_at is not null;
create index support_requests_training on support_requests (partner_id, diagnosed_at)
  where diagnosis_cause in ('usage_question', 'training_need');
create index support_requests_uncovered on support_requests (partner_id, number desc)
  where sla_definition_id is null and state not in ('closed', 'cancelled');
`;

interface NewRequestBody {
  partnerId: string;
  slaDefinitionId: string;
  customerId: string;
  title: string;
  description: string;
  category: string;
  product: { name: string; type: string; service: string };
  severity: string;
  requester: { name: string; email: string };
}

// The 24/7 SLA bench/seed.ts publishes gives a critical request these targets; a naive service
// would hard-code or cache them, so the baseline does too.
const FIRST_RESPONSE_MINUTES = 60;
const RESOLUTION_MINUTES = 480;

async function startBaseline(): Promise<Running> {
  const database = await startEmbeddedPostgres(requiredEnv('BENCH_DATA_DIR'), pino({ level: 'silent' }));
  try {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // As in partnerdesk's pool: an idle connection the server drops (at shutdown) must not crash the process.
    pool.on('error', () => {});
    await pool.query(BASELINE_SCHEMA);

    const app = Fastify({ logger: false });
    app.post<{ Body: NewRequestBody }>('/v1/support-requests', async (request, reply) => {
      const b = request.body;
      const { rows } = await pool.query(
        `insert into support_requests (partner_id, number, customer_id, title, description, category, product_name,
           product_type, product_service, severity, channel, requester, sla_definition_id, sla_definition_version,
           first_response_target_minutes, resolution_target_minutes, first_response_due_at, first_response_at_risk_at,
           resolution_due_at, resolution_at_risk_at)
         values ($1, nextval('support_request_number'), $2, $3, $4, $5, $6, $7, $8, $9, 'api', $10, $11, 1, $12::int, $13::int,
           now() + $12::int * interval '1 minute', now() + $12::int * interval '0.75 minutes',
           now() + $13::int * interval '1 minute', now() + $13::int * interval '0.75 minutes')
         returning *`,
        [
          b.partnerId,
          b.customerId,
          b.title,
          b.description,
          b.category,
          b.product.name,
          b.product.type,
          b.product.service,
          b.severity,
          JSON.stringify(b.requester),
          b.slaDefinitionId,
          FIRST_RESPONSE_MINUTES,
          RESOLUTION_MINUTES,
        ],
      );
      return reply.code(201).send(rows[0]);
    });
    app.get<{ Params: { id: string } }>('/v1/support-requests/:id', async (request, reply) => {
      const { rows } = await pool.query('select * from support_requests where id = $1', [request.params.id]);
      return rows[0] ?? reply.code(404).send({ error: 'not found' });
    });
    app.get<{ Querystring: { partnerId: string; state: string; limit?: string } }>(
      '/v1/support-requests',
      async (request) => {
        const { partnerId, state, limit } = request.query;
        const { rows } = await pool.query(
          'select * from support_requests where partner_id = $1 and state = $2 order by number desc limit $3',
          [partnerId, state, Number(limit ?? 20)],
        );
        return { data: rows };
      },
    );
    // A naive transition: trust the caller's version, set the state, no rules, no clock, no event.
    app.post<{ Params: { id: string }; Body: { to: string; version: number } }>(
      '/v1/support-requests/:id/transitions',
      async (request, reply) => {
        const { rows } = await pool.query(
          `update support_requests set state = $2, version = version + 1, updated_at = now()
            where id = $1 and version = $3 returning *`,
          [request.params.id, request.body.to, request.body.version],
        );
        return rows[0] ?? reply.code(409).send({ error: 'version mismatch' });
      },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      port: (app.server.address() as AddressInfo).port,
      databaseUrl: database.url,
      stop: async () => {
        try {
          await app.close();
          await pool.end();
        } finally {
          await database.stop();
        }
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

await runChild(startBaseline);
