/**
 * Both lifecycle tables of SPEC §3, without a database. Each table is compared with a copy of the
 * SPEC written by hand here, so that a wrong edit of a table fails; then every (from, to, who) is
 * tried: the moves listed succeed for the parties listed, every other one is refused.
 */
import t from 'tap';
import type { Role } from '../../src/domain/access.js';
import { roles } from '../../src/domain/access.js';
import {
  checkEscalationMove,
  escalationStates,
  escalationTransitions,
  finalEscalationStates,
  isFinalEscalation,
  type Side,
} from '../../src/domain/escalationLifecycle.js';
import {
  checkTransition,
  finalStates,
  partyOf,
  requestTransitions,
  type Party,
} from '../../src/domain/requestLifecycle.js';
import { categories, requestStates, type Category, type RequestState } from '../../src/domain/supportRequests.js';

/** SPEC §3, "Support request", one line per (from, to): who may make the move and what it needs. */
const specRequestMoves: Record<string, { by: Party[]; requires?: string }> = {
  'new → in_progress': { by: ['agent'] },
  'in_progress → awaiting_customer': { by: ['agent'] },
  'awaiting_customer → in_progress': { by: ['agent', 'customer'] },
  'in_progress → escalated': { by: ['system'] },
  'escalated → in_progress': { by: ['system'] },
  'in_progress → resolved': { by: ['agent'], requires: 'resolution' },
  'resolved → in_progress': { by: ['agent', 'customer'], requires: 'reopen-window' },
  'resolved → closed': { by: ['agent', 'customer', 'system'] },
  'new → cancelled': { by: ['agent', 'customer'], requires: 'reason' },
  'in_progress → cancelled': { by: ['agent', 'customer'], requires: 'reason' },
  'awaiting_customer → cancelled': { by: ['agent', 'customer'], requires: 'reason' },
};

/**
 * SPEC §3, "Escalation": open → submitted ⇄ attention_needed → resolved | rejected; any non-final
 * → withdrawn. The target may answer an open escalation directly, without a case number (issue 13).
 */
const specEscalationMoves: Record<string, { by: Side; requires?: string }> = {
  'open → submitted': { by: 'target', requires: 'externalCaseId' },
  'open → resolved': { by: 'target' },
  'open → rejected': { by: 'target' },
  'submitted → attention_needed': { by: 'target' },
  'attention_needed → submitted': { by: 'raiser' },
  'submitted → resolved': { by: 'target' },
  'attention_needed → resolved': { by: 'target' },
  'submitted → rejected': { by: 'target' },
  'attention_needed → rejected': { by: 'target' },
  'open → withdrawn': { by: 'raiser' },
  'submitted → withdrawn': { by: 'raiser' },
  'attention_needed → withdrawn': { by: 'raiser' },
};

const parties: (Party | undefined)[] = ['agent', 'customer', 'system', undefined];
const now = new Date('2026-06-10T12:00:00.000Z');
const reopenWindowDays = 7;
const resolvedAt = '2026-06-08T12:00:00.000Z';
const completeInput = { reason: 'no longer needed', resolution: { code: 'fixed', summary: 'Mail flows again.' } };

t.test('the request lifecycle table is SPEC §3', async (t) => {
  const table = Object.fromEntries(
    requestTransitions.flatMap((move) =>
      move.from.map((from) => [
        `${from} → ${move.to}`,
        { by: [...move.by].sort(), ...(move.requires ? { requires: move.requires } : {}) },
      ]),
    ),
  );
  const spec = Object.fromEntries(
    Object.entries(specRequestMoves).map(([move, rule]) => [move, { ...rule, by: [...rule.by].sort() }]),
  );
  t.same(table, spec);
  t.equal(
    requestTransitions.flatMap((move) => move.from).length,
    Object.keys(table).length,
    'no (from, to) is listed twice',
  );
  t.same([...finalStates].sort(), ['cancelled', 'closed'], 'closed and cancelled are final');
});

t.test('every request move, by every party: the table decides', async (t) => {
  for (const from of requestStates) {
    for (const to of requestStates) {
      const listed = specRequestMoves[`${from} → ${to}`];
      for (const party of parties) {
        const check = checkTransition({ state: from, resolvedAt }, to, party, completeInput, now, reopenWindowDays);
        const move = `${from} → ${to} by ${party ?? 'nobody'}`;
        if (!listed) t.match(check, { ok: false, code: 'invalid-transition' }, `${move}: not in the table`);
        else if (party && listed.by.includes(party)) t.match(check, { ok: true }, `${move}: allowed`);
        else {
          const systemOnly = listed.by.length === 1 && listed.by[0] === 'system';
          t.match(
            check,
            { ok: false, code: systemOnly ? 'invalid-transition' : 'forbidden' },
            `${move}: refused to this party`,
          );
        }
      }
    }
  }
});

