import { Readable } from 'node:stream';
import Type from 'typebox';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { acceptUploads, uploadOf } from '../../http/uploads.js';
import { contentDisposition } from '../../domain/attachments.js';
import {
  Attachment,
  AttachmentContent,
  AttachmentPage,
  AttachmentQuery,
  AttachmentUpload,
} from '../../schemas/attachments.js';
import { PageQuery, responses } from '../../schemas/common.js';
import { IdParams } from '../../schemas/shared.js';
import { attach, attachmentContent, presentAttachment, requestAttachments } from '../../services/attachments.js';
import { visibleRequest } from '../../services/supportRequests.js';

const tags = ['support-requests'];

export default async function attachmentRoutes(app: App) {
  await acceptUploads(app);

  app.post(
    '/support-requests/:id/attachments',
    {
      schema: {
        operationId: 'createSupportRequestAttachment',
        tags,
        summary: 'Attach a file (a log, a screenshot, a message trace) to a request or one of its notes',
        description:
          "The file takes its note's visibility (internal notes' files are never shown to the customer, R9); its type " +
          'is recognised from the bytes, and its SHA-256 recorded. At most `ATTACHMENT_MAX_BYTES` (413 ' +
          '`attachment-too-large`) and `ATTACHMENTS_PER_REQUEST` per request (409 `attachment-limit-reached`); an ' +
          'empty file is `422 empty-attachment`.',
        params: IdParams,
        querystring: AttachmentQuery,
        streamedBody: AttachmentUpload,
        response: responses(
          { 201: Attachment },
          404,
          'invalid-transition',
          'attachment-limit-reached',
          'attachment-too-large',
          'empty-attachment',
          'invalid-reference',
          412,
        ),
      },
      config: { access: 'requests:act', upload: true },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { fileName, ...target } = request.query;
      const upload = await uploadOf(request, fileName, ctx.settings.attachmentMaxBytes);
      const attached = await attach((work) => request.inTenant(work), ctx, request.params.id, target, upload);
      return reply
        .code(201)
        .header('location', `/v1/attachments/${attached.id}/content`)
        .send(presentAttachment(ctx, attached));
    },
  );

  app.get(
    '/support-requests/:id/attachments',
    {
      schema: {
        operationId: 'listSupportRequestAttachments',
        tags,
        summary: "A request's attachments, oldest first (customers see public ones only)",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: AttachmentPage }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const current = await visibleRequest(tx, request.params.id);
        return paginate(
          request,
          tx,
          `attachments:${current.id}`,
          (after, limit) => requestAttachments(tx, ctxOf(request), current.id, after, limit),
          (a) => [a.createdAt, a.id],
        );
      }),
  );

  app.get(
    '/attachments/:id/content',
    {
      schema: {
        operationId: 'getAttachmentContent',
        tags,
        summary: "An attachment's bytes, streamed, as the type recognised when it was attached",
        params: IdParams,
        response: responses({ 200: AttachmentContent }, 404),
      },
      config: { access: 'requests:read' },
    },
    async (request, reply) => {
      const { attachment, content } = await attachmentContent((work) => request.inTenant(work), request.params.id);
      return reply
        .type(attachment.contentType)
        .headers({
          'content-length': attachment.sizeBytes,
          'content-disposition': contentDisposition(attachment.fileName),
          'x-content-type-options': 'nosniff',
        })
        .send(Readable.from(content) as never);
    },
  );
}
