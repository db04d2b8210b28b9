import { readFileSync } from 'node:fs';

/** The package version, which is also the contract's `info.version`. */
export const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
