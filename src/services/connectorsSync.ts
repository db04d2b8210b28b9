import type { Static } from 'typebox';
import type { ConnectorRuntime } from '../config.js';
import {
  createServiceRequest,
  getServiceRequest,
  listServiceHealthIssues,
  listServiceRequests,
  listSupportTopics,
  longestCallMs,
  MicrosoftError,
  type ServiceRequest,
  type SupportTopic,
} from '../connectors/microsoft.js';
import {
  customerTenants,
  findConnector,
  followedServiceRequests,
  graphCursor,
  insertFiledServiceRequest,
  lockFiledServiceRequest,
  saveGraphCursor,
  saveSupportTopics,
  setNextRun,
  updateFiledServiceRequest,
  type ConnectorRow,
} from '../db/connectors.js';
import { findCustomer } from '../db/customers.js';
import { claimFiling, findEscalation, releaseFiling, updateEscalation, type EscalationRow } from '../db/escalations.js';
import { scheduleJob } from '../db/jobs.js';
import { lockRow } from '../db/locks.js';
import { findRequest } from '../db/supportRequests.js';
import { escalationStateOf, type ConnectorKind } from '../domain/connectors.js';
import { checkEscalationMove, isFinalEscalation } from '../domain/escalationLifecycle.js';
import { channelRoleRefusal } from '../domain/escalationPolicy.js';
import { ProblemError, refuse } from '../domain/problems.js';
import type { FileEscalation } from '../schemas/connectors.js';
import { recordConnectorRun, registrationOf, scheduleSync } from './connectors.js';
import type { CallerContext, Context, InTenant } from './context.js';
import { moveEscalation, partnerCenterRequestOf, visibleEscalation } from './escalations.js';
import { storeCustomerIssues } from './serviceIncidents.js';
import { addInternalNote, checkRequestHealth } from './supportRequests.js';

/**
 * The flows that call Microsoft (issue 17). A call to Microsoft never runs inside a transaction
 * of ours when it can be helped: each flow reads what it needs, calls, then writes what it
 * learnt in a new transaction (`inTenant`), so a slow Microsoft holds no locks. Every call's
 * outcome is recorded on the connector (connectors.ts).
 */

/** How long Partner Center's support-topic catalogue is used before it is fetched again. */
const TOPICS_FRESH_MS = 24 * 3_600_000;
/** Filed service requests one sync run follows; more wait for the next run, oldest synced first. */
const FOLLOW_BATCH = 100;
/** Customers whose Graph sync one transaction schedules. */
const CUSTOMER_BATCH = 500;

const system = { kind: 'system' } as const;

/** The context of a job's flow: the service acting for the partner. */
export function systemContext(reopenWindowDays: number): Context {
  return { actor: system, caller: null, settings: { reopenWindowDays }, now: new Date(), ifMatch: undefined };
}

/** Runs a call to Microsoft and records its outcome on the connector; a failure is rethrown as MicrosoftError. */
async function calling<T>(
  inTenant: InTenant,
  ctx: Context,
  runtime: ConnectorRuntime,
  kind: ConnectorKind,
  call: () => Promise<T>,
): Promise<T> {
  try {
    const result = await call();
    await inTenant((tx) => recordConnectorRun(tx, ctx, runtime, kind, null));
    return result;
  } catch (error) {
    if (error instanceof MicrosoftError) await inTenant((tx) => recordConnectorRun(tx, ctx, runtime, kind, error));
    throw error;
  }
}

// --- Microsoft Graph service health ---------------------------------------------------------------

/**
 * Pulls the service health issues of one customer's tenant changed since the last pull and
 * keeps them as that customer's incidents. `unavailable` when Microsoft could not be asked.
 */
