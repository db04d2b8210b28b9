/**
 * Microsoft's APIs as partnerdesk uses them, over the shared transport (./http.ts):
 * - tokens: the identity platform's client-credentials flow, through @azure/msal-node;
 * - Microsoft Graph service health: `GET /v1.0/admin/serviceAnnouncement/issues` (serviceHealthIssue:
 *   id, title, service, feature, featureGroup, classification, status, isResolved, impactDescription,
 *   startDateTime, endDateTime, lastModifiedDateTime), paged by `@odata.nextLink`, throttled with
 *   429 and `Retry-After` (learn.microsoft.com/graph/api/serviceannouncement-list-issues,
 *   /graph/paging, /graph/throttling);
 * - Partner Center service requests (learn.microsoft.com/partner-center/developer/…):
 *   "Get service request support topics" `GET /v1/servicerequests/supporttopics` ({items: [{id, name,
 *   description}]}), "Create a service request" `POST /v1/servicerequests/{agent-locale}` (Title,
 *   Description, Severity, SupportTopicId, …), "Get service requests by ID" `GET /v1/servicerequests/{id}`,
 *   and the partner's list `GET /v1/servicerequests`. A ServiceRequest answers with Id, Status (none, open,
 *   closed, attention_needed) and Notes ({CreatedByName, CreatedDate, Text}); Partner Center writes its
 *   JSON in camelCase, read here case-insensitively.
 * Partner Center documents App+User credentials for service requests; partnerdesk signs in as the
 * app (client credentials), as the issue asks. Failures are MicrosoftError: `unavailable` when
 * Microsoft could not be reached or failed (timeouts, 5xx, throttling past our patience),
 * `refused` when it answered no (4xx: wrong credentials, missing consent, bad request).
 */
import { createHash } from 'node:crypto';
import {
  AuthError,
  ConfidentialClientApplication,
  ServerError,
  type INetworkModule,
  type NetworkResponse,
} from '@azure/msal-node';
import { send, UnreachableError, type HttpAnswer, type Transport } from './http.js';

export interface MicrosoftEndpoints extends Transport {
  loginBaseUrl: string;
  graphBaseUrl: string;
  partnerCenterBaseUrl: string;
  /** The longest wait a `Retry-After` may ask for before the call gives up (unavailable). */
  maxRetryWaitMs: number;
}

/** An app registration: its tenant (the partner's), client id, and secret or certificate. */
export interface AppRegistration {
  tenantId: string;
  clientId: string;
  credential: { secret: string } | { thumbprintSha256: string; privateKey: string };
}

export class MicrosoftError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/.default';
/** Tries per call: the first, a retry after a throttling answer or an expired token, and so on. */
const ATTEMPTS = 4;
/** Pages followed per listing, so that a server sending nextLinks forever cannot hold a job. */
const MAX_PAGES = 100;

function networkClient(transport: Transport): INetworkModule {
  const answer = <T>(reply: HttpAnswer): NetworkResponse<T> => ({
    status: reply.status,
    headers: reply.headers,
    body: (reply.body ? JSON.parse(reply.body) : {}) as T,
  });
  return {
    sendGetRequestAsync: async (url, options) =>
      answer(await send(transport, url, { method: 'GET', headers: options?.headers ?? {} })),
    sendPostRequestAsync: async (url, options) =>
      answer(
        await send(transport, url, {
          method: 'POST',
          headers: options?.headers ?? {},
          ...(options?.body === undefined ? {} : { body: options.body }),
        }),
      ),
  };
}

// One msal application per authority and registration, so that its token cache serves repeated calls.
const applications = new Map<string, ConfidentialClientApplication>();
const MAX_APPLICATIONS = 1000;

