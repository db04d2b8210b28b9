import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { invalidFields, ProblemError, type FieldError } from './problem.js';

/** Deeper input is refused before anything (validation, hashing, storage) walks it. */
export const MAX_DEPTH = 64;

// In a `u` regular expression a surrogate matches only when it is unpaired.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a string cannot be stored as sent, or undefined. */
function badString(value: string): string | undefined {
  // PostgreSQL text cannot hold U+0000, and UTF-8 cannot encode a lone surrogate (it would silently
  // become U+FFFD in a text column, and fail in a jsonb one).
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired UTF-16 surrogate';
  return undefined;
}

/** The first string, property name or nesting level of `root` that the service refuses. Iterative. */
function firstBadValue(root: unknown, rootPath: string): FieldError | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      const message = badString(value);
      if (message) return { path, message };
    } else if (value !== null && typeof value === 'object') {
      if (depth === MAX_DEPTH) return { path, message: `nests deeper than ${MAX_DEPTH} levels` };
      for (const [key, inner] of Object.entries(value)) {
        const innerPath = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        const message = badString(key);
        if (message) return { path: innerPath, message: `(the property name) ${message}` };
        pending.push({ value: inner, path: innerPath, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

// The bodies the service reads as text. JSON is UTF-8 (RFC 8259 §8.1), and so are the NDJSON lines.
const TEXT_BODY = /^application\/(?:json|[\w.+-]+\+json|x-ndjson)\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/** The charset a JSON or NDJSON body is labelled with when it is not UTF-8, or undefined. */
function foreignCharset(contentType: string | undefined): string | undefined {
  if (!contentType || !TEXT_BODY.test(contentType)) return undefined;
  const charset = CHARSET.exec(contentType)?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset) ? charset : undefined;
}

/**
 * One rule for every string a client sends (path parameters, query, body): no NUL, no unpaired
 * surrogate, at most MAX_DEPTH levels of nesting, and a JSON or NDJSON body in UTF-8. What would be a database error or a stack
 * overflow further on is the same validation problem as any other bad field.
 */
async function inputHygiene(app: FastifyInstance): Promise<void> {
  // A body labelled UTF-16 (say) would otherwise be read as UTF-8 regardless: refused before it is read.
  app.addHook('preParsing', async (request) => {
    const charset = foreignCharset(request.headers['content-type']);
    if (charset !== undefined) {
      throw new ProblemError(
        'unsupported-media-type',
        `JSON and NDJSON bodies are UTF-8 (RFC 8259 §8.1): send charset=utf-8 or no charset, not "${charset}".`,
      );
    }
  });
  app.addHook('preValidation', async (request) => {
    for (const [context, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const found = firstBadValue(value, `/${context}`);
      if (found) throw invalidFields([found], '');
    }
  });
}

export default fp(inputHygiene, { name: 'input-hygiene', dependencies: ['problems'] });
