import { listFeed, type FeedFilter } from '../db/events.js';
import { invalidFields } from '../domain/problems.js';
import type { Tx } from './context.js';

/** The partner's event feed, read by followers that poll with the last id they processed. */

const EVENT_ID = /^([0-9a-f]{16})([0-9a-f]{16})$/;

/** An event id is the feed position: the writing transaction id and the insert order, in hex. */
function feedPosition(id: string): { txid: string; position: number } {
  const match = EVENT_ID.exec(id);
  if (!match) throw invalidFields([{ path: '/after', message: 'is not an event id' }], '/querystring');
  return { txid: BigInt(`0x${match[1]}`).toString(), position: Number(BigInt(`0x${match[2]}`)) };
}

/**
 * The events after `after` and the id to pass next (unchanged when nothing is new), as the
 * EventFeedPage JSON text: the events come as PostgreSQL rendered them when they were written
 * (listFeed); only the last one is read, for its id.
 */
export async function readFeed(
  tx: Tx,
  query: FeedFilter & { after?: string | undefined; limit: number },
): Promise<string> {
  const { after, limit, ...filter } = query;
  const events = await listFeed(tx, after === undefined ? undefined : feedPosition(after), filter, limit);
  const last = events.at(-1);
  const nextCursor = last === undefined ? (after ?? null) : (JSON.parse(last) as { id: string }).id;
  return `{"data":[${events.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}
