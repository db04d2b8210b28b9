import type { Client } from '../db/pool.js';
import { trainingNeeds as queryTrainingNeeds } from '../db/reports.js';
import { trainingCauses } from '../domain/reports.js';
import { invalidFields } from '../domain/problems.js';

/** The training-needs report (002): per customer, what its users asked that a course would answer. */
export async function trainingNeeds(tx: Client, _ctx: unknown, input: { from: string; to: string }) {
  if (Date.parse(input.to) <= Date.parse(input.from))
    throw invalidFields([{ path: '/to', message: 'must be after from' }], '/querystring');
  const rows = await queryTrainingNeeds(tx, trainingCauses, input.from, input.to);
  return {
    from: new Date(input.from).toISOString(),
    to: new Date(input.to).toISOString(),
    customers: rows.map((row) => ({ ...row, requestCount: row.requests.length })),
  };
}
