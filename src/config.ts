import ipaddr from 'ipaddr.js';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { isAllowedBaseUrl } from './connectors/http.js';
import type { MicrosoftEndpoints } from './connectors/microsoft.js';
import { parseKey } from './connectors/secretBox.js';

/** Microsoft's public endpoints: the connectors' defaults (issue 17). */
export const microsoftEndpoints = {
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  partnerCenterBaseUrl: 'https://api.partnercenter.microsoft.com',
};

/**
 * The longest an upload may take (UPLOAD_TIMEOUT_SECONDS): the bytes of an upload older than that
 * plus a margin belong to one that ended, and may be swept (src/services/attachmentStore.ts).
 */
export const MAX_UPLOAD_TIMEOUT_SECONDS = 3000;

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
  DATABASE_READ_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description:
        'a hot standby of DATABASE_URL (same owner role) for read-only work: lists, search, the event feed, reports, export; unset = all on DATABASE_URL',
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
  TRUST_PROXY: Type.Optional(
    Type.String({
      description:
        'reverse proxies whose X-Forwarded-For is believed: addresses or CIDRs, comma-separated (or true: any peer); unset = none',
    }),
  ),
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
    description:
      'a request whose head and body have not all arrived by then is cut off (408); an upload has UPLOAD_TIMEOUT_SECONDS',
  }),
  UPLOAD_TIMEOUT_SECONDS: Type.Integer({
    minimum: 1,
    maximum: MAX_UPLOAD_TIMEOUT_SECONDS,
    default: 1800,
    description:
      'an attachment upload whose body has not all arrived by then (from its head) is cut off (408): a large file on a slow link needs longer than a JSON body',
  }),
  HEADERS_TIMEOUT_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 10,
    description: 'a request whose head has not all arrived by then is cut off (at most REQUEST_TIMEOUT_SECONDS)',
  }),
  CONNECTOR_SECRET_KEY: Type.Optional(
    Type.String({
      minLength: 44,
      maxLength: 44,
      description:
        'base64 of 32 random bytes (`openssl rand -base64 32`): seals connector credentials (AES-256-GCM); unset = a key kept in PARTNERDESK_DATA_DIR (one instance only)',
    }),
  ),
  MICROSOFT_LOGIN_BASE_URL: Type.String({
    default: microsoftEndpoints.loginBaseUrl,
    description: 'Microsoft identity platform (tokens); https, or http to a loopback address',
  }),
  GRAPH_BASE_URL: Type.String({
    default: microsoftEndpoints.graphBaseUrl,
    description: 'Microsoft Graph (service health); https, or http to a loopback address',
  }),
  PARTNER_CENTER_BASE_URL: Type.String({
    default: microsoftEndpoints.partnerCenterBaseUrl,
    description: 'Partner Center REST API (service requests); https, or http to a loopback address',
  }),
  CONNECTOR_CA_FILE: Type.Optional(
    Type.String({ minLength: 1, description: 'PEM file of certificates the connectors trust besides the system ones' }),
  ),
  CONNECTOR_SYNC_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 86400,
    default: 300,
    description: 'how often the connectors pull service health and follow filed service requests',
  }),
  CONNECTOR_TIMEOUT_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 300,
    default: 30,
    description: 'how long a call to Microsoft may take before it counts as unanswered',
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
  databaseReadUrl: string | undefined;
  host: string;
  port: number;
  dataDir: string;
  operatorToken: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  rateLimitPerMinute: number;
  /** Fastify's `trustProxy`: the peers whose X-Forwarded-For gives the client address (false: none). */
  trustProxy: TrustProxy;
  reopenWindowDays: number;
  healthCheckMaxAgeHours: number;
  webhookAllowPrivateTargets: boolean;
  webhookRetryBaseSeconds: number;
  staleJobSeconds: number;
  requestTimeoutSeconds: number;
  uploadTimeoutSeconds: number;
  headersTimeoutSeconds: number;
  attachmentMaxBytes: number;
  attachmentsPerRequest: number;
  connectors: ConnectorConfig;
}

/** Where the connectors reach Microsoft, and how they keep credentials (issue 17). */
export interface ConnectorConfig {
  /** The configured key, or undefined: the service then keeps one in the data directory. */
  secretKey: Buffer | undefined;
  loginBaseUrl: string;
  graphBaseUrl: string;
  partnerCenterBaseUrl: string;
  caFile: string | undefined;
  syncSeconds: number;
  timeoutSeconds: number;
}

