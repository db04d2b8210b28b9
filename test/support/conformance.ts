import { Ajv2020, type AnySchema, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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
  content?: Record<string, { schema?: unknown }>;
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
      const read = this.#read(where, `${method} ${path} ${status} ${contentType}`, media.schema, document);
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
    const read = this.#read(where, `${method} ${path} ${status} ${NDJSON}`, media.schema, line);
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
    if (payload instanceof Readable && typeof type === 'string' && type.startsWith(NDJSON)) {
      const current = contract;
      return checkedLines(
        payload,
        (line) => current.checkLine(request.method, route, reply.statusCode, line),
        violations,
      );
    }
    return payload;
  });
  return () => violations;
}
