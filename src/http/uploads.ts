import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileNameFromDisposition } from '../domain/attachments.js';
import { ProblemError } from '../domain/problems.js';
import type { Upload } from '../services/attachments.js';
import { answerClientError } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route streams a file upload: its body may take UPLOAD_TIMEOUT_SECONDS rather than REQUEST_TIMEOUT_SECONDS. */
    upload?: boolean;
  }
}

/**
 * File uploads for the routes of the plugin that calls this (never the whole API, which speaks
 * JSON only): a multipart/form-data part, or the raw body with any content type. Neither is read
 * before the handler asks: the bytes stream through to the store.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  app.removeAllContentTypeParsers();
  await app.register(multipart);
  // Left unread: the handler streams it (uploadOf).
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

/** The bytes as they arrive; a body that breaks off or cannot be parsed is the client's problem, not a 500. */
async function* asClientBytes(content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* content;
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw new ProblemError('malformed-body', `The file could not be read: ${(error as Error).message}`);
  }
}

/**
 * The file a request carries and the name it gives it: the first file part of a multipart body
 * (`maxBytes + 1` lets the caller see a file is too large and say so), or the raw body named by
 * `fileName` (the `?fileName=` parameter) or `Content-Disposition`.
 */
export async function uploadOf(
  request: FastifyRequest,
  fileName: string | undefined,
  maxBytes: number,
): Promise<Upload> {
  if (request.isMultipart()) {
    const part = await request
      .file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 10, parts: 20 }, throwFileSizeLimit: false })
      .catch((error: unknown) => {
        throw new ProblemError('malformed-body', `The multipart body could not be read: ${(error as Error).message}`);
      });
    if (!part) throw new ProblemError('malformed-body', 'The multipart body carries no file part.');
    return { fileName: part.filename, content: asClientBytes(part.file) };
  }
  const disposition = request.headers['content-disposition'];
  return {
    fileName: fileName ?? fileNameFromDisposition(disposition),
    content: asClientBytes(request.raw),
  };
}

/**
 * How long a body may take to arrive: UPLOAD_TIMEOUT_SECONDS on the upload routes (a 25 MB file
 * on a slow link), REQUEST_TIMEOUT_SECONDS on every other. Node bounds every request by the
 * longer of the two (server.requestTimeout, see src/server.ts); this hook holds a request whose
 * route allows less to its own limit, counted from the arrival of its head, and cuts it as Node
 * does: `408 request-timeout` and the connection closed, so that its body is never read.
 */
export function limitBodyTime(app: FastifyInstance, limits: { requestSeconds: number; uploadSeconds: number }): void {
  const longest = Math.max(limits.requestSeconds, limits.uploadSeconds);
  app.addHook('onRequest', (request, reply, done) => {
    const limit = request.routeOptions.config.upload ? limits.uploadSeconds : limits.requestSeconds;
    const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length']) > 0;
    if (limit < longest && hasBody && !request.raw.complete) {
      const timer = setTimeout(() => {
        if (request.raw.complete) return;
        const timeout = Object.assign(new Error('request body timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' });
        answerClientError(timeout, request.raw.socket);
      }, limit * 1000);
      reply.raw.once('close', () => clearTimeout(timer));
    }
    done();
  });
}
