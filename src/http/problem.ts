import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isDatabaseUnavailable } from '../db/pool.js';
import { databaseRefusal, ProblemError, problems, type FieldError, type ProblemCode } from '../domain/problems.js';

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

/** Seconds a client is asked to wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  // Serialised here rather than by the route's response schema, so that no route can drop a field.
  // The request id is set here too: errors Fastify raises before routing skip the onSend hooks.
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .header('x-request-id', reply.request.id)
    .serializer((body: unknown) => JSON.stringify(body))
    .send({ ...problem, instance: reply.request.url.split('?')[0] });
}

function fromFastifyError(error: FastifyError): Problem | undefined {
  if (error.validation) {
    const context = error.validationContext ?? 'body';
    const errors = error.validation.map((issue): FieldError => {
      const params: Record<string, unknown> = issue.params;
      const property = params.missingProperty ?? params.additionalProperty;
      const path = `/${context}${issue.instancePath}${typeof property === 'string' ? `/${property}` : ''}`;
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
    case 'FST_ERR_BAD_URL':
      return problemBody('bad-request', 'The URL is not valid percent-encoded UTF-8.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problemBody('validation-failed', 'A path parameter is longer than 100 characters.', {
        errors: [{ path: '/params', message: 'is longer than 100 characters' }],
      });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problemBody('bad-request', 'Content-Length does not match the body sent.');
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

function fromDatabaseError(error: unknown): Problem | undefined {
  // An outage (connection lost or refused) is the service's state, not the request's fault: 503, never 500.
  if (isDatabaseUnavailable(error))
    return problemBody('database-unavailable', 'The database cannot be reached right now; retry later.');
  const refusal = databaseRefusal(error);
  return refusal && problemBody(refusal.code, refusal.detail);
}

/**
 * The error handler, and Fastify's `frameworkErrors` option: errors raised before a route is found
 * (a URL that does not decode) are problems like any other.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
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
    problemBody('internal-error', `The request failed unexpectedly; quote request id ${request.id} when reporting it.`),
  );
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refuses (not HTTP, headers over its
 * limit, too slow) never reaches a route, and still gets a problem with an x-request-id.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problemBody('headers-too-large', 'The request headers exceed the size limit.')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problemBody('request-timeout', 'The request was not received in time.')
        : problemBody('bad-request', 'The request is not valid HTTP/1.1.');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${randomUUID()}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** RFC 9457 problem+json for every error, including unknown routes; a 5xx reveals nothing internal. */
async function problemHandling(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemBody('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}

export default fp(problemHandling, { name: 'problems' });
