import { Ajv2020, type AnySchema, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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

/** The contract's checks, compiled once per document text (every app of a test file has the same one). */
class Contract {
  readonly #document: OpenApiDocument;
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true });
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.#document = document;
    addFormats.default(this.#ajv);
    this.#ajv.addSchema({ $id: BASE, components: document.components });
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
      const absolute = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`),
      ) as AnySchema;
      validate = this.#ajv.compile(absolute);
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
    // A file served as it was stored (an attachment) is bytes, not a JSON document.
    if (!contentType.endsWith('json') && contentType !== 'application/x-ndjson') return violations;
    // NDJSON (the export) is one document of the declared schema per line; a streamed body is not
    // buffered here (null), so there is nothing to check.
    const documents = contentType === 'application/x-ndjson' ? (body ?? '').split('\n').filter(Boolean) : [body ?? ''];
    let parsed: unknown;
    const validate = this.#validator(`${method} ${path} ${status} ${contentType}`, media.schema);
    for (const document of documents) {
      try {
        parsed = JSON.parse(document);
      } catch {
        return [...violations, `${where}: body is not JSON`];
      }
      if (!validate(parsed)) {
        const errors = validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        return [...violations, `${where}: body off its schema: ${errors}`];
      }
    }
    const codes = operation['x-problem-codes']?.[String(status)];
    const code = (parsed as { code?: unknown } | null)?.code;
    if (codes && !codes.includes(code)) violations.push(`${where}: problem code ${String(code)} not listed`);
    return violations;
  }
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
    return payload;
  });
  return () => violations;
}
