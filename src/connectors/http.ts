/**
 * src/connectors/: the HTTP clients of the systems partnerdesk talks to on a partner's behalf
 * (Microsoft's identity platform, Graph and Partner Center). A layer below src/services: it
 * speaks the remote APIs' documented shapes and knows nothing of partnerdesk's tables; the
 * services decide what a remote answer means for the partner's data.
 *
 * This file is the one transport they share: https (plain http only to a loopback address, for
 * local fakes), an optional extra CA to trust, and a deadline on every call.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';

export interface Transport {
  /** PEM certificates trusted besides the system's (CONNECTOR_CA_FILE). */
  ca: string | undefined;
  timeoutMs: number;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The remote side could not be reached, or did not answer in time. */
export class UnreachableError extends Error {}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Whether a base URL may be used: https, or http to a loopback address. */
export function isAllowedBaseUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');
}

export function send(
  transport: Transport,
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  const target = new URL(url);
  if (!isAllowedBaseUrl(target.origin))
    return Promise.reject(new UnreachableError(`refusing to call ${target.origin}`));
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<HttpAnswer>((resolve, reject) => {
    const outgoing = request(
      target,
      {
        method: init.method,
        headers: {
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(init.body)) }),
          ...init.headers,
        },
        ...(transport.ca && target.protocol === 'https:' ? { ca: transport.ca } : {}),
        timeout: transport.timeoutMs,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) incoming.destroy(new UnreachableError('answer too large'));
          else chunks.push(chunk);
        });
        incoming.on('error', (error) => reject(new UnreachableError(error.message)));
        incoming.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({ status: incoming.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    // Whatever the server did with the request, no answer came in time: it may have acted on it.
    outgoing.on('timeout', () => outgoing.destroy(new UnreachableError(`no answer within ${transport.timeoutMs} ms`)));
    outgoing.on('error', (error) =>
      reject(error instanceof UnreachableError ? error : new UnreachableError(error.message)),
    );
    outgoing.end(init.body);
  });
}
