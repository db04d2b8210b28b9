/**
 * SLA alerts (the timers): `support_request.sla_at_risk` once 75 % of a target is used and
 * `support_request.sla_breached` once it is missed, each once per target and clock cycle. A cycle
 * is identified by the target's due instant: a pause, a reopen or a severity change moves it, and
 * the alerts of the new instant may be raised again.
 */
export interface AlertClock {
  state: string;
  pausedAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  /** Null for a request received without an SLA (R6): it raises no alerts. */
  firstResponseDueAt: string | null;
  firstResponseAtRiskAt: string | null;
  resolutionDueAt: string | null;
  resolutionAtRiskAt: string | null;
  slaAlerts: string[];
}

export interface Alert {
  key: string;
  target: 'first_response' | 'resolution';
  kind: 'at_risk' | 'breached';
  at: string;
  dueAt: string;
}

const running = (clock: AlertClock) => !clock.pausedAt && !['resolved', 'closed', 'cancelled'].includes(clock.state);

/** The alerts the clock can still raise, earliest first. */
function pendingAlerts(clock: AlertClock): Alert[] {
  if (!running(clock)) return [];
  const { firstResponseAtRiskAt, firstResponseDueAt, resolutionAtRiskAt, resolutionDueAt } = clock;
  if (!firstResponseAtRiskAt || !firstResponseDueAt || !resolutionAtRiskAt || !resolutionDueAt) return [];
  const alerts: Alert[] = [];
  const add = (target: Alert['target'], atRisk: string, dueAt: string) => {
    for (const [kind, at] of [
      ['at_risk', atRisk],
      ['breached', dueAt],
    ] as const) {
      const key = `${target}:${kind}:${dueAt}`;
      if (!clock.slaAlerts.includes(key)) alerts.push({ key, target, kind, at, dueAt });
    }
  };
  if (!clock.firstRespondedAt) add('first_response', firstResponseAtRiskAt, firstResponseDueAt);
  add('resolution', resolutionAtRiskAt, resolutionDueAt);
  return alerts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The alerts whose moment has come. */
export const dueAlerts = (clock: AlertClock, now: Date) =>
  pendingAlerts(clock).filter((alert) => Date.parse(alert.at) <= now.getTime());

/**
 * When the service next needs to look at this request, if ever: its next SLA alert, or the end
 * of the reopen window of a resolved request (auto-close). A moment already come counts too, so
 * that nothing due is skipped.
 */
export function nextTimerAt(clock: AlertClock, reopenWindowDays: number): string | null {
  if (clock.state === 'resolved' && clock.resolvedAt) {
    return new Date(Date.parse(clock.resolvedAt) + reopenWindowDays * 86_400_000).toISOString();
  }
  return pendingAlerts(clock)[0]?.at ?? null;
}
