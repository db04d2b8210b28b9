import type { Static } from 'typebox';
import type { Client } from '../db/pool.js';
import {
  backlog,
  escalationGroups,
  planUse,
  requestVolume,
  slaTargets,
  trainingNeeds as queryTrainingNeeds,
  usage as queryUsage,
  type ReportScope,
  type UsageRow,
} from '../db/reports.js';
import { findCustomer } from '../db/customers.js';
import { finalEscalationStates } from '../domain/escalationLifecycle.js';
import { trainingCauses } from '../domain/reports.js';
import { finalStates } from '../domain/requestLifecycle.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import { requestStates } from '../domain/supportRequests.js';
import { billedMinutes, chargeOf, DEFAULT_BILLING_INCREMENT_MINUTES, proratedMonths } from '../domain/usage.js';
import type {
  BacklogReport,
  CustomerUsage,
  EscalationsReport,
  ReportQuery,
  RequestsReport,
  SlaReport,
  UsageQuery,
} from '../schemas/reports.js';
import type { Context } from './context.js';

type Period = Static<typeof UsageQuery>;

/** The period, checked (`to` after `from`) and in UTC as the answers state it. */
function periodOf(input: Period): Period {
  if (Date.parse(input.to) <= Date.parse(input.from))
    throw invalidFields([{ path: '/to', message: 'must be after from' }], '/querystring');
  return { from: new Date(input.from).toISOString(), to: new Date(input.to).toISOString() };
}

const scopeOf = (ctx: Pick<Context, 'now'>, input: Static<typeof ReportQuery>): ReportScope => ({
  ...input,
  ...periodOf(input),
  now: ctx.now,
});

/** The training-needs report (002): per customer, what its users asked that a course would answer. */
export async function trainingNeeds(tx: Client, _ctx: unknown, input: Period) {
  const period = periodOf(input);
  const rows = await queryTrainingNeeds(tx, trainingCauses, period.from, period.to);
  return { ...period, customers: rows.map((row) => ({ ...row, requestCount: row.requests.length })) };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/** R6: how the partner keeps the SLA it publishes. */
export async function slaReport(
  tx: Client,
  ctx: Pick<Context, 'now'>,
  input: Static<typeof ReportQuery>,
): Promise<Static<typeof SlaReport>> {
  const scope = scopeOf(ctx, input);
  const rows = await slaTargets(tx, scope);
  return {
    from: scope.from,
    to: scope.to,
    targets: rows.map((row) => ({
      ...row,
      metShare: share(row.met, row.requests),
      breachedShare: share(row.breached, row.requests),
      openShare: share(row.open, row.requests),
    })),
  };
}

/** Requests still to be answered or resolved: neither resolved nor final (migration 021 indexes exactly these). */
const openStates = requestStates.filter((state) => state !== 'resolved' && !finalStates.includes(state));

export async function backlogReport(
  tx: Client,
  ctx: Pick<Context, 'now'>,
  input: Static<typeof ReportQuery>,
): Promise<Static<typeof BacklogReport>> {
  const scope = scopeOf(ctx, input);
  return { from: scope.from, to: scope.to, groups: await backlog(tx, scope, openStates) };
}

export async function escalationsReport(
  tx: Client,
  ctx: Pick<Context, 'now'>,
  input: Static<typeof ReportQuery>,
): Promise<Static<typeof EscalationsReport>> {
  const scope = scopeOf(ctx, input);
  return {
    from: scope.from,
    to: scope.to,
    groups: await escalationGroups(tx, scope, finalEscalationStates),
    plans: await planUse(tx, scope),
  };
}

export async function requestsReport(
  tx: Client,
  ctx: Pick<Context, 'now'>,
  input: Static<typeof ReportQuery>,
): Promise<Static<typeof RequestsReport>> {
  const scope = scopeOf(ctx, input);
  const rows = await requestVolume(tx, scope);
  const of = <K extends string>(dimension: string, key: K) =>
    rows.filter((row) => row.dimension === dimension).map((row) => ({ [key]: row.value, requests: row.requests }));
  return {
    from: scope.from,
    to: scope.to,
    requests: of('channel', 'channel').reduce((sum, row) => sum + row.requests, 0),
    byDay: of('day', 'day') as Static<typeof RequestsReport>['byDay'],
    byCategory: of('category', 'category') as Static<typeof RequestsReport>['byCategory'],
    byCause: of('cause', 'cause') as Static<typeof RequestsReport>['byCause'],
    byChannel: of('channel', 'channel') as Static<typeof RequestsReport>['byChannel'],
  };
}

type Usage = Static<typeof CustomerUsage>;

/** A usage row priced: hourly by the billed minutes, monthly only for the definition covering the customer now. */
function usageLine(row: UsageRow, period: Period): Usage['lines'][number] {
  const pricing = row.pricing;
  const increment = pricing?.billingIncrementMinutes ?? DEFAULT_BILLING_INCREMENT_MINUTES;
  const billed = billedMinutes(row.billableMinutesPerRequest, increment);
  const months = pricing?.model === 'monthly' && row.coversNow ? proratedMonths(period.from, period.to) : 0;
  return {
    slaDefinitionId: row.slaDefinitionId,
    slaDefinitionName: row.slaDefinitionName,
    slaDefinitionVersion: row.slaDefinitionVersion,
    pricingModel: pricing?.model ?? null,
    currency: pricing?.currency ?? null,
    unitAmount: pricing?.amount ?? 0,
    billingIncrementMinutes: pricing?.model === 'hourly' ? increment : null,
    requestsRaised: row.requestsRaised,
    incidents: row.incidents,
    billableMinutes: row.billableMinutesPerRequest.reduce((sum, minutes) => sum + minutes, 0),
    nonBillableMinutes: row.nonBillableMinutes,
    billedMinutes: billed,
    billedHours: billed / 60,
    months: Math.round(months * 10_000) / 10_000,
    charge: pricing ? chargeOf(pricing, { incidents: row.incidents, billedMinutes: billed, months }) : 0,
  };
}

/** The rows of one customer (consecutive, as the query orders them) as its usage. */
function customerUsage(rows: UsageRow[], period: Period): Usage {
  const lines = rows.filter((row) => row.hasLine).map((row) => usageLine(row, period));
  const charges = new Map<string, number>();
  for (const line of lines)
    if (line.currency) charges.set(line.currency, (charges.get(line.currency) ?? 0) + line.charge);
  return {
    customerId: rows[0]!.customerId,
    customerName: rows[0]!.customerName,
    ...period,
    requestsRaised: lines.reduce((sum, line) => sum + line.requestsRaised, 0),
    uncoveredRequests: lines.find((line) => line.slaDefinitionId === null)?.requestsRaised ?? 0,
    lines,
    charges: [...charges].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 })),
  };
}

