import type { Cause } from './supportRequests.js';

/** The diagnoses that say a customer needs training rather than a fix (002). */
export const trainingCauses = ['usage_question', 'training_need'] as const satisfies readonly Cause[];
export type TrainingCause = (typeof trainingCauses)[number];
