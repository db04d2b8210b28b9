/**
 * `npm run docs`: rewrites the README sections generated from the code (between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`), so the docs read the same tables the
 * service enforces. The tests fail when the README is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { escalationTransitions } from '../src/domain/escalationLifecycle.js';
import { eventTypes } from '../src/domain/eventTypes.js';
import { escalationGuards } from '../src/domain/escalationPolicy.js';
import { problems } from '../src/domain/problems.js';
import { permissions, roles } from '../src/domain/access.js';
import { intakeGuards } from '../src/domain/intakePolicy.js';
import { lifecycleDiagram, requestTransitions } from '../src/domain/requestLifecycle.js';

export const README = new URL('../README.md', import.meta.url);

function lifecycleSection(): string {
  const rows = requestTransitions.map(
    (t) =>
      `| ${t.from.map((s) => `\`${s}\``).join(', ')} | \`${t.to}\` | ${t.by.join(', ')} | ${t.requires ?? ''} | ${t.means} |`,
  );
  return [
    '```mermaid',
    lifecycleDiagram(),
    '```',
    '',
    '| from | to | who | requires | meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function intakePolicySection(): string {
  return [
    '| # | guard | refuses with |',
    '|---|---|---|',
    ...intakeGuards.map(
      (guard, i) => `| ${i + 1} | ${guard.name} | \`${problems[guard.refuses].status} ${guard.refuses}\` |`,
    ),
  ].join('\n');
}

function roleMatrixSection(): string {
  const rows = Object.entries(permissions).map(
    ([permission, allowed]) =>
      `| \`${permission}\` | ${roles.map((role) => ((allowed as readonly string[]).includes(role) ? '✔' : '')).join(' | ')} |`,
  );
  return [`| permission | ${roles.join(' | ')} |`, `|---|${roles.map(() => '---|').join('')}`, ...rows].join('\n');
}

function escalationPolicySection(): string {
  const rows = escalationGuards.map(
    (guard, i) =>
      `| ${i + 1} | ${guard.step} | ${guard.name} | ${guard.scope} | ${guard.refuses.map((code) => `\`${problems[code].status} ${code}\``).join(', ')} |`,
  );
  const moves = escalationTransitions.map(
    (t) => `| ${t.from.map((s) => `\`${s}\``).join(', ')} | \`${t.to}\` | ${t.by} | ${t.requires ?? ''} | ${t.means} |`,
  );
  return [
    '| # | SPEC §3 step | guard | applies to | refuses with |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'The escalation lifecycle (`src/domain/escalationLifecycle.ts`); the target side of an escalation to Microsoft is',
    'recorded by the partner itself:',
    '',
    '| from | to | by | requires | meaning |',
    '|---|---|---|---|---|',
    ...moves,
  ].join('\n');
}

function eventTypesSection(): string {
  return [
    '| type | `data` |',
    '|---|---|',
    ...Object.entries(eventTypes).map(([type, data]) => `| \`${type}\` | ${data} |`),
  ].join('\n');
}

export const sections: Record<string, () => string> = {
  'role-matrix': roleMatrixSection,
  lifecycle: lifecycleSection,
  'intake-policy': intakePolicySection,
  'escalation-policy': escalationPolicySection,
  'event-types': eventTypesSection,
};

/** The README with every generated section rendered from the code. */
export function renderReadme(readme: string): string {
  let rendered = readme;
  for (const [name, render] of Object.entries(sections)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = rendered.indexOf(start);
    const to = rendered.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    rendered = `${rendered.slice(0, from + start.length)}\n${render()}\n${rendered.slice(to)}`;
  }
  return rendered;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(README, renderReadme(await readFile(README, 'utf8')));
}
