import { recordEvent, type Actor } from '../db/events.js';
import { lockRow } from '../db/locks.js';
import type { Client } from '../db/pool.js';
import { findPartner, updateCompetency, type PartnerRow } from '../db/partners.js';
import type { Competency } from '../domain/partners.js';
import { ProblemError } from '../http/problem.js';

/**
 * The operator records a partner's new MPN competency (competencies change, and the plans that
 * need one are checked against it at escalation time, R4). Runs in the partner's tenant
 * transaction; a change writes `partner.competency_changed`, a repeat of the current value
 * changes nothing.
 */
export async function changeCompetency(
  tx: Client,
  ctx: { actor: Actor; ifMatch: number[] | undefined },
  input: { partnerId: string; competency: Competency },
): Promise<PartnerRow> {
  const version = await lockRow(tx, 'partners', input.partnerId);
  if (version === undefined) throw new ProblemError('not-found', 'No such partner.');
  if (ctx.ifMatch && !ctx.ifMatch.includes(version)) {
    throw new ProblemError('version-mismatch', `The current version is ${version}; read it again and retry.`, {
      currentVersion: version,
    });
  }
  const current = (await findPartner(tx, input.partnerId))!;
  if (current.competency === input.competency) return current;
  const changed = await updateCompetency(tx, input.partnerId, input.competency);
  await recordEvent(tx, {
    type: 'partner.competency_changed',
    subject: { type: 'partner', id: input.partnerId },
    actor: ctx.actor,
    data: { from: current.competency, to: input.competency },
  });
  return changed;
}
