/**
 * The SLA clock's rules without a database: where the at-risk (75 %) and due instants fall, how a
 * pause and a reopen move them, which alerts are due, when the timer must next look at a request
 * (`nextTimerAt`), and the minutes a stopped clock used (`minutesUsed`). The status the database
 * derives from these instants (sla_status) is tested in test/db/slaStatus.test.ts.
 */
import t from 'tap';
import { dueAlerts, nextTimerAt, type AlertClock } from '../../src/domain/slaAlerts.js';
import type { BusinessHours } from '../../src/domain/slaClock.js';
import {
  AT_RISK_SHARE,
  clockAfterMove,
  minutesUsed,
  slaInstants,
  slaStatuses,
  withFirstResponse,
  type SlaClock,
} from '../../src/domain/slaTracking.js';

/** Every minute counts, so the instants below are plain arithmetic. */
const allDay: BusinessHours = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };
const opened = '2026-06-01T08:00:00.000Z';
const at = (minutesAfterOpening: number) => new Date(Date.parse(opened) + minutesAfterOpening * 60_000).toISOString();

const clock: SlaClock = {
  openedAt: opened,
  firstResponseTargetMinutes: 60,
  resolutionTargetMinutes: 480,
  pausedMinutes: 0,
  pausedAt: null,
  firstRespondedAt: null,
  resolvedAt: null,
};

const alertClock = (overrides: Partial<AlertClock> = {}): AlertClock => ({
  state: 'new',
  pausedAt: null,
  firstRespondedAt: null,
  resolvedAt: null,
  ...slaInstants(allDay, clock),
  slaAlerts: [],
  ...overrides,
});

t.test('the statuses SPEC §2 names', async (t) => {
  t.same([...slaStatuses].sort(), ['at_risk', 'breached', 'met', 'on_track', 'paused']);
  t.equal(AT_RISK_SHARE, 0.75);
});

t.test('a target is at risk once 75 % of it is used, and due when all of it is', async (t) => {
  t.same(slaInstants(allDay, clock), {
    firstResponseAtRiskAt: at(45),
    firstResponseDueAt: at(60),
    resolutionAtRiskAt: at(360),
    resolutionDueAt: at(480),
  });
});

t.test('time paused moves every instant by exactly that business time', async (t) => {
  t.same(slaInstants(allDay, { ...clock, pausedMinutes: 30 }), {
    firstResponseAtRiskAt: at(75),
    firstResponseDueAt: at(90),
    resolutionAtRiskAt: at(390),
    resolutionDueAt: at(510),
  });
});

t.test('the clock pauses in a pauseOn state and resumes out of it', async (t) => {
  const pauseOn = ['awaiting_customer'] as const;
  const paused = clockAfterMove(allDay, pauseOn, clock, 'in_progress', 'awaiting_customer', at(100));
  t.equal(paused.pausedAt, at(100), 'paused when the partner waits on the customer');
  t.equal(paused.pausedMinutes, 0);
  const resumed = clockAfterMove(allDay, pauseOn, paused, 'awaiting_customer', 'in_progress', at(130));
  t.equal(resumed.pausedAt, null, 'running again');
  t.equal(resumed.pausedMinutes, 30, 'the 30 minutes waited no longer count');
  const notPausing = clockAfterMove(allDay, [], clock, 'in_progress', 'awaiting_customer', at(100));
  t.equal(notPausing.pausedAt, null, 'an SLA whose pauseOn is empty keeps the clock running');
});

t.test('a resolved request stops the clock; a reopen adds the time it was resolved', async (t) => {
  const resolved = clockAfterMove(allDay, [], clock, 'in_progress', 'resolved', at(200));
  t.equal(resolved.resolvedAt, at(200));
  const reopened = clockAfterMove(allDay, [], resolved, 'resolved', 'in_progress', at(260));
  t.equal(reopened.resolvedAt, null);
  t.equal(reopened.pausedMinutes, 60);
  const closed = clockAfterMove(allDay, [], resolved, 'resolved', 'closed', at(260));
  t.equal(closed.pausedMinutes, 0, 'closing does not restart the clock');
});

t.test('the first response is recorded once', async (t) => {
  const answered = withFirstResponse(clock, at(10));
  t.equal(answered.firstRespondedAt, at(10));
  t.equal(withFirstResponse(answered, at(20)).firstRespondedAt, at(10));
});

