/** `npm test` fails here when the SDK's types are not those of openapi/openapi.json. */
import { readFile } from 'node:fs/promises';
import { renderSdkSchema, sdkSchemaFile } from '../../scripts/sdk.js';

const committed = await readFile(sdkSchemaFile, 'utf8').catch(() => '');
if (committed !== (await renderSdkSchema())) {
  process.stderr.write('sdk/typescript/src/schema.d.ts is stale: run `npm run sdk` and commit the result.\n');
  process.exit(1);
}
process.stdout.write('sdk/typescript/src/schema.d.ts matches the contract\n');
