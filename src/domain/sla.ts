import type { FieldError } from './problems.js';
import { addBusinessMinutes, businessHoursErrors, type BusinessHours } from './slaClock.js';
import {
  commercialCategories,
  severities,
  type Category,
  type RequestState,
  type Severity,
} from './supportRequests.js';

export const slaStatuses = ['draft', 'published', 'retired'] as const;
export type SlaDefinitionStatus = (typeof slaStatuses)[number];
export const contactChannelKinds = ['phone', 'email', 'web', 'chat'] as const;
export const pricingModels = ['included', 'per_incident', 'monthly', 'hourly'] as const;
/** States in which it makes sense to stop the clock: the partner is waiting on someone else. */
export const pausableStates = ['awaiting_customer', 'escalated'] as const satisfies readonly RequestState[];
export type PausableState = (typeof pausableStates)[number];

export interface ContactChannel {
  kind: (typeof contactChannelKinds)[number];
  address: string;
  alwaysOpen: boolean;
}
export interface Pricing {
  model: (typeof pricingModels)[number];
  amount: number;
  currency: string;
  /** Hourly: billable minutes are rounded up to this per request (default 15). */
  billingIncrementMinutes?: number;
}
export interface Target {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}
export type Targets = Partial<Record<Severity, Target>>;

/** What a definition promises customers; a draft may leave any of it unstated. */
export interface SlaTerms {
  supportTypes: Category[];
  hours: BusinessHours | null;
  channels: ContactChannel[];
  pricing: Pricing | null;
  targets: Targets | null;
}

/**
 * R6: customers are told the types of support, the hours, how to reach the partner and the price,
 * and get a target for every severity. The partner owns the billing relationship and answers
 * billing questions (003), so every definition offers billing and subscription support. Returns
 * every part that is missing, so that one refusal names them all.
 */
export function missingForPublication(terms: SlaTerms): string[] {
  const missing: string[] = [];
  if (terms.supportTypes.length === 0) missing.push('supportTypes');
  for (const category of commercialCategories)
    if (!terms.supportTypes.includes(category)) missing.push(`supportTypes.${category}`);
  if (!terms.hours) missing.push('hours');
  if (terms.channels.length === 0) missing.push('channels');
  if (!terms.pricing) missing.push('pricing');
  for (const severity of severities) if (!terms.targets?.[severity]) missing.push(`targets.${severity}`);
  return missing;
}

export interface DueDates {
  firstResponseDueAt: string;
  resolutionDueAt: string;
}

/** When the partner must have answered and resolved a request opened at `openedAt`, in business time. */
export function dueDates(hours: BusinessHours, target: Target, openedAt: string): DueDates {
  return {
    firstResponseDueAt: addBusinessMinutes(hours, openedAt, target.firstResponseMinutes),
    resolutionDueAt: addBusinessMinutes(hours, openedAt, target.resolutionMinutes),
  };
}

/** What a schema cannot say about terms: a real calendar, and resolution no sooner than first response. */
export function termsErrors(terms: Partial<SlaTerms>): FieldError[] {
  const errors = terms.hours ? businessHoursErrors(terms.hours).map((e) => ({ ...e, path: `/hours${e.path}` })) : [];
  for (const severity of severities) {
    const target = terms.targets?.[severity];
    if (target && target.resolutionMinutes < target.firstResponseMinutes) {
      errors.push({
        path: `/targets/${severity}/resolutionMinutes`,
        message: 'must not be less than firstResponseMinutes',
      });
    }
  }
  return errors;
}