t.test('dueAlerts: at risk, then breached, for each target, each once per due instant', async (t) => {
  const keys = (c: AlertClock, minutes: number) => dueAlerts(c, new Date(at(minutes))).map((alert) => alert.key);
  const frDue = at(60);
  const resDue = at(480);
  t.same(keys(alertClock(), 44), [], 'nothing before 75 % of the first response target');
  t.same(keys(alertClock(), 45), [`first_response:at_risk:${frDue}`]);
  t.same(keys(alertClock(), 60), [`first_response:at_risk:${frDue}`, `first_response:breached:${frDue}`]);
  t.same(
    keys(alertClock({ firstRespondedAt: at(30) }), 480),
    [`resolution:at_risk:${resDue}`, `resolution:breached:${resDue}`],
    'answered in time: only the resolution target is watched',
  );
  t.same(
    keys(alertClock({ slaAlerts: [`first_response:at_risk:${frDue}`] }), 60),
    [`first_response:breached:${frDue}`],
    'an alert already raised is not raised again',
  );
  t.same(
    keys(alertClock({ slaAlerts: [`first_response:at_risk:${at(50)}`] }), 45),
    [`first_response:at_risk:${frDue}`],
    'a new due instant is a new cycle',
  );
  t.same(keys(alertClock({ pausedAt: at(10) }), 500), [], 'a paused clock raises nothing');
  for (const state of ['resolved', 'closed', 'cancelled']) {
    t.same(keys(alertClock({ state }), 500), [], `a ${state} request raises nothing`);
  }
});

t.test('nextTimerAt: the next alert, or the end of the reopen window', async (t) => {
  const frDue = at(60);
  const resDue = at(480);
  const cases: { name: string; clock: AlertClock; expected: string | null }[] = [
    { name: 'a new request: 75 % of the first response target', clock: alertClock(), expected: at(45) },
    {
      name: 'first response at risk already raised: its due instant',
      clock: alertClock({ slaAlerts: [`first_response:at_risk:${frDue}`] }),
      expected: at(60),
    },
    {
      name: 'answered: 75 % of the resolution target',
      clock: alertClock({ state: 'in_progress', firstRespondedAt: at(30) }),
      expected: at(360),
    },
    {
      name: 'every alert raised: nothing left to do',
      clock: alertClock({
        state: 'in_progress',
        firstRespondedAt: at(30),
        slaAlerts: [`resolution:at_risk:${resDue}`, `resolution:breached:${resDue}`],
      }),
      expected: null,
    },
    { name: 'paused: nothing until it resumes', clock: alertClock({ pausedAt: at(10) }), expected: null },
    {
      name: 'resolved: when the reopen window ends (auto-close)',
      clock: alertClock({ state: 'resolved', resolvedAt: at(200) }),
      expected: new Date(Date.parse(at(200)) + 7 * 86_400_000).toISOString(),
    },
    { name: 'closed: never', clock: alertClock({ state: 'closed', resolvedAt: at(200) }), expected: null },
    { name: 'cancelled: never', clock: alertClock({ state: 'cancelled' }), expected: null },
  ];
  for (const { name, clock, expected } of cases) t.equal(nextTimerAt(clock, 7), expected, name);
});

t.test('a clock that stops keeps the business minutes it used; one that runs keeps none', async (t) => {
  const opened = { createdAt: '2026-03-02T09:00:00.000Z', pausedMinutes: 0, resolvedAt: null, closedAt: null };
  t.same(minutesUsed(allDay, { ...opened, firstRespondedAt: null }), {
    firstResponseMinutesUsed: null,
    resolutionMinutesUsed: null,
  });
  t.same(
    minutesUsed(allDay, {
      ...opened,
      firstRespondedAt: '2026-03-02T09:30:00.000Z',
      resolvedAt: '2026-03-02T13:00:00.000Z',
      pausedMinutes: 60,
    }),
    { firstResponseMinutesUsed: 30, resolutionMinutesUsed: 180 },
    'the resolution clock less the time it was paused',
  );
  t.same(
    minutesUsed(allDay, { ...opened, firstRespondedAt: null, closedAt: '2026-03-02T10:00:00.000Z' }),
    { firstResponseMinutesUsed: 60, resolutionMinutesUsed: 60 },
    'closed without an answer: both clocks stop at the closing',
  );
  t.same(
    minutesUsed(undefined, { ...opened, firstRespondedAt: '2026-03-02T09:30:00.000Z' }),
    { firstResponseMinutesUsed: null, resolutionMinutesUsed: null },
    'a request received without an SLA uses none (R6)',
  );
});
