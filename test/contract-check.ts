/** `npm test` fails here when openapi/openapi.json is not what the code declares. */
import { readFile } from 'node:fs/promises';
import { renderOpenApi } from '../src/contract.js';

const committed = await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8').catch(() => '');
const current = await renderOpenApi();
if (committed !== current) {
  process.stderr.write('openapi/openapi.json is stale: run `npm run openapi` and commit the result.\n');
  process.exit(1);
}
process.stdout.write('openapi/openapi.json matches the code\n');
