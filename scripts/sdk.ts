/**
 * `npm run sdk`: regenerates the SDK's types (sdk/typescript/src/schema.d.ts) from the committed
 * contract, so the SDK follows every change to openapi/openapi.json. `npm test` fails when they differ.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const contractFile = new URL('../openapi/openapi.json', import.meta.url);
export const sdkSchemaFile = new URL('../sdk/typescript/src/schema.d.ts', import.meta.url);

const header =
  '/**\n * Generated from openapi/openapi.json by openapi-typescript (`npm run sdk`). Do not edit by hand.\n */\n\n';

export async function renderSdkSchema(): Promise<string> {
  const contract = JSON.parse(await readFile(contractFile, 'utf8'));
  return header + astToString(await openapiTS(contract));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(sdkSchemaFile, await renderSdkSchema());
  process.stdout.write(`wrote ${fileURLToPath(sdkSchemaFile)}\n`);
}
