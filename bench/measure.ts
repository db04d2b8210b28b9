/**
 * One load run with autocannon's programmatic API, reduced to the numbers the report shows.
 * Every run is bounded by its duration; a run that draws paths from a finite list (one transition
 * per request) also ends early, and says so, when the list runs out.
 */
import autocannon from 'autocannon';

export interface Load {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Bodies sent in turn, one per request, instead of `body`. */
  bodies?: unknown[];
  /** A fresh path per request (e.g. a different id each time); undefined when there are no more. */
  nextPath?: () => string | undefined;
}

export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses received, whatever their status. */
  responses: number;
  /** Non-2xx responses plus socket errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  seconds: number;
  /** True when `nextPath` ran out before the duration was over (the rate is then still valid). */
  exhausted: boolean;
}

// A request unanswered this long counts as an error, so that a server that stops answering shows
// up in the numbers instead of as an empty run.
const REQUEST_TIMEOUT_SECONDS = 5;

export function measure(baseUrl: string, load: Load, seconds: number, connections: number): Promise<Measurement> {
  let exhausted = false;
  let instance: autocannon.Instance | undefined;
  const { nextPath } = load;
  const bodies = (load.bodies ?? (load.body === undefined ? [] : [load.body])).map((body) => JSON.stringify(body));
  let sent = 0;
  const nextBody = bodies.length > 1 ? () => bodies[sent++ % bodies.length]! : undefined;
  const request: autocannon.Request = {
    method: load.method,
    path: load.path,
    headers: { ...(bodies.length === 0 ? {} : { 'content-type': 'application/json' }), ...load.headers },
    ...(bodies.length === 0 ? {} : { body: bodies[0] }),
    ...((nextPath || nextBody) && {
      setupRequest: (current: autocannon.Request) => {
        const next = nextBody ? { ...current, body: nextBody() } : current;
        if (!nextPath) return next;
        const path = nextPath();
        if (path !== undefined) return { ...next, path };
        // Out of fresh ids: end the run; the few requests sent meanwhile repeat the last path.
        exhausted = true;
        instance?.stop();
        return current;
      },
    }),
  };
  return new Promise((resolve, reject) => {
    instance = autocannon(
      { url: baseUrl, connections, duration: seconds, timeout: REQUEST_TIMEOUT_SECONDS, requests: [request] },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
        );
        resolve({
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          responses: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
          errors: result.non2xx + result.errors,
          statusCodes,
          seconds: result.duration,
          exhausted,
        });
      },
    );
  });
}

/** Hands out each path once, then undefined: a bounded supply for `Load.nextPath`. */
export function eachOnce(paths: string[]): () => string | undefined {
  let next = 0;
  return () => paths[next++];
}

/** Cycles through `paths` forever (reads may repeat). */
export function roundRobin(paths: string[]): () => string {
  let next = 0;
  return () => paths[next++ % paths.length]!;
}
