import type { FastifySchema } from 'fastify';
import { problems, type ProblemCode } from '../domain/problems.js';
import { componentReferenceSiblings, namedProblemCodes } from './common.js';
import { eventUnion, webhooks } from './events.js';

/*
 * The conventions every operation follows (SPEC §4), stated once as shared components and applied
 * to the document @fastify/swagger builds from the routes: the headers a caller sends and receives,
 * the answers any operation can give, and which problem codes each operation answers.
 */

/* The parts of the OpenAPI document (as @fastify/swagger builds it) that the conventions read and rewrite. */
interface SchemaObject {
  $ref?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  default?: unknown;
  [keyword: string]: unknown;
}
interface ResponseObject {
  $ref?: string;
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: SchemaObject }>;
}
interface ParameterObject {
  $ref?: string;
  in?: string;
  name?: string;
}
interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: unknown;
  responses: Record<string, ResponseObject>;
  /** The codes the route names on the way in; the codes by status on the way out. */
  'x-problem-codes'?: ProblemCode[] | Record<string, ProblemCode[]>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, SchemaObject> } & Record<string, unknown>;
  webhooks?: unknown;
}

const ref = (kind: 'parameters' | 'headers' | 'responses', name: string) => ({ $ref: `#/components/${kind}/${name}` });

const parameters = {
  Limit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'How many items the page holds, 1 to 100; 20 when left out.',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  Cursor: {
    name: 'cursor',
    in: 'query',
    required: false,
    description:
      "The previous page's `nextCursor`, to read the page after it; left out for the first page. " +
      'A cursor is valid for the list and the partner it was issued for only.',
    schema: { type: 'string', maxLength: 1024 },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry ' +
      'with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, ' +
      'and changes nothing. The same key with another request is `422 idempotency-key-reused`.',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that ' +
      'version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version.',
    schema: { type: 'string', maxLength: 1024 },
  },
};

const integerHeader = (description: string, required = false) => ({
  description,
  required,
  schema: { type: 'integer', minimum: 0 },
});

const headers = {
  XRequestId: {
    description: "This request's id in the service's logs; quote it when reporting a problem.",
    required: true,
    schema: { type: 'string' },
  },
  RateLimitLimit: integerHeader('Requests a key may make per minute (sent when the deployment limits the rate).'),
  RateLimitRemaining: integerHeader('Requests left in the current minute (sent when the deployment limits the rate).'),
  RateLimitReset: integerHeader(
    'Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate).',
  ),
  RetryAfter: integerHeader('Seconds to wait before trying again.', true),
  ETag: {
    description:
      'The version of the resource as a strong entity tag, e.g. `"3"`. Send it back as `If-Match` to change that ' +
      'version only.',
    required: true,
    schema: { type: 'string' },
  },
  Location: {
    description: 'Where the created resource (or the resource the answer belongs to) can be read.',
    required: true,
    schema: { type: 'string' },
  },
  IdempotentReplayed: {
    description:
      'Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
};

/*
 * A header an answer may leave out is written in full at each answer, not as a `$ref` to
 * components.headers: openapi-typescript (and SDKs built on it) types every referenced header as
 * always present, whatever its `required` says. Headers always sent are shared components.
 */
const { RateLimitLimit, RateLimitRemaining, RateLimitReset, IdempotentReplayed, ...sharedHeaders } = headers;

/** Headers on every answer. */
const everyAnswer = {
  'x-request-id': ref('headers', 'XRequestId'),
  'x-ratelimit-limit': RateLimitLimit,
  'x-ratelimit-remaining': RateLimitRemaining,
  'x-ratelimit-reset': RateLimitReset,
};

/** The shared error answers, by status. */
const errorAnswers: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The request is malformed or does not match the schema.' },
  401: { name: 'Unauthenticated', description: 'No valid bearer key (or operator token) was sent.' },
  403: { name: 'Forbidden', description: "The caller's role may not do this." },
  404: { name: 'NotFound', description: 'No such resource, or not one the caller may see.' },
  409: { name: 'Conflict', description: "The request conflicts with the resource's current state." },
  412: { name: 'PreconditionFailed', description: 'The resource is no longer at the version named in `If-Match`.' },
  413: { name: 'ContentTooLarge', description: 'The request body is larger than the service accepts.' },
  415: { name: 'UnsupportedMediaType', description: 'The request body is not `application/json`.' },
  422: { name: 'UnprocessableContent', description: 'The request is well-formed but a business rule refuses it.' },
  429: { name: 'TooManyRequests', description: 'Too many requests: wait `Retry-After` seconds.' },
  500: { name: 'InternalError', description: 'The service failed unexpectedly; nothing is known to have changed.' },
  503: { name: 'ServiceUnavailable', description: 'The service cannot answer right now: wait `Retry-After` seconds.' },
};

