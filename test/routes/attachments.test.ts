import { createHash } from 'node:crypto';
import t from 'tap';
import type { App } from '../../src/http/app-types.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

// Many requests and megabytes through the app on 2 busy cores: more than the default, as a bound only a hang reaches.
t.setTimeout(300_000);

type Auth = { authorization: string };
type AttachmentResource = Resource & {
  fileName: string;
  contentType: string;
  visibility: string;
  sizeBytes: number;
  sha256: string;
  noteId: string | null;
};

/** A real 1×1 PNG, as a screenshot tool writes one. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A message trace of about `bytes` bytes, as an agent exports it from Exchange Online. */
function messageTrace(bytes: number): Buffer {
  const line = '2026-11-20T09:14:03Z Received mail from contoso.fr: 550 5.7.1 délai dépassé, routage en échec\n';
  return Buffer.from(line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))).subarray(0, bytes);
}

function multipart(fileName: string, claimedType: string, bytes: Buffer) {
  const boundary = '----partnerdesk-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${claimedType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** A partner ready to escalate to Microsoft under a plan: a request in progress, diagnosed and health-checked. */
async function desk(app: App) {
  const admin = await createPartner(app, { name: 'Direct CSP', kind: 'direct', competency: 'gold' });
  await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  const customer = await createCustomer(app, admin.auth, { name: 'Contoso France' });
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const portal = await createCustomerKey(app, admin, customer.id);
  await app.inject({
    method: 'POST',
    url: '/v1/partner/support-plans',
    headers: admin.auth,
    payload: { kind: 'premier', validFrom: '2026-01-01T00:00:00Z' },
  });
  const request = (
    await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: helpdesk,
      payload: newRequest(customer.id),
    })
  ).json<Resource>();
  const step = (url: string, method: 'POST' | 'PUT', payload?: object) =>
    app.inject({
      method,
      url: `/v1/support-requests/${request.id}${url}`,
      headers: helpdesk,
      ...(payload ? { payload } : {}),
    });
  await step('/transitions', 'POST', { to: 'in_progress' });
  await step('/diagnosis', 'PUT', { cause: 'service_bug', summary: 'Transport rule engine drops mail.' });
  await step('/health-checks', 'POST');
  const note = async (text: string, visibility: string) =>
    (await step('/notes', 'POST', { text, visibility })).json<Resource>().id;
  return { admin, customer, helpdesk, portal, requestId: request.id, note };
}

const upload = (app: App, auth: Auth, requestId: string, query: string, payload: Buffer, contentType: string) =>
  app.inject({
    method: 'POST',
    url: `/v1/support-requests/${requestId}/attachments${query}`,
    headers: { ...auth, 'content-type': contentType },
    payload,
  });

const list = (app: App, auth: Auth, requestId: string) =>
  app.inject({ method: 'GET', url: `/v1/support-requests/${requestId}/attachments`, headers: auth });