function applicationFor(endpoints: MicrosoftEndpoints, registration: AppRegistration, tenant: string) {
  const authority = `${endpoints.loginBaseUrl.replace(/\/$/, '')}/${tenant}`;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([authority, registration.clientId, registration.credential, endpoints.ca ?? '']))
    .digest('base64url');
  let application = applications.get(fingerprint);
  if (!application) {
    const credential = registration.credential;
    application = new ConfidentialClientApplication({
      auth: {
        clientId: registration.clientId,
        authority,
        // A known authority is trusted as given: no instance discovery against the public cloud,
        // so MICROSOFT_LOGIN_BASE_URL may name another host (a sovereign cloud, a test fake).
        knownAuthorities: [new URL(authority).host],
        ...('secret' in credential
          ? { clientSecret: credential.secret }
          : {
              clientCertificate: {
                thumbprintSha256: credential.thumbprintSha256,
                privateKey: credential.privateKey,
              },
            }),
      },
      system: { networkClient: networkClient(endpoints) },
    });
    if (applications.size >= MAX_APPLICATIONS) applications.delete(applications.keys().next().value!);
    applications.set(fingerprint, application);
  }
  return application;
}

async function accessToken(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  tenant: string,
  scope: string,
  fresh: boolean,
): Promise<string> {
  try {
    const result = await applicationFor(endpoints, registration, tenant).acquireTokenByClientCredential({
      scopes: [scope],
      skipCache: fresh,
    });
    if (!result) throw new MicrosoftError('unavailable', 'the identity platform gave no token');
    return result.accessToken;
  } catch (error) {
    if (error instanceof MicrosoftError) throw error;
    if (error instanceof ServerError)
      throw new MicrosoftError('refused', `sign-in refused: ${error.errorCode} ${error.errorMessage}`.trim());
    const message = error instanceof AuthError ? `${error.errorCode} ${error.errorMessage}` : String(error);
    throw new MicrosoftError('unavailable', `sign-in failed: ${message}`.trim());
  }
}

/**
 * The longest one call to Microsoft can take: each attempt getting its token and its answer at the
 * timeout's edge, then waiting the longest Retry-After honoured.
 */
export function longestCallMs(endpoints: MicrosoftEndpoints): number {
  return ATTEMPTS * (2 * endpoints.timeoutMs + endpoints.maxRetryWaitMs);
}

