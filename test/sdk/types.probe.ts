/**
 * Compile-time probes of the SDK's types, checked by `npm run typecheck` (tsc --strict) and never
 * run. Each `@ts-expect-error` line must fail to compile: if the contract makes a required field
 * optional or drops a typed parameter, the error goes away and the type check fails on that line.
 */
import {
  etagOf,
  followEvents,
  paginate,
  verifyWebhook,
  type components,
  type Event,
  type PartnerdeskClient,
  type paths,
} from '../../sdk/typescript/src/index.js';

type Schemas = components['schemas'];

// Fields every client relies on stay required.
// @ts-expect-error a support request always has an id
export const requestWithoutId: Pick<Schemas['SupportRequest'], 'id'> = {};
// @ts-expect-error … a state
export const requestWithoutState: Pick<Schemas['SupportRequest'], 'state'> = {};
// @ts-expect-error … and a customer
export const requestWithoutCustomer: Pick<Schemas['SupportRequest'], 'customerId'> = {};
// @ts-expect-error a customer always has an id
export const customerWithoutId: Pick<Schemas['Customer'], 'id'> = {};
// @ts-expect-error an event always has an id
export const eventWithoutId: Pick<Event, 'id'> = {};
// @ts-expect-error … a type
export const eventWithoutType: Pick<Event, 'type'> = {};
// @ts-expect-error a problem always has its code
export const problemWithoutCode: Pick<Schemas['Problem'], 'code'> = {};

export async function typedCalls(client: PartnerdeskClient, etag: string) {
  // Typed query parameters, path parameters and bodies.
  await client.GET('/v1/support-requests', { params: { query: { limit: 20, state: 'in_progress' } } });
  // @ts-expect-error `state` only takes the request states
  await client.GET('/v1/support-requests', { params: { query: { limit: 20, state: 'open' } } });
  // @ts-expect-error the path needs its id
  await client.GET('/v1/support-requests/{id}', {});
  // @ts-expect-error creating a customer needs a body
  await client.POST('/v1/customers', {});

  // The SDK's write options are typed.
  await client.PATCH('/v1/customers/{id}', { params: { path: { id: 'c' } }, body: { name: 'n' }, ifMatch: etag });
  // @ts-expect-error an ETag is a string
  await client.PATCH('/v1/customers/{id}', { params: { path: { id: 'c' } }, body: {}, ifMatch: 7 });
  // @ts-expect-error so is an Idempotency-Key
  await client.POST('/v1/partner/support-plans', { body: { kind: 'premier', validFrom: '' }, idempotencyKey: 7 });

  // Pages: typed items, `limit` optional, list filters typed, path parameters required.
  for await (const request of paginate(client, '/v1/support-requests', { query: { state: 'in_progress' } })) {
    request.state satisfies Schemas['SupportRequest']['state'];
  }
  for await (const note of paginate(client, '/v1/support-requests/{id}/notes', { path: { id: 'r' } })) {
    note.id satisfies string;
  }
  // @ts-expect-error `state` only takes the request states
  paginate(client, '/v1/support-requests', { query: { state: 'open' } });
  // @ts-expect-error a request's notes need the request id
  paginate(client, '/v1/support-requests/{id}/notes');
  // @ts-expect-error not a list
  paginate(client, '/v1/me');
  // @ts-expect-error the feed is followed by event id, not paged by cursor
  paginate(client, '/v1/events');

  // The feed and webhooks give typed events.
  for await (const event of followEvents(client, { query: { subjectType: 'support_request' } })) {
    event.type satisfies string;
  }
  // @ts-expect-error `subjectType` takes the subject types
  followEvents(client, { query: { subjectType: 'ticket' } });
  verifyWebhook('whsec_…', '{}', {}) satisfies Event;
}

/*
 * The headers the contract documents, as the SDK's types carry them: writes take `If-Match` and POSTs an
 * `Idempotency-Key` (both optional strings, reads neither); answers of a versioned resource carry `ETag`,
 * creations `Location`, and replays `idempotent-replayed: "true"`.
 */
type ReadCustomer = paths['/v1/customers/{id}']['get'];
type UpdateCustomer = paths['/v1/customers/{id}']['patch'];
type CreateCustomer = paths['/v1/customers']['post'];
type UpdateHeaders = NonNullable<UpdateCustomer['parameters']['header']>;
type CreateHeaders = NonNullable<CreateCustomer['parameters']['header']>;
type ReadHeaders = NonNullable<ReadCustomer['parameters']['header']>;

