import { Ajv2020, type AnySchema, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { appendFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable, Transform, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../src/http/app-types.js';

/* The parts of the OpenAPI document the checks read. */
interface Reference {
  $ref?: string;
}
interface HeaderObject extends Reference {
  required?: boolean;
}
interface ResponseObject extends Reference {
  headers?: Record<string, HeaderObject>;
  /** An NDJSON body's `schema` is text; each line's is `x-item-schema` (src/schemas/conventions.ts). */
  content?: Record<string, { schema?: unknown; 'x-item-schema'?: unknown }>;
}
interface OperationObject {
  responses?: Record<string, ResponseObject>;
  'x-problem-codes'?: Record<string, unknown[]>;
}
interface OpenApiDocument {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: unknown;
}

const BASE = 'https://contract.partnerdesk.invalid/openapi.json';

/**
 * Compiles a schema of `document` as the contract means it: JSON Schema 2020-12 with formats, its
 * `#/components/…` references resolved in the document. The hook checks answers with it, and
 * test/contract-check.ts the contract's examples.
 */
export function contractValidator(document: { components?: unknown }): (schema: unknown) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, components: document.components });
  return (schema) =>
    ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`)) as AnySchema);
}

/** The contract's checks, compiled once per document text (every app of a test file has the same one). */
export class Contract {
  readonly #document: OpenApiDocument;
  readonly #compile: (schema: unknown) => ValidateFunction;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.#document = document;
    this.#compile = contractValidator(document);
  }

  /** The object itself, or the one its `$ref` (a local `#/…` pointer) names. */
  #resolve<T extends Reference>(object: T | undefined): T | undefined {
    let current = object;
    for (let depth = 0; current?.$ref && depth < 5; depth++) {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.#document) as
        T | undefined;
    }
    return current;
  }

  #validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.#compile(schema);
      this.#validators.set(key, validate);
    }
    return validate;
  }

  /** Whether the contract has this operation (`route` in Fastify's `:param` form). */
  declares(method: string, route: string): boolean {
    return this.#operation(method, route) !== undefined;
  }

  #operation(method: string, route: string): OperationObject | undefined {
    return this.#document.paths?.[route.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  }

  /** What is wrong with this response by the contract; empty when it conforms. */
  check(
    method: string,
    route: string,
    status: number,
    headers: Record<string, unknown>,
    body: string | null,
  ): string[] {
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = this.#document.paths?.[path]?.[method.toLowerCase()];
    if (!operation) return [];
    const where = `${method} ${path} → ${status}`;
    const response = this.#resolve(operation.responses?.[String(status)]);
    if (!response) return [`${where}: status not declared`];
    const violations: string[] = [];
    for (const [name, declared] of Object.entries(response.headers ?? {})) {
      if (this.#resolve(declared)?.required && headers[name.toLowerCase()] === undefined) {
        violations.push(`${where}: header ${name} missing`);
      }
    }
    const sentType = headers['content-type'];
    const contentType = (typeof sentType === 'string' ? sentType : '').split(';')[0]!;
    const content = response.content;
    if (!content) {
      if (body) violations.push(`${where}: a body where none is declared`);
      return violations;
    }
    const media = content[contentType] ?? content['*/*'];
    if (!media) return [...violations, `${where}: content type ${contentType || '(none)'} not declared`];
    // A text body (the usage report's CSV) or a file served as it was stored (an attachment) has no
    // JSON schema to check.
    if (!contentType.endsWith('json')) return violations;
    // NDJSON (the export) is one document of the declared schema per line; a streamed body (null
    // here) is checked line by line as it is sent (`checkLine`).
    const documents = contentType === NDJSON ? (body ?? '').split('\n').filter(Boolean) : [body ?? ''];
    let parsed: unknown;
    for (const document of documents) {
      const schema = contentType === NDJSON ? media['x-item-schema'] : media.schema;
      const read = this.#read(where, `${method} ${path} ${status} ${contentType}`, schema, document);
      if (typeof read === 'string') return [...violations, read];
      parsed = read.parsed;
    }
    const codes = operation['x-problem-codes']?.[String(status)];
    const code = (parsed as { code?: unknown } | null)?.code;
    if (codes && !codes.includes(code)) violations.push(`${where}: problem code ${String(code)} not listed`);
    return violations;
  }

  /** What is wrong with one line of a streamed NDJSON answer (its status and headers are `check`'s). */
  checkLine(method: string, route: string, status: number, line: string): string[] {
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = this.#document.paths?.[path]?.[method.toLowerCase()];
    const media = this.#resolve(operation?.responses?.[String(status)])?.content?.[NDJSON];
    if (!media) return [];
    const where = `${method} ${path} → ${status}, a streamed line`;
    const read = this.#read(where, `${method} ${path} ${status} ${NDJSON}`, media['x-item-schema'], line);
    return typeof read === 'string' ? [read] : [];
  }

  /** A JSON document read against its schema: its value, or what is wrong with it. */
  #read(where: string, key: string, schema: unknown, text: string): { parsed: unknown } | string {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return `${where}: body is not JSON`;
    }
    const validate = this.#validator(key, schema);
    if (validate(parsed)) return { parsed };
    return `${where}: body off its schema: ${validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`;
  }
}