export async function pullCustomerHealth(
  inTenant: InTenant,
  ctx: Context,
  runtime: ConnectorRuntime,
  partnerId: string,
  customerId: string,
): Promise<'synced' | 'unavailable' | 'not-configured'> {
  const found = await inTenant(async (tx) => {
    const connector = await findConnector(tx, 'graph');
    const customer = await findCustomer(tx, customerId);
    return connector && customer ? { connector, customer, since: await graphCursor(tx, customerId) } : undefined;
  });
  if (!found) return 'not-configured';
  const registration = registrationOf(runtime, partnerId, found.connector);
  let issues;
  try {
    issues = await calling(inTenant, ctx, runtime, 'graph', () =>
      listServiceHealthIssues(runtime.endpoints, registration, found.customer.tenantId, found.since),
    );
  } catch (error) {
    if (error instanceof MicrosoftError) return 'unavailable';
    throw error;
  }
  const newest = issues
    .map((issue) => issue.lastModifiedDateTime)
    .filter((at): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  await inTenant(async (tx) => {
    await storeCustomerIssues(tx, ctx, partnerId, customerId, issues);
    await saveGraphCursor(tx, customerId, newest ?? found.since, ctx.now);
  });
  return 'synced';
}

/**
 * `POST /v1/support-requests/{id}/health-checks`: with the Graph connector configured, the
 * customer's issues are pulled first, so the R2 gate decides on data seconds old; when Microsoft
 * cannot be reached the check says `unavailable`.
 */
export async function checkHealthLive(inTenant: InTenant, ctx: CallerContext, requestId: string) {
  // Partners without the connector check the incidents they import, as before.
  const customerId = await inTenant(async (tx) => {
    const request = await findRequest(tx, requestId);
    return request && (await findConnector(tx, 'graph')) ? request.customerId : undefined;
  });
  const pulled = customerId
    ? await pullCustomerHealth(inTenant, ctx, ctx.settings.connectors, ctx.caller.partnerId, customerId)
    : 'not-configured';
  return inTenant((tx) => checkRequestHealth(tx, ctx, requestId, { microsoftUnreachable: pulled === 'unavailable' }));
}

/** The `graph_sync` job: schedules one `graph_sync_customer` job per customer tenant, then its own next run. */
export async function runGraphSync(inTenant: InTenant, runtime: ConnectorRuntime, partnerId: string): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: { id: string }[] = await inTenant(async (tx) => {
      if (!(await findConnector(tx, 'graph'))) return [];
      const customers = await customerTenants(tx, after, CUSTOMER_BATCH);
      const now = new Date().toISOString();
      for (const customer of customers) {
        await scheduleJob(
          tx,
          'graph_sync_customer',
          { customerId: customer.id },
          now,
          `graph:${partnerId}:${customer.id}`,
        );
      }
      return customers;
    });
    if (page.length < CUSTOMER_BATCH) break;
    after = page.at(-1)!.id;
  }
  await rescheduleSync(inTenant, runtime, partnerId, 'graph');
}

async function rescheduleSync(inTenant: InTenant, runtime: ConnectorRuntime, partnerId: string, kind: ConnectorKind) {
  await inTenant(async (tx) => {
    if (!(await findConnector(tx, kind))) return;
    const next = new Date(Date.now() + runtime.syncSeconds * 1000);
    await setNextRun(tx, kind, next);
    await scheduleSync(tx, partnerId, kind, next);
  });
}

// --- Partner Center service requests ---------------------------------------------------------------

/** Calls to Microsoft a filing makes: the support topics, the search for a filed one, the creation. */
const FILING_CALLS = 3;

/** The marker filed with every service request, by which a retry finds the one already created. */
const markerOf = (escalationId: string) => `[partnerdesk escalation ${escalationId}]`;

/** Partner Center's support topics, from the connector's cache when fresh, else fetched and cached. */
async function supportTopics(
  inTenant: InTenant,
  ctx: Context,
  runtime: ConnectorRuntime,
  partnerId: string,
  connector: ConnectorRow,
): Promise<SupportTopic[]> {
  const fetchedAt = connector.supportTopicsFetchedAt ? Date.parse(connector.supportTopicsFetchedAt) : 0;
  if (connector.supportTopics && ctx.now.getTime() - fetchedAt < TOPICS_FRESH_MS) return connector.supportTopics;
  const registration = registrationOf(runtime, partnerId, connector);
  const topics = await calling(inTenant, ctx, runtime, 'partner_center', () =>
    listSupportTopics(runtime.endpoints, registration),
  );
  await inTenant((tx) => saveSupportTopics(tx, topics, ctx.now));
  return topics;
}

