/**
 * Who may do what (SPEC §4 role matrix), as data: routes name a permission, the access plugin
 * checks it, the contract lists the roles under `x-roles`, the README's role table is generated
 * from it, and a test walks every pair. Finer rules that depend on the resource (billing admins
 * and sales agents only on billing/subscription requests, a customer user only on its own
 * customer) live with the resource's rules.
 */
export const roles = [
  'admin_agent',
  'helpdesk_agent',
  'billing_admin',
  'sales_agent',
  'user_admin',
  'customer_user',
] as const;
export type Role = (typeof roles)[number];

/**
 * The partner's agents: the roles the billing support page (003) names as giving support. They
 * read the desk, work requests and are the only possible assignees. `user_admin` (Partner
 * Center's user administrator) manages API keys and nothing else.
 */
export const agentRoles = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent'] as const satisfies Role[];
export const isAgent = (role: Role) => (agentRoles as readonly Role[]).includes(role);

/** Everyone who reads the desk: the agents and the customers' own users. */
const deskRoles = [...agentRoles, 'customer_user'] as const satisfies Role[];

export const permissions = {
  'me:read': roles,
  // Customers are shown the partner's support profile (R6), so they read the partner too.
  'partner:read': roles,
  'partner:manage': ['admin_agent'],
  'api-keys:manage': ['admin_agent', 'user_admin'],
  'support-plans:read': agentRoles,
  'support-plans:manage': ['admin_agent'],
  // A customer user reads the definition that covers it, and no other.
  'sla:read': deskRoles,
  'sla:manage': ['admin_agent'],
  // A customer user reads its own customer, and no other.
  'customers:read': deskRoles,
  'customers:write': ['admin_agent', 'sales_agent'],
  'customers:billing': ['admin_agent', 'billing_admin'],
  // Billing reasons and edits are the partner's business, not the customer's.
  'customers:history': agentRoles,
  'compliance:read': agentRoles,
  'reports:read': agentRoles,
  // Requests: billing admins and sales agents only on billing/subscription ones, customers only
  // on their own; the request's rules (requestLifecycle.partyOf) narrow these further.
  'requests:read': deskRoles,
  'requests:create': deskRoles,
  'requests:work': agentRoles,
  'requests:act': deskRoles,
  // Customers never escalate nor see escalations (R1, R9): the escalation rules answer them
  // with customers-go-through-partner or not-found rather than a bare 403.
  'escalations:create': deskRoles,
  'escalations:read': deskRoles,
  // Moving and forwarding an escalation; which side may make which move is the lifecycle's rule.
  'escalations:act': deskRoles,
  'events:read': agentRoles,
  'webhooks:manage': ['admin_agent'],
  'incidents:read': agentRoles,
  'incidents:manage': ['admin_agent', 'helpdesk_agent'],
  // The Microsoft connectors hold the partner's app registration: its admins only.
  'connectors:manage': ['admin_agent'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function allows(permission: Permission, role: Role): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/**
 * A user admin manages every key but an admin agent's: it cannot mint itself (or anyone) the
 * partner's full powers, nor lock the admins out.
 */
export const managesKeysOf = (caller: Role, keyRole: Role) => caller === 'admin_agent' || keyRole !== 'admin_agent';