/**
 * What the app needs from the configuration. The operator token is always set by then: the
 * service generates one when the environment leaves it unset.
 */
export type AppSettings = Pick<
  Config,
  | 'rateLimitPerMinute'
  | 'trustProxy'
  | 'reopenWindowDays'
  | 'healthCheckMaxAgeHours'
  | 'webhookAllowPrivateTargets'
  | 'attachmentMaxBytes'
  | 'attachmentsPerRequest'
> & { operatorToken: string; connectors: ConnectorRuntime };

/** The connectors as the service runs them: Microsoft's endpoints, the sealing key, the sync period. */
export interface ConnectorRuntime {
  endpoints: MicrosoftEndpoints;
  secretKey: Buffer;
  syncSeconds: number;
  /** Told of each call's outcome, for /metrics. */
  onRun?: (kind: 'graph' | 'partner_center', outcome: 'success' | 'failure') => void;
}

export class ConfigError extends Error {}

/** Every peer (true), none (false), or the peers in these addresses, CIDRs and proxy-addr ranges. */
export type TrustProxy = boolean | string[];

// proxy-addr's names for the loopback, link-local and unique-local ranges (IPv4 and IPv6).
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
}

function isTrustedPeer(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  if (bits === undefined) return isAddress(address);
  const maximum = ipaddr.IPv4.isValidFourPartDecimal(address) ? 32 : 128;
  return rest.length === 0 && isAddress(address) && /^\d{1,3}$/.test(bits) && Number(bits) <= maximum;
}

/**
 * TRUST_PROXY as Fastify takes it. A hop count is refused: Fastify 5 reads a number as "trust no
 * peer" (a hop count cannot tell a proxy from a client that sends the header itself).
 */
function trustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isTrustedPeer(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `invalid configuration: TRUST_PROXY must be true, false, or addresses and CIDRs separated by commas (got ${JSON.stringify(wrong)})`,
    );
  }
  return entries;
}

// Never echoed back in an error line: they carry credentials.
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'DATABASE_READ_URL', 'OPERATOR_TOKEN', 'CONNECTOR_SECRET_KEY']);

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
  for (const name of ['MICROSOFT_LOGIN_BASE_URL', 'GRAPH_BASE_URL', 'PARTNER_CENTER_BASE_URL'] as const) {
    if (!isAllowedBaseUrl(env[name])) {
      throw new ConfigError(
        `invalid configuration: ${name} must be an https URL (http only to a loopback address) (got ${JSON.stringify(env[name])})`,
      );
    }
  }
  const secretKey = env.CONNECTOR_SECRET_KEY === undefined ? undefined : parseKey(env.CONNECTOR_SECRET_KEY);
  if (env.CONNECTOR_SECRET_KEY !== undefined && !secretKey) {
    throw new ConfigError(
      'invalid configuration: CONNECTOR_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
    );
  }
  return {
    databaseUrl: env.DATABASE_URL,
    databaseReadUrl: env.DATABASE_READ_URL,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.PARTNERDESK_DATA_DIR,
    operatorToken: env.OPERATOR_TOKEN,
    logLevel: env.LOG_LEVEL,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxy(env.TRUST_PROXY),
    reopenWindowDays: env.REOPEN_WINDOW_DAYS,
    healthCheckMaxAgeHours: env.HEALTH_CHECK_MAX_AGE_HOURS,
    webhookAllowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    webhookRetryBaseSeconds: env.WEBHOOK_RETRY_BASE_SECONDS,
    staleJobSeconds: env.STALE_JOB_SECONDS,
    requestTimeoutSeconds: env.REQUEST_TIMEOUT_SECONDS,
    uploadTimeoutSeconds: env.UPLOAD_TIMEOUT_SECONDS,
    // Node refuses a head timeout longer than the whole request's.
    headersTimeoutSeconds: Math.min(env.HEADERS_TIMEOUT_SECONDS, env.REQUEST_TIMEOUT_SECONDS),
    connectors: {
      secretKey,
      loginBaseUrl: env.MICROSOFT_LOGIN_BASE_URL,
      graphBaseUrl: env.GRAPH_BASE_URL,
      partnerCenterBaseUrl: env.PARTNER_CENTER_BASE_URL,
      caFile: env.CONNECTOR_CA_FILE,
      syncSeconds: env.CONNECTOR_SYNC_SECONDS,
      timeoutSeconds: env.CONNECTOR_TIMEOUT_SECONDS,
    },
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
    attachmentsPerRequest: env.ATTACHMENTS_PER_REQUEST,
  };
}
