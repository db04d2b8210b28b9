import type { Static } from 'typebox';
import { findApiKey, insertApiKey, revokeApiKey, type ApiKeyRow } from '../db/apiKeys.js';
import { findCustomer } from '../db/customers.js';
import { findPartner } from '../db/partners.js';
import { mintApiKey } from '../domain/credentials.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { NewApiKey } from '../schemas/api-keys.js';
import { managesKeysOf, type Role } from '../domain/access.js';
import type { CallerContext, Tx } from './context.js';

/** API keys: issuing one (its secret is returned this once), revoking one, and who the caller is. */

/**
 * Issues a key of `partnerId`; a customer_user key names the customer it acts for, no other key
 * does. `issuerRole` is the role of the key asking (none for the operator's CLI).
 */
export async function issueApiKey(
  tx: Tx,
  input: Static<typeof NewApiKey> & { partnerId: string; issuerRole?: Role },
): Promise<ApiKeyRow & { key: string }> {
  const { partnerId, name, role, customerId = null, issuerRole } = input;
  if (issuerRole && !managesKeysOf(issuerRole, role)) {
    throw new ProblemError('forbidden', `A ${issuerRole} does not issue ${role} keys.`);
  }
  if ((role === 'customer_user') !== (customerId !== null)) {
    const message = role === 'customer_user' ? 'is required for customer_user' : 'is only for customer_user';
    throw invalidFields([{ path: '/customerId', message }]);
  }
  if (customerId && !(await findCustomer(tx, customerId))) {
    throw new ProblemError('invalid-reference', 'customerId does not name a customer of this partner.');
  }
  const minted = mintApiKey(partnerId);
  const key = await insertApiKey(tx, { partnerId, name, role, customerId, hash: minted.hash });
  return { ...key, key: minted.key };
}

export async function visibleApiKey(tx: Tx, id: string): Promise<ApiKeyRow> {
  const key = await findApiKey(tx, id);
  if (!key) throw new ProblemError('not-found', 'No such API key.');
  return key;
}

export async function revokeKey(tx: Tx, ctx: CallerContext, id: string): Promise<void> {
  const key = await visibleApiKey(tx, id);
  if (!managesKeysOf(ctx.caller.role, key.role)) {
    throw new ProblemError('forbidden', `A ${ctx.caller.role} does not revoke ${key.role} keys.`);
  }
  await revokeApiKey(tx, id);
}

/** The calling key: its name, role and partner. */
export async function whoAmI(tx: Tx, ctx: CallerContext) {
  const { caller } = ctx;
  const partner = (await findPartner(tx, caller.partnerId))!;
  return {
    keyId: caller.keyId,
    name: caller.keyName,
    role: caller.role,
    customerId: caller.customerId,
    partner: { id: partner.id, name: partner.name, kind: partner.kind },
  };
}
