import type { Cause } from './supportRequests.js';

/** The diagnoses that say a customer needs training rather than a fix (002). */
export const trainingCauses = ['usage_question', 'training_need'] as const satisfies readonly Cause[];
export type TrainingCause = (typeof trainingCauses)[number];

/** Ages an open request falls into in the backlog report, by the days since it was raised. */
export const ageBands = [
  { band: 'under_1_day', maxDays: 1 },
  { band: '1_to_3_days', maxDays: 3 },
  { band: '3_to_7_days', maxDays: 7 },
  { band: '7_to_30_days', maxDays: 30 },
  { band: 'over_30_days', maxDays: null },
] as const;
export type AgeBand = (typeof ageBands)[number]['band'];
