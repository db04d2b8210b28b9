/**
 * Prism (`prism proxy --errors`) in front of an upstream, for the checks that put the contract
 * between a client and the service: scripts/generators-check.ts and scripts/prism-check.ts.
 *
 * In `--errors` mode Prism answers for itself when the contract is broken, with an
 * application/problem+json whose `type` is `https://stoplight.io/prism/errors#…`: a request off the
 * contract is not forwarded and gets a 422 (`UNPROCESSABLE_ENTITY`, or 401 `UNAUTHORIZED` for a
 * missing key), an answer off the contract becomes a 500 (`VIOLATIONS`), and a URL or method the
 * contract does not have a 404/405 (`NO_PATH_MATCHED_ERROR`, `NO_METHOD_MATCHED_ERROR`). Lesser
 * findings (warnings) pass with the answer in an `sl-violations` header. Both are violations here.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const contract = join(root, 'openapi/openapi.json');
export const bin = (name: string) => join(root, 'node_modules/.bin', name);

const PRISM_ERRORS = 'https://stoplight.io/prism/errors#';

/** One finding of Prism's: where (`request.body.title`, `response.header.etag`) and what. */
export interface PrismViolation {
  location: string[];
  message: string;
  severity: string;
}

/** What Prism made of one exchange. */
export type PrismVerdict =
  | { kind: 'forwarded'; warnings: PrismViolation[] }
  | { kind: 'request-refused'; status: number; type: string; violations: PrismViolation[] }
  | { kind: 'response-refused'; violations: PrismViolation[] };

/** Reads Prism's verdict off its answer (the body is read only when Prism answered for itself). */
export async function verdictOf(response: Response): Promise<PrismVerdict> {
  const header = response.headers.get('sl-violations');
  const warnings = header ? violationsOf(header) : [];
  if (!(response.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
    return { kind: 'forwarded', warnings };
  }
  const text = await response.clone().text();
  let problem: { type?: string; validation?: PrismViolation[] } = {};
  try {
    problem = JSON.parse(text) as typeof problem;
  } catch {
    return { kind: 'forwarded', warnings };
  }
  if (!problem.type?.startsWith(PRISM_ERRORS)) return { kind: 'forwarded', warnings };
  const type = problem.type.slice(PRISM_ERRORS.length);
  const violations = problem.validation ?? [];
  if (type === 'VIOLATIONS') return { kind: 'response-refused', violations };
  return { kind: 'request-refused', status: response.status, type, violations };
}

function violationsOf(header: string): PrismViolation[] {
  try {
    return JSON.parse(header) as PrismViolation[];
  } catch {
    // Prism cuts a header longer than 8 kB ("Too many violations! …").
    return [{ location: [], message: header.slice(0, 300), severity: 'Error' }];
  }
}

export function describeViolations(violations: PrismViolation[]): string {
  return violations
    .map((v) => `${(v.location ?? []).join('.')} ${v.message}${v.location ? '' : ` ${JSON.stringify(v)}`}`)
    .join('; ');
}

/**
 * A fetch for clients that must stay inside the contract: it fails on any violation Prism finds in a
 * request or its answer, and counts the calls.
 */
export function contractBoundFetch(count: { calls: number }) {
  return async (request: Request): Promise<Response> => {
    const response = await fetch(request);
    count.calls++;
    const verdict = await verdictOf(response);
    const found =
      verdict.kind === 'forwarded'
        ? verdict.warnings
        : [{ location: [verdict.kind], message: describeViolations(verdict.violations), severity: 'Error' }];
    if (found.length > 0) {
      throw new Error(`${request.method} ${request.url} → ${response.status}: ${describeViolations(found)}`);
    }
    return response;
  };
}

export interface Prism {
  url: string;
  /** False once Prism has exited (its multipart parser throws on some part headers, and takes Prism down). */
  running: () => boolean;
  stop: () => void;
}

/** Prism proxying to `upstream` on a free port of 127.0.0.1, once it answers; `stop` ends it. */
export async function startPrism(upstream: string): Promise<Prism> {
  const port = await freePort();
  const prism = spawn(
    bin('prism'),
    ['proxy', contract, upstream, '--errors', '--host', '127.0.0.1', '--port', `${port}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await untilAnswering(`${url}/healthz`);
  } catch (error) {
    prism.kill();
    throw error;
  }
  return { url, running: () => prism.exitCode === null && prism.signalCode === null, stop: () => prism.kill() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits for Prism to answer, for at most two minutes (it reads and validates the contract first). */
async function untilAnswering(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within two minutes`);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}