const problemCodesNote =
  'The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. ' +
  'New codes may appear: handle an unknown one by its status.';

const responses = Object.fromEntries(
  Object.entries(errorAnswers).map(([status, { name, description }]) => [
    name,
    {
      description: `${description} ${problemCodesNote}`,
      headers: {
        ...everyAnswer,
        ...(status === '429' || status === '503' ? { 'retry-after': ref('headers', 'RetryAfter') } : {}),
      },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    },
  ]),
);

/** Codes answered by a status because of how the request was sent, not because of the operation. */
const codesByRule: Partial<Record<ProblemCode, (operation: Operation) => boolean>> = {
  'malformed-body': (o) => o.hasBody,
  'invalid-cursor': (o) => o.paged,
  'idempotency-key-in-progress': (o) => o.method === 'post',
  'idempotency-key-reused': (o) => o.method === 'post',
  conflict: (o) => o.method !== 'get',
  'invalid-reference': (o) => o.method !== 'get',
  'payload-too-large': (o) => o.hasBody,
  'unsupported-media-type': (o) => o.hasBody,
};

/** Codes that are the operation's own: listed only when the route names them. */
const specificCodes = new Set<ProblemCode>([
  'customers-go-through-partner',
  'sla-published-immutable',
  'sla-not-published',
  'sla-in-use',
  'tenant-id-taken',
  'invalid-transition',
  'reopen-window-expired',
  'escalation-already-open',
  'sla-incomplete',
  'plan-not-eligible',
  'invalid-assignee',
  'customer-suspended',
  'diagnosis-required',
  'not-commercial-category',
  'not-microsoft-owned',
  'health-check-required',
  'known-service-incident',
  'wrong-escalation-target',
  'no-support-plan-coverage',
  'incident-allowance-exhausted',
  'time-entry-not-yours',
  'time-entry-locked',
  'not-ready',
]);

interface Operation {
  method: string;
  hasBody: boolean;
  paged: boolean;
}

function codesOf(status: number, operation: Operation, named: ProblemCode[]): ProblemCode[] {
  return (Object.keys(problems) as ProblemCode[]).filter(
    (code) =>
      problems[code].status === status &&
      (named.includes(code) || (!specificCodes.has(code) && (codesByRule[code]?.(operation) ?? true))),
  );
}

/** A 2xx answer's headers: its version as ETag, where it was created, and whether it is a replay. */
function successHeaders(
  document: OpenApiDocument,
  method: string,
  status: number,
  response: ResponseObject,
): Record<string, unknown> {
  const schema = response.content?.['application/json']?.schema;
  const resolved = schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema;
  const versioned = resolved?.properties?.version ?? resolved?.properties?.revision;
  return {
    ...everyAnswer,
    ...(versioned ? { etag: ref('headers', 'ETag') } : {}),
    ...(status === 201 ? { location: ref('headers', 'Location') } : {}),
    ...(method === 'post' ? { 'idempotent-replayed': IdempotentReplayed } : {}),
  };
}

/*
 * Statuses every operation may answer. No 414: an over-long path parameter answers 400
 * validation-failed (src/http/problem.ts), and a status is declared only with the codes it carries.
 */
const always = [400, 429, 500];

