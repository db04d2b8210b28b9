import createFetchClient, {
  mergeHeaders,
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type HeadersOptions,
  type MaybeOptionalInit,
  type Middleware,
} from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type Problem = components['schemas']['Problem'];

export interface ClientOptions {
  /** Where the service listens, e.g. `https://partnerdesk.example.com`. */
  baseUrl: string;
  /** A partnerdesk API key (`pd_…`), or the operator token for `POST /v1/partners`. */
  apiKey: string;
  /** Replaces the global fetch (tests, proxies, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  retry?: RetryOptions;
}

/** 429 and 503 are retried when the service's `Retry-After` fits in the budget. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** The most time spent waiting across the retries of one call (default 30 s). */
  maxWaitMs?: number;
}

/** What a write accepts besides openapi-fetch's own options. */
export interface WriteOptions {
  /** The `ETag` you read (see `etagOf`): if the resource changed since, the write is refused with 412. */
  ifMatch?: string;
  /** The service replays the first response for a key for 24 h. Every POST gets a random one unless given. */
  idempotencyKey?: string;
}

type WriteVerb = 'post' | 'put' | 'patch' | 'delete';
type Media = `${string}/${string}`;

/** openapi-fetch's typed method, with `WriteOptions` added to its options. */
type WriteMethod<Verb extends WriteVerb> = <
  Path extends ClientPathsWithMethod<Client<paths>, Verb>,
  Init extends MaybeOptionalInit<paths[Path], Verb>,
>(
  url: Path,
  ...init: {} extends Init ? [(Init & WriteOptions)?] : [Init & WriteOptions]
) => Promise<FetchResponse<Extract<paths[Path][Verb], Record<string, unknown>>, Init, Media>>;

export type PartnerdeskClient = Omit<Client<paths>, 'POST' | 'PUT' | 'PATCH' | 'DELETE'> & {
  POST: WriteMethod<'post'>;
  PUT: WriteMethod<'put'>;
  PATCH: WriteMethod<'patch'>;
  DELETE: WriteMethod<'delete'>;
};

/** A failed call: the HTTP status and the service's RFC 9457 problem. */
export class PartnerdeskError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem ? `${status} ${problem.code}: ${problem.detail ?? problem.title}` : `HTTP ${status}`);
    this.name = 'PartnerdeskError';
  }
}

/** The version a response carries (`ETag`), to send back as `ifMatch`. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('etag') ?? undefined;
}

/**
 * A typed client for every operation of the contract (openapi-fetch), which authenticates with
 * `apiKey`, makes every POST safe to retry, retries 429 and 503, and takes `ifMatch`.
 */
export function createClient({
  baseUrl,
  apiKey,
  fetch = globalThis.fetch,
  retry = {},
}: ClientOptions): PartnerdeskClient {
  const client = createFetchClient<paths>({
    baseUrl,
    headers: { authorization: `Bearer ${apiKey}` },
    fetch: retrying(fetch, retry),
  });
  client.use(idempotentPosts);
  const writes = client as unknown as Record<'POST' | 'PUT' | 'PATCH' | 'DELETE', AnyMethod>;
  return {
    ...client,
    POST: withWriteOptions(writes.POST),
    PUT: withWriteOptions(writes.PUT),
    PATCH: withWriteOptions(writes.PATCH),
    DELETE: withWriteOptions(writes.DELETE),
  } as unknown as PartnerdeskClient;
}

/** The key is set before the first attempt, so a retried POST is the same request to the service. */
const idempotentPosts: Middleware = {
  onRequest({ request }) {
    if (request.method === 'POST' && !request.headers.has('idempotency-key')) {
      request.headers.set('idempotency-key', crypto.randomUUID());
    }
    return request;
  },
};

type AnyMethod = (url: string, init?: Record<string, unknown> & { headers?: HeadersOptions }) => Promise<unknown>;

function withWriteOptions(method: AnyMethod): AnyMethod {
  return (url, init = {}) => {
    const { ifMatch, idempotencyKey, headers, ...rest } = init as WriteOptions & typeof init;
    const added: Record<string, string> = {};
    if (ifMatch !== undefined) added['if-match'] = ifMatch;
    if (idempotencyKey !== undefined) added['idempotency-key'] = idempotencyKey;
    return method(url, { ...rest, headers: mergeHeaders(headers, added) });
  };
}

const RETRIED_STATUSES = new Set([429, 503]);

function retrying(fetch: (request: Request) => Promise<Response>, { attempts = 3, maxWaitMs = 30_000 }: RetryOptions) {
  return async (request: Request): Promise<Response> => {
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      // A request body can be read once: each attempt but the last sends a copy.
      const response = await fetch(last ? request : request.clone());
      if (last || !RETRIED_STATUSES.has(response.status)) return response;
      const delayMs = retryDelayMs(response.headers.get('retry-after'), attempt);
      if (waitedMs + delayMs > maxWaitMs) return response;
      await response.body?.cancel();
      await sleep(delayMs, request.signal);
      waitedMs += delayMs;
    }
  };
}

/** `Retry-After` in seconds or as an HTTP date; without it, 1 s, 2 s, … */
function retryDelayMs(retryAfter: string | null, attempt: number): number {
  if (retryAfter !== null) {
    const ms = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.max(0, ms);
  }
  return attempt * 1000;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
