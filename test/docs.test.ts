import { readFile } from 'node:fs/promises';
import t from 'tap';
import { README, renderReadme } from '../scripts/docs.js';

t.test('the README sections generated from the code are up to date (npm run docs)', async (t) => {
  const readme = await readFile(README, 'utf8');
  t.equal(readme, renderReadme(readme), 'run `npm run docs` and commit the README');
});
