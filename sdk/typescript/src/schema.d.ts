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
        /**
         * Liveness: the process is up
         * @description For orchestrators: 200 while the process runs, whatever the state of the database.
         */
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
        /**
         * Readiness: the database answers and every migration is applied
         * @description For load balancers: 200 when requests can be served, otherwise `503 not-ready`.
         */
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
    "/v1/support-requests/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service incidents and escalations a request is linked to (the partner's agents only)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getSupportRequestLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request's attachments, oldest first (customers see public ones only)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listSupportRequestAttachments"];
        put?: never;
        /**
         * Attach a file (a log, a screenshot, a message trace) to a request or one of its notes
         * @description The file takes its note's visibility (internal notes' files are never shown to the customer, R9); its type is recognised from the bytes, and its SHA-256 recorded. At most `ATTACHMENT_MAX_BYTES` (413 `attachment-too-large`) and `ATTACHMENTS_PER_REQUEST` per request (409 `attachment-limit-reached`); an empty file is `422 empty-attachment`.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["createSupportRequestAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment's bytes, streamed, as the type recognised when it was attached
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["getAttachmentContent"];
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
    "/v1/service-incidents/{id}/linked-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests linked to a service incident, in the order they were linked
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listServiceIncidentRequests"];
        put?: never;
        /**
         * Link requests to a Microsoft service incident that stands behind them
         * @description Only the partner's own requests, not closed or cancelled (an incident of one customer: that customer's). When the incident is imported as resolved, each linked open request gets a public note in the partner's voice and its customer's language (`supportProfile.incidentResolvedNotes`, else the default wording) and a `support_request.linked_incident_resolved` event. Customers see the note only.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`.
         */
        post: operations["linkServiceIncidentRequests"];
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
    "/v1/escalations/{id}/linked-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests linked to an escalation (besides its own), in the order they were linked
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        get: operations["listEscalationRequests"];
        put?: never;
        /**
         * Link requests in progress to an escalation under way, which then stands for them too
         * @description Only the raiser's own requests, in_progress: they move to escalated, and return to in_progress together with its own request when the escalation ends. Honours If-Match (the escalation's version).
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["linkEscalationRequests"];
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
export interface webhooks {
    "support_request.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.created event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.uncovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.uncovered event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestUncovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.state_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.state_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestStateChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.updated event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.severity_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.severity_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestSeverityChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.note_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.note_added event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestNoteAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.attachment_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.attachment_added event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestAttachmentAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.linked_incident_resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.linked_incident_resolved event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestLinkedIncidentResolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.diagnosed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.diagnosed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestDiagnosed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.health_checked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.health_checked event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestHealthChecked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.sla_at_risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.sla_at_risk event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestSlaAtRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.sla_breached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.sla_breached event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestSlaBreached"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer.created event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onCustomerCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer.updated event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onCustomerUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.billing_status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer.billing_status_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onCustomerBillingStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "partner.competency_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A partner.competency_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onPartnerCompetencyChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sla_definition.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sla_definition.created event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSlaDefinitionCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sla_definition.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sla_definition.updated event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSlaDefinitionUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sla_definition.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sla_definition.published event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSlaDefinitionPublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sla_definition.made_default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sla_definition.made_default event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSlaDefinitionMadeDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sla_definition.retired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sla_definition.retired event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSlaDefinitionRetired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A escalation.created event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onEscalationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.state_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A escalation.state_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onEscalationStateChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.forwarded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A escalation.forwarded event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onEscalationForwarded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A webhook_subscription.disabled event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onWebhookSubscriptionDisabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The problem codes known to this version.
         * @enum {unknown}
         */
        ProblemCode: "validation-failed" | "malformed-body" | "bad-request" | "invalid-value" | "invalid-cursor" | "unauthenticated" | "forbidden" | "customers-go-through-partner" | "not-found" | "conflict" | "sla-published-immutable" | "sla-not-published" | "sla-in-use" | "tenant-id-taken" | "external-ref-taken" | "attachment-limit-reached" | "invalid-transition" | "reopen-window-expired" | "escalation-already-open" | "idempotency-key-in-progress" | "request-timeout" | "version-mismatch" | "payload-too-large" | "attachment-too-large" | "unsupported-media-type" | "invalid-reference" | "empty-attachment" | "sla-incomplete" | "customer-suspended" | "diagnosis-required" | "not-commercial-category" | "not-microsoft-owned" | "health-check-required" | "known-service-incident" | "wrong-escalation-target" | "plan-not-eligible" | "invalid-assignee" | "no-support-plan-coverage" | "incident-allowance-exhausted" | "idempotency-key-reused" | "rate-limited" | "headers-too-large" | "internal-error" | "not-ready" | "database-unavailable";
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description `/problems/<code>` */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable code: branch on it. The known codes are `ProblemCode`; new ones may appear, so handle an unknown code by its status. */
            code: components["schemas"]["ProblemCode"] | string;
            /** @description the path of the request that got this answer */
            instance: string;
            /** @description one entry per invalid field (validation-failed) */
            errors?: {
                path: string;
                message: string;
            }[];
        };
        /**
         * @description what an API key may do (see each operation)
         * @enum {unknown}
         */
        Role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
        /**
         * @description the customer's standing with the partner's billing
         * @enum {unknown}
         */
        BillingStatus: "active" | "past_due" | "suspended";
        /**
         * @description where an escalation is in its lifecycle (SPEC §3)
         * @enum {unknown}
         */
        EscalationState: "open" | "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
        /**
         * @description commercial (billing, subscription) or technical support
         * @enum {unknown}
         */
        EscalationChannel: "commercial" | "technical";
        /**
         * @description who the escalation goes to (R5)
         * @enum {unknown}
         */
        EscalationTarget: "microsoft" | "indirect_provider";
        /**
         * @description what happened
         * @enum {unknown}
         */
        EventType: "support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.attachment_added" | "support_request.linked_incident_resolved" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled";
        /**
         * @description the partner's Microsoft partner network competency level
         * @enum {unknown}
         */
        Competency: "none" | "action_pack" | "silver" | "gold";
        /**
         * @description how the partner sells: direct, or as an indirect provider or reseller
         * @enum {unknown}
         */
        PartnerKind: "direct" | "indirect_provider" | "indirect_reseller";
        /**
         * @description how customers reach support
         * @enum {unknown}
         */
        ContactChannelKind: "phone" | "email" | "web" | "chat";
        /**
         * @description a request state in which the SLA clock may stand still
         * @enum {unknown}
         */
        PausableState: "awaiting_customer" | "escalated";
        /**
         * @description how support is charged
         * @enum {unknown}
         */
        PricingModel: "included" | "per_incident" | "monthly" | "hourly";
        /**
         * @description draft (editable), published (immutable, offered) or retired
         * @enum {unknown}
         */
        SlaDefinitionStatus: "draft" | "published" | "retired";
        /**
         * @description a day of the week
         * @enum {unknown}
         */
        Weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
        /**
         * @description how a request stands against its SLA targets
         * @enum {unknown}
         */
        SlaTrackingStatus: "on_track" | "at_risk" | "paused" | "breached" | "met";
        /**
         * @description the Microsoft support plan the partner holds (R4)
         * @enum {unknown}
         */
        SupportPlanKind: "premier" | "advanced" | "signature_cloud" | "partner_network_incidents";
        /**
         * @description the type of support asked for, as Partner Center names it
         * @enum {unknown}
         */
        Category: "billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage";
        /**
         * @description the diagnosed cause; it decides who owns the fix (R3)
         * @enum {unknown}
         */
        Cause: "misconfiguration" | "missing_settings" | "incomplete_integration" | "permissions" | "deployment" | "usage_question" | "billing_question" | "subscription_change" | "updates" | "training_need" | "undocumented_service_behavior" | "service_unavailable" | "service_bug" | "network_outage" | "regional_multitenant_issue";
        /**
         * @description where the product runs
         * @enum {unknown}
         */
        ProductType: "cloud" | "on_premises";
        /**
         * @description how the request reached the partner
         * @enum {unknown}
         */
        RequestChannel: "phone" | "email" | "web" | "chat" | "api";
        /**
         * @description where a support request is in its lifecycle (SPEC §3)
         * @enum {unknown}
         */
        RequestState: "new" | "in_progress" | "awaiting_customer" | "escalated" | "resolved" | "closed" | "cancelled";
        /**
         * @description how badly the customer is affected; it sets the SLA targets
         * @enum {unknown}
         */
        Severity: "critical" | "moderate" | "minimal";
        /**
         * @description a state a caller may move a request to; the service alone sets the others
         * @enum {unknown}
         */
        RequestTransitionTarget: "in_progress" | "awaiting_customer" | "resolved" | "closed" | "cancelled";
        /**
         * @description a state a caller may move an escalation to
         * @enum {unknown}
         */
        EscalationTransitionTarget: "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
        /**
         * @description who owns the fix, derived from the cause (R3)
         * @enum {unknown}
         */
        Ownership: "partner" | "microsoft";
        /**
         * @description public notes are shared with the customer, internal ones never (R9)
         * @enum {unknown}
         */
        NoteVisibility: "public" | "internal";
        /**
         * @description an API key, the deployment operator, the service itself, or (to a customer user) the partner
         * @enum {unknown}
         */
        ActorKind: "api_key" | "operator" | "system" | "partner";
        /**
         * @description the kind of resource an event is about
         * @enum {unknown}
         */
        SubjectType: "support_request" | "customer" | "sla_definition" | "escalation" | "webhook_subscription" | "partner";
        /**
         * @description clear, or an unresolved incident explains the issue (R2)
         * @enum {unknown}
         */
        HealthCheckOutcome: "clear" | "known_incident";
        /** @description Who made the change: an API key (its id and role), the operator, or the service. A customer user reads its own keys as they are and anyone else as `partner` (R9). */
        Actor: {
            kind: components["schemas"]["ActorKind"];
            /** Format: uuid */
            id?: string;
            /** @description the role of the API key */
            role?: string;
        };
        /** @description A support_request.created event. */
        SupportRequestCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.created";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new request */
            data: {
                number: number;
                title: string;
                severity: components["schemas"]["Severity"];
                category: components["schemas"]["Category"];
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.uncovered event. */
        SupportRequestUncoveredEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.uncovered";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description received with no published SLA definition offering its type of support (R6) */
            data: {
                number: number;
                category: components["schemas"]["Category"];
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.state_changed event. */
        SupportRequestStateChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.state_changed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the move; a resolution when resolved, a reason when cancelled */
            data: {
                from: components["schemas"]["RequestState"];
                to: components["schemas"]["RequestState"];
                reason?: string;
                resolution?: {
                    code: string;
                    summary: string;
                };
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.updated event. */
        SupportRequestUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.updated";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the fields changed (title, description, assigneeId), before and after */
            data: {
                before: {
                    [key: string]: unknown;
                };
                after: {
                    [key: string]: unknown;
                };
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.severity_changed event. */
        SupportRequestSeverityChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.severity_changed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new severity and the due dates it gives */
            data: {
                from: components["schemas"]["Severity"];
                to: components["schemas"]["Severity"];
                /** Format: date-time */
                firstResponseDueAt: string;
                /** Format: date-time */
                resolutionDueAt: string;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.note_added event. */
        SupportRequestNoteAddedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.note_added";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the note added */
            data: {
                /** Format: uuid */
                noteId: string;
                visibility: components["schemas"]["NoteVisibility"];
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.attachment_added event. */
        SupportRequestAttachmentAddedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.attachment_added";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description a file attached to the request or one of its notes (public ones are shown to the customer) */
            data: {
                /**
                 * Format: uuid
                 * @description the attachment
                 */
                attachmentId: string;
                /** @description the note it is attached to, if any */
                noteId: string | null;
                visibility: components["schemas"]["NoteVisibility"];
                /** @description the file name */
                fileName: string;
                /** @description the type recognised from the bytes */
                contentType: string;
                /** @description the size in bytes */
                sizeBytes: number;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.linked_incident_resolved event. */
        SupportRequestLinkedIncidentResolvedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.linked_incident_resolved";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description Microsoft resolved a service incident linked to the request: a public note tells the customer (it reads the note, not this event) */
            data: {
                /** @description the Graph id of the resolved service incident */
                serviceIncidentId: string;
                /**
                 * Format: uuid
                 * @description the public note left for the customer
                 */
                noteId: string;
                /** @description the language the note is written in (BCP 47) */
                language: string;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.diagnosed event. */
        SupportRequestDiagnosedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.diagnosed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the diagnosis (R2, R3) */
            data: {
                cause: components["schemas"]["Cause"];
                ownership: components["schemas"]["Ownership"];
                summary: string;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.health_checked event. */
        SupportRequestHealthCheckedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.health_checked";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the service health check */
            data: {
                /** Format: date-time */
                checkedAt: string;
                outcome: components["schemas"]["HealthCheckOutcome"];
                matchingIncidentIds: string[];
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.sla_at_risk event. */
        SupportRequestSlaAtRiskEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.sla_at_risk";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description 75 % of a target is used */
            data: {
                /**
                 * @description which SLA target
                 * @enum {unknown}
                 */
                target: "first_response" | "resolution";
                /** Format: date-time */
                dueAt: string;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A support_request.sla_breached event. */
        SupportRequestSlaBreachedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.sla_breached";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description a target was missed */
            data: {
                /**
                 * @description which SLA target
                 * @enum {unknown}
                 */
                target: "first_response" | "resolution";
                /** Format: date-time */
                dueAt: string;
                /** Format: uuid */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A customer.created event. */
        CustomerCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.created";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new customer */
            data: {
                after: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A customer.updated event. */
        CustomerUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.updated";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the fields changed, before and after */
            data: {
                before: {
                    [key: string]: unknown;
                };
                after: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A customer.billing_status_changed event. */
        CustomerBillingStatusChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.billing_status_changed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new billing status (R7) */
            data: {
                from: components["schemas"]["BillingStatus"];
                to: components["schemas"]["BillingStatus"];
                reason: string | null;
                suspendedProducts?: unknown[];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A partner.competency_changed event. */
        PartnerCompetencyChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "partner.competency_changed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the partner's competency, changed by the operator */
            data: {
                from: components["schemas"]["Competency"];
                to: components["schemas"]["Competency"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A sla_definition.created event. */
        SlaDefinitionCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.created";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new draft */
            data: {
                version: number;
                status: components["schemas"]["SlaDefinitionStatus"];
                basedOn: string | null;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A sla_definition.updated event. */
        SlaDefinitionUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.updated";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the fields edited */
            data: {
                version: number;
                status: components["schemas"]["SlaDefinitionStatus"];
                fields: string[];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A sla_definition.published event. */
        SlaDefinitionPublishedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.published";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the definition is offered to customers */
            data: {
                version: number;
                status: components["schemas"]["SlaDefinitionStatus"];
                isDefault: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A sla_definition.made_default event. */
        SlaDefinitionMadeDefaultEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.made_default";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the partner's default now */
            data: {
                version: number;
                status: components["schemas"]["SlaDefinitionStatus"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A sla_definition.retired event. */
        SlaDefinitionRetiredEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.retired";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description no longer offered */
            data: {
                version: number;
                status: components["schemas"]["SlaDefinitionStatus"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A escalation.created event. */
        EscalationCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.created";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the new escalation; a forwarded one names its parent */
            data: {
                channel: components["schemas"]["EscalationChannel"];
                target: components["schemas"]["EscalationTarget"];
                supportPlanId?: string | null;
                /** Format: uuid */
                parentEscalationId?: string;
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A escalation.state_changed event. */
        EscalationStateChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.state_changed";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description the move */
            data: {
                from: components["schemas"]["EscalationState"];
                to: components["schemas"]["EscalationState"];
                externalCaseId?: string;
                note?: string;
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A escalation.forwarded event. */
        EscalationForwardedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.forwarded";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description forwarded by the provider to Microsoft */
            data: {
                /** Format: uuid */
                childEscalationId: string;
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description A webhook_subscription.disabled event. */
        WebhookSubscriptionDisabledEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "webhook_subscription.disabled";
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                type: components["schemas"]["SubjectType"];
                /** Format: uuid */
                id: string;
            };
            /** @description deliveries failed for a day; the subscription stopped */
            data: {
                url: string;
                reason: string;
                /** Format: date-time */
                failingSince: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Something that happened, as the feed, histories and webhooks carry it; `type` says which. */
        Event: components["schemas"]["SupportRequestCreatedEvent"] | components["schemas"]["SupportRequestUncoveredEvent"] | components["schemas"]["SupportRequestStateChangedEvent"] | components["schemas"]["SupportRequestUpdatedEvent"] | components["schemas"]["SupportRequestSeverityChangedEvent"] | components["schemas"]["SupportRequestNoteAddedEvent"] | components["schemas"]["SupportRequestAttachmentAddedEvent"] | components["schemas"]["SupportRequestLinkedIncidentResolvedEvent"] | components["schemas"]["SupportRequestDiagnosedEvent"] | components["schemas"]["SupportRequestHealthCheckedEvent"] | components["schemas"]["SupportRequestSlaAtRiskEvent"] | components["schemas"]["SupportRequestSlaBreachedEvent"] | components["schemas"]["CustomerCreatedEvent"] | components["schemas"]["CustomerUpdatedEvent"] | components["schemas"]["CustomerBillingStatusChangedEvent"] | components["schemas"]["PartnerCompetencyChangedEvent"] | components["schemas"]["SlaDefinitionCreatedEvent"] | components["schemas"]["SlaDefinitionUpdatedEvent"] | components["schemas"]["SlaDefinitionPublishedEvent"] | components["schemas"]["SlaDefinitionMadeDefaultEvent"] | components["schemas"]["SlaDefinitionRetiredEvent"] | components["schemas"]["EscalationCreatedEvent"] | components["schemas"]["EscalationStateChangedEvent"] | components["schemas"]["EscalationForwardedEvent"] | components["schemas"]["WebhookSubscriptionDisabledEvent"];
        /** @description One page of a resource's history, oldest first */
        EventPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Event"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description Events after `after`, oldest first */
        EventFeedPage: {
            data: components["schemas"]["Event"][];
            nextCursor: string | null;
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
            role: components["schemas"]["Role"];
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
        };
        /** @description One page of ApiKey items, in the list's order */
        ApiKeyPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["ApiKey"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
            /** @description The secret, shown this once: store it now. */
            key: string;
        };
        /**
         * @description A file attached to a support request or one of its notes
         * @example {
         *       "id": "6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f",
         *       "supportRequestId": "0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00",
         *       "noteId": "a3d9e1f0-2b4c-4d6e-8f10-123456789abc",
         *       "visibility": "internal",
         *       "fileName": "message-trace-contoso-fr.log",
         *       "contentType": "text/plain; charset=utf-8",
         *       "sizeBytes": 10485760,
         *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "author": {
         *         "kind": "api_key",
         *         "id": "5d2e8c1a-7b9f-4e3d-a6c5-0f1e2d3c4b5a",
         *         "role": "helpdesk_agent"
         *       },
         *       "createdAt": "2026-11-20T09:14:03.120Z"
         *     }
         */
        Attachment: {
            /**
             * Format: uuid
             * @description the attachment; its bytes are at /v1/attachments/{id}/content
             */
            id: string;
            /**
             * Format: uuid
             * @description the support request it belongs to
             */
            supportRequestId: string;
            /** @description the note it is attached to; null: attached to the request itself */
            noteId: string | null;
            visibility: components["schemas"]["NoteVisibility"];
            /** @description the name the file was sent with, without any path */
            fileName: string;
            /** @description recognised from the bytes, never taken from the client: the signature of a known format, else `text/plain; charset=utf-8` for UTF-8 text (logs, traces), else `application/octet-stream` */
            contentType: string;
            /** @description the size in bytes */
            sizeBytes: number;
            /** @description the SHA-256 of the bytes, in hexadecimal */
            sha256: string;
            author: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @description when it was attached
             */
            createdAt: string;
        };
        /**
         * @description One page of Attachment items, oldest first
         * @example {
         *       "data": [
         *         {
         *           "id": "6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f",
         *           "supportRequestId": "0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00",
         *           "noteId": "a3d9e1f0-2b4c-4d6e-8f10-123456789abc",
         *           "visibility": "internal",
         *           "fileName": "message-trace-contoso-fr.log",
         *           "contentType": "text/plain; charset=utf-8",
         *           "sizeBytes": 10485760,
         *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *           "author": {
         *             "kind": "api_key",
         *             "id": "5d2e8c1a-7b9f-4e3d-a6c5-0f1e2d3c4b5a",
         *             "role": "helpdesk_agent"
         *           },
         *           "createdAt": "2026-11-20T09:14:03.120Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        AttachmentPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Attachment"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string;
            /** Format: uuid */
            tenantId: string;
            billingStatus: components["schemas"]["BillingStatus"];
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
            /**
             * @description the language the partner writes to the customer in: its own, else the partner's
             * @example fr-FR
             */
            language: string;
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
        /** @description One page of Customer items, in the list's order */
        CustomerPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Customer"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
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
            channel: components["schemas"]["EscalationChannel"];
            target: components["schemas"]["EscalationTarget"];
            /** @description the indirect provider, for a reseller escalation (R5) */
            targetPartnerId: string | null;
            /** @description the plan it was escalated under (technical, to Microsoft) */
            supportPlanId: string | null;
            severity: components["schemas"]["Severity"];
            state: components["schemas"]["EscalationState"];
            /** @description Partner Center service request id, or the provider's case number */
            externalCaseId: string | null;
            /** @description the reseller escalation a provider forwarded */
            parentEscalationId: string | null;
            /** @description the escalation its provider forwarded it as */
            childEscalationId: string | null;
            summary: string;
            supportTopicId: string | null;
            /** @description snapshot at creation: diagnosis, last health check, customer tenant id, product, the request timeline, and `attachments` (id, fileName, contentType, sizeBytes, sha256, visibility of each file on the request) */
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
        /** @description One page of Escalation items, in the list's order */
        EscalationPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Escalation"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description The requests a service incident or an escalation stands for (never shown to customers)
         * @example {
         *       "supportRequestIds": [
         *         "0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00",
         *         "7c2e9a41-5d3b-4f6a-8e1c-2b3a4c5d6e7f"
         *       ]
         *     }
         */
        LinkedRequests: {
            /** @description every request linked, in the order they were linked */
            supportRequestIds: string[];
        };
        /**
         * @description What a support request is linked to
         * @example {
         *       "serviceIncidentIds": [
         *         "EX123456"
         *       ],
         *       "escalationIds": [
         *         "3e8d1f2a-6b4c-4d9e-a1f0-9c8b7a6d5e4f"
         *       ]
         *     }
         */
        RequestLinks: {
            /** @description the service incidents the request is linked to */
            serviceIncidentIds: string[];
            /** @description the escalations it is linked to (not its own, which lists it as supportRequestId) */
            escalationIds: string[];
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
            kind: components["schemas"]["PartnerKind"];
            indirectProviderId: string | null;
            competency: components["schemas"]["Competency"];
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
                /**
                 * @description the language the partner writes to its customers in, and its customers' unless they have their own
                 * @example fr-FR
                 */
                language: string;
                /**
                 * @description the public note left on each open request linked to a service incident when Microsoft resolves it, by language (`fr`, `en`: the customer's language's primary subtag); `{service}`, `{incidentId}`, `{title}` and `{partner}` are replaced. A language not given here takes the default wording (French or English).
                 * @example {
                 *       "fr": "Microsoft a résolu l'incident {service} {incidentId}. Tout refonctionne ? Dites-le-nous ici. — {partner}"
                 *     }
                 */
                incidentResolvedNotes: {
                    [key: string]: string;
                };
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
            kind: components["schemas"]["SupportPlanKind"];
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
        /** @description One page of SupportPlan items, in the list's order */
        SupportPlanPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SupportPlan"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
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
        /** @description One page of ServiceIncident items, in the list's order */
        ServiceIncidentPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["ServiceIncident"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        HealthCheck: {
            /** Format: date-time */
            checkedAt: string;
            outcome: components["schemas"]["HealthCheckOutcome"];
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
            category: components["schemas"]["Category"];
            product: {
                /** @description e.g. Microsoft 365 E3 */
                name: string;
                type: components["schemas"]["ProductType"];
                /** @description the workload as Microsoft names it, e.g. Exchange Online */
                service: string;
            };
            severity: components["schemas"]["Severity"];
            channel: components["schemas"]["RequestChannel"];
            requester: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string | null;
            };
            state: components["schemas"]["RequestState"];
            /** @description the API key of the agent working it (hidden from customers) */
            assigneeId: string | null;
            /** @description hidden from customers */
            diagnosis: {
                cause: components["schemas"]["Cause"];
                ownership: components["schemas"]["Ownership"];
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
                status: components["schemas"]["SlaTrackingStatus"];
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
        /** @description One page of SupportRequest items, in the list's order */
        SupportRequestPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SupportRequest"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        Note: {
            /** Format: uuid */
            id: string;
            text: string;
            visibility: components["schemas"]["NoteVisibility"];
            author: components["schemas"]["Actor"];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description One page of Note items, in the list's order */
        NotePage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Note"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        BusinessHours: {
            /** @description IANA time zone, e.g. Europe/Paris */
            timezone: string;
            /** @description 24/7: every calendar minute counts; weekly and holidays are then ignored */
            alwaysOpen: boolean;
            /** @description opening windows; several a day allowed (e.g. a lunch break); not needed when alwaysOpen */
            weekly?: {
                day: components["schemas"]["Weekday"];
                /** @description HH:MM local time */
                open: string;
                /** @description HH:MM local time, after open; 24:00 = end of day */
                close: string;
            }[];
            /** @description closed dates in the zone; not needed when alwaysOpen */
            holidays?: string[];
        };
        SlaDefinition: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description terms version along the basedOn lineage */
            version: number;
            basedOn: string | null;
            status: components["schemas"]["SlaDefinitionStatus"];
            /** @description request categories covered */
            supportTypes: components["schemas"]["Category"][];
            hours: components["schemas"]["BusinessHours"] | null;
            channels: {
                kind: components["schemas"]["ContactChannelKind"];
                /** @description number, address or URL */
                address: string;
                /**
                 * @description reachable 24/7 regardless of the hours
                 * @default false
                 */
                alwaysOpen: boolean;
            }[];
            pricing: {
                model: components["schemas"]["PricingModel"];
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
            pauseOn: components["schemas"]["PausableState"][];
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
        /** @description One page of SlaDefinition items, in the list's order */
        SlaDefinitionPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SlaDefinition"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            /** @description empty: every event */
            eventTypes: components["schemas"]["EventType"][];
            /** @description since when every delivery has failed; 24 h of it disables the subscription */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description One page of WebhookSubscription items, in the list's order */
        WebhookSubscriptionPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["WebhookSubscription"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        CreatedWebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            /** @description empty: every event */
            eventTypes: components["schemas"]["EventType"][];
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
        /** @description One page of WebhookAttempt items, in the list's order */
        WebhookAttemptPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["WebhookAttempt"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description The request is malformed or does not match the schema. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer key (or operator token) was sent. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        Unauthenticated: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role may not do this. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource, or not one the caller may see. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the resource's current state. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource is no longer at the version named in `If-Match`. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        PreconditionFailed: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than the service accepts. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        ContentTooLarge: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The URL is longer than the service accepts. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        UriTooLong: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not `application/json`. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        UnsupportedMediaType: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but a business rule refuses it. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        UnprocessableContent: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: wait `Retry-After` seconds. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service failed unexpectedly; nothing is known to have changed. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        InternalError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service cannot answer right now: wait `Retry-After` seconds. The `code` of the problem says which; the codes each operation answers are listed in its `x-problem-codes`. New codes may appear: handle an unknown one by its status. */
        ServiceUnavailable: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description How many items the page holds, 1 to 100; 20 when left out. */
        Limit: number;
        /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
        Cursor: string;
        /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
        IdempotencyKey: string;
        /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description This request's id in the service's logs; quote it when reporting a problem. */
        XRequestId: string;
        /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
        RateLimitLimit: number;
        /** @description Requests left in the current minute (sent when the deployment limits the rate). */
        RateLimitRemaining: number;
        /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
        RateLimitReset: number;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description The version of the resource as a strong entity tag, e.g. `"3"`. Send it back as `If-Match` to change that version only. */
        ETag: string;
        /** @description Where the created resource (or the resource the answer belongs to) can be read. */
        Location: string;
        /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
    };
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
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
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
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    kind: components["schemas"]["PartnerKind"];
                    /** Format: uuid */
                    indirectProviderId?: string;
                    competency?: components["schemas"]["Competency"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: components["schemas"]["Partner"];
                        apiKey: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The operator records a change of the partner's MPN competency. */
        requestBody: {
            content: {
                "application/json": {
                    competency: components["schemas"]["Competency"];
                };
            };
        };
        responses: {
            /** @description The partner. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The partner. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSupportProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    /**
                     * @description the language the partner writes to its customers in, and its customers' unless they have their own; `en` when omitted
                     * @example fr-FR
                     */
                    language?: string;
                    /**
                     * @description the public note left on each open request linked to a service incident when Microsoft resolves it, by language (`fr`, `en`: the customer's language's primary subtag); `{service}`, `{incidentId}`, `{title}` and `{partner}` are replaced. A language not given here takes the default wording (French or English).
                     * @example {
                     *       "fr": "Microsoft a résolu l'incident {service} {incidentId}. Tout refonctionne ? Dites-le-nous ici. — {partner}"
                     *     }
                     */
                    incidentResolvedNotes?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The partner. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSupportPlans: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of SupportPlan items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSupportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description signature_cloud needs a gold or silver competency, partner_network_incidents gold, silver or action_pack (`422 plan-not-eligible`). */
        requestBody: {
            content: {
                "application/json": {
                    kind: components["schemas"]["SupportPlanKind"];
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
            /** @description Created: the new support plan. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The support plan. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        keyId: string;
                        /** @description the key's name */
                        name: string;
                        role: components["schemas"]["Role"];
                        customerId: string | null;
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: components["schemas"]["PartnerKind"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of ApiKey items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description A customer_user key names the customer it acts for (customerId); other roles do not. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description who or what uses the key, e.g. "Dynamics CRM sync" */
                    name: string;
                    role: components["schemas"]["Role"];
                    /** Format: uuid */
                    customerId?: string;
                };
            };
        };
        responses: {
            /** @description Created: the new created api key. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSlaDefinitions: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["schemas"]["SlaDefinitionStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of SlaDefinition items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinitionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSlaDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    supportTypes?: components["schemas"]["Category"][];
                    hours?: components["schemas"]["BusinessHours"] | null;
                    channels?: {
                        kind: components["schemas"]["ContactChannelKind"];
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen?: boolean;
                    }[];
                    pricing?: {
                        model: components["schemas"]["PricingModel"];
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
                    pauseOn?: components["schemas"]["PausableState"][];
                    /** @description the partner's default: covers customers without their own definition */
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Created: the new sla definition. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The sla definition. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSlaDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    supportTypes?: components["schemas"]["Category"][];
                    hours?: components["schemas"]["BusinessHours"] | null;
                    channels?: {
                        kind: components["schemas"]["ContactChannelKind"];
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen?: boolean;
                    }[];
                    pricing?: {
                        model: components["schemas"]["PricingModel"];
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
                    pauseOn?: components["schemas"]["PausableState"][];
                    /** @description the partner's default: covers customers without their own definition */
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description The sla definition. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishSlaDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sla definition. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    makeDefaultSlaDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sla definition. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retireSlaDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sla definition. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    computeSlaDueDates: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    severity: components["schemas"]["Severity"];
                };
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
                billingStatus?: components["schemas"]["BillingStatus"];
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
            /** @description One page of Customer items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    /**
                     * @description the language to write to the customer in (BCP 47); omitted: the partner's
                     * @example fr-FR
                     */
                    language?: string;
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
            /** @description Created: the new customer. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The customer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    /** @description the language to write to the customer in (BCP 47); null: the partner's */
                    language?: string | null;
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
            /** @description The customer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putCustomerByExternalRef: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    /**
                     * @description the language to write to the customer in (BCP 47); omitted: the partner's
                     * @example fr-FR
                     */
                    language?: string;
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
            /** @description The customer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Created: the new customer. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putCustomerBillingStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description `suspended` suspends the whole customer; otherwise `suspendedProducts` (omitted: none) suspends those products only. Both at once is refused: a whole suspension already covers every product. */
        requestBody: {
            content: {
                "application/json": {
                    billingStatus: components["schemas"]["BillingStatus"];
                    /** @description kept in the customer's history */
                    reason: string;
                    /** @description products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the customer raises billing and subscription requests only, about others anything (R7) */
                    suspendedProducts?: string[];
                };
            };
        };
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCustomerEvents: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of a resource's history, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description The import. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Accepted: it happens shortly. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The import. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSupportRequests: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
                state?: components["schemas"]["RequestState"];
                customerId?: string;
                severity?: components["schemas"]["Severity"];
                category?: components["schemas"]["Category"];
                slaStatus?: components["schemas"]["SlaTrackingStatus"];
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
            /** @description One page of SupportRequest items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSupportRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    category: components["schemas"]["Category"];
                    product: {
                        /** @description e.g. Microsoft 365 E3 */
                        name: string;
                        type: components["schemas"]["ProductType"];
                        /** @description the workload as Microsoft names it, e.g. Exchange Online */
                        service: string;
                    };
                    severity: components["schemas"]["Severity"];
                    channel?: components["schemas"]["RequestChannel"];
                    /** @description Who asked. Defaults to the customer's first contact; required when the customer has no contact (`400 validation-failed` at `/body/requester` otherwise). */
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
            /** @description Created: the new support request. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The support request. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSupportRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
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
                    severity?: components["schemas"]["Severity"];
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
            /** @description The support request. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    transitionSupportRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: components["schemas"]["RequestTransitionTarget"];
                    reason?: string;
                    resolution?: {
                        code: string;
                        summary: string;
                    };
                };
            };
        };
        responses: {
            /** @description The support request. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSupportRequestDiagnosis: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cause: components["schemas"]["Cause"];
                    summary: string;
                };
            };
        };
        responses: {
            /** @description The support request. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkSupportRequestHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created: the new health check. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSupportRequestNotes: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Note items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSupportRequestNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    visibility: components["schemas"]["NoteVisibility"];
                };
            };
        };
        responses: {
            /** @description Created: the new note. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSupportRequestEvents: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of a resource's history, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSupportRequestLinks: {
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
            /** @description What a support request is linked to */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLinks"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSupportRequestAttachments: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Attachment items, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSupportRequestAttachment: {
        parameters: {
            query?: {
                /** @description a note of this request to attach the file to; the attachment takes the note's visibility */
                noteId?: string;
                visibility?: components["schemas"]["NoteVisibility"];
                /** @description the file name when the body is the raw file (else `Content-Disposition: attachment; filename=…`); a multipart part names its own */
                fileName?: string;
            };
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "message-trace-contoso-fr.log"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the file, with its filename
                     */
                    file: string;
                };
                /** @example … */
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description A file attached to a support request or one of its notes */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachmentContent: {
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
            /** @description The bytes, streamed, with the stored `Content-Type`, `Content-Length` and a `Content-Disposition: attachment` naming the file. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The service incident. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIncident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importServiceIncidents: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServiceIncidents: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
                service?: string;
                isResolved?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of ServiceIncident items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIncidentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServiceIncidentRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Graph id, e.g. EX123456 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests a service incident or an escalation stands for (never shown to customers) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequests"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    linkServiceIncidentRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Graph id, e.g. EX123456 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supportRequestIds": [
                 *         "0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00",
                 *         "7c2e9a41-5d3b-4f6a-8e1c-2b3a4c5d6e7f"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the requests to link; one already linked is left as it is */
                    supportRequestIds: string[];
                };
            };
        };
        responses: {
            /** @description The requests a service incident or an escalation stands for (never shown to customers) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequests"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEscalations: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
                state?: components["schemas"]["EscalationState"];
                target?: components["schemas"]["EscalationTarget"];
                channel?: components["schemas"]["EscalationChannel"];
                supportRequestId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Escalation items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    supportRequestId: string;
                    channel: components["schemas"]["EscalationChannel"];
                    summary: string;
                    severity?: components["schemas"]["Severity"];
                    /** Format: uuid */
                    supportPlanId?: string;
                    target?: components["schemas"]["EscalationTarget"];
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
            /** @description Created: the new escalation. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The escalation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    transitionEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: components["schemas"]["EscalationTransitionTarget"];
                    externalCaseId?: string;
                    /** @description kept as the outcome when it ends */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The escalation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    forwardEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary?: string;
                    severity?: components["schemas"]["Severity"];
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
            /** @description Created: the new escalation. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        Title: string;
                        Description: string;
                        Severity: components["schemas"]["Severity"];
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
                        /**
                         * @description The request's files to upload to the service request, internal ones included (Microsoft is not the customer)
                         * @example [
                         *       {
                         *         "FileName": "message-trace-contoso-fr.log",
                         *         "ContentType": "text/plain; charset=utf-8",
                         *         "SizeBytes": 10485760,
                         *         "Sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                         *         "ContentUrl": "/v1/attachments/6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f/content"
                         *       }
                         *     ]
                         */
                        Attachments: {
                            /** @description the name to upload it under */
                            FileName: string;
                            /** @description its type, recognised from the bytes */
                            ContentType: string;
                            /** @description its size in bytes */
                            SizeBytes: number;
                            /** @description its SHA-256, to check the upload */
                            Sha256: string;
                            /** @description where partnerdesk serves its bytes (`GET`, with the API key) */
                            ContentUrl: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEscalationRequests: {
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
            /** @description The requests a service incident or an escalation stands for (never shown to customers) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequests"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    linkEscalationRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supportRequestIds": [
                 *         "0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00",
                 *         "7c2e9a41-5d3b-4f6a-8e1c-2b3a4c5d6e7f"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the requests to link; one already linked is left as it is */
                    supportRequestIds: string[];
                };
            };
        };
        responses: {
            /** @description The requests a service incident or an escalation stands for (never shown to customers) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequests"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description the id of the last event seen */
                after?: string;
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                type?: components["schemas"]["EventType"];
                subjectType?: components["schemas"]["SubjectType"];
                subjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events after `after`, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of WebhookSubscription items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    eventTypes?: components["schemas"]["EventType"][];
                };
            };
        };
        responses: {
            /** @description Created: the new created webhook subscription. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The webhook subscription. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of WebhookAttempt items, in the list's order */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttemptPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: it happens shortly. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onSupportRequestCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestCreatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestUncovered: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestUncoveredEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestStateChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestStateChangedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestSeverityChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestSeverityChangedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestNoteAdded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestNoteAddedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestAttachmentAdded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestAttachmentAddedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestLinkedIncidentResolved: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestLinkedIncidentResolvedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestDiagnosed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestDiagnosedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestHealthChecked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestHealthCheckedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestSlaAtRisk: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestSlaAtRiskEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSupportRequestSlaBreached: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequestSlaBreachedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCustomerCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCustomerUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCustomerBillingStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerBillingStatusChangedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPartnerCompetencyChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCompetencyChangedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSlaDefinitionCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaDefinitionCreatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSlaDefinitionUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaDefinitionUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSlaDefinitionPublished: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaDefinitionPublishedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSlaDefinitionMadeDefault: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaDefinitionMadeDefaultEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSlaDefinitionRetired: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaDefinitionRetiredEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEscalationCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationCreatedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEscalationStateChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationStateChangedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEscalationForwarded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationForwardedEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookSubscriptionDisabled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of this event. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionDisabledEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