t.test("a request move's requirements", async (t) => {
  const moved = (from: RequestState, to: RequestState, party: Party, input = {}, at = now) =>
    checkTransition({ state: from, resolvedAt }, to, party, input, at, reopenWindowDays);
  t.match(moved('in_progress', 'resolved', 'agent'), { ok: false, code: 'validation-failed', field: '/resolution' });
  for (const from of ['new', 'in_progress', 'awaiting_customer'] as const) {
    t.match(moved(from, 'cancelled', 'customer'), { ok: false, code: 'validation-failed', field: '/reason' });
  }
  const windowEnds = new Date(Date.parse(resolvedAt) + reopenWindowDays * 86_400_000);
  t.match(moved('resolved', 'in_progress', 'customer', {}, windowEnds), { ok: true }, 'reopened as the window ends');
  t.match(
    moved('resolved', 'in_progress', 'customer', {}, new Date(windowEnds.getTime() + 1)),
    { ok: false, code: 'reopen-window-expired' },
    'refused a millisecond later',
  );
  t.match(
    moved('resolved', 'closed', 'agent', {}, new Date(windowEnds.getTime() + 86_400_000)),
    { ok: true },
    'closing is not bounded by the window',
  );
});

t.test(
  'who acts as which party: agents, billing admins and sales agents on billing and subscription only, customers; user admins never',
  async (t) => {
    const expected = (role: Role, category: Category): Party | undefined => {
      if (role === 'admin_agent' || role === 'helpdesk_agent') return 'agent';
      if (role === 'billing_admin' || role === 'sales_agent')
        return category === 'billing' || category === 'subscription' ? 'agent' : undefined;
      if (role === 'customer_user') return 'customer';
      return undefined;
    };
    for (const role of roles) {
      for (const category of categories)
        t.equal(partyOf(role, category), expected(role, category), `${role}, ${category}`);
    }
    for (const category of categories) t.equal(partyOf('user_admin', category), undefined, `user_admin, ${category}`);
  },
);

t.test('the escalation lifecycle table is SPEC §3', async (t) => {
  const table = Object.fromEntries(
    escalationTransitions.flatMap((move) =>
      move.from.map((from) => [
        `${from} → ${move.to}`,
        { by: move.by, ...(move.requires ? { requires: move.requires } : {}) },
      ]),
    ),
  );
  t.same(table, specEscalationMoves);
  t.equal(escalationTransitions.flatMap((move) => move.from).length, Object.keys(table).length, 'no move listed twice');
  t.same([...finalEscalationStates].sort(), ['rejected', 'resolved', 'withdrawn']);
  for (const state of escalationStates) {
    t.equal(isFinalEscalation(state), ['resolved', 'rejected', 'withdrawn'].includes(state), `${state} final?`);
  }
});

t.test('every escalation move, by every side: the table decides', async (t) => {
  const sideSets: Side[][] = [['raiser'], ['target'], ['raiser', 'target'], []];
  for (const from of escalationStates) {
    for (const to of escalationStates) {
      const listed = specEscalationMoves[`${from} → ${to}`];
      for (const sides of sideSets) {
        const check = checkEscalationMove(from, to, sides, { externalCaseId: 'SR-1' });
        const move = `${from} → ${to} by ${sides.join(' and ') || 'nobody'}`;
        if (!listed) t.match(check, { ok: false, code: 'invalid-transition' }, `${move}: not in the table`);
        else if (sides.includes(listed.by)) t.match(check, { ok: true }, `${move}: allowed`);
        else t.match(check, { ok: false, code: 'forbidden' }, `${move}: refused to this side`);
      }
    }
  }
});

t.test('an escalation is submitted with the case number the target gave', async (t) => {
  const submit = (externalCaseId?: string) =>
    checkEscalationMove('open', 'submitted', ['target'], externalCaseId ? { externalCaseId } : {});
  t.match(submit(), { ok: false, code: 'validation-failed' });
  t.match(submit('2611220040001234'), { ok: true });
});

t.test('the target answers an open escalation directly, with no case number', async (t) => {
  for (const to of ['resolved', 'rejected'] as const) {
    t.match(checkEscalationMove('open', to, ['target'], {}), { ok: true, transition: { to } }, `open → ${to}`);
    t.match(
      checkEscalationMove('open', to, ['raiser'], {}),
      { ok: false, code: 'forbidden' },
      `the escalating partner does not ${to === 'resolved' ? 'resolve' : 'reject'} it`,
    );
  }
});