t.test(
  'an internal log and a public screenshot: the customer sees the screenshot only; the escalation lists both',
  async (t) => {
    const { app } = await build(t);
    const d = await desk(app);
    const internalNote = await d.note('Message trace from the tenant, for Microsoft.', 'internal');
    const publicNote = await d.note('Here is what we see on our side.', 'public');

    const log = messageTrace(10 * 1024 * 1024);
    const logged = await upload(
      app,
      d.helpdesk,
      d.requestId,
      `?noteId=${internalNote}&fileName=message-trace.log`,
      log,
      'application/pdf',
    );
    t.equal(logged.statusCode, 201, logged.body.slice(0, 300));
    const logAttachment = logged.json<AttachmentResource>();
    t.match(logAttachment, {
      fileName: 'message-trace.log',
      contentType: 'text/plain; charset=utf-8',
      visibility: 'internal',
      noteId: internalNote,
      sizeBytes: log.length,
      sha256: sha256(log),
    });

    const form = multipart('C:\\Users\\agent\\Pictures\\écran.png', 'text/plain', PNG);
    const shot = await upload(app, d.helpdesk, d.requestId, `?noteId=${publicNote}`, form.payload, form.contentType);
    t.equal(shot.statusCode, 201, shot.body);
    const screenshot = shot.json<AttachmentResource>();
    t.match(screenshot, { fileName: 'écran.png', contentType: 'image/png', visibility: 'public', sha256: sha256(PNG) });

    const seenByCustomer = (await list(app, d.portal, d.requestId)).json<Page<AttachmentResource>>();
    t.same(
      seenByCustomer.data.map((a) => a.id),
      [screenshot.id],
      'the customer lists the screenshot only',
    );
    t.same(seenByCustomer.data[0]!.author, { kind: 'partner' }, 'authored by the partner, as the customer reads it');
    const seenByAgent = (await list(app, d.helpdesk, d.requestId)).json<Page<AttachmentResource>>();
    t.same(
      seenByAgent.data.map((a) => a.id),
      [logAttachment.id, screenshot.id],
    );

    const download = await app.inject({
      method: 'GET',
      url: `/v1/attachments/${screenshot.id}/content`,
      headers: d.portal,
    });
    t.equal(download.statusCode, 200);
    t.equal(download.headers['content-type'], 'image/png');
    t.match(
      download.headers['content-disposition'],
      /^attachment; filename="_cran.png"; filename\*=UTF-8''%C3%A9cran\.png$/,
    );
    t.ok(download.rawPayload.equals(PNG), 'the customer downloads the very bytes');
    const hidden = await app.inject({
      method: 'GET',
      url: `/v1/attachments/${logAttachment.id}/content`,
      headers: d.portal,
    });
    t.equal(hidden.statusCode, 404, 'the internal log does not exist for the customer');
    const logBack = await app.inject({
      method: 'GET',
      url: `/v1/attachments/${logAttachment.id}/content`,
      headers: d.helpdesk,
    });
    t.equal(logBack.headers['content-length'], String(log.length));
    t.equal(sha256(logBack.rawPayload), sha256(log), 'the agent downloads the 10 MB log whole');

    const customerEvents = (
      await app.inject({
        method: 'GET',
        url: `/v1/support-requests/${d.requestId}/events?limit=100`,
        headers: d.portal,
      })
    ).json<Page<Resource & { type: string; data: { attachmentId?: string } }>>();
    t.same(
      customerEvents.data.filter((e) => e.type === 'support_request.attachment_added').map((e) => e.data.attachmentId),
      [screenshot.id],
      'the customer reads the event of the public attachment only',
    );

    const escalation = await app.inject({
      method: 'POST',
      url: '/v1/escalations',
      headers: d.helpdesk,
      payload: { supportRequestId: d.requestId, channel: 'technical', summary: 'Mail flow broken for Contoso France' },
    });
    t.equal(escalation.statusCode, 201, escalation.body);
    const { id: escalationId, evidence } = escalation.json<
      Resource & { evidence: { attachments: AttachmentResource[] } }
    >();
    t.same(
      evidence.attachments.map((a) => [a.fileName, a.visibility, a.sha256]),
      [
        ['message-trace.log', 'internal', sha256(log)],
        ['écran.png', 'public', sha256(PNG)],
      ],
    );
    const filing = (
      await app.inject({
        method: 'GET',
        url: `/v1/escalations/${escalationId}/partner-center-request`,
        headers: d.helpdesk,
      })
    ).json<{ Attachments: { FileName: string; ContentUrl: string; SizeBytes: number }[] }>();
    t.same(
      filing.Attachments.map((a) => [a.FileName, a.ContentUrl, a.SizeBytes]),
      [
        ['message-trace.log', `/v1/attachments/${logAttachment.id}/content`, log.length],
        ['écran.png', `/v1/attachments/${screenshot.id}/content`, PNG.length],
      ],
    );
  },
);