/** What Partner Center said, as the problem the caller gets: nothing changed on our side. */
function unavailable(error: unknown): never {
  if (!(error instanceof MicrosoftError)) throw error;
  if (error.kind === 'refused')
    throw new ProblemError('connector-refused', `Partner Center: ${error.message}. The escalation is unchanged.`);
  throw new ProblemError(
    'connector-unavailable',
    `Partner Center: ${error.message}. The escalation is unchanged; retrying files it once (a service request already created is found).`,
  );
}

/**
 * `POST /v1/escalations/{id}/file`: files an open escalation to Microsoft as a Partner Center
 * service request, from the rendering of GET …/partner-center-request, under a support topic of
 * Partner Center's catalogue; records its id as externalCaseId and moves the escalation to
 * submitted. Idempotent across a lost answer: before creating, the partner's service requests
 * are searched for this escalation's marker, and one found is adopted instead of filing twice.
 */
export async function fileEscalation(
  inTenant: InTenant,
  ctx: CallerContext,
  id: string,
  input: Static<typeof FileEscalation>,
): Promise<EscalationRow> {
  const runtime = ctx.settings.connectors;
  const prepared = await inTenant(async (tx) => {
    const escalation = await visibleEscalation(tx, ctx, id);
    refuse(channelRoleRefusal({ role: ctx.caller.role, channel: escalation.channel }));
    const rendering = await partnerCenterRequestOf(tx, ctx, id);
    if (escalation.state !== 'open') {
      throw new ProblemError('invalid-transition', `A ${escalation.state} escalation is not filed again.`);
    }
    const connector = await findConnector(tx, 'partner_center');
    if (!connector) {
      throw new ProblemError('connector-not-configured', 'Configure PUT /v1/partner/connectors/partner-center first.');
    }
    // Two calls at once would each search, find nothing and create: one files, the other is told to retry.
    if (!(await claimFiling(tx, id, Math.ceil((FILING_CALLS * longestCallMs(runtime.endpoints)) / 1000)))) {
      throw new ProblemError(
        'conflict',
        `Escalation ${id} is being filed by another call right now; a retry once it has answered sees the result.`,
      );
    }
    return { escalation, rendering, connector };
  });
  try {
    return await fileClaimed(inTenant, ctx, prepared, input);
  } finally {
    // A claim left by a failed release ends by itself at filing_until.
    await inTenant((tx) => releaseFiling(tx, id)).catch(() => undefined);
  }
}

interface ClaimedFiling {
  escalation: EscalationRow;
  rendering: Awaited<ReturnType<typeof partnerCenterRequestOf>>;
  connector: ConnectorRow;
}

