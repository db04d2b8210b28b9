import { integrationLimits, repeatedRef, type ExternalRef, type Metadata } from '../domain/integrations.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { Caller } from './context.js';

/**
 * The rules on integration fields a JSON schema cannot state: a reference is listed once, and
 * metadata after a change still has at most the allowed number of keys.
 */
export function assertIntegrationFields(fields: {
  externalRefs?: ExternalRef[] | undefined;
  metadata?: Metadata | undefined;
}) {
  if (fields.externalRefs && fields.externalRefs.length > integrationLimits.externalRefs)
    throw invalidFields([
      { path: '/externalRefs', message: `would have more than ${integrationLimits.externalRefs} references` },
    ]);
  const repeated = fields.externalRefs ? repeatedRef(fields.externalRefs) : -1;
  if (repeated >= 0) throw invalidFields([{ path: `/externalRefs/${repeated}`, message: 'repeats a reference' }]);
  if (fields.metadata && Object.keys(fields.metadata).length > integrationLimits.metadataKeys) {
    throw invalidFields([
      { path: '/metadata', message: `would have more than ${integrationLimits.metadataKeys} keys` },
    ]);
  }
}

/**
 * Tags are the partner's own: a customer user reads none, so it may not filter by them either (the
 * answer would tell it which tags its customer and its requests carry).
 */
export function assertTagFilterAllowed(caller: Caller, tag: string[] | undefined): void {
  if (caller.customerId && tag !== undefined)
    throw new ProblemError(
      'forbidden',
      "A customer user cannot filter by tag: tags are the partner's, read by its agents.",
    );
}
