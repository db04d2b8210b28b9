import type { FastifyInstance } from 'fastify';
import { invalidFields } from './problem.js';

function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findNul(inner, `${path}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold U+0000; refusing it here turns what would be a database error into
 * the same validation problem as any other bad field.
 */
export function registerInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [context, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const path = findNul(value, `/${context}`);
      if (path) {
        throw invalidFields([{ path, message: 'contains a NUL character' }], '');
      }
    }
  });
}
