import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileNameFromDisposition } from '../domain/attachments.js';
import { ProblemError } from '../domain/problems.js';
import type { Upload } from '../services/attachments.js';

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