/** A success answer's description from what it holds, for routes that give none ("The support request."). */
function successDescription(status: number, response: ResponseObject): string {
  const name = response.content?.['application/json']?.schema?.$ref?.split('/').pop();
  const words = name?.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (status === 204) return 'Done: no body.';
  if (status === 202) return 'Accepted: it happens shortly.';
  if (status === 201) return words ? `Created: the new ${words}.` : 'Created.';
  return words ? `The ${words}.` : 'The answer.';
}

/*
 * @fastify/swagger keeps nothing next to a `$ref` (OpenAPI 3.0's rule), so `{ ...Severity, description: '…' }`
 * would lose its description. OpenAPI 3.1 allows siblings: in a route's schema they travel wrapped in a
 * marked `allOf`, which `unwrapReferences` takes off again; in a component they are put back from the source
 * (`restoreComponentSiblings`).
 */
const wrapped = 'x-ref-siblings';

function wrapReferences(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(wrapReferences);
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, inner]) => [key, key === 'examples' ? inner : wrapReferences(inner)]),
  );
  const { $ref, ...siblings } = copy;
  return typeof $ref === 'string' && Object.keys(siblings).length > 0
    ? { allOf: [{ $ref }], ...siblings, [wrapped]: true }
    : copy;
}

function unwrapReferences(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as SchemaObject;
  if (schema[wrapped]) {
    const [{ $ref }] = schema.allOf as [{ $ref: string }];
    delete schema.allOf;
    delete schema[wrapped];
    Object.assign(schema, { $ref });
  }
  for (const inner of Object.values(node)) unwrapReferences(inner);
}

function restoreComponentSiblings(document: OpenApiDocument): void {
  for (const [name, found] of componentReferenceSiblings()) {
    for (const { path, siblings } of found) {
      const target = path.reduce<unknown>(
        (at, key) => (at as Record<string | number, unknown> | undefined)?.[key],
        document.components.schemas[name],
      ) as SchemaObject | undefined;
      if (!target?.$ref) throw new Error(`component ${name}: no $ref at ${path.join('/')} to restore its siblings`);
      Object.assign(target, siblings, { $ref: target.$ref });
    }
  }
}

const routeSchemaParts = ['body', 'querystring', 'params', 'headers', 'response'] as const;

/**
 * @fastify/swagger's `transform`: the problem codes a route names (see `responses`) go into its
 * operation, what its schemas say next to a `$ref` survives, and a `streamedBody` (an upload the
 * handler reads as it arrives, which the validator must not see) becomes its documented request body.
 */
export function withProblemCodes({ schema, url }: { schema: FastifySchema; url: string }) {
  if (!schema) return { schema, url };
  const codes = (schema.response as { [namedProblemCodes]?: ProblemCode[] } | undefined)?.[namedProblemCodes];
  const { streamedBody, ...rest } = schema as FastifySchema & { streamedBody?: unknown };
  const documented: FastifySchema = streamedBody ? { ...rest, body: streamedBody } : rest;
  const parts = Object.fromEntries(
    routeSchemaParts
      .filter((part) => documented[part] !== undefined)
      .map((part) => [part, wrapReferences(documented[part])]),
  );
  return { schema: { ...documented, ...parts, ...(codes ? { 'x-problem-codes': codes } : {}) }, url };
}

/**
 * A property with a default is never required from a caller (the validator fills it in), though
 * TypeBox lists it as required so that handlers see it set.
 */
function dropDefaultedFromRequired(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as SchemaObject;
  const properties = schema.properties;
  if (Array.isArray(schema.required) && properties) {
    schema.required = schema.required.filter((name) => properties[name]?.default === undefined);
    if (schema.required.length === 0) delete schema.required;
  }
  for (const inner of Object.values(node as Record<string, unknown>)) dropDefaultedFromRequired(inner);
}

const NDJSON = 'application/x-ndjson';

/**
 * An NDJSON body is, as a whole, text: its media type's `schema` says so (validators such as Prism
 * check the whole body against it), and the schema of each line goes in `x-item-schema` (OpenAPI 3.1
 * has no word for a sequence of documents; 3.2's `itemSchema` is its successor).
 */
