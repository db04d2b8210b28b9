/** The conformance hook's NDJSON check: a streamed export is read line by line against the item schema. */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import t from 'tap';
import { supportRequest } from '../../src/schemas/examples.js';
import { Contract, checkedLines } from './conformance.js';

const document = readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
const contract = new Contract(JSON.parse(document) as ConstructorParameters<typeof Contract>[0]);
const exported = (line: string) => contract.checkLine('GET', '/v1/support-requests/export', 200, line);

t.test('each streamed line is checked against SupportRequest, however the chunks cut it', async (t) => {
  const good = JSON.stringify(supportRequest);
  const bad = JSON.stringify({ ...supportRequest, state: 'on_fire' });
  const body = `${good}\n${bad}\n${good.slice(0, 40)}`;
  // Chunks cut inside lines and inside a multi-byte character (the é of Élodie).
  const bytes = Buffer.from(body);
  const cut = bytes.indexOf(Buffer.from('É')) + 1;
  const chunks = [bytes.subarray(0, 10), bytes.subarray(10, cut), bytes.subarray(cut)];
  const violations: string[] = [];
  const sent = await text(checkedLines(Readable.from(chunks), exported, violations));

  t.equal(sent, body, 'the answer goes on unchanged');
  t.equal(violations.length, 2, 'the bad line and the truncated last line');
  t.match(violations[0], /streamed line: body off its schema: \/state must be equal to one of the allowed values/);
  t.match(violations[1], /streamed line: body is not JSON/);
});

t.test('a line that fits its schema is no violation', async (t) => {
  t.same(exported(JSON.stringify(supportRequest)), []);
});
