/**
 * Who may do what (SPEC §4 role matrix), as data: routes name a permission, the access plugin
 * checks it, the contract lists the roles under `x-roles`, and a test walks every pair.
 * Finer rules that depend on the resource (billing_admin only on billing/subscription requests,
 * a customer user only on its own customer) live with the resource's rules.
 */
export const roles = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent', 'customer_user'] as const;
export type Role = (typeof roles)[number];

export const partnerRoles = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent'] as const satisfies Role[];

export const permissions = {
  'me:read': roles,
  // Customers are shown the partner's support profile (R6), so they read the partner too.
  'partner:read': roles,
  'partner:manage': ['admin_agent'],
  'api-keys:manage': ['admin_agent'],
  'support-plans:read': partnerRoles,
  'support-plans:manage': ['admin_agent'],
  // A customer user reads the definition that covers it, and no other.
  'sla:read': roles,
  'sla:manage': ['admin_agent'],
  // A customer user reads its own customer, and no other.
  'customers:read': roles,
  'customers:write': ['admin_agent', 'sales_agent'],
  'customers:billing': ['admin_agent', 'billing_admin'],
  // Billing reasons and edits are the partner's business, not the customer's.
  'customers:history': partnerRoles,
  'compliance:read': partnerRoles,
  // Requests: billing_admin only on billing/subscription ones, customers only on their own;
  // the request's rules (requestLifecycle.partyOf) narrow these further.
  'requests:read': roles,
  'requests:create': ['admin_agent', 'helpdesk_agent', 'billing_admin', 'customer_user'],
  'requests:work': ['admin_agent', 'helpdesk_agent', 'billing_admin'],
  'requests:act': ['admin_agent', 'helpdesk_agent', 'billing_admin', 'customer_user'],
  // Customers never escalate nor see escalations (R1, R9): the escalation rules answer them
  // with customers-go-through-partner or not-found rather than a bare 403.
  'escalations:create': roles,
  'escalations:read': roles,
  // Moving and forwarding an escalation; which side may make which move is the lifecycle's rule.
  'escalations:act': roles,
  'events:read': partnerRoles,
  'webhooks:manage': ['admin_agent'],
  'incidents:read': partnerRoles,
  'incidents:manage': ['admin_agent', 'helpdesk_agent'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function allows(permission: Permission, role: Role): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
