/**
 * The child side of a benchmarked server (bench/service.ts, bench/baseline.ts): start it, tell the
 * parent (bench/run.ts) where it listens over the IPC channel, and stop it — database included —
 * when the parent asks, when a signal arrives, or when the parent goes away, so that no
 * PostgreSQL cluster outlives a run.
 */

/** What a child tells its parent once it listens. */
export interface ReadyMessage {
  type: 'ready';
  /** Port on 127.0.0.1. */
  port: number;
  /** Superuser (schema owner) URL of the child's own embedded PostgreSQL, for seeding. */
  databaseUrl: string;
}

export interface FailedMessage {
  type: 'failed';
  message: string;
}

export interface StopMessage {
  type: 'stop';
}

export interface Running {
  port: number;
  databaseUrl: string;
  /** Closes the server, then the pool, then the database. */
  stop(): Promise<void>;
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: this file is started by bench/run.ts`);
  return value;
}

export async function runChild(start: () => Promise<Running>): Promise<void> {
  if (!process.send) throw new Error('no IPC channel: this file is started by bench/run.ts');
  const send = (message: ReadyMessage | FailedMessage) => process.send?.(message);

  const starting = start();
  let stopping: Promise<void> | undefined;
  // Whatever asks first wins; a stop during startup waits for the start to finish, then undoes it.
  const stop = () =>
    (stopping ??= (async () => {
      const running = await starting.catch(() => undefined);
      await running?.stop().catch((error: unknown) => process.stderr.write(`stop failed: ${String(error)}\n`));
      process.exit(0);
    })());
  process.on('message', (message: StopMessage) => {
    if (message?.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    const running = await starting;
    send({ type: 'ready', port: running.port, databaseUrl: running.databaseUrl });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
}