/** Milliseconds a `Retry-After` asks for (seconds or an HTTP date); 1 s when it says nothing usable. */
function retryAfterMs(value: string | undefined, now = Date.now()): number {
  if (value && /^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = value ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One API call with a bearer token: an expired or revoked token (401) is replaced once; 429 and
 * 503 are retried after their `Retry-After`; other failures end the call.
 */
async function call(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  target: { tenant: string; scope: string },
  url: string,
  init: { method: string; body?: unknown } = { method: 'GET' },
): Promise<unknown> {
  let freshToken = false;
  for (let attempt = 1; ; attempt++) {
    const token = await accessToken(endpoints, registration, target.tenant, target.scope, freshToken);
    let answer: HttpAnswer;
    try {
      answer = await send(endpoints, url, {
        method: init.method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      if (error instanceof UnreachableError) throw new MicrosoftError('unavailable', error.message);
      throw error;
    }
    const { status } = answer;
    if (status >= 200 && status < 300) return answer.body ? (JSON.parse(answer.body) as unknown) : undefined;
    const last = attempt >= ATTEMPTS;
    if (status === 401 && !freshToken && !last) {
      freshToken = true;
      continue;
    }
    if ((status === 429 || status === 503) && !last) {
      const wait = retryAfterMs(answer.headers['retry-after']);
      if (wait <= endpoints.maxRetryWaitMs) {
        await sleep(wait);
        continue;
      }
    }
    const kind = status >= 500 || status === 429 ? 'unavailable' : 'refused';
    throw new MicrosoftError(kind, `${init.method} ${new URL(url).pathname} answered ${status}`);
  }
}

/** A field of a Partner Center object, whatever the case of its name (camelCase on the wire, PascalCase in the docs). */
function field(object: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

/** A string field of a Partner Center object (a number, such as an id, as its digits), else `fallback`. */
function text(object: Record<string, unknown>, name: string, fallback: string): string {
  const value = field(object, name);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

// --- Microsoft Graph service health --------------------------------------------------------------

/** A serviceHealthIssue as Graph sends it; fields partnerdesk does not keep pass through untouched. */
export type GraphHealthIssue = Record<string, unknown> & { id: string };

/**
 * The service health issues of a customer tenant (the partner's app signs in to that tenant,
 * as GDAP lets it) modified after `since`, or all of them, every page.
 */
export async function listServiceHealthIssues(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  customerTenantId: string,
  since: string | null,
): Promise<GraphHealthIssue[]> {
  const base = `${endpoints.graphBaseUrl.replace(/\/$/, '')}/v1.0/admin/serviceAnnouncement/issues`;
  let url: string | undefined = since
    ? `${base}?$filter=${encodeURIComponent(`lastModifiedDateTime gt ${since}`)}`
    : base;
  const issues: GraphHealthIssue[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body = (await call(endpoints, registration, { tenant: customerTenantId, scope: GRAPH_SCOPE }, url)) as {
      value?: GraphHealthIssue[];
      '@odata.nextLink'?: string;
    };
    issues.push(...(body.value ?? []).filter((issue) => typeof issue.id === 'string'));
    url = body['@odata.nextLink'];
  }
  return issues;
}

// --- Partner Center service requests -------------------------------------------------------------

export interface SupportTopic {
  id: string;
  name: string;
  description: string | null;
}

export interface ServiceRequestNote {
  createdByName: string | null;
  createdDate: string | null;
  text: string;
}

export interface ServiceRequest {
  id: string;
  title: string;
  description: string;
  status: string;
  notes: ServiceRequestNote[];
}

function asServiceRequest(raw: Record<string, unknown>): ServiceRequest {
  const notes = (field(raw, 'notes') as Record<string, unknown>[] | null | undefined) ?? [];
  return {
    id: text(raw, 'id', ''),
    title: text(raw, 'title', ''),
    description: text(raw, 'description', ''),
    status: text(raw, 'status', 'none').toLowerCase(),
    notes: notes.map((note) => ({
      createdByName: (field(note, 'createdByName') as string | null | undefined) ?? null,
      createdDate: (field(note, 'createdDate') as string | null | undefined) ?? null,
      text: text(note, 'text', ''),
    })),
  };
}

const partnerCenter = (endpoints: MicrosoftEndpoints, registration: AppRegistration) => ({
  tenant: registration.tenantId,
  scope: PARTNER_CENTER_SCOPE,
  url: (path: string) => `${endpoints.partnerCenterBaseUrl.replace(/\/$/, '')}${path}`,
});

/** Every item of a Partner Center collection, following `links.next` (continuation) when given. */
async function collection(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  path: string,
): Promise<Record<string, unknown>[]> {
  const pc = partnerCenter(endpoints, registration);
  const items: Record<string, unknown>[] = [];
  let url: string | undefined = pc.url(path);
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body = ((await call(endpoints, registration, pc, url)) ?? {}) as Record<string, unknown>;
    items.push(...((field(body, 'items') as Record<string, unknown>[] | undefined) ?? []));
    const links = field(body, 'links') as Record<string, unknown> | undefined;
    const next = links && (field(links, 'next') as Record<string, unknown> | undefined);
    const uri = next && (field(next, 'uri') as string | undefined);
    url = uri ? new URL(uri, pc.url('/')).toString() : undefined;
  }
  return items;
}

export async function listSupportTopics(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
): Promise<SupportTopic[]> {
  const items = await collection(endpoints, registration, '/v1/servicerequests/supporttopics');
  return items.map((item) => ({
    id: text(item, 'id', ''),
    name: text(item, 'name', ''),
    description: (field(item, 'description') as string | null | undefined) ?? null,
  }));
}

export async function listServiceRequests(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
): Promise<ServiceRequest[]> {
  return (await collection(endpoints, registration, '/v1/servicerequests')).map(asServiceRequest);
}

export async function getServiceRequest(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  id: string,
): Promise<ServiceRequest> {
  const pc = partnerCenter(endpoints, registration);
  const body = await call(endpoints, registration, pc, pc.url(`/v1/servicerequests/${encodeURIComponent(id)}`));
  return asServiceRequest(body as Record<string, unknown>);
}

export async function createServiceRequest(
  endpoints: MicrosoftEndpoints,
  registration: AppRegistration,
  agentLocale: string,
  serviceRequest: Record<string, unknown>,
): Promise<ServiceRequest> {
  const pc = partnerCenter(endpoints, registration);
  const url = pc.url(`/v1/servicerequests/${encodeURIComponent(agentLocale)}`);
  const body = await call(endpoints, registration, pc, url, { method: 'POST', body: serviceRequest });
  return asServiceRequest(body as Record<string, unknown>);
}
