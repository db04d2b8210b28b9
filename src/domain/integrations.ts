/**
 * What integrations attach to customers and support requests (issue 15): references to the same
 * object in other systems (a CRM, a ticketing tool), tags and metadata. The limits follow the
 * conventions integrators know: Zendesk's external ids and tags, Stripe's metadata.
 */
export const integrationLimits = {
  externalRefs: 10,
  tags: 20,
  metadataKeys: 50,
  metadataKeyLength: 40,
  metadataValueLength: 500,
  /** Customers one import may carry. */
  importItems: 10_000,
  /** An import this large is answered 202 and run by a background job. */
  importInline: 500,
} as const;

/** A short lowercase name of the other system: `dynamics365`, `hubspot`, `servicenow`, `zendesk`. */
export const systemPattern = '^[a-z][a-z0-9_-]{1,31}$';
export const tagPattern = '^[a-z0-9][a-z0-9_:-]{0,49}$';

/** The kinds of object an external reference names. */
export const externalRefResourceTypes = ['customer', 'support_request'] as const;

/** Where an import stands: its lines wait for the import job, or every line has a result. */
export const importProgress = ['pending', 'completed'] as const;
export type ImportProgress = (typeof importProgress)[number];

/** What an import did with one line of its input. */
export const importStatuses = ['created', 'updated', 'unchanged', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export interface ExternalRef {
  system: string;
  id: string;
  url?: string | undefined;
}

/** `system:id` (the id may contain colons) → the reference, or undefined when it is not one. */
export function parseExternalRef(text: string): { system: string; id: string } | undefined {
  const colon = text.indexOf(':');
  const system = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon < 0 || !new RegExp(systemPattern).test(system) || id.length === 0) return undefined;
  return { system, id };
}

/** The index of the first reference that repeats an earlier one (same system and id), or -1. */
export function repeatedRef(refs: ExternalRef[]): number {
  const seen = new Set<string>();
  return refs.findIndex((ref) => {
    const key = `${ref.system}\u0000${ref.id}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/** `refs` with `ref` added unless one of them already names the same system and id. */
export function withRef(refs: ExternalRef[], ref: ExternalRef | undefined): ExternalRef[] {
  if (!ref || refs.some((r) => r.system === ref.system && r.id === ref.id)) return refs;
  return [...refs, ref];
}

export type Metadata = Record<string, string>;

/** Stripe's rule for a metadata change: a key set to null is removed, the others are set. */
export function mergeMetadata(current: Metadata, change: Record<string, string | null>): Metadata {
  const merged: Metadata = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Tags are a set: kept once each, sorted, so that the same tags compare equal. */
export const normalTags = (tags: string[]) => [...new Set(tags)].sort();
