/**
 * The report scenarios (issue 16): each report over the whole preloaded history (a period that
 * covers every request), against partnerdesk alone — the baseline has no reports. Target: p99 < 200 ms.
 */
import type { Goal } from './report.js';

export const reportScenarios = [
  { key: 'report-sla', title: 'SLA report', report: 'sla' },
  { key: 'report-backlog', title: 'backlog report', report: 'backlog' },
  { key: 'report-escalations', title: 'escalations report', report: 'escalations' },
  { key: 'report-requests', title: 'request volume report', report: 'requests' },
] as const;
export type ReportKey = (typeof reportScenarios)[number]['key'];

export const REPORT_GOAL: Goal = { kind: 'p99', maximumMs: 200 };

/** The report's path over a period from 100 days ago (before the oldest preloaded request) to tomorrow. */
export function reportPath(report: string, now = Date.now()): string {
  const from = new Date(now - 100 * 86_400_000).toISOString();
  const to = new Date(now + 86_400_000).toISOString();
  return `/v1/reports/${report}?from=${from}&to=${to}`;
}
