import Type from 'typebox';
import { component, Nullable, Page, Uuid } from './common.js';
import { Actor } from './events.js';
import { ids } from './examples.js';
import { NoteVisibility } from './vocabularies.js';

const exampleAttachment = {
  id: ids.attachment,
  supportRequestId: ids.outageRequest,
  noteId: ids.note,
  visibility: 'internal',
  fileName: 'message-trace-contoso-fr.log',
  contentType: 'text/plain; charset=utf-8',
  sizeBytes: 10_485_760,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  author: { kind: 'api_key', id: ids.agentKey, role: 'helpdesk_agent' },
  createdAt: '2026-11-20T09:14:03.120Z',
};

export const Attachment = component(
  'Attachment',
  Type.Object(
    {
      id: Type.String({ format: 'uuid', description: 'the attachment; its bytes are at /v1/attachments/{id}/content' }),
      supportRequestId: Type.String({ format: 'uuid', description: 'the support request it belongs to' }),
      noteId: Nullable(Uuid, { description: 'the note it is attached to; null: attached to the request itself' }),
      visibility: {
        ...NoteVisibility,
        description: "its note's visibility: a customer user never lists or reads an internal attachment (R9)",
      },
      fileName: Type.String({ description: 'the name the file was sent with, without any path' }),
      contentType: Type.String({
        description:
          'recognised from the bytes, never taken from the client: the signature of a known format, else ' +
          '`text/plain; charset=utf-8` for UTF-8 text (logs, traces), else `application/octet-stream`',
      }),
      sizeBytes: Type.Integer({ minimum: 1, description: 'the size in bytes' }),
      sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'the SHA-256 of the bytes, in hexadecimal' }),
      author: Actor,
      createdAt: Type.String({ format: 'date-time', description: 'when it was attached' }),
    },
    { description: 'A file attached to a support request or one of its notes', examples: [exampleAttachment] },
  ),
);

export const AttachmentPage = component(
  'AttachmentPage',
  Page(Attachment, 'One page of Attachment items, oldest first', exampleAttachment),
);

/** Where the upload goes, and its name when the body is the raw file. */
export const AttachmentQuery = Type.Object(
  {
    noteId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "a note of this request to attach the file to; the attachment takes the note's visibility",
      }),
    ),
    visibility: Type.Optional({
      ...NoteVisibility,
      description:
        "for a file attached to the request itself: public (default) or internal; with a note, the note's (customers: public only)",
    }),
    fileName: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description:
          'the file name when the body is the raw file (else `Content-Disposition: attachment; filename=…`); a multipart part names its own',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The request body of an upload, documented only: the handler reads it as it arrives. */
export const AttachmentUpload = {
  description:
    'The file: a multipart/form-data part named `file` (its filename is kept), or the raw bytes with any content type ' +
    'and a name in `?fileName=` or `Content-Disposition`. The content type sent is not trusted: the bytes are.',
  required: true,
  content: {
    'multipart/form-data': {
      schema: Type.Object(
        { file: Type.String({ format: 'binary', description: 'the file, with its filename' }) },
        { examples: [{ file: 'message-trace-contoso-fr.log' }] },
      ),
    },
    // Any other content type: the raw file (`text/plain` for a log, `application/pdf`, …).
    '*/*': {
      schema: Type.String({ format: 'binary', description: 'the raw bytes of the file', examples: ['…'] }),
    },
  },
};

/** A download: the stored bytes, as whatever type they were recognised as. */
export const AttachmentContent = {
  description:
    'The bytes, streamed, with the stored `Content-Type`, `Content-Length` and a `Content-Disposition: attachment` naming the file.',
  content: {
    '*/*': {
      schema: Type.String({
        format: 'binary',
        description: 'the bytes of the file',
        examples: ['2026-11-18T08:40:12Z contoso.fr inbound: 451 4.4.0 DNS query failed; message deferred\n'],
      }),
    },
  },
};
