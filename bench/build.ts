/**
 * Compiles bench/service.ts and bench/baseline.ts (and what they import) to plain JavaScript in a
 * temporary directory, and the servers run from there with plain `node`, as `npm start` runs
 * dist/. Under `node --import tsx` the loader thread alone adds about 75 MB to a process's RSS,
 * which would swamp the memory target. Type errors are not this step's business (`npm run
 * typecheck` is): it emits whatever parses.
 */
import { spawn } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const SCRIPTS = ['bench/service.ts', 'bench/baseline.ts'];

export interface Build {
  service: string;
  baseline: string;
}

/** Emits into `outDir` with the repository's layout, so relative URLs (migrations/, package.json) still resolve. */
export async function compileServers(outDir: string): Promise<Build> {
  const repo = process.cwd();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // The options of tsconfig.json that shape the emitted code; naming files on the command line
  // makes tsc ignore tsconfig.json, and compile only what these two scripts import.
  const options = [
    '--outDir',
    outDir,
    '--rootDir',
    repo,
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--esModuleInterop',
    '--resolveJsonModule',
    '--verbatimModuleSyntax',
    '--skipLibCheck',
    '--types',
    'node',
    '--noCheck',
  ];
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [tsc, ...SCRIPTS, ...options], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`compiling the servers failed (tsc exit ${code}):\n${output}`)),
    );
  });
  // What the compiled code finds next to itself in the repository: its dependencies, its package
  // manifest ("type": "module"; src/version.ts reads it) and the migrations (src/db/migrate.ts).
  for (const name of ['node_modules', 'package.json', 'migrations'])
    await symlink(resolve(repo, name), join(outDir, name));
  return { service: join(outDir, 'bench', 'service.js'), baseline: join(outDir, 'bench', 'baseline.js') };
}