/** What one customer used in the period, and its price. */
export async function customerUsageReport(tx: Client, customerId: string, input: Period): Promise<Usage> {
  const period = periodOf(input);
  if (!(await findCustomer(tx, customerId))) throw new ProblemError('not-found', 'No such customer.');
  return customerUsage(await queryUsage(tx, { ...period, customerId }), period);
}

/** Every customer's usage in the period, by name, for invoicing. */
export async function usageReport(
  tx: Client,
  input: Period,
): Promise<{ from: string; to: string; customers: Usage[] }> {
  const period = periodOf(input);
  const rows = await queryUsage(tx, period);
  const customers: Usage[] = [];
  for (let start = 0; start < rows.length;) {
    let end = start + 1;
    while (end < rows.length && rows[end]!.customerId === rows[start]!.customerId) end++;
    customers.push(customerUsage(rows.slice(start, end), period));
    start = end;
  }
  return { ...period, customers };
}

/** The usage report's CSV columns: one row per customer and SLA definition (customers with no line get one). */
const csvColumns = [
  'customerId',
  'customerName',
  'from',
  'to',
  'slaDefinitionId',
  'slaDefinitionName',
  'slaDefinitionVersion',
  'pricingModel',
  'currency',
  'unitAmount',
  'billingIncrementMinutes',
  'requestsRaised',
  'incidents',
  'billableMinutes',
  'nonBillableMinutes',
  'billedMinutes',
  'billedHours',
  'months',
  'charge',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so that a spreadsheet never runs a name as a formula. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function usageAsCsv(customers: Usage[]): string {
  const lines = customers.flatMap((customer) =>
    (customer.lines.length > 0 ? customer.lines : [{}]).map((line) => {
      const row: Record<string, string | number | null | undefined> = {
        ...customer,
        ...line,
        lines: undefined,
        charges: undefined,
      };
      return csvColumns.map((column) => csvField(row[column])).join(',');
    }),
  );
  return [csvColumns.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}

export const usageAsNdjson = (customers: Usage[]) => customers.map((c) => `${JSON.stringify(c)}\n`).join('');
