/**
 * What a run prints and keeps: the table, the targets with PASS/MISS, and bench/results.json with
 * the machine it ran on (numbers from different machines are not comparable).
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Measurement } from './measure.js';
import type { ReportKey } from './reports.js';

/** A measured run, and the CPU it cost per response: where the time goes, for the next engineer. */
export type Side = Measurement & {
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  /** The server process's peak RSS (VmHWM) at the end of this run: shows which scenario raised it. */
  peakRssMbAfter: number;
};

/** What a scenario must reach (issue 18), checked on partnerdesk's side of the run. */
export type Goal =
  | { kind: 'ratio'; minimum: number }
  | { kind: 'p99'; maximumMs: number }
  | { kind: 'throughput'; minimumPerSecond: number };

export interface ScenarioResult {
  key: 'create' | 'get' | 'list' | 'search' | 'transition' | 'events' | ReportKey;
  title: string;
  /** Concurrent connections autocannon kept open. */
  connections?: number;
  goals?: Goal[];
  partnerdesk?: Side;
  baseline?: Side;
  /** Why there is no measurement (e.g. the endpoint does not exist yet). */
  note?: string;
}

export interface Memory {
  /** The service process's peak resident set (VmHWM), in MB: PostgreSQL not included. */
  servicePeakRssMb: number;
  /** Its resident set once started and seeded, before any load, in MB. */
  serviceIdleRssMb: number;
  /** The baseline process's peak, for scale: both run compiled, the same way. */
  baselinePeakRssMb: number;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean;
}

/** The service's peak RSS during the whole bench must stay under this. */
const PEAK_RSS_LIMIT_MB = 200;

const ratio = (s: ScenarioResult) =>
  s.partnerdesk && s.baseline && s.baseline.requestsPerSecond > 0
    ? s.partnerdesk.requestsPerSecond / s.baseline.requestsPerSecond
    : undefined;

function targetOf(s: ScenarioResult, goal: Goal): Target {
  const name = `${s.title}${s.connections ? ` @${s.connections}` : ''}`;
  const side = s.partnerdesk;
  switch (goal.kind) {
    case 'ratio': {
      const r = ratio(s);
      return {
        name,
        goal: `≥ ${goal.minimum} × baseline req/s`,
        measured: r === undefined ? 'not measured' : `${r.toFixed(2)} ×`,
        pass: r !== undefined && r >= goal.minimum,
      };
    }
    case 'p99':
      return {
        name,
        goal: `p99 < ${goal.maximumMs} ms`,
        measured: side ? `${side.p99Ms} ms` : 'not measured',
        // No answer at all is no latency to speak of.
        pass: side !== undefined && side.responses > 0 && side.p99Ms < goal.maximumMs,
      };
    case 'throughput':
      return {
        name,
        goal: `≥ ${goal.minimumPerSecond} req/s`,
        measured: side ? `${side.requestsPerSecond.toFixed(0)} req/s` : 'not measured',
        pass: side !== undefined && side.requestsPerSecond >= goal.minimumPerSecond,
      };
  }
}

export function checkTargets(scenarios: ScenarioResult[], memory: Memory): Target[] {
  const targets = scenarios.flatMap((s) => (s.goals ?? []).map((goal) => targetOf(s, goal)));
  targets.push({
    name: 'service peak RSS',
    goal: `< ${PEAK_RSS_LIMIT_MB} MB`,
    measured: `${memory.servicePeakRssMb.toFixed(0)} MB`,
    pass: memory.servicePeakRssMb < PEAK_RSS_LIMIT_MB,
  });
  const runs = scenarios.flatMap((s) => [s.partnerdesk, s.baseline]).filter((m): m is Side => m !== undefined);
  const errors = runs.reduce((sum, m) => sum + m.errors, 0);
  targets.push({ name: 'errors', goal: '0 (non-2xx + socket)', measured: String(errors), pass: errors === 0 });
  return targets;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function printReport(scenarios: ScenarioResult[], memory: Memory, targets: Target[]): void {
  const rows = [
    [
      'scenario',
      'conns',
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'vs baseline',
      'errors',
      'CPU ms/req node+pg',
      'peak RSS MB',
    ],
  ];
  const cells = (m: Side) => [m.requestsPerSecond.toFixed(0), String(m.p50Ms), String(m.p99Ms)];
  const cpu = (m: Side) => `${m.nodeCpuMsPerRequest.toFixed(2)} + ${m.postgresCpuMsPerRequest.toFixed(2)}`;
  for (const s of scenarios) {
    if (!s.partnerdesk) {
      rows.push([
        s.title,
        String(s.connections ?? ''),
        'partnerdesk',
        '—',
        '—',
        '—',
        '—',
        s.note ?? 'not measured',
        '',
        '',
      ]);
      continue;
    }
    const r = ratio(s);
    const errors = `${s.partnerdesk.errors}${s.partnerdesk.exhausted ? ' (ids ran out)' : ''}`;
    const rss = (m: Side) => m.peakRssMbAfter.toFixed(0);
    rows.push([
      s.title,
      String(s.connections ?? ''),
      'partnerdesk',
      ...cells(s.partnerdesk),
      r === undefined ? '—' : `${r.toFixed(2)} ×`,
      errors,
      cpu(s.partnerdesk),
      rss(s.partnerdesk),
    ]);
    if (s.baseline)
      rows.push([
        '',
        '',
        'baseline',
        ...cells(s.baseline),
        '',
        String(s.baseline.errors),
        cpu(s.baseline),
        rss(s.baseline),
      ]);
  }
  console.log(`\n${table(rows)}\n`);
  console.log(
    "CPU ms/req: CPU time of the server's node process + of its PostgreSQL cluster, per response, during the measured run.",
  );
  console.log("peak RSS MB: the server process's peak resident set (VmHWM) so far, read after the run.");
  console.log(
    `service peak RSS ${memory.servicePeakRssMb.toFixed(0)} MB (idle after seeding ${memory.serviceIdleRssMb.toFixed(0)} MB; ` +
      `baseline peak ${memory.baselinePeakRssMb.toFixed(0)} MB)\n`,
  );
  for (const t of targets)
    console.log(`${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(48)} ${t.goal.padEnd(26)} measured ${t.measured}`);
}

/** The machine, and how busy it was: other work on the same cores skews every number. */
export function machine(loadAverageAtStart: number) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAverageAtStart,
    loadAverageAtEnd: loadavg()[0],
  };
}

export async function writeResults(
  loadAverageAtStart: number,
  settings: Record<string, unknown>,
  scenarios: ScenarioResult[],
  memory: Memory,
  targets: Target[],
): Promise<string> {
  const file = new URL('./results.json', import.meta.url);
  const results = {
    machine: machine(loadAverageAtStart),
    settings,
    scenarios: scenarios.map((s) => ({ ...s, ratioToBaseline: ratio(s) ?? null })),
    memory,
    targets,
  };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file.pathname;
}
