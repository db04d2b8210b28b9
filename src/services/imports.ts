import type { Static } from 'typebox';
import { findImport, insertImport, lockPendingImport, recordImportResults, type ImportRow } from '../db/imports.js';
import { scheduleJob } from '../db/jobs.js';
import { importStatuses, integrationLimits, type ImportStatus } from '../domain/integrations.js';
import { inputRefusal, ProblemError } from '../domain/problems.js';
import type { ImportItem, ImportResult, NewCustomer } from '../schemas/customers.js';
import type { Caller, Context, InTenant, Tx } from './context.js';
import { syncCustomer, type CustomerContext } from './customers.js';

/**
 * Customer imports (issue 15). Each line runs in its own transaction, so a failed line leaves
 * nothing written and the others stand; every line goes through `syncCustomer`, so running the
 * same file again finds every customer as it left it (`unchanged`). A small import runs while the
 * caller waits; a large one is stored and run by the `import_customers` job, which survives a
 * restart (a line run twice is `unchanged` the second time).
 */

/** Lines one run of the import job takes: a few seconds of work. */
const IMPORT_JOB_LINES = 500;

/** A line as the route checked it: the customer it states, or why it cannot be read. */
export type ImportLine =
  { index: number; item: Static<typeof ImportItem> } | { index: number; problem: { code: string; detail: string } };
type Result = Static<typeof ImportResult>;

/** A Partner Center customer (`companyProfile`) as this API's customer. */
function asNewCustomer(item: Static<typeof ImportItem>): Static<typeof NewCustomer> {
  if (!('companyProfile' in item)) return item;
  const { tenantId, companyName, domain } = item.companyProfile;
  return { name: companyName, domain, tenantId };
}

async function runLine(inTenant: InTenant, ctx: CustomerContext, line: ImportLine): Promise<Result> {
  if ('problem' in line) return { index: line.index, status: 'failed', id: null, problem: line.problem };
  const customer = asNewCustomer(line.item);
  try {
    const synced = await inTenant((tx) => syncCustomer(tx, ctx, customer, customer.externalRefs ?? []));
    return { index: line.index, status: synced.status, id: synced.customer.id };
  } catch (error) {
    const problem = inputRefusal(error);
    if (!problem) throw error;
    return { index: line.index, status: 'failed', id: null, problem };
  }
}

async function runLines(inTenant: InTenant, ctx: CustomerContext, lines: ImportLine[]) {
  const results: Result[] = [];
  for (const line of lines) results.push(await runLine(inTenant, ctx, line));
  return results;
}

/** The wire shape of an import, with its results counted by status. */
export function presentImport(row: ImportRow) {
  const results = (row.results ?? []) as Result[];
  const counts = Object.fromEntries(importStatuses.map((status) => [status, 0])) as Record<ImportStatus, number>;
  for (const result of results) counts[result.status]++;
  return { ...row, results: row.results as Result[] | null, counts };
}

/**
 * Imports the lines: at most `importInline` of them at once (answered complete), more by the
 * `import_customers` job (answered pending, to poll).
 */
export async function importCustomers(
  inTenant: InTenant,
  ctx: CustomerContext,
  lines: ImportLine[],
): Promise<ImportRow> {
  if (lines.length === 0) throw new ProblemError('bad-request', 'The import has no customers.');
  if (lines.length <= integrationLimits.importInline) {
    const results = await runLines(inTenant, ctx, lines);
    return inTenant((tx) => insertImport(tx, { total: lines.length, caller: ctx.caller, lines: null, results }));
  }
  return inTenant(async (tx) => {
    const pending = await insertImport(tx, { total: lines.length, caller: ctx.caller, lines, results: null });
    await scheduleJob(tx, 'import_customers', { importId: pending.id }, ctx.now.toISOString(), `import:${pending.id}`);
    return pending;
  });
}

/**
 * The `import_customers` job: runs the next lines of a pending import as the key that sent them,
 * records their results, and schedules itself again until every line has one. Each run stays
 * well within the time after which the queue presumes a job's process dead and runs it again.
 */
export async function runPendingImport(
  inTenant: InTenant,
  settings: Context['settings'],
  importId: string,
): Promise<void> {
  const pending = await inTenant((tx) => lockPendingImport(tx, importId, IMPORT_JOB_LINES));
  if (!pending) return;
  const caller = pending.caller as Caller;
  const ctx = {
    actor: { kind: 'api_key' as const, id: caller.keyId, role: caller.role },
    caller,
    settings,
    now: new Date(),
    ifMatch: undefined,
  };
  const results = await runLines(inTenant, ctx, pending.next as ImportLine[]);
  await inTenant(async (tx) => {
    // Results are recorded in line order once, even if another run of this job got there first.
    const current = await lockPendingImport(tx, importId, 1);
    if (!current || current.done.length !== pending.done.length) return;
    const completed = await recordImportResults(tx, importId, results);
    if (!completed)
      await scheduleJob(tx, 'import_customers', { importId }, new Date().toISOString(), `import:${importId}`);
  });
}

export async function visibleImport(tx: Tx, id: string): Promise<ImportRow> {
  const found = await findImport(tx, id);
  if (!found) throw new ProblemError('not-found', 'No such import.');
  return found;
}
