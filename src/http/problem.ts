import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, problems, type FieldError, type ProblemCode } from '../domain/problems.js';

// Thrown by the services and the rules; rendered here.
export { invalidFields, ProblemError, refuse, type FieldError } from '../domain/problems.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function problemBody(code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem {
  const { status, title } = problems[code];
  return { type: `/problems/${code}`, title, status, detail, code, ...extensions };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  // Serialised here rather than by the route's response schema, so that no route can drop a field.
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .serializer((body: unknown) => JSON.stringify(body))
    .send({ ...problem, instance: reply.request.url.split('?')[0] });
}

// PostgreSQL error classes that can only come from the values a client sent.
const databaseInputErrors: Record<string, ProblemCode> = {
  '22': 'invalid-value',
  '23505': 'conflict',
  '23503': 'invalid-reference',
};

function fromFastifyError(error: FastifyError): Problem | undefined {
  if (error.validation) {
    const context = error.validationContext ?? 'body';
    const errors = error.validation.map((issue): FieldError => {
      const params = issue.params as Record<string, unknown>;
      const property = params.missingProperty ?? params.additionalProperty;
      const path = `/${context}${issue.instancePath}${property ? `/${String(property)}` : ''}`;
      const message = params.additionalProperty ? 'is not an accepted property' : (issue.message ?? 'is invalid');
      return { path, message };
    });
    const detail = errors.map((e) => `${e.path} ${e.message}`).join('; ');
    return problemBody('validation-failed', detail, { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemBody('payload-too-large', 'The request body exceeds the size limit.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemBody('unsupported-media-type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problemBody('malformed-body', 'The body is not valid JSON.');
  }
  if (error instanceof SyntaxError) return problemBody('malformed-body', 'The body is not valid JSON.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { ...problemBody('bad-request', 'The request cannot be processed as sent.'), status: error.statusCode };
  }
  return undefined;
}

function fromDatabaseError(error: { code?: unknown }): Problem | undefined {
  if (typeof error.code !== 'string') return undefined;
  const code = databaseInputErrors[error.code] ?? databaseInputErrors[error.code.slice(0, 2)];
  return code ? problemBody(code, problems[code].title + '.') : undefined;
}

/** RFC 9457 problem+json for every error, including unknown routes; a 5xx reveals nothing internal. */
export function registerProblemHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ProblemError) {
      return sendProblem(reply, problemBody(error.code, error.message, error.extensions));
    }
    const problem = fromFastifyError(error) ?? fromDatabaseError(error);
    if (problem) {
      request.log.info({ err: error, code: problem.code }, 'request refused');
      return sendProblem(reply, problem);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      reply,
      problemBody(
        'internal-error',
        `The request failed unexpectedly; quote request id ${request.id} when reporting it.`,
      ),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemBody('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
