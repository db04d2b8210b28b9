/**
 * Generated from openapi/openapi.json by openapi-typescript (`npm run sdk`). Do not edit by hand.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and every migration is applied */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a partner (tenant) and its first admin_agent API key
         * @description For the deployment operator. The key is shown once.
         */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record a change of a partner's MPN competency (operator); writes partner.competency_changed
         * @description Plans that need a competency (signature_cloud, partner_network_incidents) are checked against it at escalation time, so a partner that lost it no longer escalates under them (`422 plan-not-eligible`). Honours If-Match.
         */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/v1/partner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's partner
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `user_admin`, `customer_user`.
         */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/support-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set what customers are shown: contact, delivery model, collections policy, self-help links, training offers (R6)
         * @description Honours If-Match (the partner version).
         *
         *     Roles: `admin_agent`.
         */
        put: operations["putSupportProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/support-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's support plans, oldest first
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listSupportPlans"];
        put?: never;
        /**
         * Record a Microsoft support plan the partner holds
         * @description Roles: `admin_agent`.
         */
        post: operations["createSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/support-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One support plan, with its remaining incidents
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getSupportPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What breaks R6: customers and open requests without published SLA coverage, an incomplete support profile, no default SLA; warnings for a missing collections policy or self-help links
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling API key: its name, role and partner
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `user_admin`, `customer_user`.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's API keys, oldest first, revoked ones included (never their secrets)
         * @description Roles: `admin_agent`, `user_admin`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; its secret is in this response only
         * @description A user_admin manages every key but admin_agent ones (`403 forbidden`).
         *
         *     Roles: `admin_agent`, `user_admin`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key (never its secret)
         * @description Roles: `admin_agent`, `user_admin`.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key: it is refused (401) from the next request on
         * @description Roles: `admin_agent`, `user_admin`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA definitions, oldest first (a customer user sees the one covering it)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listSlaDefinitions"];
        put?: never;
        /**
         * Create a draft SLA definition, possibly as the next version of a published one (basedOn)
         * @description Roles: `admin_agent`.
         */
        post: operations["createSlaDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One SLA definition
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getSlaDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft (a published definition is immutable); honours If-Match
         * @description Roles: `admin_agent`.
         */
        patch: operations["updateSlaDefinition"];
        trace?: never;
    };
    "/v1/sla-definitions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft once it states everything customers must be told (R6)
         * @description Checks support types, hours, at least one contact channel, pricing and a target for every severity; `422 sla-incomplete` lists every missing part in `missing`. A draft marked isDefault becomes the default.
         *
         *     Roles: `admin_agent`.
         */
        post: operations["publishSlaDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-definitions/{id}/make-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a published definition the partner's default
         * @description Roles: `admin_agent`.
         */
        post: operations["makeDefaultSlaDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-definitions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a published definition that no customer relies on any more
         * @description Roles: `admin_agent`.
         */
        post: operations["retireSlaDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-definitions/{id}/due-dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The first-response and resolution due dates for a request opened at a given instant
         * @description Business time in the definition’s hours, so CRMs can show due dates before a request exists.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["computeSlaDueDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers, oldest first (a customer user sees only itself)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Add a customer
         * @description Roles: `admin_agent`, `sales_agent`.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer, with the SLA definition that covers it
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer's name, domain, tenant id, SLA definition or contacts; honours If-Match
         * @description Roles: `admin_agent`, `sales_agent`.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/v1/customers/by-external-ref/{system}/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update the customer an integration's record names (a CRM sync: one idempotent call per record)
         * @description The customer carrying this reference (else the one with the same tenantId, which then gains the reference) takes the fields sent, and answers 200; with none, the customer is created with the reference and answers 201 with Location. Fields not sent are kept; sending what the customer already is changes nothing (no new version, no event). Honours If-Match (on a customer that does not exist yet, any If-Match fails with 412).
         *
         *     Roles: `admin_agent`, `sales_agent`.
         */
        put: operations["putCustomerByExternalRef"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/billing-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the billing status and suspended products (R7: for what is suspended, billing and subscription requests only)
         * @description The reason is kept in the customer's history. Honours If-Match.
         *
         *     Roles: `admin_agent`, `billing_admin`.
         */
        put: operations["putCustomerBillingStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer's history: creation, changes, billing status changes with their reasons
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listCustomerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update up to 10,000 customers (this API's shape or Partner Center's), one result per line
         * @description Each line is matched on its external references, else its tenant id, and is `created`, `updated`, `unchanged` or `failed` (with its problem; nothing of a failed line is written). Running the same file again changes nothing. Up to 500 lines answer 200 with the results; more answer 202 with the import to poll at its Location (a background job runs it).
         *
         *     Roles: `admin_agent`, `sales_agent`.
         */
        post: operations["importCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer import: pending, or completed with one result per line
         * @description Roles: `admin_agent`, `sales_agent`.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Support requests, newest first, filtered (a customer user sees its own)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listSupportRequests"];
        put?: never;
        /**
         * Raise a support request (R1: always with the partner)
         * @description Never refused for missing SLA coverage: the partner receives every request (R6); one no published SLA definition covers (or whose definition does not offer its category) is received with `slaCoverage: uncovered` and `sla: null`, raises `support_request.uncovered` and shows in compliance. `422 customer-suspended` for what is suspended (the whole customer, or the product named) unless the category is billing or subscription (R7).
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["createSupportRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every request the caller may see, changed since a time, as NDJSON (for BI tools and migrations)
         * @description One SupportRequest per line, as `GET /v1/support-requests/{id}` shows it, oldest change first; streamed page by page, so any number of requests costs the service the same memory. A request changed while the export runs appears again, later, in its newer state.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["exportSupportRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One support request, with its SLA status now
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getSupportRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change title, description, severity or assignee (never the state); honours If-Match
         * @description A severity change takes the targets of the new severity and keeps the business time already used.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        patch: operations["updateSupportRequest"];
        trace?: never;
    };
    "/v1/support-requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a request along its lifecycle (see the README diagram); honours If-Match
         * @description A move the lifecycle lacks is `409 invalid-transition`; one your role may not make is `403 forbidden`.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["transitionSupportRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}/diagnosis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the diagnosis (R2); ownership follows from the cause (R3)
         * @description While the request is in_progress. Honours If-Match.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        put: operations["putSupportRequestDiagnosis"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}/health-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check service health for known incidents of the request's service (R2)
         * @description Matches unresolved incidents of product.service (case-insensitive) for this customer or for all; stores the result on the request.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        post: operations["checkSupportRequestHealth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notes, oldest first (customers see public notes only)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listSupportRequestNotes"];
        put?: never;
        /**
         * Add a public or internal note
         * @description Customers write public notes only (R9); a customer's note on a request awaiting it moves it back to in_progress. The partner's first public note is the first response.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["createSupportRequestNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request's history, oldest first, with actor and time (customers see their public side)
         * @description A customer user reads no internal event, no move into or out of an escalation, and every actor but itself as `partner`: nothing it reads names an escalation, its target, Microsoft or a provider (R9).
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listSupportRequestEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a service incident from a Microsoft Graph serviceHealthIssue
         * @description Roles: `admin_agent`, `helpdesk_agent`.
         */
        put: operations["putServiceIncident"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-incidents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a Microsoft Graph issues page: `{value: [serviceHealthIssue…]}`
         * @description Upserts every issue by id, in one transaction; Graph fields partnerdesk does not keep are ignored.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`.
         */
        post: operations["importServiceIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service incidents by id, filtered by service (case-insensitive) and isResolved
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listServiceIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Escalations the partner raised or that are addressed to it (an indirect provider's inbox), oldest first
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listEscalations"];
        put?: never;
        /**
         * Escalate a request to Microsoft or to the indirect provider (R1–R5)
         * @description Runs the escalation policy (README, "Escalation policy"); the first guard that fails answers. On success the request moves to escalated, the evidence is snapshotted and, under a partner network incidents plan, one incident is used.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["createEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One escalation with its evidence
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getEscalation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an escalation: submitted (with externalCaseId), attention_needed, resolved, rejected, withdrawn
         * @description A final state returns the request to in_progress for the partner to close with its customer. Honours If-Match. A provider answers the escalations addressed to it; for Microsoft, the partner records what Microsoft answered.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["transitionEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An indirect provider forwards a reseller's escalation to Microsoft under its own plans (R5)
         * @description Creates the child escalation (parentEscalationId); its moves show on the reseller's escalation.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["forwardEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/partner-center-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Partner Center service request to file for an escalation to Microsoft, ready to submit
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getPartnerCenterRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's event feed, in order; a follower polling with `after` never misses an event
         * @description Pass the last event id you processed as `after` (or `nextCursor`, which is the same). An indirect provider also sees the events of escalations addressed to it. See the README for how the order is kept gap-free.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions, oldest first (never their secrets)
         * @description Roles: `admin_agent`.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe a URL to events; deliveries are signed per Standard Webhooks 1.0
         * @description Roles: `admin_agent`.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription, with its health
         * @description Roles: `admin_agent`.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a subscription and its delivery history; nothing more is sent to it
         * @description Roles: `admin_agent`.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subscription's delivery attempts, newest first, with status codes and errors
         * @description Roles: `admin_agent`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now (same event, same webhook-id), with a fresh 24 h of retries
         * @description Roles: `admin_agent`.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/training-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per customer, the requests diagnosed usage_question or training_need in a period, by product
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getTrainingNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description `/problems/<code>` */
            type: string;
            title: string;
            status: number;
            detail: string;
            /**
             * @description stable machine-readable code
             * @enum {unknown}
             */
            code: "validation-failed" | "malformed-body" | "bad-request" | "invalid-value" | "invalid-cursor" | "unauthenticated" | "forbidden" | "customers-go-through-partner" | "not-found" | "conflict" | "sla-published-immutable" | "sla-not-published" | "sla-in-use" | "tenant-id-taken" | "external-ref-taken" | "invalid-transition" | "reopen-window-expired" | "escalation-already-open" | "idempotency-key-in-progress" | "request-timeout" | "version-mismatch" | "payload-too-large" | "unsupported-media-type" | "invalid-reference" | "sla-incomplete" | "customer-suspended" | "diagnosis-required" | "not-commercial-category" | "not-microsoft-owned" | "health-check-required" | "known-service-incident" | "wrong-escalation-target" | "plan-not-eligible" | "invalid-assignee" | "no-support-plan-coverage" | "incident-allowance-exhausted" | "idempotency-key-reused" | "rate-limited" | "headers-too-large" | "internal-error" | "not-ready" | "database-unavailable";
            instance?: string;
            /** @description one entry per invalid field (validation-failed) */
            errors?: {
                path: string;
                message: string;
            }[];
        };
        /** @description who made the change; a customer user reads its own keys as they are and anyone else as `partner` (R9) */
        Actor: {
            /** @enum {unknown} */
            kind: "api_key" | "operator" | "system" | "partner";
            /** Format: uuid */
            id?: string;
            role?: string;
        };
        Event: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /** @description e.g. support_request.state_changed */
            type: string;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            subject: {
                type: string;
                /** Format: uuid */
                id: string;
            };
            /** @description what changed (before/after) */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description the same object in another system */
        ExternalRef: {
            /** @description the other system, a short lowercase slug: dynamics365, hubspot, servicenow, zendesk… */
            system: string;
            /** @description the object's id in that system */
            id: string;
            /**
             * Format: uri
             * @description where to open it there
             */
            url?: string;
        };
        /** @description An API key; its secret is never shown again */
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {unknown} */
            role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {unknown} */
            role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
            /** @description The secret, shown this once: store it now. */
            key: string;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string;
            /** Format: uuid */
            tenantId: string;
            /** @enum {unknown} */
            billingStatus: "active" | "past_due" | "suspended";
            /** @description products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the customer raises billing and subscription requests only, about others anything (R7) */
            suspendedProducts: string[];
            /** @description its own SLA definition; null: the partner's default */
            slaDefinitionId: string | null;
            /** @description the published definition that covers the customer now; null: none does (its requests are received uncovered, without an SLA) */
            slaCoverage: {
                /** Format: uuid */
                definitionId: string;
                version: number;
                /** @enum {unknown} */
                source: "assigned" | "default";
            } | null;
            contacts: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string | null;
            }[];
            /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
            externalRefs: components["schemas"]["ExternalRef"][];
            /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
            tags: string[];
            /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
            metadata: {
                [key: string]: string;
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description a customer in this API's shape or in Partner Center's; matched on its external references, else its tenant id */
        CustomerImportItem: {
            name: string;
            /** @description e.g. contoso.onmicrosoft.com */
            domain: string;
            /**
             * Format: uuid
             * @description Microsoft Entra tenant id (GUID), unique per partner
             */
            tenantId: string;
            slaDefinitionId?: string | null;
            contacts?: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string | null;
            }[];
            /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
            externalRefs?: components["schemas"]["ExternalRef"][];
            /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
            tags?: string[];
            /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
            metadata?: {
                [key: string]: string;
            };
        } | {
            companyProfile: {
                /**
                 * Format: uuid
                 * @description Microsoft Entra tenant id (GUID), unique per partner
                 */
                tenantId: string;
                companyName: string;
                /** @description e.g. contoso.onmicrosoft.com */
                domain: string;
            };
        };
        ImportResult: {
            /** @description the line of the input, from 0 */
            index: number;
            /** @enum {unknown} */
            status: "created" | "updated" | "unchanged" | "failed";
            /** @description the customer; null when the line failed before one was found */
            id: string | null;
            /** @description why the line failed; nothing of a failed line was written */
            problem?: {
                code: string;
                detail: string;
            };
        };
        Import: {
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            status: "pending" | "completed";
            /** @description lines in the input */
            total: number;
            /** @description lines by result so far */
            counts: {
                created: number;
                updated: number;
                unchanged: number;
                failed: number;
            };
            /** @description one per input line, once completed */
            results: components["schemas"]["ImportResult"][] | null;
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
        };
        Escalation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** @description the escalating partner's request; null for its target and for forwarded escalations */
            supportRequestId: string | null;
            /** @enum {unknown} */
            channel: "commercial" | "technical";
            /** @enum {unknown} */
            target: "microsoft" | "indirect_provider";
            /** @description the indirect provider, for a reseller escalation (R5) */
            targetPartnerId: string | null;
            /** @description the plan it was escalated under (technical, to Microsoft) */
            supportPlanId: string | null;
            /** @enum {unknown} */
            severity: "critical" | "moderate" | "minimal";
            /** @enum {unknown} */
            state: "open" | "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
            /** @description Partner Center service request id, or the provider's case number */
            externalCaseId: string | null;
            /** @description the reseller escalation a provider forwarded */
            parentEscalationId: string | null;
            /** @description the escalation its provider forwarded it as */
            childEscalationId: string | null;
            summary: string;
            supportTopicId: string | null;
            /** @description snapshot at creation: diagnosis, last health check, customer tenant id, product, the request timeline */
            evidence: {
                [key: string]: unknown;
            };
            outcome: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Where customers help themselves before raising a request (004) */
        SelfHelpLink: {
            /** @enum {unknown} */
            kind: "documentation" | "status_page" | "training";
            title: string;
            /** Format: uri */
            url: string;
        };
        /** @description A course or session the partner offers its customers (002) */
        TrainingOffer: {
            title: string;
            description?: string | null;
            url?: string | null;
        };
        Partner: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {unknown} */
            kind: "direct" | "indirect_provider" | "indirect_reseller";
            indirectProviderId: string | null;
            /** @enum {unknown} */
            competency: "none" | "action_pack" | "silver" | "gold";
            /** @description What customers are shown (R6): the partner's support contact (Partner Center SupportProfile), how support is delivered, the collections policy, self-help links and training offers. Customer users read it too. */
            supportProfile: {
                email: string | null;
                telephone: string | null;
                website: string | null;
                /** @description how support is delivered: by the partner itself, outsourced, or resold */
                deliveryModel: ("in_house" | "outsourced" | "resold") | null;
                /** @description who delivers it when not in_house (required then, refused for in_house) */
                deliveryProvider: string | null;
                /** @description text or a URL: when and how non-payment affects access (003) */
                collectionsPolicy: string | null;
                selfHelpLinks: components["schemas"]["SelfHelpLink"][];
                trainingOffers: components["schemas"]["TrainingOffer"][];
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SupportPlan: {
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            kind: "premier" | "advanced" | "signature_cloud" | "partner_network_incidents";
            /** Format: date-time */
            validFrom: string;
            /** @description null: open-ended */
            validUntil: string | null;
            /** @description partner_network_incidents only */
            incidentsTotal: number | null;
            /** @description partner_network_incidents only; never below 0 */
            incidentsRemaining: number | null;
            /** @description partner_network_incidents only: the on-premises products it covers; null: every on-premises product */
            eligibleProducts: string[] | null;
            /** @description valid now */
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ServiceIncident: {
            id: string;
            title: string;
            service: string;
            feature: string | null;
            featureGroup: string | null;
            classification: string;
            status: string;
            isResolved: boolean;
            impactDescription: string | null;
            startDateTime: string | null;
            endDateTime: string | null;
            lastModifiedDateTime: string | null;
            customerId: string | null;
        };
        HealthCheck: {
            /** Format: date-time */
            checkedAt: string;
            /** @enum {unknown} */
            outcome: "clear" | "known_incident";
            /** @description unresolved incidents of the service for this customer or all */
            matchingIncidentIds: string[];
        };
        SupportRequest: {
            /** Format: uuid */
            id: string;
            /** @description per-partner sequence */
            number: number;
            /** Format: uuid */
            customerId: string;
            title: string;
            description: string;
            /** @enum {unknown} */
            category: "billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage";
            product: {
                /** @description e.g. Microsoft 365 E3 */
                name: string;
                /** @enum {unknown} */
                type: "cloud" | "on_premises";
                /** @description the workload as Microsoft names it, e.g. Exchange Online */
                service: string;
            };
            /** @enum {unknown} */
            severity: "critical" | "moderate" | "minimal";
            /** @enum {unknown} */
            channel: "phone" | "email" | "web" | "chat" | "api";
            requester: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string | null;
            };
            /**
             * @description a customer user reads escalated as in_progress (R9): nothing it reads names an escalation, its target, Microsoft, a provider or an actor other than the partner
             * @enum {unknown}
             */
            state: "new" | "in_progress" | "awaiting_customer" | "escalated" | "resolved" | "closed" | "cancelled";
            /** @description the API key of the agent working it (hidden from customers) */
            assigneeId: string | null;
            /** @description hidden from customers */
            diagnosis: {
                /** @enum {unknown} */
                cause: "misconfiguration" | "missing_settings" | "incomplete_integration" | "permissions" | "deployment" | "usage_question" | "billing_question" | "subscription_change" | "updates" | "training_need" | "undocumented_service_behavior" | "service_unavailable" | "service_bug" | "network_outage" | "regional_multitenant_issue";
                /**
                 * @description derived from the cause (R3)
                 * @enum {unknown}
                 */
                ownership: "partner" | "microsoft";
                summary: string;
                /** Format: date-time */
                diagnosedAt: string;
            } | null;
            /** @description the last service health check (hidden from customers) */
            healthCheck: components["schemas"]["HealthCheck"] | null;
            resolution: {
                code: string;
                summary: string;
                /** Format: date-time */
                resolvedAt: string;
            } | null;
            /**
             * @description uncovered: received with no published SLA definition offering its type of support (R6): no SLA clock, reported in GET /v1/partner/compliance
             * @enum {unknown}
             */
            slaCoverage: "covered" | "uncovered";
            /** @description null when uncovered */
            sla: {
                /** Format: uuid */
                definitionId: string;
                definitionVersion: number;
                /** @enum {unknown} */
                status: "on_track" | "at_risk" | "paused" | "breached" | "met";
                /** Format: date-time */
                firstResponseDueAt: string;
                firstRespondedAt: string | null;
                /** Format: date-time */
                resolutionDueAt: string;
                /** @description business minutes the clock has stood still */
                pausedMinutes: number;
            } | null;
            /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
            externalRefs: components["schemas"]["ExternalRef"][];
            /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
            tags: string[];
            /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
            metadata: {
                [key: string]: string;
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Note: {
            /** Format: uuid */
            id: string;
            text: string;
            /** @enum {unknown} */
            visibility: "public" | "internal";
            author: components["schemas"]["Actor"];
            /** Format: date-time */
            createdAt: string;
        };
        BusinessHours: {
            /** @description IANA time zone, e.g. Europe/Paris */
            timezone: string;
            /** @description 24/7: every calendar minute counts; weekly and holidays are then ignored */
            alwaysOpen: boolean;
            /** @description opening windows; several a day allowed (e.g. a lunch break) */
            weekly: {
                /** @enum {unknown} */
                day: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                /** @description HH:MM local time */
                open: string;
                /** @description HH:MM local time, after open; 24:00 = end of day */
                close: string;
            }[];
            /** @description closed dates in the zone */
            holidays: string[];
        };
        SlaDefinition: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description terms version along the basedOn lineage */
            version: number;
            basedOn: string | null;
            /** @enum {unknown} */
            status: "draft" | "published" | "retired";
            /** @description request categories covered */
            supportTypes: ("billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage")[];
            hours: components["schemas"]["BusinessHours"] | null;
            channels: {
                /** @enum {unknown} */
                kind: "phone" | "email" | "web" | "chat";
                /** @description number, address or URL */
                address: string;
                /**
                 * @description reachable 24/7 regardless of the hours
                 * @default false
                 */
                alwaysOpen: boolean;
            }[];
            pricing: {
                /** @enum {unknown} */
                model: "included" | "per_incident" | "monthly" | "hourly";
                amount: number;
                /** @description ISO 4217 */
                currency: string;
            } | null;
            targets: {
                /** @description business minutes */
                critical?: {
                    firstResponseMinutes: number;
                    resolutionMinutes: number;
                };
                /** @description business minutes */
                moderate?: {
                    firstResponseMinutes: number;
                    resolutionMinutes: number;
                };
                /** @description business minutes */
                minimal?: {
                    firstResponseMinutes: number;
                    resolutionMinutes: number;
                };
            } | null;
            /** @description request states that stop the clock */
            pauseOn: ("awaiting_customer" | "escalated")[];
            /** @description the partner's default: covers customers without their own definition */
            isDefault: boolean;
            /** @description rises with every change; the ETag */
            revision: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            retiredAt: string | null;
        };
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            /** @description empty: every event */
            eventTypes: ("support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled")[];
            /** @description since when every delivery has failed; 24 h of it disables the subscription */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreatedWebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            /** @description empty: every event */
            eventTypes: ("support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled")[];
            /** @description since when every delivery has failed; 24 h of it disables the subscription */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Standard Webhooks signing secret (whsec_…), shown this once */
            secret: string;
        };
        WebhookAttempt: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            deliveryId: string;
            eventId: string;
            eventType: string;
            /** @enum {unknown} */
            deliveryState: "pending" | "delivered" | "failed";
            /** Format: date-time */
            attemptedAt: string;
            /** @description the receiver's status; null when it did not answer */
            statusCode: number | null;
            error: string | null;
            durationMs: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        migrations: number;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    kind: "direct" | "indirect_provider" | "indirect_reseller";
                    /** Format: uuid */
                    indirectProviderId?: string;
                    /**
                     * @default none
                     * @enum {unknown}
                     */
                    competency?: "none" | "action_pack" | "silver" | "gold";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: components["schemas"]["Partner"];
                        apiKey: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The operator records a change of the partner's MPN competency. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    competency: "none" | "action_pack" | "silver" | "gold";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSupportProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The whole profile: email, telephone and website are stated (null clears one); the rest, when omitted, is cleared. */
        requestBody: {
            content: {
                "application/json": {
                    email: string | null;
                    telephone: string | null;
                    website: string | null;
                    /** @description how support is delivered: by the partner itself, outsourced, or resold */
                    deliveryModel?: ("in_house" | "outsourced" | "resold") | null;
                    /** @description who delivers it when not in_house (required then, refused for in_house) */
                    deliveryProvider?: string | null;
                    /** @description text or a URL: when and how non-payment affects access (003) */
                    collectionsPolicy?: string | null;
                    selfHelpLinks?: components["schemas"]["SelfHelpLink"][];
                    trainingOffers?: components["schemas"]["TrainingOffer"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportPlans: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupportPlan"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupportPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description signature_cloud needs a gold or silver competency, partner_network_incidents gold, silver or action_pack (`422 plan-not-eligible`). */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "premier" | "advanced" | "signature_cloud" | "partner_network_incidents";
                    /** Format: date-time */
                    validFrom: string;
                    validUntil?: string | null;
                    /** @description required for partner_network_incidents, refused otherwise */
                    incidentsTotal?: number;
                    /** @description partner_network_incidents only: the recent on-premises products the benefit covers, by product name */
                    eligibleProducts?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlan"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlan"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description true when no finding is a failure (warnings do not count) */
                        compliant: boolean;
                        findings: {
                            /** @enum {unknown} */
                            code: "incomplete-support-profile" | "no-default-sla" | "customers-without-sla" | "uncovered-requests" | "no-collections-policy" | "no-self-help-links";
                            /** @enum {unknown} */
                            level: "failure" | "warning";
                            detail: string;
                            missing?: string[];
                            /** @description the first 100 */
                            customerIds?: string[];
                            /** @description the first 100 open requests received uncovered */
                            requests?: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** Format: uuid */
                                customerId: string;
                            }[];
                            count?: number;
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        keyId: string;
                        /** @description the key's name */
                        name: string;
                        /** @enum {unknown} */
                        role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
                        customerId: string | null;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "direct" | "indirect_provider" | "indirect_reseller";
                        };
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A customer_user key names the customer it acts for (customerId); other roles do not. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description who or what uses the key, e.g. "Dynamics CRM sync" */
                    name: string;
                    /** @enum {unknown} */
                    role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
                    /** Format: uuid */
                    customerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key; its secret is never shown again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaDefinitions: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
                status?: "draft" | "published" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SlaDefinition"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A draft. With basedOn, the new version starts from those terms. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description required unless basedOn */
                    name?: string;
                    /** Format: uuid */
                    basedOn?: string;
                    /** @description request categories covered */
                    supportTypes?: ("billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage")[];
                    hours?: components["schemas"]["BusinessHours"] | null;
                    channels?: {
                        /** @enum {unknown} */
                        kind: "phone" | "email" | "web" | "chat";
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen: boolean;
                    }[];
                    pricing?: {
                        /** @enum {unknown} */
                        model: "included" | "per_incident" | "monthly" | "hourly";
                        amount: number;
                        /** @description ISO 4217 */
                        currency: string;
                    } | null;
                    targets?: {
                        /** @description business minutes */
                        critical?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                        /** @description business minutes */
                        moderate?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                        /** @description business minutes */
                        minimal?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                    } | null;
                    /** @description request states that stop the clock */
                    pauseOn?: ("awaiting_customer" | "escalated")[];
                    /** @description the partner's default: covers customers without their own definition */
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description request categories covered */
                    supportTypes?: ("billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage")[];
                    hours?: components["schemas"]["BusinessHours"] | null;
                    channels?: {
                        /** @enum {unknown} */
                        kind: "phone" | "email" | "web" | "chat";
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen: boolean;
                    }[];
                    pricing?: {
                        /** @enum {unknown} */
                        model: "included" | "per_incident" | "monthly" | "hourly";
                        amount: number;
                        /** @description ISO 4217 */
                        currency: string;
                    } | null;
                    targets?: {
                        /** @description business minutes */
                        critical?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                        /** @description business minutes */
                        moderate?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                        /** @description business minutes */
                        minimal?: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                    } | null;
                    /** @description request states that stop the clock */
                    pauseOn?: ("awaiting_customer" | "escalated")[];
                    /** @description the partner's default: covers customers without their own definition */
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makeDefaultSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireSlaDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    computeSlaDueDates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    openedAt: string;
                    /** @enum {unknown} */
                    severity: "critical" | "moderate" | "minimal";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        firstResponseDueAt: string;
                        /** Format: date-time */
                        resolutionDueAt: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
                billingStatus?: "active" | "past_due" | "suspended";
                /** @description customers covered by this definition */
                slaDefinitionId?: string;
                /** @description only customers no published definition covers */
                uncovered?: boolean;
                /** @description the customer with this Microsoft Entra tenant id */
                tenantId?: string;
                /** @description customers with this domain (any case) */
                domain?: string;
                /** @description `system:id` */
                externalRef?: string;
                tag?: string[];
                /** @description search words */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Customer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId: string;
                    slaDefinitionId?: string | null;
                    contacts?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    }[];
                    /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
                    externalRefs?: components["schemas"]["ExternalRef"][];
                    /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
                    tags?: string[];
                    /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description billingStatus changes through PUT …/billing-status */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain?: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId?: string;
                    slaDefinitionId?: string | null;
                    contacts?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    }[];
                    /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
                    externalRefs?: components["schemas"]["ExternalRef"][];
                    /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
                    tags?: string[];
                    /** @description the keys to set; a key set to null is removed, keys not named are kept */
                    metadata?: {
                        [key: string]: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCustomerByExternalRef: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the other system, e.g. hubspot */
                system: string;
                /** @description the customer's id in that system */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId: string;
                    slaDefinitionId?: string | null;
                    contacts?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    }[];
                    /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
                    externalRefs?: components["schemas"]["ExternalRef"][];
                    /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
                    tags?: string[];
                    /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCustomerBillingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description `suspended` suspends the whole customer; otherwise `suspendedProducts` (omitted: none) suspends those products only. Both at once is refused: a whole suspension already covers every product. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    billingStatus: "active" | "past_due" | "suspended";
                    /** @description kept in the customer's history */
                    reason: string;
                    /** @description products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the customer raises billing and subscription requests only, about others anything (R7) */
                    suspendedProducts?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomerEvents: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown[];
                "application/x-ndjson": unknown[];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportRequests: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
                /** @description for a customer user, in_progress includes escalated requests and escalated matches none (R9) */
                state?: "new" | "in_progress" | "awaiting_customer" | "escalated" | "resolved" | "closed" | "cancelled";
                customerId?: string;
                severity?: "critical" | "moderate" | "minimal";
                category?: "billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage";
                slaStatus?: "on_track" | "at_risk" | "paused" | "breached" | "met";
                assigneeId?: string;
                updatedSince?: string;
                /** @description `system:id` */
                externalRef?: string;
                tag?: string[];
                /** @description search words */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupportRequest"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Agents name the customerId; a customer user's requests are its own. requester defaults to the customer's first contact. externalRefs, tags and metadata are set by partner agents only. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId?: string;
                    title: string;
                    description: string;
                    /** @enum {unknown} */
                    category: "billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage";
                    product: {
                        /** @description e.g. Microsoft 365 E3 */
                        name: string;
                        /** @enum {unknown} */
                        type: "cloud" | "on_premises";
                        /** @description the workload as Microsoft names it, e.g. Exchange Online */
                        service: string;
                    };
                    /** @enum {unknown} */
                    severity: "critical" | "moderate" | "minimal";
                    /**
                     * @default api
                     * @enum {unknown}
                     */
                    channel?: "phone" | "email" | "web" | "chat" | "api";
                    requester?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    };
                    /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
                    externalRefs?: components["schemas"]["ExternalRef"][];
                    /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
                    tags?: string[];
                    /** @description the integrator's own key-value pairs (Stripe's rules: at most 50 keys of at most 40 characters, string values of at most 500) */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSupportRequests: {
        parameters: {
            query?: {
                /** @description only requests changed at or after this time */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON: one SupportRequest per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The state changes through …/transitions only. */
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    /** @enum {unknown} */
                    severity?: "critical" | "moderate" | "minimal";
                    assigneeId?: string | null;
                    /** @description references to this object in other systems; a system and id name one object of its type per partner (else `409 external-ref-taken`); carried in every event and webhook about the object */
                    externalRefs?: components["schemas"]["ExternalRef"][];
                    /** @description lowercase slugs; filter lists with `?tag=` (repeatable: all must match) */
                    tags?: string[];
                    /** @description the keys to set; a key set to null is removed, keys not named are kept */
                    metadata?: {
                        [key: string]: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    to: "new" | "in_progress" | "awaiting_customer" | "escalated" | "resolved" | "closed" | "cancelled";
                    reason?: string;
                    resolution?: {
                        code: string;
                        summary: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSupportRequestDiagnosis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    cause: "misconfiguration" | "missing_settings" | "incomplete_integration" | "permissions" | "deployment" | "usage_question" | "billing_question" | "subscription_change" | "updates" | "training_need" | "undocumented_service_behavior" | "service_unavailable" | "service_bug" | "network_outage" | "regional_multitenant_issue";
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkSupportRequestHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportRequestNotes: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Note"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupportRequestNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /**
                     * @description customers write and read public notes only (R9)
                     * @enum {unknown}
                     */
                    visibility: "public" | "internal";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportRequestEvents: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putServiceIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Graph id, e.g. EX123456 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Graph id, e.g. EX123456 */
                    id?: string;
                    title: string;
                    /** @description e.g. Exchange Online */
                    service: string;
                    feature?: string | null;
                    featureGroup?: string | null;
                    /** @description advisory, incident, … */
                    classification: string;
                    /** @description Graph serviceHealthStatus, e.g. serviceDegradation */
                    status: string;
                    isResolved: boolean;
                    impactDescription?: string | null;
                    startDateTime?: string | null;
                    endDateTime?: string | null;
                    lastModifiedDateTime?: string | null;
                    /** @description partnerdesk: the customer it concerns; null or absent: every customer */
                    customerId?: string | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIncident"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importServiceIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value: ({
                        /** @description Graph id, e.g. EX123456 */
                        id: string;
                        title: string;
                        /** @description e.g. Exchange Online */
                        service: string;
                        feature?: string | null;
                        featureGroup?: string | null;
                        /** @description advisory, incident, … */
                        classification: string;
                        /** @description Graph serviceHealthStatus, e.g. serviceDegradation */
                        status: string;
                        isResolved: boolean;
                        impactDescription?: string | null;
                        startDateTime?: string | null;
                        endDateTime?: string | null;
                        lastModifiedDateTime?: string | null;
                        /** @description partnerdesk: the customer it concerns; null or absent: every customer */
                        customerId?: string | null;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceIncidents: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
                service?: string;
                isResolved?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ServiceIncident"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEscalations: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
                state?: "open" | "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
                target?: "microsoft" | "indirect_provider";
                channel?: "commercial" | "technical";
                supportRequestId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Escalation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    supportRequestId: string;
                    /** @enum {unknown} */
                    channel: "commercial" | "technical";
                    summary: string;
                    /**
                     * @description defaults to the request's
                     * @enum {unknown}
                     */
                    severity?: "critical" | "moderate" | "minimal";
                    /** Format: uuid */
                    supportPlanId?: string;
                    /**
                     * @description checked against R5; defaults to the right one
                     * @enum {unknown}
                     */
                    target?: "microsoft" | "indirect_provider";
                    /** @description Partner Center support topic id */
                    supportTopicId?: string;
                    /** @description the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    to: "open" | "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
                    externalCaseId?: string;
                    /** @description kept as the outcome when it ends */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the version named in If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary?: string;
                    /** @enum {unknown} */
                    severity?: "critical" | "moderate" | "minimal";
                    /** Format: uuid */
                    supportPlanId?: string;
                    supportTopicId?: string;
                    /** @description the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerCenterRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partner Center ServiceRequest fields, ready to file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        Title: string;
                        Description: string;
                        /** @enum {unknown} */
                        Severity: "critical" | "moderate" | "minimal";
                        SupportTopicId: string | null;
                        ProductName: string;
                        /** @description The partner's: the escalating agent's contact, else the support profile. Never the customer's (R9): the customer's requester is named in the Description, for reference only. */
                        PrimaryContact: {
                            FirstName: string;
                            LastName: string;
                            /** @description null: give a contact when escalating, or a support profile email */
                            Email: string | null;
                            PhoneNumber: string | null;
                        };
                        Notes: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query: {
                /** @description the id of the last event seen */
                after?: string;
                limit: number;
                type?: "support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled";
                subjectType?: "support_request" | "customer" | "sla_definition" | "escalation" | "webhook_subscription" | "partner";
                subjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookSubscription"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    description?: string;
                    /** @description empty or absent: every event */
                    eventTypes?: ("support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query: {
                /** @description page size */
                limit: number;
                /** @description the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookAttempt"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        deliveryId: string;
                        /** @enum {string} */
                        state: "pending";
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state; A published or retired SLA definition cannot change; base a new one on it; Only a published SLA definition can do this; Customers are still covered by this SLA definition; Another customer of this partner has this Microsoft Entra tenant id; Another object of this type already carries this external reference (system and id); The request is not in a state that allows this; The reopen window has passed; This request already has an escalation in progress; A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A referenced resource does not exist or does not fit; The SLA definition does not yet state everything customers must be told (R6); A suspended customer may raise billing and subscription requests only (R7); The partner diagnoses first (R2); Only billing and subscription requests are escalated commercially (R4); The diagnosed cause is in the partner's baseline, not Microsoft's (R3); Service health must be checked recently before a technical escalation (R2); An active service incident explains the issue (R2); Resellers escalate to their indirect provider, others to Microsoft (R5); The partner's competency does not qualify for this support plan (R4); An assignee is one of the partner's agents who works this request; No active support plan covers this product (R4); The partner network incidents allowance is used up (R4); This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingNeeds: {
        parameters: {
            query: {
                /** @description start of the period (inclusive), by diagnosis time */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per customer, the requests diagnosed usage_question or training_need in the period (002): whom to offer courses, on what. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        customers: {
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            requestCount: number;
                            /** @description how many of its requests were about each product, most first */
                            products: {
                                name: string;
                                count: number;
                            }[];
                            requests: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                title: string;
                                productName: string;
                                /** @enum {unknown} */
                                cause: "usage_question" | "training_need";
                                /** Format: date-time */
                                diagnosedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request body cannot be parsed; The request cannot be processed as sent; A value is out of the range the service can store; The cursor is not valid for this list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid bearer key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this; Customers do not escalate: the partner does (R1) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is not ready; The database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
