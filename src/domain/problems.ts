/**
 * Every problem the API can answer, by its stable code (SPEC §4). The code is the contract:
 * clients branch on it, the type URI is derived from it, and the OpenAPI document lists it.
 */
export const problems = {
  'validation-failed': { status: 400, title: 'The request does not match the schema' },
  'malformed-body': { status: 400, title: 'The request body cannot be parsed' },
  'bad-request': { status: 400, title: 'The request cannot be processed as sent' },
  'invalid-value': { status: 400, title: 'A value is out of the range the service can store' },
  'invalid-cursor': { status: 400, title: 'The cursor is not valid for this list' },
  unauthenticated: { status: 401, title: 'A valid bearer key is required' },
  forbidden: { status: 403, title: 'Your role may not do this' },
  'customers-go-through-partner': { status: 403, title: 'Customers do not escalate: the partner does (R1)' },
  'time-entry-not-yours': { status: 403, title: 'Only the author of a time entry changes or deletes it' },
  'not-found': { status: 404, title: 'No such resource' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'sla-published-immutable': {
    status: 409,
    title: 'A published or retired SLA definition cannot change; base a new one on it',
  },
  'sla-not-published': { status: 409, title: 'Only a published SLA definition can do this' },
  'sla-in-use': { status: 409, title: 'Customers are still covered by this SLA definition' },
  'tenant-id-taken': { status: 409, title: 'Another customer of this partner has this Microsoft Entra tenant id' },
  'external-ref-taken': {
    status: 409,
    title: 'Another object of this type already carries this external reference (system and id)',
  },
  'attachment-limit-reached': { status: 409, title: 'The support request carries as many attachments as it may' },
  'invalid-transition': { status: 409, title: 'The request is not in a state that allows this' },
  'reopen-window-expired': { status: 409, title: 'The reopen window has passed' },
  'time-entry-locked': {
    status: 409,
    title: 'A time entry can be changed or deleted for a day after it was recorded, no longer',
  },
  'escalation-already-open': { status: 409, title: 'This request already has an escalation in progress' },
  'idempotency-key-in-progress': { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  'request-timeout': { status: 408, title: 'The request was not received in time' },
  'version-mismatch': { status: 412, title: 'The resource changed since the version named in If-Match' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'attachment-too-large': { status: 413, title: 'The attachment is larger than the service accepts' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'invalid-reference': { status: 422, title: 'A referenced resource does not exist or does not fit' },
  'empty-attachment': { status: 422, title: 'An attachment has at least one byte' },
  'sla-incomplete': {
    status: 422,
    title: 'The SLA definition does not yet state everything customers must be told (R6)',
  },
  'customer-suspended': {
    status: 422,
    title: 'A suspended customer may raise billing and subscription requests only (R7)',
  },
  'diagnosis-required': { status: 422, title: 'The partner diagnoses first (R2)' },
  'not-commercial-category': {
    status: 422,
    title: 'Only billing and subscription requests are escalated commercially (R4)',
  },
  'not-microsoft-owned': {
    status: 422,
    title: "The diagnosed cause is in the partner's baseline, not Microsoft's (R3)",
  },
  'health-check-required': {
    status: 422,
    title: 'Service health must be checked recently before a technical escalation (R2)',
  },
  'known-service-incident': { status: 422, title: 'An active service incident explains the issue (R2)' },
  'service-health-unavailable': {
    status: 422,
    title: 'The last service health check could not reach Microsoft: check again (R2)',
  },
  'unknown-support-topic': { status: 422, title: "The support topic is not in Partner Center's catalogue" },
  'connector-not-configured': { status: 409, title: 'The Microsoft connector this needs is not configured' },
  'connector-refused': {
    status: 422,
    title: "Microsoft refused the connector's call: check the app registration, its credentials and consent",
  },
  'wrong-escalation-target': {
    status: 422,
    title: 'Resellers escalate to their indirect provider, others to Microsoft (R5)',
  },
  'plan-not-eligible': {
    status: 422,
    title: "The partner's competency does not qualify for this support plan (R4)",
  },
  'invalid-assignee': { status: 422, title: "An assignee is one of the partner's agents who works this request" },
  'no-support-plan-coverage': { status: 422, title: 'No active support plan covers this product (R4)' },
  'incident-allowance-exhausted': { status: 422, title: 'The partner network incidents allowance is used up (R4)' },
  'idempotency-key-reused': { status: 422, title: 'This Idempotency-Key was used for a different request' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
  'not-ready': { status: 503, title: 'The service is not ready' },
  'connector-unavailable': {
    status: 503,
    title: 'Microsoft could not be reached or failed; nothing changed here: retry after Retry-After seconds',
  },
  'database-unavailable': { status: 503, title: 'The database cannot be reached; retry after Retry-After seconds' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problems;

/** A rule's answer when it says no: which problem, and why. */
export interface Refusal {
  code: ProblemCode;
  detail: string;
}

export interface FieldError {
  /** A JSON Pointer to the field, e.g. '/weekly/2/close'. */
  path: string;
  message: string;
}

/** Thrown anywhere in a request to answer with that problem; the error handler renders it. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly extensions: Record<string, unknown>;

  constructor(code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.code = code;
    this.status = problems[code].status;
    this.extensions = extensions;
  }
}

/** A 400 validation-failed naming each field, for rules a JSON schema cannot state. */
export function invalidFields(errors: FieldError[], prefix = '/body'): ProblemError {
  const located = errors.map((e) => ({ path: `${prefix}${e.path}`, message: e.message }));
  return new ProblemError('validation-failed', located.map((e) => `${e.path} ${e.message}`).join('; '), {
    errors: located,
  });
}

/** Throws a domain rule's refusal as its problem. */
export function refuse(refusal: Refusal | undefined): void {
  if (refusal) throw new ProblemError(refusal.code, refusal.detail);
}

// PostgreSQL error classes that can only come from the values a client sent.
const databaseInputErrors: Record<string, ProblemCode> = {
  '22': 'invalid-value',
  '23505': 'conflict',
  '23503': 'invalid-reference',
};

/** The refusal a database error stands for when the values sent caused it, else undefined. */
export function databaseRefusal(error: unknown): Refusal | undefined {
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (typeof sqlState !== 'string') return undefined;
  const code = databaseInputErrors[sqlState] ?? databaseInputErrors[sqlState.slice(0, 2)];
  return code && { code, detail: `${problems[code].title}.` };
}

/**
 * The refusal an error stands for when the input caused it (a rule's refusal, a value the
 * database refused), or undefined for a fault of the service.
 */
export function inputRefusal(error: unknown): Refusal | undefined {
  if (error instanceof ProblemError) return { code: error.code, detail: error.message };
  return databaseRefusal(error);
}
