import { readFile } from 'node:fs/promises';
import t from 'tap';
import { README, renderReadme } from '../scripts/docs.js';
import { startNodeFlags } from '../scripts/start-flags.js';

t.test('the README sections generated from the code are up to date (npm run docs)', async (t) => {
  const readme = await readFile(README, 'utf8');
  t.equal(readme, renderReadme(readme), 'run `npm run docs` and commit the README');
});

t.test('the container runs the service with the node flags of npm start', async (t) => {
  const dockerfile = await readFile(new URL('../Dockerfile', import.meta.url), 'utf8');
  const command = /^CMD (\[.*\])$/m.exec(dockerfile);
  t.ok(startNodeFlags().length > 0, 'npm start sets node flags');
  t.same(JSON.parse(command![1]!), ['node', ...startNodeFlags(), 'dist/server.js']);
});