/** The filing itself, by the call that claimed it (fileEscalation). */
async function fileClaimed(
  inTenant: InTenant,
  ctx: CallerContext,
  { escalation, rendering, connector }: ClaimedFiling,
  input: Static<typeof FileEscalation>,
): Promise<EscalationRow> {
  const runtime = ctx.settings.connectors;
  const partnerId = ctx.caller.partnerId;
  const topicId = input.supportTopicId ?? escalation.supportTopicId;
  const topics = await supportTopics(inTenant, ctx, runtime, partnerId, connector).catch(unavailable);
  if (!topicId || !topics.some((topic) => topic.id === topicId)) {
    throw new ProblemError(
      'unknown-support-topic',
      topicId
        ? `Support topic ${topicId} is not in Partner Center's catalogue.`
        : "Name a supportTopicId from Partner Center's catalogue.",
      { supportTopics: topics.slice(0, 50).map(({ id: topic, name }) => ({ id: topic, name })) },
    );
  }
  const registration = registrationOf(runtime, partnerId, connector);
  const marker = markerOf(escalation.id);
  const filed = await calling(inTenant, ctx, runtime, 'partner_center', async () => {
    const existing = (await listServiceRequests(runtime.endpoints, registration)).find(
      (sr) => sr.description.includes(marker) || sr.title.includes(marker),
    );
    return (
      existing ??
      createServiceRequest(runtime.endpoints, registration, connector.agentLocale ?? 'en-US', {
        Title: rendering.Title,
        Description: `${rendering.Description}\n\n${marker}`,
        Severity: rendering.Severity,
        SupportTopicId: topicId,
        ProductName: rendering.ProductName,
        PrimaryContact: rendering.PrimaryContact,
        Notes: [{ Text: rendering.Notes }],
      })
    );
  }).catch(unavailable);
  return inTenant(async (tx) => {
    await lockRow(tx, 'escalations', escalation.id);
    const current = (await findEscalation(tx, escalation.id))!;
    // Another call filed it meanwhile: the same service request, so the same answer.
    if (current.state !== 'open' && current.externalCaseId === filed.id) return current;
    if (current.state !== 'open') {
      throw new ProblemError('invalid-transition', `The escalation became ${current.state} while it was filed.`);
    }
    await insertFiledServiceRequest(
      tx,
      { escalationId: current.id, serviceRequestId: filed.id, status: filed.status },
      ctx.now,
    );
    const withTopic =
      current.supportTopicId === topicId
        ? current
        : await updateEscalation(tx, current.id, { supportTopicId: topicId });
    return moveEscalation(tx, ctx, withTopic, 'submitted', { externalCaseId: filed.id });
  });
}

/**
 * What Partner Center says of a filed service request, on its escalation: Microsoft's new notes
 * as internal notes on the request (R9), and its status as the escalation's state.
 */
async function applyServiceRequest(inTenant: InTenant, ctx: Context, escalationId: string, sr: ServiceRequest) {
  await inTenant(async (tx) => {
    await lockRow(tx, 'escalations', escalationId);
    const filed = await lockFiledServiceRequest(tx, escalationId);
    const escalation = await findEscalation(tx, escalationId);
    if (!filed || !escalation || isFinalEscalation(escalation.state)) return;
    const newNotes = sr.notes.slice(filed.notesCopied);
    if (escalation.supportRequestId) {
      for (const note of newNotes) {
        const by = note.createdByName ?? 'Microsoft';
        await addInternalNote(tx, ctx, escalation.supportRequestId, `Partner Center (${by}): ${note.text}`);
      }
    }
    const to = escalationStateOf(sr.status, escalation.state);
    const sides = ['raiser', 'target'] as const;
    if (to && to !== escalation.state && checkEscalationMove(escalation.state, to, sides, {}).ok) {
      const note = isFinalEscalation(to) ? newNotes.at(-1)?.text : undefined;
      await moveEscalation(tx, ctx, escalation, to, note ? { note } : {});
    }
    await updateFiledServiceRequest(tx, escalationId, { status: sr.status, notesCopied: sr.notes.length }, ctx.now);
  });
}

/**
 * The `partner_center_sync` job: follows every filed service request whose escalation is in
 * progress, then schedules its own next run. Stops at the first failure: Partner Center is down
 * for all of them.
 */
export async function runPartnerCenterSync(
  inTenant: InTenant,
  runtime: ConnectorRuntime,
  ctx: Context,
  partnerId: string,
): Promise<void> {
  const found = await inTenant(async (tx) => {
    const connector = await findConnector(tx, 'partner_center');
    return connector ? { connector, followed: await followedServiceRequests(tx, FOLLOW_BATCH) } : undefined;
  });
  if (!found) return;
  const registration = registrationOf(runtime, partnerId, found.connector);
  try {
    // The catalogue is refreshed once a day, whether or not anything is filed.
    await supportTopics(inTenant, ctx, runtime, partnerId, found.connector);
    for (const filed of found.followed) {
      const sr = await calling(inTenant, ctx, runtime, 'partner_center', () =>
        getServiceRequest(runtime.endpoints, registration, filed.serviceRequestId),
      );
      await applyServiceRequest(inTenant, ctx, filed.escalationId, sr);
    }
  } catch (error) {
    if (!(error instanceof MicrosoftError)) throw error;
  } finally {
    await rescheduleSync(inTenant, runtime, partnerId, 'partner_center');
  }
}