function ndjsonAsText(document: OpenApiDocument, content: ResponseObject['content']): void {
  const media: { schema?: SchemaObject; 'x-item-schema'?: SchemaObject; example?: unknown } | undefined =
    content?.[NDJSON];
  if (!media?.schema || media.schema.type === 'string') return;
  const { schema } = media;
  const item = schema.type === 'array' ? (schema.items as SchemaObject) : schema;
  media.schema = {
    type: 'string',
    contentMediaType: NDJSON,
    description:
      typeof schema.description === 'string'
        ? schema.description
        : `NDJSON: one ${item.$ref?.split('/').pop() ?? 'JSON document'} per line.`,
  };
  // A line's example is the item's, written as one line.
  const itemExample = (item.$ref ? document.components.schemas[item.$ref.split('/').pop()!] : item)?.examples;
  if (Array.isArray(itemExample) && itemExample.length > 0)
    media.schema.examples = [`${JSON.stringify(itemExample[0])}\n`];
  if (item && Object.keys(item).length > 0) media['x-item-schema'] = item;
  if (Array.isArray(media.example)) media.example = media.example.map((line) => JSON.stringify(line)).join('\n');
}

/**
 * Applies the conventions to every operation: shared parameters instead of inline ones, the
 * headers and statuses every operation has, and its problem codes in `x-problem-codes`.
 */
export function applyConventions<T extends object>(built: T): T {
  const document = built as unknown as OpenApiDocument;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const inline = operation.parameters ?? [];
      const paged = inline.some((p) => p.in === 'query' && p.name === 'cursor');
      // Fastify reads a body sent with any of these methods, declared or not (and refuses one it cannot read).
      const hasBody = ['post', 'put', 'patch', 'delete'].includes(method);
      const statuses = new Set(Object.keys(operation.responses).map(Number));
      for (const status of always) statuses.add(status);
      if (hasBody) [413, 415].forEach((s) => statuses.add(s));
      if (method === 'post') [409, 422].forEach((s) => statuses.add(s));

      operation.parameters = [
        ...inline.flatMap((p) =>
          p.in === 'query' && p.name === 'limit'
            ? [ref('parameters', 'Limit')]
            : p.in === 'query' && p.name === 'cursor'
              ? [ref('parameters', 'Cursor')]
              : [p],
        ),
        ...(method === 'post' ? [ref('parameters', 'IdempotencyKey')] : []),
        ...(statuses.has(412) ? [ref('parameters', 'IfMatch')] : []),
      ];
      if (operation.parameters.length === 0) delete operation.parameters;

      const named = (operation['x-problem-codes'] as ProblemCode[] | undefined) ?? [];
      const facts = { method, hasBody, paged };
      const codes: Record<string, ProblemCode[]> = {};
      const answers: Record<string, ResponseObject> = {};
      for (const status of [...statuses].sort()) {
        const response = operation.responses[status]!;
        if (status < 400) {
          answers[status] = {
            ...response,
            description:
              response.description === 'Default Response' ? successDescription(status, response) : response.description,
            headers: successHeaders(document, method, status, response),
          };
        } else {
          answers[status] = ref('responses', errorAnswers[status]!.name);
          codes[status] = codesOf(status, facts, named);
          if (codes[status].length === 0) {
            throw new Error(
              `${method.toUpperCase()} ${path} declares ${status} with no problem code: name the route's code in ` +
                '`responses(…)` or add one with that status to src/domain/problems.ts',
            );
          }
        }
      }
      operation.responses = answers;
      operation['x-problem-codes'] = codes;
      ndjsonAsText(document, (operation.requestBody as ResponseObject | undefined)?.content);
      for (const answer of Object.values(answers)) ndjsonAsText(document, answer.content);
    }
  }
  unwrapReferences(document.paths);
  restoreComponentSiblings(document);
  document.components.schemas.Event = eventUnion;
  document.webhooks = webhooks;
  dropDefaultedFromRequired(document.components.schemas);
  dropDefaultedFromRequired(document.paths);
  document.components.parameters = parameters;
  document.components.headers = sharedHeaders;
  document.components.responses = responses;
  return built;
}