const NDJSON = 'application/x-ndjson';

/** The stream sent on, each complete line checked as it passes; what is wrong goes to `violations`. */
export function checkedLines(stream: Readable, check: (line: string) => string[], violations: string[]): Transform {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const lines = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const complete = (rest + decoder.write(chunk)).split('\n');
      rest = complete.pop()!;
      for (const line of complete) if (line.trim()) violations.push(...check(line));
      done(null, chunk);
    },
    flush(done) {
      rest += decoder.end();
      if (rest.trim()) violations.push(...check(rest));
      done();
    },
  });
  // An error of the source ends the answer as it would have without the check.
  return pipeline(stream, lines, () => {});
}

const contracts = new Map<string, Contract>();

/**
 * Checks every response `app` sends against its own contract (declared status, body schema,
 * required headers, listed problem codes) and returns the violations seen so far. Responses of
 * routes outside the contract (the docs page, unknown URLs) are not checked.
 */
export function checkResponses(app: App): () => string[] {
  const violations: string[] = [];
  let contract: Contract | undefined;
  if (recordTo) recordSocketBodies(app);
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = request.routeOptions.url;
    if (!route || request.method === 'HEAD') return payload;
    if (!contract) {
      const text = JSON.stringify(app.swagger());
      contract = contracts.get(text) ?? new Contract(JSON.parse(text) as OpenApiDocument);
      contracts.set(text, contract);
    }
    // Fastify sends no body with a 204, whatever the handler returned.
    const body =
      reply.statusCode === 204
        ? null
        : typeof payload === 'string'
          ? payload
          : Buffer.isBuffer(payload)
            ? payload.toString('utf8')
            : null;
    const headers = reply.getHeaders() as Record<string, unknown>;
    violations.push(...contract.check(request.method, route, reply.statusCode, headers, body));
    const type = headers['content-type'];
    let sent = payload;
    if (payload instanceof Readable && typeof type === 'string' && type.startsWith(NDJSON)) {
      const current = contract;
      sent = checkedLines(
        payload,
        (line) => current.checkLine(request.method, route, reply.statusCode, line),
        violations,
      );
    }
    if (recordTo && contract.declares(request.method, route)) return recorded(recordTo, request, reply, sent);
    return sent;
  });
  return () => violations;
}

/*
 * Recording the suite's traffic for `npm run check:prism` (scripts/prism-check.ts), which replays it
 * through Prism: with PARTNERDESK_RECORD_TRAFFIC=<dir>, every exchange of an operation of the
 * contract is appended to <dir>/<test file>-<pid>.ndjson as one `RecordedExchange` per line.
 */
