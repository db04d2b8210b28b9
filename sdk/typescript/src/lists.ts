import { PartnerdeskError, sleep, type PartnerdeskClient, type Problem } from './client.js';
import type { components, paths } from './schema.js';

export type Event = components['schemas']['Event'];

interface Page<Item> {
  data: Item[];
  nextCursor: string | null;
}

/** The GET operations that answer `{ data, nextCursor }` and take a `cursor`. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends {
    get: {
      parameters: { query?: infer Query };
      responses: { 200: { content: { 'application/json': Page<unknown> } } };
    };
  }
    ? 'cursor' extends keyof Query
      ? P
      : never
    : never;
}[keyof paths];

type ListOperation<P extends ListPath> = paths[P]['get'];
export type ListItem<P extends ListPath> =
  ListOperation<P>['responses'][200]['content']['application/json']['data'][number];

/** A list's parameters without `cursor`, which `paginate` manages, and with `limit` optional (20 by default). */
export type ListParams<P extends ListPath> = Omit<ListOperation<P>['parameters'], 'query' | 'header' | 'cookie'> & {
  query?: Omit<NonNullable<ListOperation<P>['parameters']['query']>, 'cursor' | 'limit'> & { limit?: number };
};

/**
 * Every item of a list, page after page:
 * `for await (const request of paginate(client, '/v1/support-requests', { query: { state: 'in_progress' } }))`.
 */
export async function* paginate<P extends ListPath>(
  client: PartnerdeskClient,
  path: P,
  ...[params]: {} extends ListParams<P> ? [ListParams<P>?] : [ListParams<P>]
): AsyncGenerator<ListItem<P>, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await getPage<ListItem<P>>(client, path, { ...params, query: { ...params?.query, cursor } });
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

type EventsQuery = NonNullable<paths['/v1/events']['get']['parameters']['query']>;

export interface FollowOptions {
  /** The id of the last event already processed: the feed resumes after it (from the start when absent). */
  after?: string;
  /** Filters (`type`, `subjectType`, `subjectId`) and page size. */
  query?: Omit<EventsQuery, 'after' | 'limit'> & { limit?: number };
  /** How long to wait before asking again once caught up (default 2 s). */
  pollIntervalMs?: number;
  /** Ends the iteration. */
  signal?: AbortSignal;
}

/**
 * The partner's event feed, in order and without gaps, forever: it resumes after the last event it
 * yielded and polls when caught up. Store each event's id to resume after a restart.
 */
export async function* followEvents(
  client: PartnerdeskClient,
  { after, query, pollIntervalMs = 2000, signal }: FollowOptions = {},
): AsyncGenerator<Event, void, undefined> {
  try {
    while (!signal?.aborted) {
      const page = await getPage<Event>(client, '/v1/events', { query: { ...query, after } }, signal);
      for (const event of page.data) {
        yield event;
        after = event.id;
      }
      if (page.data.length === 0) await sleep(pollIntervalMs, signal);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
}

type UntypedGet = (
  path: string,
  init: { params: unknown; signal?: AbortSignal | undefined },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** One page; typed by the callers above, whose parameters the contract's own types cannot express generically. */
async function getPage<Item>(
  client: PartnerdeskClient,
  path: string,
  params: unknown,
  signal?: AbortSignal,
): Promise<Page<Item>> {
  const { data, error, response } = await (client.GET as unknown as UntypedGet)(path, { params, signal });
  if (error !== undefined || data === undefined) throw new PartnerdeskError(response.status, error as Problem);
  return data as Page<Item>;
}
