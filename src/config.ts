import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

/**
 * The whole configuration, read from the environment through this one schema.
 * Names are the environment variables themselves so the README table, the error
 * messages and the deployment manifests all speak the same words.
 */
export const EnvSchema = Type.Object({
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description: 'PostgreSQL 15+ connection URL of the role that owns the schema; unset = embedded PostgreSQL',
    }),
  ),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'interface to listen on' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port (0 = any free port)' }),
  PARTNERDESK_DATA_DIR: Type.String({
    minLength: 1,
    default: './.data',
    description: 'where the embedded PostgreSQL keeps its data',
  }),
  OPERATOR_TOKEN: Type.Optional(
    Type.String({
      minLength: 16,
      description: 'bearer token for POST /v1/partners; generated and printed once when unset',
    }),
  ),
  RATE_LIMIT_PER_MINUTE: Type.Integer({
    minimum: 0,
    default: 6000,
    description: 'requests per minute per API key (0 turns limiting off)',
  }),
  REOPEN_WINDOW_DAYS: Type.Integer({
    minimum: 0,
    maximum: 365,
    default: 7,
    description: 'days after resolution during which a request can be reopened; then it closes',
  }),
  HEALTH_CHECK_MAX_AGE_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 24,
    description: 'how recent a service health check must be for a technical escalation (R2)',
  }),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Boolean({
    default: false,
    description: 'let webhooks target private and loopback addresses (local development, tests)',
  }),
  WEBHOOK_RETRY_BASE_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 10,
    description: 'first webhook retry delay; doubles each attempt (with jitter, at most 1 h) for 24 h',
  }),
  STALE_JOB_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 86400,
    default: 120,
    description: 'a background job locked this long belongs to a crashed process and runs again',
  }),
  REQUEST_TIMEOUT_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 60,
    description: 'a request whose head and body have not all arrived by then is cut off (408)',
  }),
  HEADERS_TIMEOUT_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 10,
    description: 'a request whose head has not all arrived by then is cut off (at most REQUEST_TIMEOUT_SECONDS)',
  }),
  ATTACHMENT_MAX_BYTES: Type.Integer({
    minimum: 1,
    maximum: 1_073_741_824,
    default: 26_214_400,
    description: 'the largest attachment accepted, in bytes (25 MB by default); a larger one is refused with 413',
  }),
  ATTACHMENTS_PER_REQUEST: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 20,
    description: 'how many attachments one support request may carry',
  }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
    description: 'pino log level',
  }),
});

export type Env = Static<typeof EnvSchema>;

export interface Config {
  databaseUrl: string | undefined;
  host: string;
  port: number;
  dataDir: string;
  operatorToken: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  rateLimitPerMinute: number;
  reopenWindowDays: number;
  healthCheckMaxAgeHours: number;
  webhookAllowPrivateTargets: boolean;
  webhookRetryBaseSeconds: number;
  staleJobSeconds: number;
  requestTimeoutSeconds: number;
  headersTimeoutSeconds: number;
  attachmentMaxBytes: number;
  attachmentsPerRequest: number;
}

/**
 * What the app needs from the configuration. The operator token is always set by then: the
 * service generates one when the environment leaves it unset.
 */
export type AppSettings = Pick<
  Config,
  | 'rateLimitPerMinute'
  | 'reopenWindowDays'
  | 'healthCheckMaxAgeHours'
  | 'webhookAllowPrivateTargets'
  | 'attachmentMaxBytes'
  | 'attachmentsPerRequest'
> & { operatorToken: string };

// Never echoed back in an error line: they carry credentials.
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'OPERATOR_TOKEN']);

export class ConfigError extends Error {}

/** Reads the configuration; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as shells and compose files tend to produce them.
  const raw: Record<string, string> = {};
  for (const name of Object.keys(EnvSchema.properties)) {
    const value = environment[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  // Value.Convert would read `PORT=0x50` or `PORT=true` as numbers, and `yes` as nothing;
  // an integer is written in digits and a boolean as true or false.
  for (const [name, schema] of Object.entries(EnvSchema.properties)) {
    const value = raw[name];
    if (value === undefined || !('type' in schema)) continue;
    if (schema.type === 'integer' && !/^\d+$/.test(value)) {
      throw new ConfigError(`invalid configuration: ${name} must be a whole number (got ${JSON.stringify(value)})`);
    }
    if (schema.type === 'boolean' && value !== 'true' && value !== 'false') {
      throw new ConfigError(`invalid configuration: ${name} must be true or false (got ${JSON.stringify(value)})`);
    }
  }
  const candidate = Value.Default(EnvSchema, Value.Convert(EnvSchema, { ...raw }));
  const [error] = Value.Errors(EnvSchema, candidate);
  if (error) {
    const name = error.instancePath.split('/')[1] ?? error.instancePath;
    const given = name in raw && !SECRET_VARIABLES.has(name) ? ` (got ${JSON.stringify(raw[name])})` : '';
    throw new ConfigError(`invalid configuration: ${name} ${error.message}${given}`);
  }
  const env = candidate as Env;
  return {
    databaseUrl: env.DATABASE_URL,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.PARTNERDESK_DATA_DIR,
    operatorToken: env.OPERATOR_TOKEN,
    logLevel: env.LOG_LEVEL,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    reopenWindowDays: env.REOPEN_WINDOW_DAYS,
    healthCheckMaxAgeHours: env.HEALTH_CHECK_MAX_AGE_HOURS,
    webhookAllowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    webhookRetryBaseSeconds: env.WEBHOOK_RETRY_BASE_SECONDS,
    staleJobSeconds: env.STALE_JOB_SECONDS,
    requestTimeoutSeconds: env.REQUEST_TIMEOUT_SECONDS,
    // Node refuses a head timeout longer than the whole request's.
    headersTimeoutSeconds: Math.min(env.HEADERS_TIMEOUT_SECONDS, env.REQUEST_TIMEOUT_SECONDS),
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
    attachmentsPerRequest: env.ATTACHMENTS_PER_REQUEST,
  };
}
