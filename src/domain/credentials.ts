import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys read `pd_<partner id, 32 hex>_<secret>`. The partner id in clear lets the service
 * look the key up inside that partner's row-level-security scope; the secret (32 random bytes)
 * is stored only as its SHA-256, which is enough for a value with that much entropy.
 */
const KEY_FORMAT = /^pd_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface MintedKey {
  key: string;
  hash: string;
}

export function mintApiKey(partnerId: string): MintedKey {
  const key = `pd_${partnerId.replaceAll('-', '')}_${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashSecret(key) };
}

/** The partner a key claims to belong to and its hash, or undefined when it cannot be a key. */
export function parseApiKey(key: string): { partnerId: string; hash: string } | undefined {
  const match = KEY_FORMAT.exec(key);
  if (!match) return undefined;
  const hex = match[1]!;
  const partnerId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { partnerId, hash: hashSecret(key) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of two secrets of any length. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(given), 'hex'), Buffer.from(hashSecret(expected), 'hex'));
}
