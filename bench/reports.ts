/**
 * The report scenarios (issue 16): each report over the whole preloaded history (a period that
 * covers every request), against partnerdesk alone — the baseline has no reports. Target: p99 < 200 ms.
 */
import type { Side } from './report.js';

export const reportScenarios = [
  { key: 'report-sla', title: 'SLA report', report: 'sla' },
  { key: 'report-backlog', title: 'backlog report', report: 'backlog' },
  { key: 'report-escalations', title: 'escalations report', report: 'escalations' },
  { key: 'report-requests', title: 'request volume report', report: 'requests' },
] as const;
export type ReportKey = (typeof reportScenarios)[number]['key'];

export const REPORT_P99_TARGET_MS = 200;

/** The report's path over a period from 100 days ago (before the oldest preloaded request) to tomorrow. */
export function reportPath(report: string, now = Date.now()): string {
  const from = new Date(now - 100 * 86_400_000).toISOString();
  const to = new Date(now + 86_400_000).toISOString();
  return `/v1/reports/${report}?from=${from}&to=${to}`;
}

/** The targets of the report scenarios that ran. */
export function reportTargets(scenarios: { key: string; title: string; partnerdesk?: Side }[]) {
  return reportScenarios.flatMap(({ key, title }) => {
    const measured = scenarios.find((s) => s.key === key)?.partnerdesk;
    return measured
      ? [
          {
            name: `${title} p99`,
            goal: `< ${REPORT_P99_TARGET_MS} ms`,
            measured: measured.responses > 0 ? `${measured.p99Ms} ms` : 'no answer',
            // No answer at all is no latency to speak of.
            pass: measured.responses > 0 && measured.p99Ms < REPORT_P99_TARGET_MS,
          },
        ]
      : [];
  });
}
