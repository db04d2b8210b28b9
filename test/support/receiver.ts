import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Test } from 'tap';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on loopback; `answer` picks the status for each delivery it gets. */
export async function startReceiver(
  t: Pick<Test, 'teardown'>,
  answer: (received: Received, count: number) => number = () => 204,
) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const delivery = { headers: request.headers, body };
      received.push(delivery);
      response.statusCode = answer(delivery, received.length);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

/** An HTTP server on loopback answering with `handle`, closed (connections included) at the test's end. */
async function serveOnLoopback(t: Test, handle: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
}

/**
 * A webhook receiver that holds each answer (204) for `holdMs()` milliseconds after reading the
 * delivery; `Infinity` never answers, so every attempt runs into its timeout.
 */
export async function startSlowReceiver(t: Test, holdMs: () => number) {
  const received: Received[] = [];
  const url = await serveOnLoopback(t, (request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const hold = holdMs();
      if (Number.isFinite(hold)) setTimeout(() => response.end(), hold);
    });
  });
  return { url, received };
}

/**
 * A receiver that answers 204 after a short pause and records, per delivery (webhook-id), the most
 * attempts it ever had in flight at once: more than 1 means two senders overlapped.
 */
export async function startCountingReceiver(t: Test) {
  const inFlight = new Map<string, number>();
  const mostInFlight = new Map<string, number>();
  const url = await serveOnLoopback(t, (request, response) => {
    const id = String(request.headers['webhook-id']);
    inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
    mostInFlight.set(id, Math.max(mostInFlight.get(id) ?? 0, inFlight.get(id)!));
    request.resume();
    request.on('end', () =>
      setTimeout(() => {
        inFlight.set(id, inFlight.get(id)! - 1);
        response.statusCode = 204;
        response.end();
      }, 50),
    );
  });
  return { url, mostInFlight };
}
