import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Connector credentials at rest: AES-256-GCM with the key of CONNECTOR_SECRET_KEY (or one kept in
 * the data directory). A sealed value is `v1.<base64 of iv, tag, ciphertext>`; the associated data
 * names the partner and connector it belongs to, so a sealed secret copied onto another partner's
 * row does not open.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_FILE = 'connector-secret.key';

export function seal(key: Buffer, plaintext: string, associatedData: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
}

/** Opens a sealed value; throws when the key, the associated data or the value is not the sealing one. */
export function unseal(key: Buffer, sealed: string, associatedData: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('not a sealed value');
  const raw = Buffer.from(sealed.slice(3), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** A key as configured: 32 bytes in base64 (`openssl rand -base64 32`). Undefined when it is not one. */
export function parseKey(text: string): Buffer | undefined {
  const key = Buffer.from(text, 'base64');
  return key.length === 32 && key.toString('base64') === text.trim() ? key : undefined;
}

/**
 * The key kept in the data directory, made on first use (readable by the service's user only).
 * For one instance; several instances share CONNECTOR_SECRET_KEY instead.
 */
export async function dataDirectoryKey(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, KEY_FILE);
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) {
    const key = parseKey(existing.trim());
    if (!key) throw new Error(`${path} does not hold a 32-byte base64 key`);
    return key;
  }
  const key = randomBytes(32);
  await mkdir(dataDir, { recursive: true });
  // `wx`: two processes starting together do not overwrite each other's key.
  await writeFile(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return parseKey((await readFile(path, 'utf8')).trim())!;
}