t.test('bad uploads get a clear problem and change nothing', async (t) => {
  const { app, ownerUrl } = await build(t, { attachmentMaxBytes: 300_000, attachmentsPerRequest: 2 });
  const d = await desk(app);
  const internalNote = await d.note('For Microsoft only.', 'internal');
  const stored = async () =>
    (
      await asOwner<{ files: number; chunks: number }>(
        ownerUrl,
        'select (select count(*)::int from attachments) as files, (select count(*)::int from attachment_chunks) as chunks',
      )
    )[0];
  const expectProblem = async (
    name: string,
    response: Awaited<ReturnType<typeof upload>>,
    status: number,
    code: string,
  ) => {
    t.equal(response.statusCode, status, `${name}: ${response.body.slice(0, 200)}`);
    t.equal(response.headers['content-type'], 'application/problem+json', name);
    t.equal(response.json<Problem>().code, code, name);
  };

  await expectProblem(
    'too large',
    await upload(app, d.helpdesk, d.requestId, '?fileName=big.log', messageTrace(300_001), 'text/plain'),
    413,
    'attachment-too-large',
  );
  const tooLargeForm = multipart('big.bin', 'application/octet-stream', Buffer.alloc(300_001, 7));
  await expectProblem(
    'too large, multipart',
    await upload(app, d.helpdesk, d.requestId, '', tooLargeForm.payload, tooLargeForm.contentType),
    413,
    'attachment-too-large',
  );
  await expectProblem(
    'empty',
    await upload(app, d.helpdesk, d.requestId, '?fileName=empty.log', Buffer.alloc(0), 'text/plain'),
    422,
    'empty-attachment',
  );
  await expectProblem(
    'no name',
    await upload(app, d.helpdesk, d.requestId, '', PNG, 'image/png'),
    400,
    'validation-failed',
  );
  await expectProblem(
    'an unknown request',
    await upload(app, d.helpdesk, '00000000-0000-4000-8000-000000000000', '?fileName=a.png', PNG, 'image/png'),
    404,
    'not-found',
  );
  await expectProblem(
    'a customer on an internal note it cannot see',
    await upload(app, d.portal, d.requestId, `?noteId=${internalNote}&fileName=a.png`, PNG, 'image/png'),
    422,
    'invalid-reference',
  );
  await expectProblem(
    'a customer attaching an internal file',
    await upload(app, d.portal, d.requestId, '?visibility=internal&fileName=a.png', PNG, 'image/png'),
    403,
    'forbidden',
  );
  await expectProblem(
    'a multipart body without a file',
    await upload(
      app,
      d.helpdesk,
      d.requestId,
      '',
      Buffer.from('--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n'),
      'multipart/form-data; boundary=b',
    ),
    400,
    'malformed-body',
  );
  t.same(await stored(), { files: 0, chunks: 0 }, 'nothing was stored');

  const named = { ...d.helpdesk, 'content-disposition': 'attachment; filename="trace.txt"' };
  for (let i = 0; i < 2; i++) {
    const accepted = await upload(app, named, d.requestId, '', messageTrace(1000), 'application/octet-stream');
    t.equal(accepted.statusCode, 201);
    t.equal(accepted.json<AttachmentResource>().fileName, 'trace.txt', 'named by Content-Disposition');
  }
  await expectProblem(
    'one too many',
    await upload(app, d.portal, d.requestId, '?fileName=third.png', PNG, 'image/png'),
    409,
    'attachment-limit-reached',
  );
  t.same(await stored(), { files: 2, chunks: 2 });
});

t.test('unknown bytes are application/octet-stream, whatever the client claims', async (t) => {
  const { app } = await build(t);
  const d = await desk(app);
  const bytes = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00, 0x01]);
  const response = await upload(app, d.helpdesk, d.requestId, '?fileName=dump.bin', bytes, 'image/png');
  t.equal(response.json<AttachmentResource>().contentType, 'application/octet-stream');
  const latin1 = Buffer.from('caf\xe9 au lait', 'latin1');
  const notUtf8 = await upload(app, d.helpdesk, d.requestId, '?fileName=old.txt', latin1, 'text/plain');
  t.equal(notUtf8.json<AttachmentResource>().contentType, 'application/octet-stream', 'invalid UTF-8 is not text');
});
