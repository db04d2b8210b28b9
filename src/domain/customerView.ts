import type { RequestState } from './supportRequests.js';

/**
 * R9, what a customer user reads: the partner owns all communication with its customers (004), so
 * nothing a customer reads names an escalation, its target, Microsoft, a provider, or an actor
 * other than the partner. To a customer an escalated request is simply being worked on — as a
 * help desk shows "on hold" as "open" to the people who raised the ticket.
 */

/** The states the partner is working in, which a customer reads as `in_progress`. */
export const statesReadAsInProgress = ['in_progress', 'escalated'] as const satisfies readonly RequestState[];

/** A request's state as its customer reads it. */
export const stateForCustomer = (state: RequestState): RequestState => (state === 'escalated' ? 'in_progress' : state);

/**
 * The stored states a customer's `?state=` filter means: `in_progress` includes escalated
 * requests, and `escalated` matches nothing, since a customer never reads it.
 */
export function statesMeantByCustomer(state: RequestState): RequestState[] {
  if (state === 'in_progress') return [...statesReadAsInProgress];
  return state === 'escalated' ? [] : [state];
}

/** Who did it, as a customer reads it: itself, or the partner (whoever at the partner, or its provider). */
export type ReadActor = { kind: 'api_key'; id: string; role: string } | { kind: 'operator' | 'system' | 'partner' };

export function actorForCustomer(actor: ReadActor): ReadActor {
  return actor.kind === 'api_key' && actor.role === 'customer_user' ? actor : { kind: 'partner' };
}
