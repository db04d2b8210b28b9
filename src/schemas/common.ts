import Type, { type Static, type TSchema, type TUnsafe } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { problems, type ProblemCode } from '../domain/problems.js';
import { cursor, problem } from './examples.js';

const components = new Map<string, TSchema>();

/**
 * Declares a named schema: it becomes `#/components/schemas/<name>` in the contract, and the
 * returned reference keeps its static type for the handlers.
 */
export function component<T extends TSchema>(name: string, schema: T): TUnsafe<Static<T>> {
  if (components.has(name)) throw new Error(`schema component ${name} declared twice`);
  components.set(name, { ...schema, $id: name });
  return Type.Unsafe<Static<T>>(Type.Ref(name));
}

/** What a schema says next to a `$ref` (`{ ...Severity, description: '…' }`), and where. */
export interface ReferenceSiblings {
  path: (string | number)[];
  siblings: Record<string, unknown>;
}

/** The `$ref`s with siblings in `node`, each with its path from `node`; example values are data, not schemas. */
function referenceSiblings(node: unknown, path: (string | number)[] = []): ReferenceSiblings[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => referenceSiblings(item, [...path, index]));
  const { $ref, ...siblings } = node as Record<string, unknown>;
  const found = typeof $ref === 'string' && Object.keys(siblings).length > 0 ? [{ path, siblings }] : [];
  return Object.entries(siblings)
    .filter(([key]) => key !== 'examples' && key !== 'default')
    .reduce((all, [key, inner]) => [...all, ...referenceSiblings(inner, [...path, key])], found);
}

/** The `$ref`s with siblings in each component, by component name (see conventions.ts). */
export const componentReferenceSiblings = () =>
  [...components].map(([name, schema]) => [name, referenceSiblings(schema)] as const);

export function registerComponents(app: FastifyInstance): void {
  for (const schema of components.values()) app.addSchema(schema);
}

export const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Union([schema, Type.Null()], options);

/**
 * A list's paging parameters. `limit` is required here only so that handlers see the default the
 * validator fills in; the contract declares it optional (the `Limit` parameter, conventions.ts).
 */
export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'page size' }),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: "the previous page's `nextCursor`" })),
};

/** A page of a list: the items and the cursor of the next page; its example holds `item`. */
export const Page = <T extends TSchema>(item: T, description: string, example: unknown) =>
  Type.Object(
    {
      data: Type.Array(item, { description: 'the items of this page, at most `limit`' }),
      nextCursor: Nullable(Type.String(), {
        description: 'pass as `cursor` to read the next page; null on the last page',
      }),
    },
    { description, examples: [{ data: [example], nextCursor: cursor }] },
  );

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

/** A UUID property, with what it identifies. */
export const Id = (description: string) => Type.String({ format: 'uuid', description });
/** An RFC 3339 UTC time property, with what happened then. */
export const At = (description: string) => Type.String({ format: 'date-time', description });
/** The version a mutable resource is at: its ETag. */
export const Version = Type.Integer({
  description: 'rises by one with every change; sent as the `ETag` header, to send back as `If-Match`',
});
export const CreatedAt = At('when it was created');
export const UpdatedAt = At('when it last changed');
/** A BCP 47 language tag: `fr`, `fr-FR`, `en-GB`. */
export const LanguageTag = Type.String({
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
  maxLength: 35,
  description: 'a BCP 47 language tag, e.g. `fr-FR` or `en`',
  examples: ['fr-FR'],
});

const ProblemCodeEnum = component(
  'ProblemCode',
  Type.Enum(Object.keys(problems) as ProblemCode[], {
    description: 'The problem codes known to this version.',
    examples: ['known-service-incident'],
  }),
);

export const ProblemDetails = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ description: '`/problems/<code>`' }),
      title: Type.String({ description: "the code's summary, the same for every occurrence" }),
      status: Type.Integer({ description: 'the HTTP status of the answer' }),
      detail: Type.String({ description: 'what went wrong with this request, for a person to read' }),
      code: Type.Union([ProblemCodeEnum, Type.String()], {
        description:
          'Stable machine-readable code: branch on it. The known codes are `ProblemCode`; new ones may appear, so ' +
          'handle an unknown code by its status.',
      }),
      instance: Type.String({ description: 'the path of the request that got this answer' }),
      errors: Type.Optional(
        Type.Array(
          Type.Object({
            path: Type.String({ description: 'JSON pointer to the field, e.g. `/body/requester/email`' }),
            message: Type.String({ description: 'what the field breaks' }),
          }),
          {
            description: 'one entry per invalid field (validation-failed)',
          },
        ),
      ),
    },
    { description: 'RFC 9457 problem details', examples: [problem] },
  ),
);

export const problemResponse = (status: number) => ({
  description: Object.values(problems)
    .filter((p) => p.status === status)
    .map((p) => p.title)
    .join('; '),
  content: { 'application/problem+json': { schema: ProblemDetails } },
});

/** Every route answers these; listing them keeps each operation's contract complete. */
const ALWAYS = [400, 429, 500, 503];

/** Where `responses` keeps the problem codes it was given, for the contract (src/schemas/conventions.ts). */
export const namedProblemCodes = Symbol('namedProblemCodes');

/**
 * The response map of an operation: its success bodies plus the problems it can answer, by status
 * or by code. Codes that follow from how a request is sent (validation, If-Match, Idempotency-Key…)
 * are added to every operation they apply to; name those that are the operation's own.
 */
export function responses<S extends Record<number, TSchema>>(success: S, ...answers: (number | ProblemCode)[]) {
  const codes = answers.filter((answer): answer is ProblemCode => typeof answer === 'string');
  const statuses = answers.map((answer) => (typeof answer === 'number' ? answer : problems[answer].status));
  const errors: Record<number, ReturnType<typeof problemResponse>> = {};
  for (const status of new Set([...ALWAYS, ...statuses])) errors[status] = problemResponse(status);
  return Object.assign({ ...errors, ...success }, { [namedProblemCodes]: codes }) as S;
}
