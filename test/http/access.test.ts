import t from 'tap';
import {
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  type PartnerFixture,
  type Problem,
  type Page,
} from '../helper.js';

const partnerRoles = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent'];
/** The agents and the customers' users; a user_admin only manages keys. */
const everyone = [...partnerRoles, 'customer_user'];
const allRoles = ['admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent', 'user_admin', 'customer_user'];
const keyManagers = ['admin_agent', 'user_admin'];

/**
 * SPEC §4's role matrix, written out by hand so that the test does not read the table it checks.
 * Every operation of the contract must appear here.
 */
const expected: Record<string, string[] | 'operator' | 'public'> = {
  getHealth: 'public',
  getReadiness: 'public',
  createPartner: 'operator',
  updatePartner: 'operator',
  getMe: allRoles,
  getPartner: allRoles,
  putSupportProfile: ['admin_agent'],
  createSupportPlan: ['admin_agent'],
  listSupportPlans: partnerRoles,
  getSupportPlan: partnerRoles,
  createApiKey: keyManagers,
  listApiKeys: keyManagers,
  getApiKey: keyManagers,
  revokeApiKey: keyManagers,
  getCompliance: partnerRoles,
  getTrainingNeeds: partnerRoles,
  getSlaReport: partnerRoles,
  getBacklogReport: partnerRoles,
  getEscalationsReport: partnerRoles,
  getRequestsReport: partnerRoles,
  getCustomerUsage: partnerRoles,
  getUsageReport: partnerRoles,
  createTimeEntry: partnerRoles,
  listTimeEntries: partnerRoles,
  updateTimeEntry: partnerRoles,
  deleteTimeEntry: partnerRoles,
  createSlaDefinition: ['admin_agent'],
  listSlaDefinitions: everyone,
  getSlaDefinition: everyone,
  updateSlaDefinition: ['admin_agent'],
  publishSlaDefinition: ['admin_agent'],
  makeDefaultSlaDefinition: ['admin_agent'],
  retireSlaDefinition: ['admin_agent'],
  computeSlaDueDates: everyone,
  createCustomer: ['admin_agent', 'sales_agent'],
  listCustomers: everyone,
  getCustomer: everyone,
  updateCustomer: ['admin_agent', 'sales_agent'],
  putCustomerByExternalRef: ['admin_agent', 'sales_agent'],
  importCustomers: ['admin_agent', 'sales_agent'],
  getImport: ['admin_agent', 'sales_agent'],
  putCustomerBillingStatus: ['admin_agent', 'billing_admin'],
  listCustomerEvents: partnerRoles,
  // Billing admins and sales agents on billing and subscription requests only (003).
  createSupportRequest: everyone,
  listSupportRequests: everyone,
  exportSupportRequests: everyone,
  getSupportRequest: everyone,
  updateSupportRequest: partnerRoles,
  transitionSupportRequest: everyone,
  putSupportRequestDiagnosis: partnerRoles,
  checkSupportRequestHealth: partnerRoles,
  createSupportRequestNote: everyone,
  listSupportRequestNotes: everyone,
  createSupportRequestAttachment: everyone,
  listSupportRequestAttachments: everyone,
  getAttachmentContent: everyone,
  getSupportRequestLinks: partnerRoles,
  listSupportRequestEvents: everyone,
  putServiceIncident: ['admin_agent', 'helpdesk_agent'],
  importServiceIncidents: ['admin_agent', 'helpdesk_agent'],
  listServiceIncidents: partnerRoles,
  linkServiceIncidentRequests: ['admin_agent', 'helpdesk_agent'],
  listServiceIncidentRequests: partnerRoles,
  // Customers reach these but get customers-go-through-partner (403) or not-found (404).
  createEscalation: everyone,
  listEscalations: everyone,
  getEscalation: everyone,
  transitionEscalation: everyone,
  forwardEscalation: everyone,
  getPartnerCenterRequest: everyone,
  fileEscalation: everyone,
  putGraphConnector: ['admin_agent'],
  getGraphConnector: ['admin_agent'],
  putPartnerCenterConnector: ['admin_agent'],
  getPartnerCenterConnector: ['admin_agent'],
  linkEscalationRequests: everyone,
  listEscalationRequests: everyone,
  listEvents: partnerRoles,
  createWebhookSubscription: ['admin_agent'],
  listWebhookSubscriptions: ['admin_agent'],
  getWebhookSubscription: ['admin_agent'],
  deleteWebhookSubscription: ['admin_agent'],
  listWebhookDeliveries: ['admin_agent'],
  redeliverWebhook: ['admin_agent'],
};

