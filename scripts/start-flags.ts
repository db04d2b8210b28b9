import { readFileSync } from 'node:fs';

/**
 * The node flags `npm start` runs the service with (package.json's start script), for the bench and
 * the tests that start the compiled service themselves, so that they run it as it is deployed.
 */
export function startNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(' ').filter((word) => word.startsWith('--'));
}
