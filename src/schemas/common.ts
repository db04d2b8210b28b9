import Type, { type Static, type TSchema, type TUnsafe } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { problems, type ProblemCode } from '../domain/problems.js';

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

/** A page of a list: the items and the cursor of the next page. */
export const Page = <T extends TSchema>(item: T, description: string) =>
  Type.Object(
    {
      data: Type.Array(item, { description: 'the items of this page, at most `limit`' }),
      nextCursor: Nullable(Type.String(), {
        description: 'pass as `cursor` to read the next page; null on the last page',
      }),
    },
    { description },
  );

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });

/** A BCP 47 language tag: `fr`, `fr-FR`, `en-GB`. */
export const LanguageTag = Type.String({
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
  maxLength: 35,
  description: 'a BCP 47 language tag, e.g. `fr-FR` or `en`',
  examples: ['fr-FR'],
});

const ProblemCodeEnum = component(
  'ProblemCode',
  Type.Enum(Object.keys(problems) as ProblemCode[], { description: 'The problem codes known to this version.' }),
);

export const ProblemDetails = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ description: '`/problems/<code>`' }),
      title: Type.String(),
      status: Type.Integer(),
      detail: Type.String(),
      code: Type.Union([ProblemCodeEnum, Type.String()], {
        description:
          'Stable machine-readable code: branch on it. The known codes are `ProblemCode`; new ones may appear, so ' +
          'handle an unknown code by its status.',
      }),
      instance: Type.String({ description: 'the path of the request that got this answer' }),
      errors: Type.Optional(
        Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), {
          description: 'one entry per invalid field (validation-failed)',
        }),
      ),
    },
    { description: 'RFC 9457 problem details' },
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
