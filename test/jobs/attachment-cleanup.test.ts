import { createHash, randomUUID } from 'node:crypto';
import t, { type Test } from 'tap';
import type { Pool } from '../../src/db/pool.js';
import { withTenant } from '../../src/db/tenant.js';
import { cleanUpAbandonedUploads } from '../../src/jobs/attachmentCleanup.js';
import { CHUNK_BYTES, databaseStore, UPLOAD_GRACE_SECONDS } from '../../src/services/attachmentStore.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createPartner,
  newRequest,
  publishedSla,
  type Resource,
} from '../helper.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An upload's bytes that break off after `bytes`, as when the client goes away or the process dies. */
async function* breakingOffAfter(bytes: number): AsyncGenerator<Buffer> {
  for (let sent = 0; sent < bytes; sent += 64 * 1024) yield Buffer.alloc(Math.min(64 * 1024, bytes - sent), 0x41);
  throw new Error('socket hang up');
}

/** Stores chunks as an upload that died half way does: they are written, and nothing records or deletes them. */
async function abandonedUpload(pool: Pool, partnerId: string, t: Test): Promise<string> {
  const id = randomUUID();
  const put = databaseStore.put(
    (work) => withTenant(pool, partnerId, work),
    id,
    breakingOffAfter(2 * CHUNK_BYTES + 1000),
  );
  await t.rejects(put, /socket hang up/);
  return id;
}

t.test("an abandoned upload's chunks are deleted once the grace has passed, under their partner alone", async (t) => {
  const { app, pool, ownerUrl } = await build(t);
  const contoso = await createPartner(app, { name: 'Contoso Cloud Partner', kind: 'direct', competency: 'gold' });
  const fabrikam = await createPartner(app, { name: 'Fabrikam Reseller', kind: 'direct', competency: 'silver' });
  await publishedSla(app, contoso.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  const customer = await createCustomer(app, contoso.auth, { name: 'Contoso France' });
  const request = (
    await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: contoso.auth,
      payload: newRequest(customer.id),
    })
  ).json<Resource>();
  // A message trace of four chunks, attached as it should be.
  const trace = Buffer.from('2026-11-20T09:14:03Z 550 5.7.1 délai dépassé\n'.repeat(20_000));
  const attached = await app.inject({
    method: 'POST',
    url: `/v1/support-requests/${request.id}/attachments?fileName=message-trace.log`,
    headers: { ...contoso.auth, 'content-type': 'text/plain' },
    payload: trace,
  });
  t.equal(attached.statusCode, 201, attached.body);
  const completed = attached.json<Resource>().id;
  // The customer's own upload, a public note of its admin, is noted and kept the same way.
  const portal = await createCustomerKey(app, contoso, customer.id);
  const fromCustomer = await app.inject({
    method: 'POST',
    url: `/v1/support-requests/${request.id}/attachments?fileName=steps.txt`,
    headers: { ...portal, 'content-type': 'text/plain' },
    payload: 'Outlook shows "Need password" after the MFA prompt.',
  });
  t.equal(fromCustomer.statusCode, 201, fromCustomer.body);
  const customers = fromCustomer.json<Resource>().id;
  const abandoned = await abandonedUpload(pool, contoso.partner.id, t);
  const elsewhere = await abandonedUpload(pool, fabrikam.partner.id, t);

  const chunks = async () =>
    Object.fromEntries(
      (
        await asOwner<{ id: string; chunks: number }>(
          ownerUrl,
          'select attachment_id as id, count(*)::int as chunks from attachment_chunks group by 1',
        )
      ).map((row) => [row.id, row.chunks]),
    );
  t.same(
    await chunks(),
    { [completed]: 4, [customers]: 1, [abandoned]: 2, [elsewhere]: 2 },
    'every upload stored its chunks',
  );
  const [planned] = await asOwner<{ runAt: string }>(
    ownerUrl,
    `select run_at as "runAt" from graphile_worker.jobs where task_identifier = 'attachment_cleanup' and key = $1`,
    [`attachment_cleanup:${contoso.partner.id}`],
  );
  t.ok(planned, "the uploads planned their partner's cleanup");
  t.ok(Date.parse(planned!.runAt) > Date.now() + (UPLOAD_GRACE_SECONDS - 60) * 1000, 'for when the grace has passed');

  // Now, the abandoned upload could still be one that is running: its recent chunks are kept.
  t.same(await cleanUpAbandonedUploads(pool, { partnerId: contoso.partner.id }), { uploads: 0, chunks: 0 });
  t.same(
    await chunks(),
    { [completed]: 4, [customers]: 1, [abandoned]: 2, [elsewhere]: 2 },
    'nothing is deleted within the grace',
  );

  // Once the grace has passed, only the bytes no attachment records go, and only the partner's own.
  const later = new Date(Date.now() + (UPLOAD_GRACE_SECONDS + 60) * 1000);
  t.same(await cleanUpAbandonedUploads(pool, { partnerId: contoso.partner.id }, later), { uploads: 3, chunks: 2 });
  t.same(
    await chunks(),
    { [completed]: 4, [customers]: 1, [elsewhere]: 2 },
    "the abandoned chunks are gone, the attachment's kept",
  );
  const download = await app.inject({
    method: 'GET',
    url: `/v1/attachments/${completed}/content`,
    headers: contoso.auth,
  });
  t.equal(sha256(download.rawPayload), sha256(trace), 'the attachment still reads back whole');
  t.same(
    await asOwner(ownerUrl, 'select attachment_id from attachment_uploads where partner_id = $1', [contoso.partner.id]),
    [],
    'the uploads are forgotten: the next run has nothing to look at',
  );

  t.same(await cleanUpAbandonedUploads(pool, { partnerId: fabrikam.partner.id }, later), { uploads: 1, chunks: 2 });
  t.same(await chunks(), { [completed]: 4, [customers]: 1 }, "the other partner's run takes its own");
});

t.test(
  "the partner's side deletes a refused upload's chunks at once, though no attachment describes them",
  async (t) => {
    const { app, pool, ownerUrl } = await build(t);
    const contoso = await createPartner(app, { name: 'Contoso Cloud Partner', kind: 'direct', competency: 'gold' });
    const refused = await abandonedUpload(pool, contoso.partner.id, t);
    const count = async () =>
      (await asOwner<{ chunks: number }>(ownerUrl, 'select count(*)::int as chunks from attachment_chunks'))[0]!.chunks;
    t.equal(await count(), 2);
    await databaseStore.delete((work) => withTenant(pool, contoso.partner.id, work), refused);
    t.equal(await count(), 0, 'no chunk is left for the sweep');
  },
);