/** What this test reads of the contract's operations. */
interface ContractPaths {
  paths: Record<string, Record<string, { operationId: string; 'x-roles'?: string[]; security?: unknown[] }>>;
}

interface Operation {
  method: string;
  path: string;
  operationId: string;
  roles?: string[];
  security?: unknown[];
}

t.test('the contract states the roles of every operation, as the matrix says', async (t) => {
  const { app } = await build(t);
  const document = (await app.inject({ url: '/openapi.json' })).json<ContractPaths>();
  const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method,
      path,
      operationId: op.operationId,
      roles: op['x-roles'],
      security: op.security,
    })),
  );
  t.same(operations.map((o) => o.operationId).sort(), Object.keys(expected).sort(), 'every operation is in the matrix');
  for (const op of operations) {
    const want = expected[op.operationId];
    if (want === 'public') t.same(op.security, [], `${op.operationId} needs no key`);
    else if (want === 'operator')
      t.same(op.security, [{ operatorToken: [] }], `${op.operationId} needs the operator token`);
    else t.same(op.roles, want, `${op.operationId} x-roles`);
  }
});

t.test('every (role, operation) pair: 403 forbidden exactly where the matrix says no', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const keys: Record<string, { authorization: string }> = { admin_agent: admin.auth };
  for (const role of [...partnerRoles.slice(1), 'user_admin']) keys[role] = await createKey(app, admin, role);
  keys.customer_user = await createCustomerKey(app, admin, (await createCustomer(app, admin.auth)).id);
  const document = (await app.inject({ url: '/openapi.json' })).json<ContractPaths>();
  const placeholder = '00000000-0000-4000-8000-000000000000';

  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const want = expected[op.operationId];
      if (!Array.isArray(want)) continue;
      for (const [role, auth] of Object.entries(keys)) {
        const response = await app.inject({
          method: method.toUpperCase() as 'GET',
          url: path.replaceAll(/\{[^}]+\}/g, placeholder),
          headers: auth,
          ...(['post', 'put', 'patch'].includes(method) ? { payload: {} } : {}),
        });
        t.ok(response.statusCode < 500, `${role} ${op.operationId}: no 5xx (${response.statusCode})`);
        const allowed = want.includes(role);
        if (allowed) t.not(response.statusCode, 403, `${role} may ${op.operationId}`);
        else {
          t.equal(response.statusCode, 403, `${role} may not ${op.operationId}`);
          t.equal(response.json<Problem>().code, 'forbidden');
        }
      }
    }
  }
});

t.test('a helpdesk key cannot create keys, and a revoked key is refused at once', async (t) => {
  const { app } = await build(t);
  const admin: PartnerFixture = await createPartner(app);
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const refused = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: helpdesk,
    payload: { name: 'x', role: 'admin_agent' },
  });
  t.equal(refused.statusCode, 403);
  t.equal(refused.json<Problem>().code, 'forbidden');

  const me = (await app.inject({ url: '/v1/me', headers: helpdesk })).json<{ role: string; keyId: string }>();
  t.equal(me.role, 'helpdesk_agent');
  const revoke = await app.inject({ method: 'DELETE', url: `/v1/api-keys/${me.keyId}`, headers: admin.auth });
  t.equal(revoke.statusCode, 204);
  const after = await app.inject({ url: '/v1/me', headers: helpdesk });
  t.equal(after.statusCode, 401);
  t.equal(after.json<Problem>().code, 'unauthenticated');
  const listed = (await app.inject({ url: '/v1/api-keys', headers: admin.auth })).json<Page>();
  const revoked = listed.data.find((k: { id: string }) => k.id === me.keyId);
  t.match(revoked, { role: 'helpdesk_agent', revokedAt: String });
  t.notMatch(JSON.stringify(listed), /pd_[0-9a-f]{32}_/, 'no secret is ever listed');
});