export const ifMatchLeftOut: UpdateHeaders = {};
export const ifMatchSent: UpdateHeaders = { 'If-Match': '"4"' };
// @ts-expect-error an If-Match is an entity tag, a string
export const ifMatchNumber: UpdateHeaders = { 'If-Match': 4 };
export const keyLeftOut: CreateHeaders = {};
export const keySent: CreateHeaders = { 'Idempotency-Key': '5f0c1f8e-2f4e-4d7c-9a51-0c0e1b2d3f40' };
// @ts-expect-error an Idempotency-Key is a string
export const keyNumber: CreateHeaders = { 'Idempotency-Key': 7 };
// @ts-expect-error a read takes no Idempotency-Key
export const readWithKey: ReadHeaders = { 'Idempotency-Key': 'k' };
// @ts-expect-error … and no If-Match
export const readWithIfMatch: ReadHeaders = { 'If-Match': '"4"' };

type ReadAnswer = ReadCustomer['responses'][200]['headers'];
type UpdateAnswer = UpdateCustomer['responses'][200]['headers'];
type CreateAnswer = CreateCustomer['responses'][201]['headers'];
export const readEtag: Pick<ReadAnswer, 'etag'> = { etag: '"4"' };
// @ts-expect-error a read always carries the ETag
export const readWithoutEtag: Pick<ReadAnswer, 'etag'> = {};
// @ts-expect-error … as a string
export const readNumericEtag: Pick<ReadAnswer, 'etag'> = { etag: 4 };
// @ts-expect-error a write answers the new ETag
export const updateWithoutEtag: Pick<UpdateAnswer, 'etag'> = {};
// @ts-expect-error a creation carries the ETag
export const createdWithoutEtag: Pick<CreateAnswer, 'etag'> = {};
// @ts-expect-error … and its Location
export const createdWithoutLocation: Pick<CreateAnswer, 'location'> = {};
// @ts-expect-error … as a string
export const createdNumericLocation: Pick<CreateAnswer, 'location'> = { location: 1 };
// Headers an answer may leave out are optional: the rate-limit headers (sent only when the deployment limits
// the rate) and the replay mark (only on a replay). A first creation without a rate limit carries neither.
export const firstCreation: CreateAnswer = { 'x-request-id': 'r', etag: '"1"', location: '/v1/customers/c' };
export const limitedCreation: CreateAnswer = {
  'x-request-id': 'r',
  etag: '"1"',
  location: '/v1/customers/c',
  'x-ratelimit-limit': 600,
  'x-ratelimit-remaining': 599,
  'x-ratelimit-reset': 42,
};
// @ts-expect-error every answer carries its x-request-id
export const creationWithoutRequestId: CreateAnswer = { etag: '"1"', location: '/v1/customers/c' };
// @ts-expect-error … and so does a failure
export const failureWithoutRequestId: CreateCustomer['responses'][409]['headers'] = {};
// @ts-expect-error a rate-limit header is a number of requests
export const textualLimit: Pick<ReadAnswer, 'x-ratelimit-limit'> = { 'x-ratelimit-limit': '600' };
export const replayedAnswer: Pick<CreateAnswer, 'idempotent-replayed'> = { 'idempotent-replayed': 'true' };
// @ts-expect-error the replay mark is only ever "true"
export const notReplayedAnswer: Pick<CreateAnswer, 'idempotent-replayed'> = { 'idempotent-replayed': 'false' };

export async function typedWriteOptions(client: PartnerdeskClient) {
  const read = await client.GET('/v1/customers/{id}', { params: { path: { id: 'c' } } });
  const etag = etagOf(read.response);
  // @ts-expect-error etagOf may find none: check before sending it
  etag satisfies string;
  if (etag) await client.PATCH('/v1/customers/{id}', { params: { path: { id: 'c' } }, body: {}, ifMatch: etag });
  await client.POST('/v1/customers', {
    body: { name: 'Contoso France SAS', domain: 'contosofrance.onmicrosoft.com', tenantId: 't' },
    idempotencyKey: 'crm-sync-ACC-00412',
  });
}
