import type { Role } from './access.js';
import type { ProblemCode } from './problems.js';
import { isCommercial, type Category, type RequestState } from './supportRequests.js';

/** Who moves a request: the partner's agents, the customer's own users, or the service itself. */
export type Party = 'agent' | 'customer' | 'system';

/**
 * The party a key acts as on a request of this category, if any. `admin_agent` and
 * `helpdesk_agent` work every request; `billing_admin` and `sales_agent` work billing and
 * subscription requests (003 names them among the roles that give billing support); a
 * `user_admin` works none.
 */
export function partyOf(role: Role, category: Category): Party | undefined {
  if (role === 'admin_agent' || role === 'helpdesk_agent') return 'agent';
  if ((role === 'billing_admin' || role === 'sales_agent') && isCommercial(category)) return 'agent';
  if (role === 'customer_user') return 'customer';
  return undefined;
}

export type Requirement = 'resolution' | 'reason' | 'reopen-window';

export interface RequestTransition {
  from: readonly RequestState[];
  to: RequestState;
  by: readonly Party[];
  requires?: Requirement;
  /** What the move means, for the docs. */
  means: string;
}

/** SPEC §3, the support request lifecycle: every state and every move, in one table. */
export const requestTransitions: readonly RequestTransition[] = [
  { from: ['new'], to: 'in_progress', by: ['agent'], means: 'taken into work; records the first response' },
  {
    from: ['in_progress'],
    to: 'awaiting_customer',
    by: ['agent'],
    means: 'waiting on the customer; the clock pauses if the SLA says so',
  },
  {
    from: ['awaiting_customer'],
    to: 'in_progress',
    by: ['agent', 'customer'],
    means: 'the customer answered (a public note does it too); the clock resumes',
  },
  { from: ['in_progress'], to: 'escalated', by: ['system'], means: 'an escalation was created' },
  {
    from: ['escalated'],
    to: 'in_progress',
    by: ['system'],
    means: 'the escalation ended; the partner verifies with the customer',
  },
  {
    from: ['in_progress'],
    to: 'resolved',
    by: ['agent'],
    requires: 'resolution',
    means: 'resolved, with a resolution code and summary',
  },
  {
    from: ['resolved'],
    to: 'in_progress',
    by: ['customer', 'agent'],
    requires: 'reopen-window',
    means: 'reopened within the reopen window',
  },
  {
    from: ['resolved'],
    to: 'closed',
    by: ['customer', 'agent', 'system'],
    means: 'confirmed by the customer, closed by an agent, or when the reopen window ends',
  },
  {
    from: ['new', 'in_progress', 'awaiting_customer'],
    to: 'cancelled',
    by: ['agent', 'customer'],
    requires: 'reason',
    means: 'withdrawn, with a reason',
  },
];

/** The states a caller may ask to move a request to; the others only the service sets. */
export const requestableStates = [
  ...new Set(requestTransitions.filter((t) => t.by.some((party) => party !== 'system')).map((t) => t.to)),
];

export const finalStates: readonly RequestState[] = ['closed', 'cancelled'];

export interface TransitionInput {
  reason?: string;
  resolution?: { code: string; summary: string };
}

export type TransitionCheck =
  { ok: true; transition: RequestTransition } | { ok: false; code: ProblemCode; detail: string; field?: string };

/**
 * Whether `party` may move a request from `state` to `to` now. A move the table lacks is
 * `invalid-transition`; one it has for other parties is `forbidden` (or `invalid-transition`
 * when only the service makes it, as escalations do).
 */
export function checkTransition(
  request: { state: RequestState; resolvedAt: string | null },
  to: RequestState,
  party: Party | undefined,
  input: TransitionInput,
  now: Date,
  reopenWindowDays: number,
): TransitionCheck {
  const transition = requestTransitions.find((t) => t.from.includes(request.state) && t.to === to);
  if (!transition)
    return { ok: false, code: 'invalid-transition', detail: `A ${request.state} request cannot move to ${to}.` };
  if (!party || !transition.by.includes(party)) {
    return transition.by.length === 1 && transition.by[0] === 'system'
      ? {
          ok: false,
          code: 'invalid-transition',
          detail: `${request.state} → ${to} happens through escalations, not directly.`,
        }
      : { ok: false, code: 'forbidden', detail: `Your role may not move this request from ${request.state} to ${to}.` };
  }
  switch (transition.requires) {
    case 'resolution':
      if (!input.resolution)
        return {
          ok: false,
          code: 'validation-failed',
          detail: 'Resolving needs a resolution {code, summary}.',
          field: '/resolution',
        };
      break;
    case 'reason':
      if (!input.reason)
        return { ok: false, code: 'validation-failed', detail: 'Cancelling needs a reason.', field: '/reason' };
      break;
    case 'reopen-window': {
      const closesAt = Date.parse(request.resolvedAt!) + reopenWindowDays * 86_400_000;
      if (now.getTime() > closesAt) {
        return {
          ok: false,
          code: 'reopen-window-expired',
          detail: `The reopen window of ${reopenWindowDays} days has passed; raise a new request.`,
        };
      }
    }
  }
  return { ok: true, transition };
}

/** The lifecycle as a Mermaid state diagram, for the README (`npm run docs`). */
export function lifecycleDiagram(): string {
  const lines = ['stateDiagram-v2', '  [*] --> new: raised by an agent or the customer'];
  for (const t of requestTransitions) {
    for (const from of t.from)
      lines.push(`  ${from} --> ${t.to}: ${t.by.join(' / ')}${t.requires ? ` (${t.requires})` : ''}`);
  }
  for (const state of finalStates) lines.push(`  ${state} --> [*]`);
  return lines.join('\n');
}
