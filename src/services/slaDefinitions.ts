import type { Static } from 'typebox';
import { countCustomersCoveredBy } from '../db/customers.js';
import { recordEvent } from '../db/events.js';
import {
  findCoveringDefinition,
  findSlaDefinition,
  insertSlaDraft,
  makeDefaultSlaDefinition,
  publishSlaDefinition,
  retireSlaDefinition,
  updateSlaDraft,
  type SlaDefinitionRow,
} from '../db/slaDefinitions.js';
import { dueDates, missingForPublication, termsErrors } from '../domain/sla.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { DueDatesRequest, NewSlaDefinition, SlaDefinitionPatch } from '../schemas/sla-definitions.js';
import { lockVersioned, type CallerContext, type Context, type Tx } from './context.js';

/** SLA definitions (R6): drafts, their versions (basedOn), publication, the default, retirement. */

/** The definition as the caller may see it: a customer user sees only the one covering it. */
export async function visibleSlaDefinition(tx: Tx, ctx: CallerContext, id: string): Promise<SlaDefinitionRow> {
  const { customerId } = ctx.caller;
  const definition = customerId ? await findCoveringDefinition(tx, customerId) : await findSlaDefinition(tx, id);
  if (!definition || definition.id !== id) throw new ProblemError('not-found', 'No such SLA definition.');
  return definition;
}

/** The only definition a customer user may list (the one covering it, or none); undefined: any. */
export async function listableSlaDefinition(tx: Tx, ctx: CallerContext): Promise<string | null | undefined> {
  const { customerId } = ctx.caller;
  return customerId ? ((await findCoveringDefinition(tx, customerId))?.id ?? null) : undefined;
}

/**
 * Locks a definition for a change (honouring If-Match) that its status must allow: drafts are
 * edited and published; published definitions become the default or retire.
 */
async function lockDefinition(
  tx: Tx,
  ctx: Context,
  id: string,
  required: 'draft' | 'published',
): Promise<SlaDefinitionRow> {
  await lockVersioned(tx, ctx, 'sla_definitions', id);
  const definition = (await findSlaDefinition(tx, id))!;
  if (definition.status === required) return definition;
  if (required === 'draft') {
    throw new ProblemError(
      'sla-published-immutable',
      `This definition is ${definition.status}; create a new one with basedOn: "${definition.id}" to change its terms.`,
    );
  }
  throw new ProblemError('sla-not-published', `This definition is ${definition.status}.`);
}

const recordSlaEvent = (tx: Tx, ctx: Context, type: string, definition: SlaDefinitionRow, data = {}) =>
  recordEvent(tx, {
    type: `sla_definition.${type}`,
    subject: { type: 'sla_definition', id: definition.id },
    actor: ctx.actor,
    data: { version: definition.version, status: definition.status, ...data },
  });

function assertTerms(terms: Parameters<typeof termsErrors>[0]): void {
  const errors = termsErrors(terms);
  if (errors.length > 0) throw invalidFields(errors);
}

/** Hours may leave out weekly windows and holidays (24/7 hours need neither): stored as empty lists. */
function withHourLists<T extends Static<typeof SlaDefinitionPatch>>(terms: T) {
  const { hours, ...rest } = terms;
  if (hours === undefined) return rest;
  return { ...rest, hours: hours && { ...hours, weekly: hours.weekly ?? [], holidays: hours.holidays ?? [] } };
}

/** A draft, possibly the next version of a published or retired definition (basedOn), inheriting its terms. */
export async function draftSlaDefinition(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof NewSlaDefinition>,
): Promise<SlaDefinitionRow> {
  const { name, basedOn, ...given } = input;
  const fields = withHourLists(given);
  assertTerms(fields);
  const base = basedOn ? await findSlaDefinition(tx, basedOn) : undefined;
  if (basedOn && (!base || base.status === 'draft')) {
    throw new ProblemError('invalid-reference', 'basedOn names a published or retired definition of this partner.');
  }
  if (!base && !name) throw invalidFields([{ path: '/name', message: 'is required unless basedOn is given' }]);
  const inherited = base
    ? {
        supportTypes: base.supportTypes,
        hours: base.hours,
        channels: base.channels,
        pricing: base.pricing,
        targets: base.targets,
        pauseOn: base.pauseOn,
      }
    : {};
  const created = await insertSlaDraft(tx, {
    partnerId: ctx.caller.partnerId,
    name: name ?? base!.name,
    version: base ? base.version + 1 : 1,
    basedOn: base?.id ?? null,
    fields: { ...inherited, ...fields },
  });
  await recordSlaEvent(tx, ctx, 'created', created, { basedOn: created.basedOn });
  return created;
}

export async function editSlaDraft(
  tx: Tx,
  ctx: Context,
  id: string,
  input: Static<typeof SlaDefinitionPatch>,
): Promise<SlaDefinitionRow> {
  const fields = withHourLists(input);
  assertTerms(fields);
  await lockDefinition(tx, ctx, id, 'draft');
  const updated = await updateSlaDraft(tx, id, fields);
  await recordSlaEvent(tx, ctx, 'updated', updated, { fields: Object.keys(input) });
  return updated;
}

/** Publishes a draft once it states everything customers must be told (R6). */
export async function publishSla(tx: Tx, ctx: Context, id: string): Promise<SlaDefinitionRow> {
  const draft = await lockDefinition(tx, ctx, id, 'draft');
  const missing = missingForPublication(draft);
  if (missing.length > 0) {
    throw new ProblemError('sla-incomplete', `Still to state before publishing: ${missing.join(', ')}.`, { missing });
  }
  const published = await publishSlaDefinition(tx, draft.id, draft.isDefault);
  await recordSlaEvent(tx, ctx, 'published', published, { isDefault: published.isDefault });
  return published;
}

export async function makeSlaDefault(tx: Tx, ctx: Context, id: string): Promise<SlaDefinitionRow> {
  const definition = await lockDefinition(tx, ctx, id, 'published');
  const updated = await makeDefaultSlaDefinition(tx, definition.id);
  await recordSlaEvent(tx, ctx, 'made_default', updated);
  return updated;
}

/** Retires a published definition that no customer relies on any more. */
export async function retireSla(tx: Tx, ctx: Context, id: string): Promise<SlaDefinitionRow> {
  const definition = await lockDefinition(tx, ctx, id, 'published');
  const covered = await countCustomersCoveredBy(tx, definition.id);
  if (covered > 0) {
    throw new ProblemError('sla-in-use', `${covered} customer(s) are covered by this definition; move them first.`, {
      customers: covered,
    });
  }
  const retired = await retireSlaDefinition(tx, definition.id);
  await recordSlaEvent(tx, ctx, 'retired', retired);
  return retired;
}

/** The due dates of a request opened at a given instant, in the definition's business time. */
export async function slaDueDates(tx: Tx, ctx: CallerContext, id: string, input: Static<typeof DueDatesRequest>) {
  const definition = await visibleSlaDefinition(tx, ctx, id);
  const target = definition.targets?.[input.severity];
  if (!definition.hours || !target) {
    const missing = [...(definition.hours ? [] : ['hours']), ...(target ? [] : [`targets.${input.severity}`])];
    throw new ProblemError('sla-incomplete', `This definition does not state ${missing.join(' and ')}.`, { missing });
  }
  return dueDates(definition.hours, target, input.openedAt);
}
