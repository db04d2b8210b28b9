import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import t from 'tap';
import { completeSla, freshDatabase, newRequest, OPERATOR_TOKEN, type Resource } from '../helper.js';
import { sleep, startService } from '../process/service.js';

// A real process, 1 GB moved through it on 2 busy cores: no bound on the time, only on the memory.
t.setTimeout(900_000);

const FILE_BYTES = 25 * 1024 * 1024;
const PARALLEL = 20;
/**
 * Between what streaming costs and what holding the files would. The service holds a few chunks of
 * each file at a time, but their copies wait for a major collection: a download reads 1 MB at a
 * time, which arrives as 2 MB of hex and becomes a string and a buffer, and `npm start`'s flags let
 * the heap grow to twice its live size first. With 20 transfers each way that measured 130–155 MB
 * (about 95 of it during the uploads). Reading each file whole before sending it grew by 383 MB.
 */
const MAX_GROWTH_BYTES = 250 * 1024 * 1024;

/** The resident memory of a process, from /proc. */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return Number(kilobytes) * 1024;
}

/** 25 MB of log lines made as they are sent, so that the test process holds none of it either. */
function generatedLog(seed: number): Readable {
  const line = Buffer.from(
    `2026-11-20T09:14:03Z upload ${seed} message trace line from Exchange Online\n`.padEnd(256, '.'),
  );
  const piece = Buffer.concat(Array.from({ length: 256 }, () => line));
  return Readable.from(
    (function* () {
      for (let sent = 0; sent < FILE_BYTES; sent += piece.length) yield piece.subarray(0, FILE_BYTES - sent);
    })(),
  );
}

/** Streams a body to the service and reads the answer; the SHA-256 of the bytes sent. */
function send(url: string, key: string, body: Readable): Promise<{ status: number; text: string; sha256: string }> {
  const hash = createHash('sha256');
  body.on('data', (chunk: Buffer) => hash.update(chunk));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text, sha256: hash.digest('hex') }));
      },
    );
    request.on('error', reject);
    body.pipe(request);
  });
}

/** Downloads and hashes a body without keeping it. */
function fetchHashed(url: string, key: string): Promise<{ status: number; bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: { authorization: `Bearer ${key}` } }, (response) => {
      const hash = createHash('sha256');
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, sha256: hash.digest('hex') }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

t.test('memory stays flat while 20 files of 25 MB go up and down in parallel', async (t) => {
  const service = await startService(t, {
    DATABASE_URL: await freshDatabase(t),
    OPERATOR_TOKEN,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    // Uploads queue for the pool's connections; a queued body must not be cut off as slow.
    REQUEST_TIMEOUT_SECONDS: '3600',
  });
  const api = async <T = Resource>(method: string, path: string, auth: string, body?: object) => {
    const response = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${auth}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as T;
  };
  const { key } = (
    await api<{ apiKey: { key: string } }>('POST', '/v1/partners', OPERATOR_TOKEN, { name: 'Contoso', kind: 'direct' })
  ).apiKey;
  const draft = await api('POST', '/v1/sla-definitions', key, completeSla({ isDefault: true }));
  await api('POST', `/v1/sla-definitions/${draft.id}/publish`, key, {});
  const customer = await api('POST', '/v1/customers', key, {
    name: 'Contoso France',
    domain: 'contoso-fr.onmicrosoft.com',
    tenantId: '2b8f6f0e-7c1a-4f4e-9a57-3f1d2c4b5a69',
    contacts: [{ name: 'Ada Admin', email: 'ada@contoso.example' }],
  });
  const requestIds: string[] = [];
  for (let i = 0; i < PARALLEL; i++)
    requestIds.push((await api('POST', '/v1/support-requests', key, newRequest(customer.id))).id);
  const uploadUrl = (requestId: string, i: number) =>
    `${service.baseUrl}/v1/support-requests/${requestId}/attachments?fileName=trace-${i}.log`;

  // A first small round trip loads every module the transfers use before the baseline is taken.
  const warmUp = await send(uploadUrl(requestIds[0]!, 0), key, Readable.from([Buffer.from('warm-up line\n')]));
  t.equal(warmUp.status, 201, warmUp.text);
  await fetchHashed(`${service.baseUrl}/v1/attachments/${(JSON.parse(warmUp.text) as Resource).id}/content`, key);
  await sleep(500);
  const pid = service.child.pid!;
  const baseline = await residentBytes(pid);
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await residentBytes(pid));
      await sleep(25);
    }
  })();

  const uploads = await Promise.all(requestIds.map((id, i) => send(uploadUrl(id, i + 1), key, generatedLog(i))));
  const attachments = uploads.map((u) => {
    t.equal(u.status, 201, u.text.slice(0, 200));
    return JSON.parse(u.text) as { id: string; sha256: string; sizeBytes: number };
  });
  const downloads = await Promise.all(
    attachments.map((a) => fetchHashed(`${service.baseUrl}/v1/attachments/${a.id}/content`, key)),
  );
  sampling = false;
  await sampler;

  for (const [i, download] of downloads.entries()) {
    t.equal(download.status, 200);
    t.equal(download.bytes, FILE_BYTES, 'every byte came back');
    t.equal(download.sha256, uploads[i]!.sha256, 'the very bytes sent');
    t.equal(attachments[i]!.sha256, uploads[i]!.sha256, 'the SHA-256 recorded is that of the bytes sent');
  }
  const growth = peak - baseline;
  t.ok(
    growth < MAX_GROWTH_BYTES,
    `resident memory grew by ${Math.round(growth / 1048576)} MB (from ${Math.round(baseline / 1048576)} MB) for ${
      (2 * PARALLEL * FILE_BYTES) / 1048576
    } MB moved`,
  );
});
