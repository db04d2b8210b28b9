/**
 * `npm test` fails here when openapi/openapi.json is not what the code declares, or when the
 * contract lacks an example (on a schema, a request body or a success answer) or holds one its
 * schema refuses. Examples are checked with the validator the conformance hook checks answers with.
 */
import { readFile } from 'node:fs/promises';
import { renderOpenApi } from '../src/contract.js';
import { contractValidator } from './support/conformance.js';

interface Media {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}
interface Schema {
  $ref?: string;
  examples?: unknown[];
  [keyword: string]: unknown;
}
interface Operation {
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const committed = await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8').catch(() => '');
const current = await renderOpenApi();
if (committed !== current) {
  process.stderr.write('openapi/openapi.json is stale: run `npm run openapi` and commit the result.\n');
  process.exit(1);
}
process.stdout.write('openapi/openapi.json matches the code\n');

const document = JSON.parse(current) as Document;
const compile = contractValidator(document);
const failures: string[] = [];
let checked = 0;

const HOW =
  'add `examples: [ex.…]` to its TypeBox options, the value defined once in src/schemas/examples.ts (the story ' +
  'of Contoso France SAS: reuse its ids)';

function validate(where: string, schema: unknown, example: unknown): void {
  checked++;
  const check = compile(schema);
  if (!check(example)) {
    const errors = check.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    failures.push(`${where}: the example does not match its schema: ${errors}`);
  }
}

/** Every `examples` in a schema, checked against the schema it stands in (example values are not walked). */
function checkSchemaExamples(where: string, schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) return schema.forEach((inner, i) => checkSchemaExamples(`${where}/${i}`, inner));
  const node = schema as Schema;
  if (Array.isArray(node.examples)) node.examples.forEach((example) => validate(where, node, example));
  for (const [key, inner] of Object.entries(node)) {
    if (key !== 'examples' && key !== 'default' && key !== 'enum' && key !== 'const') {
      checkSchemaExamples(`${where}/${key}`, inner);
    }
  }
}

const componentOf = (schema: Schema | undefined) =>
  schema?.$ref?.startsWith('#/components/schemas/')
    ? document.components.schemas[schema.$ref.split('/').pop()!]
    : schema;

/** A body (request or answer): it shows an example, its own or its schema's, and each one fits. */
function checkMedia(where: string, media: Media): void {
  const examples = [
    ...(media.example !== undefined ? [media.example] : []),
    ...Object.values(media.examples ?? {}).map((example) => example.value),
  ];
  for (const example of examples) validate(where, media.schema, example);
  checkSchemaExamples(`${where}/schema`, media.schema);
  if (examples.length === 0 && !componentOf(media.schema)?.examples?.length) {
    failures.push(`${where} has no example: ${HOW} (the body's schema, or the component it names)`);
  }
}

for (const [name, schema] of Object.entries(document.components.schemas)) {
  if (!schema.examples?.length) failures.push(`components.schemas.${name} has no example: ${HOW}`);
  checkSchemaExamples(`components.schemas.${name}`, schema);
}

const operations = [
  ...Object.entries(document.paths),
  ...Object.entries(document.webhooks ?? {}).map(([name, item]) => [`webhook ${name}`, item] as const),
];
for (const [path, item] of operations) {
  for (const [method, operation] of Object.entries(item)) {
    for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
      checkMedia(`${method.toUpperCase()} ${path} request body (${type})`, media);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!status.startsWith('2')) continue;
      for (const [type, media] of Object.entries(response.content ?? {})) {
        checkMedia(`${method.toUpperCase()} ${path} → ${status} (${type})`, media);
      }
    }
  }
}

if (failures.length > 0) {
  process.stderr.write(`${failures.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`every schema, request body and success answer has an example; ${checked} examples fit\n`);