const recordTo = process.env.PARTNERDESK_RECORD_TRAFFIC;
const testFile = basename(process.argv[1] ?? 'unknown');

/** One request and the service's answer, bodies in base64 (attachments are binary). */
export interface RecordedExchange {
  file: string;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  /** Absent when the request body could not be read back (a stream sent to app.inject) or is over `RECORDED_BYTES`. */
  requestBody?: string;
  status: number;
  responseHeaders: Record<string, string>;
  /** Absent when over `RECORDED_BYTES` (the 100,000-request export). */
  responseBody?: string;
}

/** Bodies larger than this are left out of the recording: the export tests stream hundreds of MB. */
export const RECORDED_BYTES = 1024 * 1024;

/** Headers a replay must not copy: the connection's own, and the lengths its bodies set again. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

function headerText(headers: Record<string, string | number | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name.toLowerCase())) continue;
    kept[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return kept;
}

/**
 * A stream that passes every chunk on unchanged and gives them all to `done` at its end, or
 * undefined once they are over `RECORDED_BYTES` (it stops keeping them then).
 */
function copied(done: (bytes: Buffer | undefined) => void): Transform {
  let chunks: Buffer[] | undefined = [];
  let kept = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, next) {
      kept += chunk.length;
      if (kept > RECORDED_BYTES) chunks = undefined;
      chunks?.push(Buffer.from(chunk));
      next(null, chunk);
    },
    flush(next) {
      done(chunks && Buffer.concat(chunks));
      next();
    },
  });
}

const base64 = (bytes: Buffer | undefined) =>
  bytes && bytes.length <= RECORDED_BYTES ? bytes.toString('base64') : undefined;

/** The bytes of requests that came over a socket, as the body parser read them (`preParsing`). */
const socketBodies = new WeakMap<FastifyRequest, Buffer | undefined>();

/**
 * The request's bytes. app.inject keeps the payload it was given (light-my-request's
 * `_lightMyRequest`), whatever the route read of it (a 415 reads nothing, multipart reads the raw
 * stream); a request over a socket has what its body parser read. Undefined when unknown (a stream
 * given to app.inject, a multipart body over a socket).
 */
function requestBytes(request: FastifyRequest): Buffer | undefined {
  const raw = request.raw as { _lightMyRequest?: { payload?: unknown } };
  if (!raw._lightMyRequest) {
    if (socketBodies.has(request)) return socketBodies.get(request);
    return request.headers['content-length'] === undefined ? Buffer.alloc(0) : undefined;
  }
  const injected = raw._lightMyRequest.payload;
  if (typeof injected === 'string') return Buffer.from(injected);
  if (Buffer.isBuffer(injected)) return injected;
  return injected === null || injected === undefined ? Buffer.alloc(0) : undefined;
}

function recordSocketBodies(app: App): void {
  app.addHook('preParsing', async (request, _reply, payload) =>
    request.raw.socket && !('_lightMyRequest' in request.raw)
      ? pipeline(
          payload,
          copied((bytes) => socketBodies.set(request, bytes)),
          () => {},
        )
      : payload,
  );
}

/** The payload sent on unchanged; the exchange is appended once the whole body has passed. */
function recorded(dir: string, request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const write = (responseBody: Buffer | undefined) => {
    const exchange: RecordedExchange = {
      file: testFile,
      method: request.method,
      url: request.url,
      requestHeaders: headerText(request.headers),
      requestBody: base64(requestBytes(request)),
      status: reply.statusCode,
      responseHeaders: headerText(reply.getHeaders()),
      responseBody: reply.statusCode === 204 ? '' : base64(responseBody),
    };
    appendFileSync(join(dir, `${testFile}-${process.pid}.ndjson`), `${JSON.stringify(exchange)}\n`);
  };
  if (payload instanceof Readable) return pipeline(payload, copied(write), () => {});
  write(typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : Buffer.alloc(0));
  return payload;
}
