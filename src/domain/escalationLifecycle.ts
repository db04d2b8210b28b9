import type { ProblemCode } from './problems.js';

export const escalationStates = ['open', 'submitted', 'attention_needed', 'resolved', 'rejected', 'withdrawn'] as const;
export type EscalationState = (typeof escalationStates)[number];
export const finalEscalationStates: readonly EscalationState[] = ['resolved', 'rejected', 'withdrawn'];
export const isFinalEscalation = (state: EscalationState) => finalEscalationStates.includes(state);

/**
 * The two sides of an escalation: the partner that raised it, and its target. For Microsoft the
 * partner records what Microsoft does (Partner Center is outside partnerdesk); an indirect
 * provider answers for itself.
 */
export type Side = 'raiser' | 'target';

export interface EscalationTransition {
  from: readonly EscalationState[];
  to: EscalationState;
  by: Side;
  requires?: 'externalCaseId';
  means: string;
}

/** SPEC §3, the escalation lifecycle, in one table. */
export const escalationTransitions: readonly EscalationTransition[] = [
  {
    from: ['open'],
    to: 'submitted',
    by: 'target',
    requires: 'externalCaseId',
    means: 'filed with the target, which gave its case number',
  },
  { from: ['submitted'], to: 'attention_needed', by: 'target', means: 'the target needs something from the partner' },
  { from: ['attention_needed'], to: 'submitted', by: 'raiser', means: 'the partner answered the target' },
  // A target may answer an open escalation at once, without inventing a case number first.
  {
    from: ['open', 'submitted', 'attention_needed'],
    to: 'resolved',
    by: 'target',
    means: 'the target fixed it',
  },
  {
    from: ['open', 'submitted', 'attention_needed'],
    to: 'rejected',
    by: 'target',
    means: "the target says it is the partner's to resolve",
  },
  {
    from: ['open', 'submitted', 'attention_needed'],
    to: 'withdrawn',
    by: 'raiser',
    means: 'the partner no longer needs it',
  },
];

/** The states a caller may ask to move an escalation to (`open` is where every escalation starts). */
export const requestableEscalationStates = [...new Set(escalationTransitions.map((t) => t.to))];

export type EscalationCheck =
  { ok: true; transition: EscalationTransition } | { ok: false; code: ProblemCode; detail: string };

/**
 * Whether the caller's side may move an escalation. `sides` is what the caller is on this
 * escalation: both sides for a Microsoft target (the partner relays Microsoft), one otherwise.
 */
export function checkEscalationMove(
  state: EscalationState,
  to: EscalationState,
  sides: readonly Side[],
  input: { externalCaseId?: string },
): EscalationCheck {
  const transition = escalationTransitions.find((t) => t.from.includes(state) && t.to === to);
  if (!transition)
    return { ok: false, code: 'invalid-transition', detail: `A ${state} escalation cannot move to ${to}.` };
  if (!sides.includes(transition.by)) {
    return {
      ok: false,
      code: 'forbidden',
      detail: `Only the ${transition.by === 'target' ? 'target' : 'escalating partner'} moves it to ${to}.`,
    };
  }
  if (transition.requires === 'externalCaseId' && !input.externalCaseId) {
    return { ok: false, code: 'validation-failed', detail: 'Submitting records the externalCaseId.' };
  }
  return { ok: true, transition };
}
