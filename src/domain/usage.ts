/**
 * Time entries and what a customer's support costs under its SLA definitions (issue 16). Pure:
 * every instant is passed in.
 */
import type { Pricing } from './sla.js';

/** An entry's author may change or delete it for this long after creating it; then it is part of the record. */
export const TIME_ENTRY_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

export const timeEntryEditableUntil = (createdAt: string) =>
  new Date(Date.parse(createdAt) + TIME_ENTRY_EDIT_WINDOW_MS).toISOString();

/** Hourly support is billed in increments of this many minutes unless the definition says otherwise. */
export const DEFAULT_BILLING_INCREMENT_MINUTES = 15;

/** Each request's billable minutes rounded up to the increment, then added up: 16 and 79 bill as 30 and 90. */
export function billedMinutes(minutesPerRequest: readonly number[], incrementMinutes: number): number {
  return minutesPerRequest.reduce((sum, minutes) => sum + Math.ceil(minutes / incrementMinutes) * incrementMinutes, 0);
}

/**
 * How many months of a monthly fee [from, to) is worth: each calendar month (UTC) counts for the
 * share of it the period covers, so consecutive periods are never charged twice and a whole
 * calendar month is exactly 1.
 */
export function proratedMonths(from: string, to: string): number {
  const start = new Date(from);
  const end = Date.parse(to);
  let months = 0;
  let monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  // Bounded: one step per calendar month the period touches.
  while (monthStart < end) {
    const next = new Date(monthStart);
    const monthEnd = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
    const covered = Math.min(end, monthEnd) - Math.max(start.getTime(), monthStart);
    if (covered > 0) months += covered / (monthEnd - monthStart);
    monthStart = monthEnd;
  }
  return months;
}

/** Rounded to the cent, as invoices state amounts. */
const toCents = (amount: number) => Math.round(amount * 100) / 100;

export interface UsageCounts {
  /** Requests raised under the definition that were not cancelled. */
  incidents: number;
  /** Billed minutes, already rounded per request. */
  billedMinutes: number;
  /** Months of the period, prorated. */
  months: number;
}

/** The charge of a definition's pricing for what was used. */
export function chargeOf(pricing: Pricing, usage: UsageCounts): number {
  switch (pricing.model) {
    case 'included':
      return 0;
    case 'per_incident':
      return toCents(usage.incidents * pricing.amount);
    case 'hourly':
      return toCents((usage.billedMinutes / 60) * pricing.amount);
    case 'monthly':
      return toCents(usage.months * pricing.amount);
  }
}
