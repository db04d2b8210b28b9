import { microsoftEndpoints } from './config.js';
import { buildApp } from './app.js';
import { createAppPool } from './db/pool.js';

/** The contract as the code declares it, byte for byte what `npm run openapi` commits. */
export async function renderOpenApi(): Promise<string> {
  // The pool is never used: building the app only declares routes and schemas.
  const pool = createAppPool('postgres://contract.invalid/none');
  const settings = {
    operatorToken: 'contract-rendering-only',
    rateLimitPerMinute: 1,
    trustProxy: false,
    reopenWindowDays: 7,
    healthCheckMaxAgeHours: 24,
    webhookAllowPrivateTargets: false,
    connectors: {
      endpoints: {
        ...microsoftEndpoints,
        ca: undefined,
        timeoutMs: 1,
        maxRetryWaitMs: 1,
      },
      secretKey: Buffer.alloc(32),
      syncSeconds: 300,
    },
    attachmentMaxBytes: 26_214_400,
    attachmentsPerRequest: 20,
  };
  const app = await buildApp({ pool, migrations: [], settings });
  await app.ready();
  const document = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  await pool.end();
  return document;
}
