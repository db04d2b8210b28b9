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
         * @description Matches unresolved incidents of product.service (case-insensitive) for this customer or for all; stores the result on the request. With the Graph connector configured, the customer's tenant's service health issues are pulled first; when Microsoft cannot be reached the outcome is `unavailable`, which the escalation gate refuses (`service-health-unavailable`).
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
    "/v1/support-requests/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The time logged on a request, by when the work was done (the partner's agents only)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["listTimeEntries"];
        put?: never;
        /**
         * Log time spent on a request (billable time is charged under an hourly SLA definition)
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a time entry: its author only, for a day after recording it; honours If-Match
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        /**
         * Correct a time entry: its author only, for a day after recording it; honours If-Match
         * @description Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        patch: operations["updateTimeEntry"];
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
    "/v1/escalations/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File an open escalation to Microsoft in Partner Center and move it to submitted
         * @description Creates the Partner Center service request from GET …/partner-center-request under a support topic of Partner Center's catalogue (the body's, else the escalation's), records its id as externalCaseId and moves the escalation to submitted; the sync job then follows it. Safe to retry after a timeout: the service request already created is found and adopted, never filed twice; while another call files the same escalation, 409 conflict. Needs the Partner Center connector.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`, `customer_user`.
         */
        post: operations["fileEscalation"];
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
    "/v1/reports/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per SLA target and severity: the share met, breached and still open, and the business minutes used (R6)
         * @description Computed from the tables when asked. Requests (escalations) count by when they were raised.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getSlaReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open requests by state, age band and SLA status, oldest first
         * @description Computed from the tables when asked. Requests (escalations) count by when they were raised.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getBacklogReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Escalations by channel, target, product and outcome with their time to resolve; support plan use
         * @description Computed from the tables when asked. Requests (escalations) count by when they were raised.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getEscalationsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request volume by day, category, diagnosed cause and channel
         * @description Computed from the tables when asked. Requests (escalations) count by when they were raised.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getRequestsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a customer used in a period under its SLA definitions, and what it costs
         * @description Per SLA definition that covered a request raised in the period (or that covers the customer now): requests raised, incidents (the ones not cancelled; per_incident), billable time logged in the period rounded up per request to `pricing.billingIncrementMinutes` (hourly), the share of each calendar month covered (monthly, for the definition covering the customer now), and the charge in the definition’s currency.
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getCustomerUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every customer's usage and charges in a period, for invoicing: JSON, NDJSON or CSV by Accept
         * @description `Accept: application/x-ndjson` answers one CustomerUsage per line; `Accept: text/csv` one row per customer and SLA definition (a customer with nothing to bill gets one row with the line columns empty).
         *
         *     Roles: `admin_agent`, `helpdesk_agent`, `billing_admin`, `sales_agent`.
         */
        get: operations["getUsageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/connectors/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Microsoft Graph service health connector: its settings without secrets, last success, last error and next run
         * @description Roles: `admin_agent`.
         */
        get: operations["getGraphConnector"];
        /**
         * Configure the Microsoft Graph service health connector: the app registration it signs in with
         * @description The client secret or certificate key is encrypted at rest (AES-256-GCM) and never returned. The sync runs at once, then every CONNECTOR_SYNC_SECONDS. Honours If-Match.
         *
         *     Roles: `admin_agent`.
         */
        put: operations["putGraphConnector"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/connectors/partner-center": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Partner Center service requests connector: its settings without secrets, last success, last error and next run
         * @description Roles: `admin_agent`.
         */
        get: operations["getPartnerCenterConnector"];
        /**
         * Configure the Partner Center service requests connector: the app registration it signs in with
         * @description The client secret or certificate key is encrypted at rest (AES-256-GCM) and never returned. The sync runs at once, then every CONNECTOR_SYNC_SECONDS. Honours If-Match.
         *
         *     Roles: `admin_agent`.
         */
        put: operations["putPartnerCenterConnector"];
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
    "support_request.time_entry_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.time_entry_added event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestTimeEntryAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.time_entry_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.time_entry_changed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestTimeEntryChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "support_request.time_entry_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A support_request.time_entry_deleted event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onSupportRequestTimeEntryDeleted"];
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
    "connector.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A connector.failed event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onConnectorFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connector.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A connector.recovered event, delivered to the subscriptions that want it
         * @description Sent at least once, with the event id as `webhook-id`: deduplicate on it. Verify `webhook-signature` with the subscription's secret before trusting the body. Answer 2xx within 5 seconds; anything else is retried with backoff, and a subscription failing for a day is disabled.
         */
        post: operations["onConnectorRecovered"];
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
         * @example known-service-incident
         * @enum {unknown}
         */
        ProblemCode: "validation-failed" | "malformed-body" | "bad-request" | "invalid-value" | "invalid-cursor" | "unauthenticated" | "forbidden" | "customers-go-through-partner" | "time-entry-not-yours" | "not-found" | "conflict" | "sla-published-immutable" | "sla-not-published" | "sla-in-use" | "tenant-id-taken" | "external-ref-taken" | "attachment-limit-reached" | "invalid-transition" | "reopen-window-expired" | "time-entry-locked" | "escalation-already-open" | "idempotency-key-in-progress" | "request-timeout" | "version-mismatch" | "payload-too-large" | "attachment-too-large" | "unsupported-media-type" | "invalid-reference" | "empty-attachment" | "sla-incomplete" | "customer-suspended" | "diagnosis-required" | "not-commercial-category" | "not-microsoft-owned" | "health-check-required" | "known-service-incident" | "service-health-unavailable" | "unknown-support-topic" | "connector-not-configured" | "connector-refused" | "wrong-escalation-target" | "plan-not-eligible" | "invalid-assignee" | "no-support-plan-coverage" | "incident-allowance-exhausted" | "idempotency-key-reused" | "rate-limited" | "headers-too-large" | "internal-error" | "not-ready" | "connector-unavailable" | "database-unavailable";
        /**
         * @description RFC 9457 problem details
         * @example {
         *       "type": "/problems/known-service-incident",
         *       "title": "An active service incident explains the issue (R2)",
         *       "status": 422,
         *       "detail": "Exchange Online incident EX1188204 is active for this customer: follow it rather than escalate.",
         *       "code": "known-service-incident",
         *       "instance": "/v1/escalations"
         *     }
         */
        Problem: {
            /** @description `/problems/<code>` */
            type: string;
            /** @description the code's summary, the same for every occurrence */
            title: string;
            /** @description the HTTP status of the answer */
            status: number;
            /** @description what went wrong with this request, for a person to read */
            detail: string;
            /** @description Stable machine-readable code: branch on it. The known codes are `ProblemCode`; new ones may appear, so handle an unknown code by its status. */
            code: components["schemas"]["ProblemCode"] | string;
            /** @description the path of the request that got this answer */
            instance: string;
            /** @description one entry per invalid field (validation-failed) */
            errors?: {
                /** @description JSON pointer to the field, e.g. `/body/requester/email` */
                path: string;
                /** @description what the field breaks */
                message: string;
            }[];
        };
        /**
         * @description what an API key may do (see each operation)
         * @example helpdesk_agent
         * @enum {unknown}
         */
        Role: "admin_agent" | "helpdesk_agent" | "billing_admin" | "sales_agent" | "user_admin" | "customer_user";
        /**
         * @description the customer's standing with the partner's billing
         * @example active
         * @enum {unknown}
         */
        BillingStatus: "active" | "past_due" | "suspended";
        /**
         * @description where an escalation is in its lifecycle (SPEC §3)
         * @example submitted
         * @enum {unknown}
         */
        EscalationState: "open" | "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
        /**
         * @description commercial (billing, subscription) or technical support
         * @example technical
         * @enum {unknown}
         */
        EscalationChannel: "commercial" | "technical";
        /**
         * @description who the escalation goes to (R5)
         * @example indirect_provider
         * @enum {unknown}
         */
        EscalationTarget: "microsoft" | "indirect_provider";
        /**
         * @description what happened
         * @example escalation.created
         * @enum {unknown}
         */
        EventType: "support_request.created" | "support_request.uncovered" | "support_request.state_changed" | "support_request.updated" | "support_request.severity_changed" | "support_request.note_added" | "support_request.time_entry_added" | "support_request.time_entry_changed" | "support_request.time_entry_deleted" | "support_request.attachment_added" | "support_request.linked_incident_resolved" | "support_request.diagnosed" | "support_request.health_checked" | "support_request.sla_at_risk" | "support_request.sla_breached" | "customer.created" | "customer.updated" | "customer.billing_status_changed" | "partner.competency_changed" | "sla_definition.created" | "sla_definition.updated" | "sla_definition.published" | "sla_definition.made_default" | "sla_definition.retired" | "escalation.created" | "escalation.state_changed" | "escalation.forwarded" | "webhook_subscription.disabled" | "connector.failed" | "connector.recovered";
        /**
         * @description the partner's Microsoft partner network competency level
         * @example silver
         * @enum {unknown}
         */
        Competency: "none" | "action_pack" | "silver" | "gold";
        /**
         * @description how the partner sells: direct, or as an indirect provider or reseller
         * @example indirect_reseller
         * @enum {unknown}
         */
        PartnerKind: "direct" | "indirect_provider" | "indirect_reseller";
        /**
         * @description how customers reach support
         * @example phone
         * @enum {unknown}
         */
        ContactChannelKind: "phone" | "email" | "web" | "chat";
        /**
         * @description a request state in which the SLA clock may stand still
         * @example awaiting_customer
         * @enum {unknown}
         */
        PausableState: "awaiting_customer" | "escalated";
        /**
         * @description how support is charged
         * @example included
         * @enum {unknown}
         */
        PricingModel: "included" | "per_incident" | "monthly" | "hourly";
        /**
         * @description draft (editable), published (immutable, offered) or retired
         * @example published
         * @enum {unknown}
         */
        SlaDefinitionStatus: "draft" | "published" | "retired";
        /**
         * @description a day of the week
         * @example monday
         * @enum {unknown}
         */
        Weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
        /**
         * @description how a request stands against its SLA targets
         * @example on_track
         * @enum {unknown}
         */
        SlaTrackingStatus: "on_track" | "at_risk" | "paused" | "breached" | "met";
        /**
         * @description the Microsoft support plan the partner holds (R4)
         * @example advanced
         * @enum {unknown}
         */
        SupportPlanKind: "premier" | "advanced" | "signature_cloud" | "partner_network_incidents";
        /**
         * @description the type of support asked for, as Partner Center names it
         * @example troubleshooting
         * @enum {unknown}
         */
        Category: "billing" | "subscription" | "provisioning" | "configuration" | "troubleshooting" | "updates" | "usage";
        /**
         * @description the diagnosed cause; it decides who owns the fix (R3)
         * @example service_unavailable
         * @enum {unknown}
         */
        Cause: "misconfiguration" | "missing_settings" | "incomplete_integration" | "permissions" | "deployment" | "usage_question" | "billing_question" | "subscription_change" | "updates" | "training_need" | "undocumented_service_behavior" | "service_unavailable" | "service_bug" | "network_outage" | "regional_multitenant_issue";
        /**
         * @description where the product runs
         * @example cloud
         * @enum {unknown}
         */
        ProductType: "cloud" | "on_premises";
        /**
         * @description how the request reached the partner
         * @example phone
         * @enum {unknown}
         */
        RequestChannel: "phone" | "email" | "web" | "chat" | "api";
        /**
         * @description where a support request is in its lifecycle (SPEC §3)
         * @example escalated
         * @enum {unknown}
         */
        RequestState: "new" | "in_progress" | "awaiting_customer" | "escalated" | "resolved" | "closed" | "cancelled";
        /**
         * @description how badly the customer is affected; it sets the SLA targets
         * @example critical
         * @enum {unknown}
         */
        Severity: "critical" | "moderate" | "minimal";
        /**
         * @description a state a caller may move a request to; the service alone sets the others
         * @example resolved
         * @enum {unknown}
         */
        RequestTransitionTarget: "in_progress" | "awaiting_customer" | "resolved" | "closed" | "cancelled";
        /**
         * @description a state a caller may move an escalation to
         * @example submitted
         * @enum {unknown}
         */
        EscalationTransitionTarget: "submitted" | "attention_needed" | "resolved" | "rejected" | "withdrawn";
        /**
         * @description who owns the fix, derived from the cause (R3)
         * @example microsoft
         * @enum {unknown}
         */
        Ownership: "partner" | "microsoft";
        /**
         * @description public notes are shared with the customer, internal ones never (R9)
         * @example public
         * @enum {unknown}
         */
        NoteVisibility: "public" | "internal";
        /**
         * @description an API key, the deployment operator, the service itself, or (to a customer user) the partner
         * @example api_key
         * @enum {unknown}
         */
        ActorKind: "api_key" | "operator" | "system" | "partner";
        /**
         * @description the kind of resource an event is about
         * @example support_request
         * @enum {unknown}
         */
        SubjectType: "support_request" | "customer" | "sla_definition" | "escalation" | "webhook_subscription" | "partner" | "connector";
        /**
         * @description clear, an unresolved incident explains the issue (R2), or unavailable: Microsoft Graph could not be reached, so the check proves nothing
         * @example clear
         * @enum {unknown}
         */
        HealthCheckOutcome: "clear" | "known_incident" | "unavailable";
        /**
         * @description Who made the change: an API key (its id and role), the operator, or the service. A customer user reads its own keys as they are and anyone else as `partner` (R9).
         * @example {
         *       "kind": "api_key",
         *       "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *       "role": "helpdesk_agent"
         *     }
         */
        Actor: {
            /** @description what kind of actor */
            kind: components["schemas"]["ActorKind"];
            /**
             * Format: uuid
             * @description the API key, when the actor is one
             */
            id?: string;
            /** @description the role of the API key */
            role?: string;
        };
        /**
         * @description A support_request.created event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.created",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "number": 1042,
         *         "title": "Mail flow stopped: inbound mail to contoso.fr queued since 08:40",
         *         "severity": "critical",
         *         "category": "troubleshooting",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.created";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new request */
            data: {
                /** @description the request's number */
                number: number;
                /** @description the request's title */
                title: string;
                /** @description the request's severity */
                severity: components["schemas"]["Severity"];
                /** @description the request's category */
                category: components["schemas"]["Category"];
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.uncovered event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.uncovered",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "number": 1043,
         *         "category": "billing",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestUncoveredEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.uncovered";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description received with no published SLA definition offering its type of support (R6) */
            data: {
                /** @description the request's number */
                number: number;
                /** @description the type of support no definition offers */
                category: components["schemas"]["Category"];
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.state_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.state_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "from": "in_progress",
         *         "to": "escalated",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestStateChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.state_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the move; a resolution when resolved, a reason when cancelled */
            data: {
                /** @description the state before */
                from: components["schemas"]["RequestState"];
                /** @description the state after */
                to: components["schemas"]["RequestState"];
                /** @description why, when one was given */
                reason?: string;
                /** @description the resolution, when resolved */
                resolution?: {
                    /** @description the partner's resolution code */
                    code: string;
                    /** @description what was done */
                    summary: string;
                };
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.updated event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.updated",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "before": {
         *           "assigneeId": null
         *         },
         *         "after": {
         *           "assigneeId": "982fc0a1-055d-49a0-9ce7-073635c03f00"
         *         },
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.updated";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the fields changed (title, description, assigneeId), before and after */
            data: {
                /** @description the changed fields before the change */
                before: {
                    [key: string]: unknown;
                };
                /** @description the changed fields after it */
                after: {
                    [key: string]: unknown;
                };
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.severity_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.severity_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "from": "moderate",
         *         "to": "critical",
         *         "firstResponseDueAt": "2026-11-18T09:22:00.000Z",
         *         "resolutionDueAt": "2026-11-18T12:52:00.000Z",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestSeverityChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.severity_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new severity and the due dates it gives */
            data: {
                /** @description the severity before */
                from: components["schemas"]["Severity"];
                /** @description the severity after */
                to: components["schemas"]["Severity"];
                /**
                 * Format: date-time
                 * @description the first response due date it gives
                 */
                firstResponseDueAt: string;
                /**
                 * Format: date-time
                 * @description the resolution due date it gives
                 */
                resolutionDueAt: string;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.note_added event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.note_added",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "noteId": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *         "visibility": "public",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestNoteAddedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.note_added";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the note added */
            data: {
                /**
                 * Format: uuid
                 * @description the note
                 */
                noteId: string;
                /** @description the note's visibility */
                visibility: components["schemas"]["NoteVisibility"];
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.time_entry_added event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.time_entry_added",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "timeEntryId": "6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f",
         *         "minutes": 45,
         *         "billable": true,
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestTimeEntryAddedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.time_entry_added";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the time logged */
            data: {
                /**
                 * Format: uuid
                 * @description the time entry
                 */
                timeEntryId: string;
                /** @description the minutes logged */
                minutes: number;
                /** @description whether the minutes are charged */
                billable: boolean;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.time_entry_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.time_entry_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "timeEntryId": "6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f",
         *         "minutes": 50,
         *         "billable": true,
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestTimeEntryChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.time_entry_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the time entry after its change */
            data: {
                /**
                 * Format: uuid
                 * @description the time entry
                 */
                timeEntryId: string;
                /** @description the minutes logged */
                minutes: number;
                /** @description whether the minutes are charged */
                billable: boolean;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.time_entry_deleted event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.time_entry_deleted",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "timeEntryId": "6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f",
         *         "minutes": 50,
         *         "billable": true,
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestTimeEntryDeletedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.time_entry_deleted";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the time entry deleted */
            data: {
                /**
                 * Format: uuid
                 * @description the time entry
                 */
                timeEntryId: string;
                /** @description the minutes logged */
                minutes: number;
                /** @description whether the minutes are charged */
                billable: boolean;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.attachment_added event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.attachment_added",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "attachmentId": "4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03",
         *         "noteId": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *         "visibility": "internal",
         *         "fileName": "message-trace-contoso-fr.log",
         *         "contentType": "text/plain; charset=utf-8",
         *         "sizeBytes": 10485760,
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestAttachmentAddedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.attachment_added";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
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
                /** @description public files are shown to the customer */
                visibility: components["schemas"]["NoteVisibility"];
                /** @description the file name */
                fileName: string;
                /** @description the type recognised from the bytes */
                contentType: string;
                /** @description the size in bytes */
                sizeBytes: number;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.linked_incident_resolved event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.linked_incident_resolved",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "serviceIncidentId": "EX1188204",
         *         "noteId": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *         "language": "fr-FR",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestLinkedIncidentResolvedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.linked_incident_resolved";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
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
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.diagnosed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.diagnosed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "cause": "service_unavailable",
         *         "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.",
         *         "ownership": "microsoft",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestDiagnosedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.diagnosed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the diagnosis (R2, R3) */
            data: {
                /** @description the diagnosed cause */
                cause: components["schemas"]["Cause"];
                /** @description who owns the fix (R3) */
                ownership: components["schemas"]["Ownership"];
                /** @description what the agent found */
                summary: string;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.health_checked event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.health_checked",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "checkedAt": "2026-11-18T09:36:00.000Z",
         *         "outcome": "clear",
         *         "matchingIncidentIds": [],
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestHealthCheckedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.health_checked";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the service health check */
            data: {
                /**
                 * Format: date-time
                 * @description when it was checked
                 */
                checkedAt: string;
                /** @description clear, or a known incident */
                outcome: components["schemas"]["HealthCheckOutcome"];
                /** @description the unresolved incidents found */
                matchingIncidentIds: string[];
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.sla_at_risk event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.sla_at_risk",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "target": "resolution",
         *         "dueAt": "2026-11-18T12:52:00.000Z",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestSlaAtRiskEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.sla_at_risk";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description 75 % of a target is used */
            data: {
                /**
                 * @description which SLA target
                 * @enum {unknown}
                 */
                target: "first_response" | "resolution";
                /**
                 * Format: date-time
                 * @description the target's due date
                 */
                dueAt: string;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A support_request.sla_breached event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "support_request.sla_breached",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "support_request",
         *         "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a"
         *       },
         *       "data": {
         *         "target": "resolution",
         *         "dueAt": "2026-11-18T12:52:00.000Z",
         *         "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       }
         *     }
         */
        SupportRequestSlaBreachedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "support_request.sla_breached";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description a target was missed */
            data: {
                /**
                 * @description which SLA target
                 * @enum {unknown}
                 */
                target: "first_response" | "resolution";
                /**
                 * Format: date-time
                 * @description the target's due date
                 */
                dueAt: string;
                /**
                 * Format: uuid
                 * @description the request's customer
                 */
                customerId: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A customer.created event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "customer.created",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "customer",
         *         "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       },
         *       "data": {
         *         "after": {
         *           "name": "Contoso France SAS",
         *           "domain": "contosofrance.onmicrosoft.com"
         *         }
         *       }
         *     }
         */
        CustomerCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.created";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new customer */
            data: {
                /** @description the new customer's fields */
                after: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A customer.updated event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "customer.updated",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "customer",
         *         "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       },
         *       "data": {
         *         "before": {
         *           "contacts": [
         *             {
         *               "name": "Élodie Bernard",
         *               "email": "elodie.bernard@contoso.fr",
         *               "phone": "+33 1 70 36 42 18"
         *             }
         *           ]
         *         },
         *         "after": {
         *           "contacts": [
         *             {
         *               "name": "Élodie Bernard",
         *               "email": "elodie.bernard@contoso.fr",
         *               "phone": "+33 1 70 36 42 18"
         *             },
         *             {
         *               "name": "Hugo Lefèvre",
         *               "email": "hugo.lefevre@contoso.fr"
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        CustomerUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.updated";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the fields changed, before and after */
            data: {
                /** @description the changed fields before the change */
                before: {
                    [key: string]: unknown;
                };
                /** @description the changed fields after it */
                after: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A customer.billing_status_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "customer.billing_status_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "customer",
         *         "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *       },
         *       "data": {
         *         "from": "active",
         *         "to": "past_due",
         *         "reason": "Invoice FR-2026-10-0412 unpaid 30 days after its due date"
         *       }
         *     }
         */
        CustomerBillingStatusChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "customer.billing_status_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new billing status (R7) */
            data: {
                /** @description the standing before */
                from: components["schemas"]["BillingStatus"];
                /** @description the standing after */
                to: components["schemas"]["BillingStatus"];
                /** @description why, as the partner gave it */
                reason: string | null;
                /** @description the products suspended now, when some are */
                suspendedProducts?: unknown[];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A partner.competency_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "partner.competency_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "partner",
         *         "id": "ab973115-897d-4372-bfcc-46a362993a94"
         *       },
         *       "data": {
         *         "from": "action_pack",
         *         "to": "silver"
         *       }
         *     }
         */
        PartnerCompetencyChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "partner.competency_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the partner's competency, changed by the operator */
            data: {
                /** @description the competency before */
                from: components["schemas"]["Competency"];
                /** @description the competency after */
                to: components["schemas"]["Competency"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A sla_definition.created event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "sla_definition.created",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "sla_definition",
         *         "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee"
         *       },
         *       "data": {
         *         "version": 1,
         *         "status": "draft",
         *         "basedOn": null
         *       }
         *     }
         */
        SlaDefinitionCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.created";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new draft */
            data: {
                /** @description the definition's terms version */
                version: number;
                /** @description the definition's status now */
                status: components["schemas"]["SlaDefinitionStatus"];
                /** @description the definition it was based on */
                basedOn: string | null;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A sla_definition.updated event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "sla_definition.updated",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "sla_definition",
         *         "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee"
         *       },
         *       "data": {
         *         "version": 1,
         *         "status": "draft",
         *         "fields": [
         *           "targets"
         *         ]
         *       }
         *     }
         */
        SlaDefinitionUpdatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.updated";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the fields edited */
            data: {
                /** @description the definition's terms version */
                version: number;
                /** @description the definition's status now */
                status: components["schemas"]["SlaDefinitionStatus"];
                /** @description the fields edited */
                fields: string[];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A sla_definition.published event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "sla_definition.published",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "sla_definition",
         *         "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee"
         *       },
         *       "data": {
         *         "version": 1,
         *         "status": "published",
         *         "isDefault": true
         *       }
         *     }
         */
        SlaDefinitionPublishedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.published";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the definition is offered to customers */
            data: {
                /** @description the definition's terms version */
                version: number;
                /** @description the definition's status now */
                status: components["schemas"]["SlaDefinitionStatus"];
                /** @description whether it became the partner's default */
                isDefault: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A sla_definition.made_default event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "sla_definition.made_default",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "sla_definition",
         *         "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee"
         *       },
         *       "data": {
         *         "version": 1,
         *         "status": "published"
         *       }
         *     }
         */
        SlaDefinitionMadeDefaultEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.made_default";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the partner's default now */
            data: {
                /** @description the definition's terms version */
                version: number;
                /** @description the definition's status now */
                status: components["schemas"]["SlaDefinitionStatus"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A sla_definition.retired event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "sla_definition.retired",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "sla_definition",
         *         "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee"
         *       },
         *       "data": {
         *         "version": 1,
         *         "status": "retired"
         *       }
         *     }
         */
        SlaDefinitionRetiredEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "sla_definition.retired";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description no longer offered */
            data: {
                /** @description the definition's terms version */
                version: number;
                /** @description the definition's status now */
                status: components["schemas"]["SlaDefinitionStatus"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A escalation.created event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "escalation.created",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "escalation",
         *         "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *       },
         *       "data": {
         *         "channel": "technical",
         *         "target": "indirect_provider",
         *         "supportPlanId": null,
         *         "state": "open"
         *       }
         *     }
         */
        EscalationCreatedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.created";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the new escalation; a forwarded one names its parent */
            data: {
                /** @description the escalation's channel */
                channel: components["schemas"]["EscalationChannel"];
                /** @description the escalation's target */
                target: components["schemas"]["EscalationTarget"];
                /** @description the plan it was escalated under */
                supportPlanId?: string | null;
                /**
                 * Format: uuid
                 * @description the reseller escalation forwarded
                 */
                parentEscalationId?: string;
                /** @description the escalation's state now */
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A escalation.state_changed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "escalation.state_changed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "escalation",
         *         "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *       },
         *       "data": {
         *         "from": "open",
         *         "to": "submitted",
         *         "externalCaseId": "NWD-2026-04518",
         *         "state": "submitted"
         *       }
         *     }
         */
        EscalationStateChangedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.state_changed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description the move */
            data: {
                /** @description the state before */
                from: components["schemas"]["EscalationState"];
                /** @description the state after */
                to: components["schemas"]["EscalationState"];
                /** @description the target's case number, when recorded */
                externalCaseId?: string;
                /** @description the note given with the move */
                note?: string;
                /** @description the escalation's state now */
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A escalation.forwarded event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "escalation.forwarded",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "escalation",
         *         "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *       },
         *       "data": {
         *         "childEscalationId": "d4cd75d8-f6f4-4499-99e6-a4fb22b35835",
         *         "state": "submitted"
         *       }
         *     }
         */
        EscalationForwardedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "escalation.forwarded";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description forwarded by the provider to Microsoft */
            data: {
                /**
                 * Format: uuid
                 * @description the escalation to Microsoft it was forwarded as
                 */
                childEscalationId: string;
                /** @description the escalation's state now */
                state: components["schemas"]["EscalationState"];
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A webhook_subscription.disabled event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "webhook_subscription.disabled",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "webhook_subscription",
         *         "id": "3ab99906-77ff-412c-954c-ba0acff94f58"
         *       },
         *       "data": {
         *         "url": "https://crm.fabrikam-conseil.fr/hooks/partnerdesk",
         *         "reason": "every delivery failed for 24 hours (last: connection refused)",
         *         "failingSince": "2026-11-17T09:41:01.000Z"
         *       }
         *     }
         */
        WebhookSubscriptionDisabledEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "webhook_subscription.disabled";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description deliveries failed for a day; the subscription stopped */
            data: {
                /** @description the subscription's URL */
                url: string;
                /** @description why it was disabled */
                reason: string;
                /**
                 * Format: date-time
                 * @description since when every delivery failed
                 */
                failingSince: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A connector.failed event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "connector.failed",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "connector",
         *         "id": "c7d2e9a4-5b1f-4c3e-8a6d-2f9b0e4c7a15"
         *       },
         *       "data": {
         *         "kind": "graph",
         *         "error": "GET /v1.0/admin/serviceAnnouncement/issues answered 503"
         *       }
         *     }
         */
        ConnectorFailedEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "connector.failed";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description a call to Microsoft failed after the connector last succeeded */
            data: {
                /** @description graph or partner_center */
                kind: string;
                /** @description what the failed call met */
                error: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A connector.recovered event.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "connector.recovered",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "connector",
         *         "id": "c7d2e9a4-5b1f-4c3e-8a6d-2f9b0e4c7a15"
         *       },
         *       "data": {
         *         "kind": "graph",
         *         "failingSince": "2026-11-20T09:00:00.000Z"
         *       }
         *     }
         */
        ConnectorRecoveredEvent: {
            /** @description opaque and ordered: the feed position */
            id: string;
            /**
             * @description the event type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "connector.recovered";
            /**
             * Format: date-time
             * @description when it happened
             */
            occurredAt: string;
            /** @description who did it */
            actor: components["schemas"]["Actor"];
            /** @description the resource the event is about */
            subject: {
                /** @description the kind of resource */
                type: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description the resource's id
                 */
                id: string;
            };
            /** @description a call to Microsoft succeeded again */
            data: {
                /** @description graph or partner_center */
                kind: string;
                /**
                 * Format: date-time
                 * @description since when calls failed
                 */
                failingSince: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description Something that happened, as the feed, histories and webhooks carry it; `type` says which.
         * @example {
         *       "id": "0000000000a1b2c30000000000000003",
         *       "type": "escalation.created",
         *       "occurredAt": "2026-11-18T09:41:00.000Z",
         *       "actor": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "subject": {
         *         "type": "escalation",
         *         "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *       },
         *       "data": {
         *         "channel": "technical",
         *         "target": "indirect_provider",
         *         "supportPlanId": null,
         *         "state": "open"
         *       }
         *     }
         */
        Event: components["schemas"]["SupportRequestCreatedEvent"] | components["schemas"]["SupportRequestUncoveredEvent"] | components["schemas"]["SupportRequestStateChangedEvent"] | components["schemas"]["SupportRequestUpdatedEvent"] | components["schemas"]["SupportRequestSeverityChangedEvent"] | components["schemas"]["SupportRequestNoteAddedEvent"] | components["schemas"]["SupportRequestTimeEntryAddedEvent"] | components["schemas"]["SupportRequestTimeEntryChangedEvent"] | components["schemas"]["SupportRequestTimeEntryDeletedEvent"] | components["schemas"]["SupportRequestAttachmentAddedEvent"] | components["schemas"]["SupportRequestLinkedIncidentResolvedEvent"] | components["schemas"]["SupportRequestDiagnosedEvent"] | components["schemas"]["SupportRequestHealthCheckedEvent"] | components["schemas"]["SupportRequestSlaAtRiskEvent"] | components["schemas"]["SupportRequestSlaBreachedEvent"] | components["schemas"]["CustomerCreatedEvent"] | components["schemas"]["CustomerUpdatedEvent"] | components["schemas"]["CustomerBillingStatusChangedEvent"] | components["schemas"]["PartnerCompetencyChangedEvent"] | components["schemas"]["SlaDefinitionCreatedEvent"] | components["schemas"]["SlaDefinitionUpdatedEvent"] | components["schemas"]["SlaDefinitionPublishedEvent"] | components["schemas"]["SlaDefinitionMadeDefaultEvent"] | components["schemas"]["SlaDefinitionRetiredEvent"] | components["schemas"]["EscalationCreatedEvent"] | components["schemas"]["EscalationStateChangedEvent"] | components["schemas"]["EscalationForwardedEvent"] | components["schemas"]["WebhookSubscriptionDisabledEvent"] | components["schemas"]["ConnectorFailedEvent"] | components["schemas"]["ConnectorRecoveredEvent"];
        /**
         * @description One page of a resource's history, oldest first
         * @example {
         *       "data": [
         *         {
         *           "id": "0000000000a1b2c30000000000000003",
         *           "type": "escalation.created",
         *           "occurredAt": "2026-11-18T09:41:00.000Z",
         *           "actor": {
         *             "kind": "api_key",
         *             "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *             "role": "helpdesk_agent"
         *           },
         *           "subject": {
         *             "type": "escalation",
         *             "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *           },
         *           "data": {
         *             "channel": "technical",
         *             "target": "indirect_provider",
         *             "supportPlanId": null,
         *             "state": "open"
         *           }
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        EventPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Event"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Events after `after`, oldest first
         * @example {
         *       "data": [
         *         {
         *           "id": "0000000000a1b2c30000000000000003",
         *           "type": "escalation.created",
         *           "occurredAt": "2026-11-18T09:41:00.000Z",
         *           "actor": {
         *             "kind": "api_key",
         *             "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *             "role": "helpdesk_agent"
         *           },
         *           "subject": {
         *             "type": "escalation",
         *             "id": "369d8351-eae0-49cd-9317-1e7be99372a7"
         *           },
         *           "data": {
         *             "channel": "technical",
         *             "target": "indirect_provider",
         *             "supportPlanId": null,
         *             "state": "open"
         *           }
         *         }
         *       ],
         *       "nextCursor": "0000000000a1b2c30000000000000003"
         *     }
         */
        EventFeedPage: {
            /** @description the events after `after`, at most `limit` */
            data: components["schemas"]["Event"][];
            /** @description the id to pass as `after` next (unchanged when nothing new) */
            nextCursor: string | null;
        };
        /**
         * @description the same object in another system
         * @example {
         *       "system": "dynamics365",
         *       "id": "CAS-10482-K7Q2",
         *       "url": "https://fabrikam.crm4.dynamics.com/main.aspx?etn=incident&id=CAS-10482-K7Q2"
         *     }
         */
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
        /**
         * @description An API key; its secret is never shown again
         * @example {
         *       "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *       "name": "Camille Durand (helpdesk)",
         *       "role": "helpdesk_agent",
         *       "customerId": null,
         *       "createdAt": "2026-03-02T10:40:00.000Z",
         *       "revokedAt": null
         *     }
         */
        ApiKey: {
            /**
             * Format: uuid
             * @description the key's id
             */
            id: string;
            /** @description who or what uses the key */
            name: string;
            /** @description what the key may do */
            role: components["schemas"]["Role"];
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /** @description when it was revoked; null: in use */
            revokedAt: string | null;
        };
        /**
         * @description One page of ApiKey items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *           "name": "Camille Durand (helpdesk)",
         *           "role": "helpdesk_agent",
         *           "customerId": null,
         *           "createdAt": "2026-03-02T10:40:00.000Z",
         *           "revokedAt": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        ApiKeyPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["ApiKey"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description A new API key, with its secret
         * @example {
         *       "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *       "name": "Camille Durand (helpdesk)",
         *       "role": "helpdesk_agent",
         *       "customerId": null,
         *       "createdAt": "2026-03-02T10:40:00.000Z",
         *       "revokedAt": null,
         *       "key": "pd_ab973115897d4372bfcc46a362993a94_Qm9uam91ciBDYW1pbGxlLCBiaWVudmVudWUgIQx7Kp2"
         *     }
         */
        CreatedApiKey: {
            /**
             * Format: uuid
             * @description the key's id
             */
            id: string;
            /** @description who or what uses the key */
            name: string;
            /** @description what the key may do */
            role: components["schemas"]["Role"];
            /** @description the customer a customer_user key acts for */
            customerId: string | null;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /** @description when it was revoked; null: in use */
            revokedAt: string | null;
            /** @description The secret, shown this once: store it now. */
            key: string;
        };
        /**
         * @description A partner's Microsoft connector: its app registration (without secrets) and its health.
         * @example {
         *       "kind": "graph",
         *       "tenantId": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *       "clientId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
         *       "credentialKind": "secret",
         *       "certificateThumbprint": null,
         *       "agentLocale": null,
         *       "status": "failing",
         *       "lastSuccessAt": "2026-11-20T08:55:00.000Z",
         *       "lastError": "GET /v1.0/admin/serviceAnnouncement/issues answered 503",
         *       "lastErrorAt": "2026-11-20T09:00:00.000Z",
         *       "failingSince": "2026-11-20T09:00:00.000Z",
         *       "nextRunAt": "2026-11-20T09:05:00.000Z",
         *       "version": 2,
         *       "createdAt": "2026-11-02T10:12:00.000Z",
         *       "updatedAt": "2026-11-18T16:40:00.000Z"
         *     }
         */
        Connector: {
            /**
             * @description graph: service health from Microsoft Graph; partner_center: service requests
             * @enum {unknown}
             */
            kind: "graph" | "partner_center";
            /**
             * Format: uuid
             * @description the partner's Microsoft Entra tenant id, where its app registration lives
             */
            tenantId: string;
            /**
             * Format: uuid
             * @description the app registration's application (client) id
             */
            clientId: string;
            /**
             * @description how the app signs in; the secret itself is never shown
             * @enum {unknown}
             */
            credentialKind: "secret" | "certificate";
            /** @description the certificate's SHA-256 thumbprint, if one */
            certificateThumbprint: string | null;
            /** @description Partner Center: the locale service requests are filed in */
            agentLocale: string | null;
            /**
             * @description pending: not run yet; healthy: the last call succeeded; failing: it failed; unhealthy: failing for 24 h (compliance)
             * @enum {unknown}
             */
            status: "pending" | "healthy" | "failing" | "unhealthy";
            /** @description when a call to Microsoft last succeeded */
            lastSuccessAt: string | null;
            /** @description what the last failed call met */
            lastError: string | null;
            /** @description when a call last failed */
            lastErrorAt: string | null;
            /** @description since when every call has failed; null when healthy */
            failingSince: string | null;
            /** @description when the sync job runs next */
            nextRunAt: string | null;
            /** @description changes with every PUT (ETag) */
            version: number;
            /**
             * Format: date-time
             * @description when it was recorded
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description A file attached to a support request or one of its notes
         * @example {
         *       "id": "4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03",
         *       "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *       "noteId": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *       "visibility": "internal",
         *       "fileName": "message-trace-contoso-fr.log",
         *       "contentType": "text/plain; charset=utf-8",
         *       "sizeBytes": 10485760,
         *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "author": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
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
            /** @description its note's visibility: a customer user never lists or reads an internal attachment (R9) */
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
         *           "id": "4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03",
         *           "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *           "noteId": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *           "visibility": "internal",
         *           "fileName": "message-trace-contoso-fr.log",
         *           "contentType": "text/plain; charset=utf-8",
         *           "sizeBytes": 10485760,
         *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *           "author": {
         *             "kind": "api_key",
         *             "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *             "role": "helpdesk_agent"
         *           },
         *           "createdAt": "2026-11-20T09:14:03.120Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        AttachmentPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Attachment"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description One of the partner's CSP customers
         * @example {
         *       "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1",
         *       "name": "Contoso France SAS",
         *       "domain": "contosofrance.onmicrosoft.com",
         *       "tenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
         *       "billingStatus": "active",
         *       "suspendedProducts": [],
         *       "slaDefinitionId": null,
         *       "slaCoverage": {
         *         "definitionId": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *         "version": 1,
         *         "source": "default"
         *       },
         *       "contacts": [
         *         {
         *           "name": "Élodie Bernard",
         *           "email": "elodie.bernard@contoso.fr",
         *           "phone": "+33 1 70 36 42 18"
         *         }
         *       ],
         *       "language": "fr-FR",
         *       "externalRefs": [
         *         {
         *           "system": "dynamics365",
         *           "id": "ACC-00412"
         *         }
         *       ],
         *       "tags": [
         *         "key-account"
         *       ],
         *       "metadata": {
         *         "accountManager": "Camille Durand"
         *       },
         *       "version": 4,
         *       "createdAt": "2026-03-04T09:00:00.000Z",
         *       "updatedAt": "2026-10-05T14:30:00.000Z"
         *     }
         */
        Customer: {
            /**
             * Format: uuid
             * @description the customer's id
             */
            id: string;
            /** @description the company name */
            name: string;
            /** @description its Microsoft domain, e.g. contoso.onmicrosoft.com */
            domain: string;
            /**
             * Format: uuid
             * @description its Microsoft Entra tenant id, unique per partner
             */
            tenantId: string;
            /** @description past_due and suspended follow non-payment (R7) */
            billingStatus: components["schemas"]["BillingStatus"];
            /** @description products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the customer raises billing and subscription requests only, about others anything (R7) */
            suspendedProducts: string[];
            /** @description its own SLA definition; null: the partner's default */
            slaDefinitionId: string | null;
            /** @description the published definition that covers the customer now; null: none does (its requests are received uncovered, without an SLA) */
            slaCoverage: {
                /**
                 * Format: uuid
                 * @description the covering definition
                 */
                definitionId: string;
                /** @description that definition's terms version */
                version: number;
                /**
                 * @description assigned: the customer's own definition; default: the partner's default
                 * @enum {unknown}
                 */
                source: "assigned" | "default";
            } | null;
            /** @description the people the partner talks to; the first is the default requester */
            contacts: {
                /** @description full name */
                name: string;
                /**
                 * Format: email
                 * @description email address
                 */
                email: string;
                /** @description digits with optional +, spaces, dots, dashes, parentheses */
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
            /** @description rises by one with every change; sent as the `ETag` header, to send back as `If-Match` */
            version: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description One page of Customer items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1",
         *           "name": "Contoso France SAS",
         *           "domain": "contosofrance.onmicrosoft.com",
         *           "tenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
         *           "billingStatus": "active",
         *           "suspendedProducts": [],
         *           "slaDefinitionId": null,
         *           "slaCoverage": {
         *             "definitionId": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *             "version": 1,
         *             "source": "default"
         *           },
         *           "contacts": [
         *             {
         *               "name": "Élodie Bernard",
         *               "email": "elodie.bernard@contoso.fr",
         *               "phone": "+33 1 70 36 42 18"
         *             }
         *           ],
         *           "language": "fr-FR",
         *           "externalRefs": [
         *             {
         *               "system": "dynamics365",
         *               "id": "ACC-00412"
         *             }
         *           ],
         *           "tags": [
         *             "key-account"
         *           ],
         *           "metadata": {
         *             "accountManager": "Camille Durand"
         *           },
         *           "version": 4,
         *           "createdAt": "2026-03-04T09:00:00.000Z",
         *           "updatedAt": "2026-10-05T14:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        CustomerPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Customer"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description The result of one line of an import
         * @example {
         *       "index": 0,
         *       "status": "created",
         *       "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *     }
         */
        ImportResult: {
            /** @description the line of the input, from 0 */
            index: number;
            /**
             * @description what the line did
             * @enum {unknown}
             */
            status: "created" | "updated" | "unchanged" | "failed";
            /** @description the customer; null when the line failed before one was found */
            id: string | null;
            /** @description why the line failed; nothing of a failed line was written */
            problem?: {
                /** @description the problem code, as a request with this line would get */
                code: string;
                /** @description what is wrong with the line */
                detail: string;
            };
        };
        /**
         * @description A customer import and its results
         * @example {
         *       "id": "90d9f54e-f3c7-441b-91d2-f438de0d354d",
         *       "status": "completed",
         *       "total": 2,
         *       "counts": {
         *         "created": 1,
         *         "updated": 0,
         *         "unchanged": 0,
         *         "failed": 1
         *       },
         *       "results": [
         *         {
         *           "index": 0,
         *           "status": "created",
         *           "id": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1"
         *         },
         *         {
         *           "index": 1,
         *           "status": "failed",
         *           "id": null,
         *           "problem": {
         *             "code": "validation-failed",
         *             "detail": "/companyProfile/tenantId must match format \"uuid\""
         *           }
         *         }
         *       ],
         *       "createdAt": "2026-03-04T08:59:58.000Z",
         *       "completedAt": "2026-03-04T09:00:00.000Z"
         *     }
         */
        Import: {
            /**
             * Format: uuid
             * @description the import's id
             */
            id: string;
            /**
             * @description pending while a background job runs it
             * @enum {unknown}
             */
            status: "pending" | "completed";
            /** @description lines in the input */
            total: number;
            /** @description lines by result so far */
            counts: {
                /** @description lines created so far */
                created: number;
                /** @description lines updated so far */
                updated: number;
                /** @description lines unchanged so far */
                unchanged: number;
                /** @description lines failed so far */
                failed: number;
            };
            /** @description one per input line, once completed */
            results: components["schemas"]["ImportResult"][] | null;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /** @description when the last line was done; null while pending */
            completedAt: string | null;
        };
        /**
         * @description An escalation to Microsoft or to the indirect provider (R1–R5)
         * @example {
         *       "id": "369d8351-eae0-49cd-9317-1e7be99372a7",
         *       "partnerId": "ab973115-897d-4372-bfcc-46a362993a94",
         *       "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *       "channel": "technical",
         *       "target": "indirect_provider",
         *       "targetPartnerId": "bb9cc5c1-a1f5-494d-9391-15355ed6329f",
         *       "supportPlanId": null,
         *       "severity": "critical",
         *       "state": "submitted",
         *       "externalCaseId": "NWD-2026-04518",
         *       "parentEscalationId": null,
         *       "childEscalationId": "d4cd75d8-f6f4-4499-99e6-a4fb22b35835",
         *       "summary": "Exchange Online defers all inbound mail for contosofrance.onmicrosoft.com since 08:40 (451 4.7.500).",
         *       "supportTopicId": null,
         *       "evidence": {
         *         "diagnosis": {
         *           "cause": "service_unavailable",
         *           "ownership": "microsoft",
         *           "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.",
         *           "diagnosedAt": "2026-11-18T09:31:00.000Z"
         *         },
         *         "healthCheck": {
         *           "checkedAt": "2026-11-18T09:36:00.000Z",
         *           "outcome": "clear",
         *           "matchingIncidentIds": []
         *         },
         *         "customerTenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
         *         "product": {
         *           "name": "Microsoft 365 E3",
         *           "type": "cloud",
         *           "service": "Exchange Online"
         *         }
         *       },
         *       "outcome": null,
         *       "version": 3,
         *       "createdAt": "2026-11-18T09:41:00.000Z",
         *       "updatedAt": "2026-11-18T10:02:00.000Z"
         *     }
         */
        Escalation: {
            /**
             * Format: uuid
             * @description the escalation's id
             */
            id: string;
            /**
             * Format: uuid
             * @description the partner that escalated
             */
            partnerId: string;
            /** @description the escalating partner's request; null for its target and for forwarded escalations */
            supportRequestId: string | null;
            /** @description commercial (billing, subscription) or technical (R4) */
            channel: components["schemas"]["EscalationChannel"];
            /** @description Microsoft, or the indirect provider for a reseller (R5) */
            target: components["schemas"]["EscalationTarget"];
            /** @description the indirect provider, for a reseller escalation (R5) */
            targetPartnerId: string | null;
            /** @description the plan it was escalated under (technical, to Microsoft) */
            supportPlanId: string | null;
            /** @description as filed with the target */
            severity: components["schemas"]["Severity"];
            /** @description where it is in its lifecycle (SPEC §3) */
            state: components["schemas"]["EscalationState"];
            /** @description Partner Center service request id, or the provider's case number */
            externalCaseId: string | null;
            /** @description the reseller escalation a provider forwarded */
            parentEscalationId: string | null;
            /** @description the escalation its provider forwarded it as */
            childEscalationId: string | null;
            /** @description what is asked of the target */
            summary: string;
            /** @description the Partner Center support topic id, when given */
            supportTopicId: string | null;
            /** @description snapshot at creation: diagnosis, last health check, customer tenant id, product, the request timeline, and `attachments` (id, fileName, contentType, sizeBytes, sha256, visibility of each file on the request) */
            evidence: {
                [key: string]: unknown;
            };
            /** @description the target's answer once it ended; null while open */
            outcome: string | null;
            /** @description rises by one with every change; sent as the `ETag` header, to send back as `If-Match` */
            version: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description One page of Escalation items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "369d8351-eae0-49cd-9317-1e7be99372a7",
         *           "partnerId": "ab973115-897d-4372-bfcc-46a362993a94",
         *           "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *           "channel": "technical",
         *           "target": "indirect_provider",
         *           "targetPartnerId": "bb9cc5c1-a1f5-494d-9391-15355ed6329f",
         *           "supportPlanId": null,
         *           "severity": "critical",
         *           "state": "submitted",
         *           "externalCaseId": "NWD-2026-04518",
         *           "parentEscalationId": null,
         *           "childEscalationId": "d4cd75d8-f6f4-4499-99e6-a4fb22b35835",
         *           "summary": "Exchange Online defers all inbound mail for contosofrance.onmicrosoft.com since 08:40 (451 4.7.500).",
         *           "supportTopicId": null,
         *           "evidence": {
         *             "diagnosis": {
         *               "cause": "service_unavailable",
         *               "ownership": "microsoft",
         *               "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.",
         *               "diagnosedAt": "2026-11-18T09:31:00.000Z"
         *             },
         *             "healthCheck": {
         *               "checkedAt": "2026-11-18T09:36:00.000Z",
         *               "outcome": "clear",
         *               "matchingIncidentIds": []
         *             },
         *             "customerTenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
         *             "product": {
         *               "name": "Microsoft 365 E3",
         *               "type": "cloud",
         *               "service": "Exchange Online"
         *             }
         *           },
         *           "outcome": null,
         *           "version": 3,
         *           "createdAt": "2026-11-18T09:41:00.000Z",
         *           "updatedAt": "2026-11-18T10:02:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
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
        /**
         * @description A Microsoft service health issue (Graph serviceHealthIssue), for health checks (R2)
         * @example {
         *       "id": "EX1188204",
         *       "title": "Some users may be unable to receive email from external senders",
         *       "service": "Exchange Online",
         *       "feature": "E-Mail and calendar access",
         *       "featureGroup": "Mail flow",
         *       "classification": "incident",
         *       "status": "serviceDegradation",
         *       "isResolved": false,
         *       "impactDescription": "Inbound messages from external senders are deferred for a subset of tenants in Europe.",
         *       "startDateTime": "2026-11-18T08:35:00.000Z",
         *       "endDateTime": null,
         *       "lastModifiedDateTime": "2026-11-18T10:05:00.000Z",
         *       "customerId": null
         *     }
         */
        ServiceIncident: {
            /** @description Graph id, e.g. EX123456 */
            id: string;
            /** @description Microsoft's title of the issue */
            title: string;
            /** @description the service, e.g. Exchange Online */
            service: string;
            /** @description the feature affected */
            feature: string | null;
            /** @description the group of features affected */
            featureGroup: string | null;
            /** @description advisory, incident, … */
            classification: string;
            /** @description Graph serviceHealthStatus, e.g. serviceDegradation */
            status: string;
            /** @description unresolved issues block technical escalations of the service (R2) */
            isResolved: boolean;
            /** @description what users experience */
            impactDescription: string | null;
            /** @description when the issue started */
            startDateTime: string | null;
            /** @description when it ended; null: ongoing */
            endDateTime: string | null;
            /** @description when Microsoft last updated it */
            lastModifiedDateTime: string | null;
            /** @description the customer it concerns; null: every customer */
            customerId: string | null;
        };
        /**
         * @description One page of ServiceIncident items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "EX1188204",
         *           "title": "Some users may be unable to receive email from external senders",
         *           "service": "Exchange Online",
         *           "feature": "E-Mail and calendar access",
         *           "featureGroup": "Mail flow",
         *           "classification": "incident",
         *           "status": "serviceDegradation",
         *           "isResolved": false,
         *           "impactDescription": "Inbound messages from external senders are deferred for a subset of tenants in Europe.",
         *           "startDateTime": "2026-11-18T08:35:00.000Z",
         *           "endDateTime": null,
         *           "lastModifiedDateTime": "2026-11-18T10:05:00.000Z",
         *           "customerId": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        ServiceIncidentPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["ServiceIncident"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Where customers help themselves before raising a request (004)
         * @example {
         *       "kind": "status_page",
         *       "title": "État des services Microsoft 365",
         *       "url": "https://status.fabrikam-conseil.fr"
         *     }
         */
        SelfHelpLink: {
            /**
             * @description documentation, a service status page, or training
             * @enum {unknown}
             */
            kind: "documentation" | "status_page" | "training";
            /** @description what customers see as the link */
            title: string;
            /**
             * Format: uri
             * @description where it leads
             */
            url: string;
        };
        /**
         * @description A course or session the partner offers its customers (002)
         * @example {
         *       "title": "Exchange Online pour les administrateurs (1 jour)",
         *       "description": "Flux de messagerie, règles de transport et diagnostic des files d’attente.",
         *       "url": "https://www.fabrikam-conseil.fr/formations/exchange-online"
         *     }
         */
        TrainingOffer: {
            /** @description the course or session */
            title: string;
            /** @description what it teaches */
            description?: string | null;
            /** @description where to learn more or register */
            url?: string | null;
        };
        /**
         * @description A CSP partner: the tenant of the service
         * @example {
         *       "id": "ab973115-897d-4372-bfcc-46a362993a94",
         *       "name": "Fabrikam Conseil SARL",
         *       "kind": "indirect_reseller",
         *       "indirectProviderId": "bb9cc5c1-a1f5-494d-9391-15355ed6329f",
         *       "competency": "silver",
         *       "supportProfile": {
         *         "email": "support@fabrikam-conseil.fr",
         *         "telephone": "+33 1 84 88 40 00",
         *         "website": "https://support.fabrikam-conseil.fr",
         *         "deliveryModel": "in_house",
         *         "deliveryProvider": null,
         *         "collectionsPolicy": "https://www.fabrikam-conseil.fr/conditions/recouvrement",
         *         "selfHelpLinks": [
         *           {
         *             "kind": "status_page",
         *             "title": "État des services Microsoft 365",
         *             "url": "https://status.fabrikam-conseil.fr"
         *           }
         *         ],
         *         "trainingOffers": [
         *           {
         *             "title": "Exchange Online pour les administrateurs (1 jour)",
         *             "description": "Flux de messagerie, règles de transport et diagnostic des files d’attente.",
         *             "url": "https://www.fabrikam-conseil.fr/formations/exchange-online"
         *           }
         *         ],
         *         "language": "fr",
         *         "incidentResolvedNotes": {
         *           "fr": "Microsoft a résolu l'incident {service} {incidentId} ({title}). Tout refonctionne ? Dites-le-nous ici. — {partner}"
         *         }
         *       },
         *       "version": 6,
         *       "createdAt": "2026-03-02T10:15:00.000Z",
         *       "updatedAt": "2026-10-05T14:20:00.000Z"
         *     }
         */
        Partner: {
            /**
             * Format: uuid
             * @description the partner's id
             */
            id: string;
            /** @description the partner's company name */
            name: string;
            /** @description how the partner sells; resellers escalate to their provider (R5) */
            kind: components["schemas"]["PartnerKind"];
            /** @description a reseller's indirect provider; null otherwise */
            indirectProviderId: string | null;
            /** @description decides which support plans the partner may hold (R4) */
            competency: components["schemas"]["Competency"];
            /** @description What customers are shown (R6): the partner's support contact (Partner Center SupportProfile), how support is delivered, the collections policy, self-help links and training offers. Customer users read it too. */
            supportProfile: {
                /** @description support email address; null: not stated */
                email: string | null;
                /** @description support phone number; null: not stated */
                telephone: string | null;
                /** @description support website; null: not stated */
                website: string | null;
                /** @description how support is delivered: by the partner itself, outsourced, or resold */
                deliveryModel: ("in_house" | "outsourced" | "resold") | null;
                /** @description who delivers it when not in_house (required then, refused for in_house) */
                deliveryProvider: string | null;
                /** @description text or a URL: when and how non-payment affects access (003) */
                collectionsPolicy: string | null;
                /** @description where customers help themselves first */
                selfHelpLinks: components["schemas"]["SelfHelpLink"][];
                /** @description courses offered to customers (002) */
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
            /** @description rises by one with every change; sent as the `ETag` header, to send back as `If-Match` */
            version: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description A Microsoft support plan the partner holds (R4)
         * @example {
         *       "id": "75b1872d-4d54-400a-8a49-e0b7f3040212",
         *       "kind": "advanced",
         *       "validFrom": "2026-01-01T00:00:00.000Z",
         *       "validUntil": "2026-12-31T23:59:59.000Z",
         *       "incidentsTotal": null,
         *       "incidentsRemaining": null,
         *       "eligibleProducts": null,
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-03-02T10:30:00.000Z"
         *     }
         */
        SupportPlan: {
            /**
             * Format: uuid
             * @description the plan's id
             */
            id: string;
            /** @description the Microsoft support plan (R4) */
            kind: components["schemas"]["SupportPlanKind"];
            /**
             * Format: date-time
             * @description when the plan starts
             */
            validFrom: string;
            /** @description when the plan ends; null: open-ended */
            validUntil: string | null;
            /** @description partner_network_incidents only */
            incidentsTotal: number | null;
            /** @description partner_network_incidents only; never below 0 */
            incidentsRemaining: number | null;
            /** @description partner_network_incidents only: the on-premises products it covers; null: every on-premises product */
            eligibleProducts: string[] | null;
            /** @description valid now */
            active: boolean;
            /** @description rises by one with every change; sent as the `ETag` header, to send back as `If-Match` */
            version: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
        };
        /**
         * @description One page of SupportPlan items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "75b1872d-4d54-400a-8a49-e0b7f3040212",
         *           "kind": "advanced",
         *           "validFrom": "2026-01-01T00:00:00.000Z",
         *           "validUntil": "2026-12-31T23:59:59.000Z",
         *           "incidentsTotal": null,
         *           "incidentsRemaining": null,
         *           "eligibleProducts": null,
         *           "active": true,
         *           "version": 1,
         *           "createdAt": "2026-03-02T10:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        SupportPlanPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SupportPlan"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description What a customer used in a period, under the SLA definition that covered each request, and what it costs: requests raised, incidents (per_incident), billed hours (hourly, rounded up per request), months (monthly)
         * @example {
         *       "customerId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "customerName": "Contoso France",
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "requestsRaised": 2,
         *       "uncoveredRequests": 0,
         *       "lines": [
         *         {
         *           "slaDefinitionId": "9b2d4f6a-3c5e-4a7b-8d9f-1e3a5c7b9d2f",
         *           "slaDefinitionName": "Hourly support",
         *           "slaDefinitionVersion": 1,
         *           "pricingModel": "hourly",
         *           "currency": "EUR",
         *           "unitAmount": 90,
         *           "billingIncrementMinutes": 15,
         *           "requestsRaised": 2,
         *           "incidents": 2,
         *           "billableMinutes": 95,
         *           "nonBillableMinutes": 30,
         *           "billedMinutes": 120,
         *           "billedHours": 2,
         *           "months": 0,
         *           "charge": 180
         *         }
         *       ],
         *       "charges": [
         *         {
         *           "currency": "EUR",
         *           "amount": 180
         *         }
         *       ]
         *     }
         */
        CustomerUsage: {
            /**
             * Format: uuid
             * @description the customer
             */
            customerId: string;
            /** @description the customer's name */
            customerName: string;
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description every request raised in the period */
            requestsRaised: number;
            /** @description of those, the ones no published definition covered (R6) */
            uncoveredRequests: number;
            /** @description one line per SLA definition */
            lines: {
                /** @description the definition that covered the requests; null: uncovered (R6) */
                slaDefinitionId: string | null;
                /** @description the definition's name */
                slaDefinitionName: string | null;
                /** @description the definition's terms version */
                slaDefinitionVersion: number | null;
                /** @description the definition's pricing model */
                pricingModel: components["schemas"]["PricingModel"] | null;
                /** @description the currency of `charge` */
                currency: string | null;
                /** @description the price per incident, per hour or per month (0 for included support and uncovered requests) */
                unitAmount: number;
                /** @description hourly: each request’s billable minutes are rounded up to a multiple of this */
                billingIncrementMinutes: number | null;
                /** @description requests raised in the period under this definition */
                requestsRaised: number;
                /** @description of those, the ones not cancelled: what per_incident pricing charges */
                incidents: number;
                /** @description billable time logged in the period on its requests */
                billableMinutes: number;
                /** @description time logged that is not charged */
                nonBillableMinutes: number;
                /** @description billable minutes rounded up per request to the increment */
                billedMinutes: number;
                /** @description billedMinutes / 60: what hourly pricing charges */
                billedHours: number;
                /** @description monthly: the share of each calendar month (UTC) the period covers, added up; only for the definition that covers the customer now */
                months: number;
                /** @description what is owed for this line, in `currency`, rounded to the cent */
                charge: number;
            }[];
            /** @description the total owed, per currency */
            charges: {
                /** @description ISO 4217 */
                currency: string;
                /** @description the sum of the lines in this currency */
                amount: number;
            }[];
        };
        /**
         * @description Every customer's usage in the period, for invoicing
         * @example {
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "customers": [
         *         {
         *           "customerId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "customerName": "Contoso France",
         *           "from": "2026-11-01T00:00:00.000Z",
         *           "to": "2026-12-01T00:00:00.000Z",
         *           "requestsRaised": 2,
         *           "uncoveredRequests": 0,
         *           "lines": [
         *             {
         *               "slaDefinitionId": "9b2d4f6a-3c5e-4a7b-8d9f-1e3a5c7b9d2f",
         *               "slaDefinitionName": "Hourly support",
         *               "slaDefinitionVersion": 1,
         *               "pricingModel": "hourly",
         *               "currency": "EUR",
         *               "unitAmount": 90,
         *               "billingIncrementMinutes": 15,
         *               "requestsRaised": 2,
         *               "incidents": 2,
         *               "billableMinutes": 95,
         *               "nonBillableMinutes": 30,
         *               "billedMinutes": 120,
         *               "billedHours": 2,
         *               "months": 0,
         *               "charge": 180
         *             }
         *           ],
         *           "charges": [
         *             {
         *               "currency": "EUR",
         *               "amount": 180
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        UsageReport: {
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description every customer, by name */
            customers: components["schemas"]["CustomerUsage"][];
        };
        /**
         * @description How the partner keeps the SLA it publishes (R6): per target and severity, the share met, breached and open
         * @example {
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "targets": [
         *         {
         *           "target": "first_response",
         *           "severity": "critical",
         *           "requests": 40,
         *           "met": 34,
         *           "breached": 2,
         *           "open": 4,
         *           "metShare": 0.85,
         *           "breachedShare": 0.05,
         *           "openShare": 0.1,
         *           "medianMinutesUsed": 22.5,
         *           "p90MinutesUsed": 51
         *         }
         *       ]
         *     }
         */
        SlaReport: {
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description per target and severity */
            targets: {
                /**
                 * @description which SLA target
                 * @enum {unknown}
                 */
                target: "first_response" | "resolution";
                severity: components["schemas"]["Severity"];
                /** @description covered requests raised in the period */
                requests: number;
                /** @description the target was reached in time (or the request closed before it was due) */
                met: number;
                /** @description the target was missed */
                breached: number;
                /** @description not reached yet, and not yet due */
                open: number;
                /** @description met / requests */
                metShare: number;
                /** @description breached / requests */
                breachedShare: number;
                /** @description open / requests */
                openShare: number;
                /** @description median business minutes used by the requests that reached the target; null when none counts */
                medianMinutesUsed: number | null;
                /** @description 90th percentile of the business minutes used by those requests; null when none counts */
                p90MinutesUsed: number | null;
            }[];
        };
        /**
         * @description Open requests raised in the period, by state, age and SLA status, oldest first
         * @example {
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "groups": [
         *         {
         *           "state": "awaiting_customer",
         *           "ageBand": "7_to_30_days",
         *           "slaStatus": "paused",
         *           "requests": 3,
         *           "oldestNumber": 1042,
         *           "oldestCreatedAt": "2026-11-03T08:12:00.000Z"
         *         }
         *       ]
         *     }
         */
        BacklogReport: {
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description the groups, oldest first */
            groups: {
                state: components["schemas"]["RequestState"];
                /**
                 * @description days since the request was raised
                 * @enum {unknown}
                 */
                ageBand: "under_1_day" | "1_to_3_days" | "3_to_7_days" | "7_to_30_days" | "over_30_days";
                /** @description null: uncovered (R6) */
                slaStatus: components["schemas"]["SlaTrackingStatus"] | null;
                /** @description open requests in the group */
                requests: number;
                /** @description the number of its oldest request */
                oldestNumber: number;
                /**
                 * Format: date-time
                 * @description when its oldest request was raised
                 */
                oldestCreatedAt: string;
            }[];
        };
        /**
         * @description Escalations raised in the period and how they ended, and the support plans they used
         * @example {
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "groups": [
         *         {
         *           "channel": "technical",
         *           "target": "microsoft",
         *           "product": "Microsoft 365 E3",
         *           "outcome": "resolved",
         *           "escalations": 4,
         *           "medianMinutesToResolve": 1260,
         *           "p90MinutesToResolve": 2880
         *         }
         *       ],
         *       "plans": [
         *         {
         *           "supportPlanId": "4e6a8c0b-2d4f-4b6d-8f0a-2c4e6a8c0b2d",
         *           "kind": "partner_network_incidents",
         *           "escalations": 2,
         *           "incidentsUsed": 2,
         *           "incidentsRemaining": 8,
         *           "incidentsTotal": 10
         *         }
         *       ]
         *     }
         */
        EscalationsReport: {
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description by channel, target, product and outcome */
            groups: {
                channel: components["schemas"]["EscalationChannel"];
                target: components["schemas"]["EscalationTarget"];
                /** @description the request's product name */
                product: string;
                /** @description the state the escalation is in (final: how it ended) */
                outcome: components["schemas"]["EscalationState"];
                /** @description escalations raised in the period */
                escalations: number;
                /** @description median calendar minutes from escalating to its end, of those ended; null when none counts */
                medianMinutesToResolve: number | null;
                /** @description 90th percentile of those minutes; null when none counts */
                p90MinutesToResolve: number | null;
            }[];
            /** @description the partner's support plans (R4) and how much of them the period used */
            plans: {
                /**
                 * Format: uuid
                 * @description the support plan
                 */
                supportPlanId: string;
                kind: components["schemas"]["SupportPlanKind"];
                /** @description escalations filed under the plan in the period */
                escalations: number;
                /** @description incidents they consumed (partner_network_incidents) */
                incidentsUsed: number;
                /** @description left today; null: no allowance */
                incidentsRemaining: number | null;
                /** @description the allowance; null: no allowance */
                incidentsTotal: number | null;
            }[];
        };
        /**
         * @description Request volume in the period by day, category, diagnosed cause and channel
         * @example {
         *       "from": "2026-11-01T00:00:00.000Z",
         *       "to": "2026-12-01T00:00:00.000Z",
         *       "requests": 12,
         *       "byDay": [
         *         {
         *           "day": "2026-11-02",
         *           "requests": 12
         *         }
         *       ],
         *       "byCategory": [
         *         {
         *           "category": "troubleshooting",
         *           "requests": 12
         *         }
         *       ],
         *       "byCause": [
         *         {
         *           "cause": "service_unavailable",
         *           "requests": 12
         *         }
         *       ],
         *       "byChannel": [
         *         {
         *           "channel": "email",
         *           "requests": 12
         *         }
         *       ]
         *     }
         */
        RequestsReport: {
            /**
             * Format: date-time
             * @description start of the period (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description end of the period (exclusive)
             */
            to: string;
            /** @description requests raised in the period */
            requests: number;
            /** @description requests raised by day */
            byDay: {
                /**
                 * Format: date
                 * @description UTC date
                 */
                day: string;
                /** @description requests raised */
                requests: number;
            }[];
            /** @description requests raised by category */
            byCategory: {
                category: components["schemas"]["Category"];
                /** @description requests raised */
                requests: number;
            }[];
            /** @description requests raised by cause */
            byCause: {
                /** @description the diagnosed cause; null: not diagnosed */
                cause: components["schemas"]["Cause"] | null;
                /** @description requests raised */
                requests: number;
            }[];
            /** @description requests raised by channel */
            byChannel: {
                channel: components["schemas"]["RequestChannel"];
                /** @description requests raised */
                requests: number;
            }[];
        };
        /**
         * @description A check of Microsoft's service health for the request's product.service (R2)
         * @example {
         *       "checkedAt": "2026-11-18T09:36:00.000Z",
         *       "outcome": "clear",
         *       "matchingIncidentIds": []
         *     }
         */
        HealthCheck: {
            /**
             * Format: date-time
             * @description when the service health was checked
             */
            checkedAt: string;
            /** @description known_incident blocks a technical escalation (R2) */
            outcome: components["schemas"]["HealthCheckOutcome"];
            /** @description unresolved incidents of the service for this customer or all */
            matchingIncidentIds: string[];
        };
        /**
         * @description A request a customer raised through the partner (R1)
         * @example {
         *       "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *       "number": 1042,
         *       "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1",
         *       "title": "Mail flow stopped: inbound mail to contoso.fr queued since 08:40",
         *       "description": "Since 08:40 no external mail reaches contoso.fr mailboxes; senders get 451 4.7.500 deferrals. Internal mail works. About 320 users affected at the Paris and Lyon offices.",
         *       "category": "troubleshooting",
         *       "product": {
         *         "name": "Microsoft 365 E3",
         *         "type": "cloud",
         *         "service": "Exchange Online"
         *       },
         *       "severity": "critical",
         *       "channel": "phone",
         *       "requester": {
         *         "name": "Élodie Bernard",
         *         "email": "elodie.bernard@contoso.fr",
         *         "phone": "+33 1 70 36 42 18"
         *       },
         *       "externalRefs": [
         *         {
         *           "system": "dynamics365",
         *           "id": "CAS-10482-K7Q2",
         *           "url": "https://fabrikam.crm4.dynamics.com/main.aspx?etn=incident&id=CAS-10482-K7Q2"
         *         }
         *       ],
         *       "tags": [
         *         "exchange",
         *         "outage"
         *       ],
         *       "state": "escalated",
         *       "assigneeId": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *       "diagnosis": {
         *         "cause": "service_unavailable",
         *         "ownership": "microsoft",
         *         "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.",
         *         "diagnosedAt": "2026-11-18T09:31:00.000Z"
         *       },
         *       "healthCheck": {
         *         "checkedAt": "2026-11-18T09:36:00.000Z",
         *         "outcome": "clear",
         *         "matchingIncidentIds": []
         *       },
         *       "resolution": null,
         *       "slaCoverage": "covered",
         *       "sla": {
         *         "definitionId": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *         "definitionVersion": 1,
         *         "status": "on_track",
         *         "firstResponseDueAt": "2026-11-18T09:22:00.000Z",
         *         "firstRespondedAt": "2026-11-18T09:04:00.000Z",
         *         "resolutionDueAt": "2026-11-18T12:52:00.000Z",
         *         "pausedMinutes": 0
         *       },
         *       "metadata": {
         *         "crmQueue": "N2-Messagerie"
         *       },
         *       "version": 7,
         *       "createdAt": "2026-11-18T08:52:00.000Z",
         *       "updatedAt": "2026-11-18T09:41:00.000Z"
         *     }
         */
        SupportRequest: {
            /**
             * Format: uuid
             * @description the request's id
             */
            id: string;
            /** @description per-partner sequence, what people quote (#1042) */
            number: number;
            /**
             * Format: uuid
             * @description the customer who raised it
             */
            customerId: string;
            /** @description one line: what is wrong */
            title: string;
            /** @description the details, as the customer gave them */
            description: string;
            /** @description the type of support asked for; billing and subscription go to the commercial channel */
            category: components["schemas"]["Category"];
            /**
             * @description what the request is about
             * @example {
             *       "name": "Microsoft 365 E3",
             *       "type": "cloud",
             *       "service": "Exchange Online"
             *     }
             */
            product: {
                /** @description e.g. Microsoft 365 E3 */
                name: string;
                /** @description cloud products and on-premises ones are escalated under different plans (R4) */
                type: components["schemas"]["ProductType"];
                /** @description the workload as Microsoft names it, e.g. Exchange Online */
                service: string;
            };
            /** @description how badly the customer is affected; it sets the SLA targets */
            severity: components["schemas"]["Severity"];
            /** @description how the request reached the partner */
            channel: components["schemas"]["RequestChannel"];
            /**
             * @description the customer person who raised the request
             * @example {
             *       "name": "Élodie Bernard",
             *       "email": "elodie.bernard@contoso.fr",
             *       "phone": "+33 1 70 36 42 18"
             *     }
             */
            requester: {
                /** @description full name */
                name: string;
                /**
                 * Format: email
                 * @description email address
                 */
                email: string;
                /** @description digits with optional +, spaces, dots, dashes, parentheses */
                phone?: string | null;
            };
            /** @description a customer user reads escalated as in_progress (R9): nothing it reads names an escalation, its target, Microsoft, a provider or an actor other than the partner */
            state: components["schemas"]["RequestState"];
            /** @description the API key of the agent working it (hidden from customers) */
            assigneeId: string | null;
            /** @description the partner's diagnosis, required before escalating (R2); hidden from customers */
            diagnosis: {
                /** @description the diagnosed cause; it decides who owns the fix (R3) */
                cause: components["schemas"]["Cause"];
                /** @description derived from the cause (R3) */
                ownership: components["schemas"]["Ownership"];
                /** @description what the agent found */
                summary: string;
                /**
                 * Format: date-time
                 * @description when it was diagnosed
                 */
                diagnosedAt: string;
            } | null;
            /** @description the last service health check (hidden from customers) */
            healthCheck: components["schemas"]["HealthCheck"] | null;
            /** @description set when resolved; null otherwise */
            resolution: {
                /** @description the partner's resolution code, e.g. credit_note_issued */
                code: string;
                /** @description what was done, as the customer is told */
                summary: string;
                /**
                 * Format: date-time
                 * @description when it was resolved
                 */
                resolvedAt: string;
            } | null;
            /**
             * @description uncovered: received with no published SLA definition offering its type of support (R6): no SLA clock, reported in GET /v1/partner/compliance
             * @enum {unknown}
             */
            slaCoverage: "covered" | "uncovered";
            /** @description null when uncovered */
            sla: {
                /**
                 * Format: uuid
                 * @description the SLA definition in force when the request was opened
                 */
                definitionId: string;
                /** @description that definition's terms version */
                definitionVersion: number;
                /** @description how the request stands against its targets now */
                status: components["schemas"]["SlaTrackingStatus"];
                /**
                 * Format: date-time
                 * @description when the first response is due
                 */
                firstResponseDueAt: string;
                /** @description when the partner first responded; null: not yet */
                firstRespondedAt: string | null;
                /**
                 * Format: date-time
                 * @description when the resolution is due (moves while the clock is paused)
                 */
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
            /** @description rises by one with every change; sent as the `ETag` header, to send back as `If-Match` */
            version: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description One page of SupportRequest items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *           "number": 1042,
         *           "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1",
         *           "title": "Mail flow stopped: inbound mail to contoso.fr queued since 08:40",
         *           "description": "Since 08:40 no external mail reaches contoso.fr mailboxes; senders get 451 4.7.500 deferrals. Internal mail works. About 320 users affected at the Paris and Lyon offices.",
         *           "category": "troubleshooting",
         *           "product": {
         *             "name": "Microsoft 365 E3",
         *             "type": "cloud",
         *             "service": "Exchange Online"
         *           },
         *           "severity": "critical",
         *           "channel": "phone",
         *           "requester": {
         *             "name": "Élodie Bernard",
         *             "email": "elodie.bernard@contoso.fr",
         *             "phone": "+33 1 70 36 42 18"
         *           },
         *           "externalRefs": [
         *             {
         *               "system": "dynamics365",
         *               "id": "CAS-10482-K7Q2",
         *               "url": "https://fabrikam.crm4.dynamics.com/main.aspx?etn=incident&id=CAS-10482-K7Q2"
         *             }
         *           ],
         *           "tags": [
         *             "exchange",
         *             "outage"
         *           ],
         *           "state": "escalated",
         *           "assigneeId": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *           "diagnosis": {
         *             "cause": "service_unavailable",
         *             "ownership": "microsoft",
         *             "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant.",
         *             "diagnosedAt": "2026-11-18T09:31:00.000Z"
         *           },
         *           "healthCheck": {
         *             "checkedAt": "2026-11-18T09:36:00.000Z",
         *             "outcome": "clear",
         *             "matchingIncidentIds": []
         *           },
         *           "resolution": null,
         *           "slaCoverage": "covered",
         *           "sla": {
         *             "definitionId": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *             "definitionVersion": 1,
         *             "status": "on_track",
         *             "firstResponseDueAt": "2026-11-18T09:22:00.000Z",
         *             "firstRespondedAt": "2026-11-18T09:04:00.000Z",
         *             "resolutionDueAt": "2026-11-18T12:52:00.000Z",
         *             "pausedMinutes": 0
         *           },
         *           "metadata": {
         *             "crmQueue": "N2-Messagerie"
         *           },
         *           "version": 7,
         *           "createdAt": "2026-11-18T08:52:00.000Z",
         *           "updatedAt": "2026-11-18T09:41:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        SupportRequestPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SupportRequest"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description A note on a support request
         * @example {
         *       "id": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *       "text": "Nous avons transmis l’incident à notre fournisseur et à Microsoft ; prochain point à 10h30.",
         *       "visibility": "public",
         *       "author": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "createdAt": "2026-11-18T09:44:00.000Z"
         *     }
         */
        Note: {
            /**
             * Format: uuid
             * @description the note's id
             */
            id: string;
            /** @description what was written */
            text: string;
            /** @description public notes are shared with the customer, internal ones never (R9) */
            visibility: components["schemas"]["NoteVisibility"];
            /** @description who wrote it */
            author: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
        };
        /**
         * @description One page of Note items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "0588f202-b7c8-4304-8e77-1caddcfcf471",
         *           "text": "Nous avons transmis l’incident à notre fournisseur et à Microsoft ; prochain point à 10h30.",
         *           "visibility": "public",
         *           "author": {
         *             "kind": "api_key",
         *             "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *             "role": "helpdesk_agent"
         *           },
         *           "createdAt": "2026-11-18T09:44:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        NotePage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["Note"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Time an agent spent on a request, priced by the request's SLA definition
         * @example {
         *       "id": "6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f",
         *       "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *       "minutes": 45,
         *       "billable": true,
         *       "note": "Traced the Exchange Online connector failure with the message trace; re-enabled the inbound connector.",
         *       "performedAt": "2026-11-20T09:30:00.000Z",
         *       "author": {
         *         "kind": "api_key",
         *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *         "role": "helpdesk_agent"
         *       },
         *       "editableUntil": "2026-11-21T10:15:00.000Z",
         *       "version": 1,
         *       "createdAt": "2026-11-20T10:15:00.000Z",
         *       "updatedAt": "2026-11-20T10:15:00.000Z"
         *     }
         */
        TimeEntry: {
            /**
             * Format: uuid
             * @description the time entry
             */
            id: string;
            /**
             * Format: uuid
             * @description the request the time was spent on
             */
            supportRequestId: string;
            /** @description time spent, in minutes (at most a day) */
            minutes: number;
            /** @description charged under an hourly SLA definition; other time is recorded only */
            billable: boolean;
            /** @description what the time was spent on */
            note: string | null;
            /**
             * Format: date-time
             * @description when the work was done
             */
            performedAt: string;
            author: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @description until when its author may change or delete it (a day after it was recorded)
             */
            editableUntil: string;
            /** @description rises with every change; the ETag */
            version: number;
            /**
             * Format: date-time
             * @description when it was recorded
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
        };
        /**
         * @description One page of TimeEntry items, by when the work was done
         * @example {
         *       "data": [
         *         {
         *           "id": "6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f",
         *           "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
         *           "minutes": 45,
         *           "billable": true,
         *           "note": "Traced the Exchange Online connector failure with the message trace; re-enabled the inbound connector.",
         *           "performedAt": "2026-11-20T09:30:00.000Z",
         *           "author": {
         *             "kind": "api_key",
         *             "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
         *             "role": "helpdesk_agent"
         *           },
         *           "editableUntil": "2026-11-21T10:15:00.000Z",
         *           "version": 1,
         *           "createdAt": "2026-11-20T10:15:00.000Z",
         *           "updatedAt": "2026-11-20T10:15:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        TimeEntryPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["TimeEntry"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description When the SLA clock runs: business hours in a time zone, or 24/7
         * @example {
         *       "timezone": "Europe/Paris",
         *       "alwaysOpen": false,
         *       "weekly": [
         *         {
         *           "day": "monday",
         *           "open": "08:30",
         *           "close": "18:00"
         *         },
         *         {
         *           "day": "tuesday",
         *           "open": "08:30",
         *           "close": "18:00"
         *         },
         *         {
         *           "day": "wednesday",
         *           "open": "08:30",
         *           "close": "18:00"
         *         },
         *         {
         *           "day": "thursday",
         *           "open": "08:30",
         *           "close": "18:00"
         *         },
         *         {
         *           "day": "friday",
         *           "open": "08:30",
         *           "close": "18:00"
         *         }
         *       ],
         *       "holidays": [
         *         "2026-12-25",
         *         "2027-01-01"
         *       ]
         *     }
         */
        BusinessHours: {
            /** @description IANA time zone, e.g. Europe/Paris */
            timezone: string;
            /** @description 24/7: every calendar minute counts; weekly and holidays are then ignored */
            alwaysOpen: boolean;
            /** @description opening windows; several a day allowed (e.g. a lunch break); not needed when alwaysOpen */
            weekly?: {
                /** @description the day the window is open */
                day: components["schemas"]["Weekday"];
                /** @description HH:MM local time */
                open: string;
                /** @description HH:MM local time, after open; 24:00 = end of day */
                close: string;
            }[];
            /** @description closed dates in the zone; not needed when alwaysOpen */
            holidays?: string[];
        };
        /**
         * @description An SLA definition: the support offering customers are told about (R6)
         * @example {
         *       "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *       "name": "Support standard 8x5 (Paris)",
         *       "version": 1,
         *       "basedOn": null,
         *       "status": "published",
         *       "supportTypes": [
         *         "billing",
         *         "subscription",
         *         "provisioning",
         *         "configuration",
         *         "troubleshooting",
         *         "updates",
         *         "usage"
         *       ],
         *       "hours": {
         *         "timezone": "Europe/Paris",
         *         "alwaysOpen": false,
         *         "weekly": [
         *           {
         *             "day": "monday",
         *             "open": "08:30",
         *             "close": "18:00"
         *           },
         *           {
         *             "day": "tuesday",
         *             "open": "08:30",
         *             "close": "18:00"
         *           },
         *           {
         *             "day": "wednesday",
         *             "open": "08:30",
         *             "close": "18:00"
         *           },
         *           {
         *             "day": "thursday",
         *             "open": "08:30",
         *             "close": "18:00"
         *           },
         *           {
         *             "day": "friday",
         *             "open": "08:30",
         *             "close": "18:00"
         *           }
         *         ],
         *         "holidays": [
         *           "2026-12-25",
         *           "2027-01-01"
         *         ]
         *       },
         *       "channels": [
         *         {
         *           "kind": "phone",
         *           "address": "+33 1 84 88 40 00",
         *           "alwaysOpen": true
         *         },
         *         {
         *           "kind": "email",
         *           "address": "support@fabrikam-conseil.fr",
         *           "alwaysOpen": false
         *         }
         *       ],
         *       "pricing": {
         *         "model": "included",
         *         "amount": 0,
         *         "currency": "EUR"
         *       },
         *       "targets": {
         *         "critical": {
         *           "firstResponseMinutes": 30,
         *           "resolutionMinutes": 240
         *         },
         *         "moderate": {
         *           "firstResponseMinutes": 120,
         *           "resolutionMinutes": 960
         *         },
         *         "minimal": {
         *           "firstResponseMinutes": 480,
         *           "resolutionMinutes": 2400
         *         }
         *       },
         *       "pauseOn": [
         *         "awaiting_customer"
         *       ],
         *       "isDefault": true,
         *       "revision": 3,
         *       "createdAt": "2026-03-02T11:00:00.000Z",
         *       "updatedAt": "2026-03-02T11:20:00.000Z",
         *       "publishedAt": "2026-03-02T11:20:00.000Z",
         *       "retiredAt": null
         *     }
         */
        SlaDefinition: {
            /**
             * Format: uuid
             * @description the definition's id
             */
            id: string;
            /** @description what customers see it as */
            name: string;
            /** @description terms version along the basedOn lineage */
            version: number;
            /** @description the definition this version was based on; null: the first */
            basedOn: string | null;
            /** @description draft (editable), published (immutable, offered) or retired */
            status: components["schemas"]["SlaDefinitionStatus"];
            /** @description request categories covered */
            supportTypes: components["schemas"]["Category"][];
            /** @description when the clock runs; needed to publish */
            hours: components["schemas"]["BusinessHours"] | null;
            /** @description how customers reach support; publishing needs at least one */
            channels: {
                /** @description how customers reach support this way */
                kind: components["schemas"]["ContactChannelKind"];
                /** @description number, address or URL */
                address: string;
                /**
                 * @description reachable 24/7 regardless of the hours
                 * @default false
                 */
                alwaysOpen: boolean;
            }[];
            /** @description what support costs; needed to publish */
            pricing: {
                /** @description how support is charged */
                model: components["schemas"]["PricingModel"];
                /** @description the price per unit of the model (0 when included) */
                amount: number;
                /** @description ISO 4217 */
                currency: string;
                /** @description hourly: the billable minutes of each request are rounded up to a multiple of this before pricing (15 when left out) */
                billingIncrementMinutes?: number;
            } | null;
            /** @description first-response and resolution targets; needed to publish */
            targets: {
                /** @description for critical requests */
                critical?: {
                    /** @description business minutes from opening to the first response */
                    firstResponseMinutes: number;
                    /** @description business minutes from opening to the resolution, paused minutes not counted */
                    resolutionMinutes: number;
                };
                /** @description for moderate requests */
                moderate?: {
                    /** @description business minutes from opening to the first response */
                    firstResponseMinutes: number;
                    /** @description business minutes from opening to the resolution, paused minutes not counted */
                    resolutionMinutes: number;
                };
                /** @description for minimal requests */
                minimal?: {
                    /** @description business minutes from opening to the first response */
                    firstResponseMinutes: number;
                    /** @description business minutes from opening to the resolution, paused minutes not counted */
                    resolutionMinutes: number;
                };
            } | null;
            /** @description request states that stop the clock */
            pauseOn: components["schemas"]["PausableState"][];
            /** @description the partner's default: covers customers without their own definition */
            isDefault: boolean;
            /** @description rises with every change; the ETag */
            revision: number;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description when it last changed
             */
            updatedAt: string;
            /** @description when it was published; null while a draft */
            publishedAt: string | null;
            /** @description when it was retired; null while offered */
            retiredAt: string | null;
        };
        /**
         * @description One page of SlaDefinition items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "2affc596-2a37-4063-ab9c-bb6d66b5f0ee",
         *           "name": "Support standard 8x5 (Paris)",
         *           "version": 1,
         *           "basedOn": null,
         *           "status": "published",
         *           "supportTypes": [
         *             "billing",
         *             "subscription",
         *             "provisioning",
         *             "configuration",
         *             "troubleshooting",
         *             "updates",
         *             "usage"
         *           ],
         *           "hours": {
         *             "timezone": "Europe/Paris",
         *             "alwaysOpen": false,
         *             "weekly": [
         *               {
         *                 "day": "monday",
         *                 "open": "08:30",
         *                 "close": "18:00"
         *               },
         *               {
         *                 "day": "tuesday",
         *                 "open": "08:30",
         *                 "close": "18:00"
         *               },
         *               {
         *                 "day": "wednesday",
         *                 "open": "08:30",
         *                 "close": "18:00"
         *               },
         *               {
         *                 "day": "thursday",
         *                 "open": "08:30",
         *                 "close": "18:00"
         *               },
         *               {
         *                 "day": "friday",
         *                 "open": "08:30",
         *                 "close": "18:00"
         *               }
         *             ],
         *             "holidays": [
         *               "2026-12-25",
         *               "2027-01-01"
         *             ]
         *           },
         *           "channels": [
         *             {
         *               "kind": "phone",
         *               "address": "+33 1 84 88 40 00",
         *               "alwaysOpen": true
         *             },
         *             {
         *               "kind": "email",
         *               "address": "support@fabrikam-conseil.fr",
         *               "alwaysOpen": false
         *             }
         *           ],
         *           "pricing": {
         *             "model": "included",
         *             "amount": 0,
         *             "currency": "EUR"
         *           },
         *           "targets": {
         *             "critical": {
         *               "firstResponseMinutes": 30,
         *               "resolutionMinutes": 240
         *             },
         *             "moderate": {
         *               "firstResponseMinutes": 120,
         *               "resolutionMinutes": 960
         *             },
         *             "minimal": {
         *               "firstResponseMinutes": 480,
         *               "resolutionMinutes": 2400
         *             }
         *           },
         *           "pauseOn": [
         *             "awaiting_customer"
         *           ],
         *           "isDefault": true,
         *           "revision": 3,
         *           "createdAt": "2026-03-02T11:00:00.000Z",
         *           "updatedAt": "2026-03-02T11:20:00.000Z",
         *           "publishedAt": "2026-03-02T11:20:00.000Z",
         *           "retiredAt": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        SlaDefinitionPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["SlaDefinition"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Where events are delivered (Standard Webhooks 1.0)
         * @example {
         *       "id": "3ab99906-77ff-412c-954c-ba0acff94f58",
         *       "url": "https://crm.fabrikam-conseil.fr/hooks/partnerdesk",
         *       "description": "Dynamics 365: cases follow their support requests",
         *       "eventTypes": [
         *         "support_request.created",
         *         "support_request.state_changed",
         *         "escalation.state_changed"
         *       ],
         *       "failingSince": null,
         *       "disabledAt": null,
         *       "disabledReason": null,
         *       "createdAt": "2026-03-05T08:00:00.000Z"
         *     }
         */
        WebhookSubscription: {
            /**
             * Format: uuid
             * @description the subscription's id
             */
            id: string;
            /** @description where events are POSTed */
            url: string;
            /** @description what the subscription is for */
            description: string | null;
            /** @description empty: every event */
            eventTypes: components["schemas"]["EventType"][];
            /** @description since when every delivery has failed; 24 h of it disables the subscription */
            failingSince: string | null;
            /** @description when deliveries stopped; null: active */
            disabledAt: string | null;
            /** @description why it was disabled */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
        };
        /**
         * @description One page of WebhookSubscription items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "3ab99906-77ff-412c-954c-ba0acff94f58",
         *           "url": "https://crm.fabrikam-conseil.fr/hooks/partnerdesk",
         *           "description": "Dynamics 365: cases follow their support requests",
         *           "eventTypes": [
         *             "support_request.created",
         *             "support_request.state_changed",
         *             "escalation.state_changed"
         *           ],
         *           "failingSince": null,
         *           "disabledAt": null,
         *           "disabledReason": null,
         *           "createdAt": "2026-03-05T08:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
        WebhookSubscriptionPage: {
            /** @description the items of this page, at most `limit` */
            data: components["schemas"]["WebhookSubscription"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description A new subscription, with its signing secret
         * @example {
         *       "id": "3ab99906-77ff-412c-954c-ba0acff94f58",
         *       "url": "https://crm.fabrikam-conseil.fr/hooks/partnerdesk",
         *       "description": "Dynamics 365: cases follow their support requests",
         *       "eventTypes": [
         *         "support_request.created",
         *         "support_request.state_changed",
         *         "escalation.state_changed"
         *       ],
         *       "failingSince": null,
         *       "disabledAt": null,
         *       "disabledReason": null,
         *       "createdAt": "2026-03-05T08:00:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        CreatedWebhookSubscription: {
            /**
             * Format: uuid
             * @description the subscription's id
             */
            id: string;
            /** @description where events are POSTed */
            url: string;
            /** @description what the subscription is for */
            description: string | null;
            /** @description empty: every event */
            eventTypes: components["schemas"]["EventType"][];
            /** @description since when every delivery has failed; 24 h of it disables the subscription */
            failingSince: string | null;
            /** @description when deliveries stopped; null: active */
            disabledAt: string | null;
            /** @description why it was disabled */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description when it was created
             */
            createdAt: string;
            /** @description Standard Webhooks signing secret (whsec_…), shown this once */
            secret: string;
        };
        /**
         * @description One attempt to deliver an event
         * @example {
         *       "id": "741e7d39-77b1-4db5-84e6-68055e194212",
         *       "deliveryId": "6a9cda23-39d5-4db9-87a8-183fe33ff8ee",
         *       "eventId": "0000000000a1b2c30000000000000003",
         *       "eventType": "escalation.created",
         *       "deliveryState": "delivered",
         *       "attemptedAt": "2026-11-18T09:41:01.000Z",
         *       "statusCode": 204,
         *       "error": null,
         *       "durationMs": 184
         *     }
         */
        WebhookAttempt: {
            /**
             * Format: uuid
             * @description the attempt's id
             */
            id: string;
            /**
             * Format: uuid
             * @description the delivery (one event to one subscription) it tried
             */
            deliveryId: string;
            /** @description the event delivered, its `webhook-id` */
            eventId: string;
            /** @description the event type */
            eventType: string;
            /**
             * @description the delivery's state now: pending while retries remain
             * @enum {unknown}
             */
            deliveryState: "pending" | "delivered" | "failed";
            /**
             * Format: date-time
             * @description when the attempt was made
             */
            attemptedAt: string;
            /** @description the receiver's status; null when it did not answer */
            statusCode: number | null;
            /** @description why it failed; null when delivered */
            error: string | null;
            /** @description how long the receiver took to answer */
            durationMs: number;
        };
        /**
         * @description One page of WebhookAttempt items, in the list's order
         * @example {
         *       "data": [
         *         {
         *           "id": "741e7d39-77b1-4db5-84e6-68055e194212",
         *           "deliveryId": "6a9cda23-39d5-4db9-87a8-183fe33ff8ee",
         *           "eventId": "0000000000a1b2c30000000000000003",
         *           "eventType": "escalation.created",
         *           "deliveryState": "delivered",
         *           "attemptedAt": "2026-11-18T09:41:01.000Z",
         *           "statusCode": 204,
         *           "error": null,
         *           "durationMs": 184
         *         }
         *       ],
         *       "nextCursor": "eyJrIjpbIjIwMjYtMTEtMThUMDk6NDE6MDBaIl19.3q2-7wH0k0dXvLZ1rV4Yv8b0Zr6m3cX2mQ1YvJg9x8A"
         *     }
         */
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
                /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                "x-ratelimit-remaining"?: number;
                /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                "x-ratelimit-reset"?: number;
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
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description The version of the resource as a strong entity tag, e.g. `"3"`. Send it back as `If-Match` to change that version only. */
        ETag: string;
        /** @description Where the created resource (or the resource the answer belongs to) can be read. */
        Location: string;
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description always ok: the process answers
                         * @enum {string}
                         */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "migrations": 42
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description always ready: requests can be served
                         * @enum {string}
                         */
                        status: "ready";
                        /** @description how many database migrations are applied */
                        migrations: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
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
                /**
                 * @example {
                 *       "name": "Fabrikam Conseil SARL",
                 *       "kind": "indirect_reseller",
                 *       "indirectProviderId": "bb9cc5c1-a1f5-494d-9391-15355ed6329f",
                 *       "competency": "silver"
                 *     }
                 */
                "application/json": {
                    /** @description the partner's company name */
                    name: string;
                    /** @description how the partner sells */
                    kind: components["schemas"]["PartnerKind"];
                    /**
                     * Format: uuid
                     * @description a reseller's indirect provider (a partner of this deployment)
                     */
                    indirectProviderId?: string;
                    /**
                     * @description its Microsoft partner network competency
                     * @default none
                     */
                    competency?: components["schemas"]["Competency"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "partner": {
                     *         "id": "ab973115-897d-4372-bfcc-46a362993a94",
                     *         "name": "Fabrikam Conseil SARL",
                     *         "kind": "indirect_reseller",
                     *         "indirectProviderId": "bb9cc5c1-a1f5-494d-9391-15355ed6329f",
                     *         "competency": "silver",
                     *         "supportProfile": {
                     *           "email": "support@fabrikam-conseil.fr",
                     *           "telephone": "+33 1 84 88 40 00",
                     *           "website": "https://support.fabrikam-conseil.fr",
                     *           "deliveryModel": "in_house",
                     *           "deliveryProvider": null,
                     *           "collectionsPolicy": "https://www.fabrikam-conseil.fr/conditions/recouvrement",
                     *           "selfHelpLinks": [
                     *             {
                     *               "kind": "status_page",
                     *               "title": "État des services Microsoft 365",
                     *               "url": "https://status.fabrikam-conseil.fr"
                     *             }
                     *           ],
                     *           "trainingOffers": [
                     *             {
                     *               "title": "Exchange Online pour les administrateurs (1 jour)",
                     *               "description": "Flux de messagerie, règles de transport et diagnostic des files d’attente.",
                     *               "url": "https://www.fabrikam-conseil.fr/formations/exchange-online"
                     *             }
                     *           ],
                     *           "language": "fr",
                     *           "incidentResolvedNotes": {
                     *             "fr": "Microsoft a résolu l'incident {service} {incidentId} ({title}). Tout refonctionne ? Dites-le-nous ici. — {partner}"
                     *           }
                     *         },
                     *         "version": 6,
                     *         "createdAt": "2026-03-02T10:15:00.000Z",
                     *         "updatedAt": "2026-10-05T14:20:00.000Z"
                     *       },
                     *       "apiKey": {
                     *         "id": "982fc0a1-055d-49a0-9ce7-073635c03f00",
                     *         "name": "admin",
                     *         "role": "admin_agent",
                     *         "customerId": null,
                     *         "createdAt": "2026-03-02T10:40:00.000Z",
                     *         "revokedAt": null,
                     *         "key": "pd_ab973115897d4372bfcc46a362993a94_Qm9uam91ciBDYW1pbGxlLCBiaWVudmVudWUgIQx7Kp2"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description the new partner */
                        partner: components["schemas"]["Partner"];
                        /** @description its first admin_agent key: the secret is shown this once */
                        apiKey: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The operator records a change of the partner's MPN competency. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competency": "gold"
                 *     }
                 */
                "application/json": {
                    /** @description the new competency */
                    competency: components["schemas"]["Competency"];
                };
            };
        };
        responses: {
            /** @description A CSP partner: the tenant of the service */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
            /** @description A CSP partner: the tenant of the service */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /**
                 * @example {
                 *       "email": "support@fabrikam-conseil.fr",
                 *       "telephone": "+33 1 84 88 40 00",
                 *       "website": "https://support.fabrikam-conseil.fr",
                 *       "deliveryModel": "in_house",
                 *       "deliveryProvider": null,
                 *       "collectionsPolicy": "https://www.fabrikam-conseil.fr/conditions/recouvrement",
                 *       "selfHelpLinks": [
                 *         {
                 *           "kind": "status_page",
                 *           "title": "État des services Microsoft 365",
                 *           "url": "https://status.fabrikam-conseil.fr"
                 *         }
                 *       ],
                 *       "trainingOffers": [
                 *         {
                 *           "title": "Exchange Online pour les administrateurs (1 jour)",
                 *           "description": "Flux de messagerie, règles de transport et diagnostic des files d’attente.",
                 *           "url": "https://www.fabrikam-conseil.fr/formations/exchange-online"
                 *         }
                 *       ],
                 *       "language": "fr",
                 *       "incidentResolvedNotes": {
                 *         "fr": "Microsoft a résolu l'incident {service} {incidentId} ({title}). Tout refonctionne ? Dites-le-nous ici. — {partner}"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description support email address */
                    email: string | null;
                    /** @description support phone number: digits with optional +, spaces, dots, dashes, parentheses */
                    telephone: string | null;
                    /** @description support website */
                    website: string | null;
                    /** @description how support is delivered: by the partner itself, outsourced, or resold */
                    deliveryModel?: ("in_house" | "outsourced" | "resold") | null;
                    /** @description who delivers it when not in_house (required then, refused for in_house) */
                    deliveryProvider?: string | null;
                    /** @description text or a URL: when and how non-payment affects access (003) */
                    collectionsPolicy?: string | null;
                    /** @description where customers help themselves first */
                    selfHelpLinks?: components["schemas"]["SelfHelpLink"][];
                    /** @description courses offered to customers (002) */
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
            /** @description A CSP partner: the tenant of the service */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /**
                 * @example {
                 *       "kind": "advanced",
                 *       "validFrom": "2026-01-01T00:00:00.000Z",
                 *       "validUntil": "2026-12-31T23:59:59.000Z"
                 *     }
                 */
                "application/json": {
                    /** @description the Microsoft support plan */
                    kind: components["schemas"]["SupportPlanKind"];
                    /**
                     * Format: date-time
                     * @description when the plan starts
                     */
                    validFrom: string;
                    /** @description when the plan ends; null or absent: open-ended */
                    validUntil?: string | null;
                    /** @description required for partner_network_incidents, refused otherwise */
                    incidentsTotal?: number;
                    /** @description partner_network_incidents only: the recent on-premises products the benefit covers, by product name */
                    eligibleProducts?: string[];
                };
            };
        };
        responses: {
            /** @description A Microsoft support plan the partner holds (R4) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Microsoft support plan the partner holds (R4) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "compliant": true,
                     *       "findings": [
                     *         {
                     *           "code": "no-self-help-links",
                     *           "level": "warning",
                     *           "detail": "Customers are shown no self-help link."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description true when no finding is a failure (warnings do not count) */
                        compliant: boolean;
                        /** @description what the partner should fix or consider */
                        findings: {
                            /**
                             * @description what is missing or wrong
                             * @enum {unknown}
                             */
                            code: "incomplete-support-profile" | "no-default-sla" | "customers-without-sla" | "uncovered-requests" | "no-collections-policy" | "no-self-help-links" | "unhealthy-connectors";
                            /**
                             * @description a failure breaks a rule (R6); a warning is advice
                             * @enum {unknown}
                             */
                            level: "failure" | "warning";
                            /** @description the finding in words */
                            detail: string;
                            /** @description the support profile fields not stated */
                            missing?: string[];
                            /** @description the first 100 */
                            customerIds?: string[];
                            /** @description the first 100 open requests received uncovered */
                            requests?: {
                                /**
                                 * Format: uuid
                                 * @description the request's id
                                 */
                                id: string;
                                /** @description the request's number */
                                number: number;
                                /**
                                 * Format: uuid
                                 * @description its customer
                                 */
                                customerId: string;
                            }[];
                            /** @description how many there are in all */
                            count?: number;
                            /** @description unhealthy-connectors: the Microsoft connectors failing for 24 h or more */
                            connectors?: {
                                /** @description graph or partner_center */
                                kind: string;
                                /**
                                 * Format: date-time
                                 * @description since when every call has failed
                                 */
                                failingSince: string;
                                /** @description what the last failed call met */
                                lastError: string | null;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keyId": "982fc0a1-055d-49a0-9ce7-073635c03f00",
                     *       "name": "Camille Durand (helpdesk)",
                     *       "role": "helpdesk_agent",
                     *       "customerId": null,
                     *       "partner": {
                     *         "id": "ab973115-897d-4372-bfcc-46a362993a94",
                     *         "name": "Fabrikam Conseil SARL",
                     *         "kind": "indirect_reseller"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the calling key's id
                         */
                        keyId: string;
                        /** @description the key's name */
                        name: string;
                        /** @description the key's role */
                        role: components["schemas"]["Role"];
                        /** @description the customer a customer_user key acts for; null otherwise */
                        customerId: string | null;
                        /** @description the partner the key belongs to */
                        partner: {
                            /**
                             * Format: uuid
                             * @description the partner's id
                             */
                            id: string;
                            /** @description the partner's company name */
                            name: string;
                            /** @description how the partner sells */
                            kind: components["schemas"]["PartnerKind"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /**
                 * @example {
                 *       "name": "Camille Durand (helpdesk)",
                 *       "role": "helpdesk_agent"
                 *     }
                 */
                "application/json": {
                    /** @description who or what uses the key, e.g. "Dynamics CRM sync" */
                    name: string;
                    /** @description what the key may do */
                    role: components["schemas"]["Role"];
                    /**
                     * Format: uuid
                     * @description the customer a customer_user key acts for
                     */
                    customerId?: string;
                };
            };
        };
        responses: {
            /** @description A new API key, with its secret */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
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
                /** @description only definitions in this status */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaDefinitionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /**
                 * @example {
                 *       "name": "Support standard 8x5 (Paris)",
                 *       "supportTypes": [
                 *         "billing",
                 *         "subscription",
                 *         "provisioning",
                 *         "configuration",
                 *         "troubleshooting",
                 *         "updates",
                 *         "usage"
                 *       ],
                 *       "hours": {
                 *         "timezone": "Europe/Paris",
                 *         "alwaysOpen": false,
                 *         "weekly": [
                 *           {
                 *             "day": "monday",
                 *             "open": "08:30",
                 *             "close": "18:00"
                 *           },
                 *           {
                 *             "day": "tuesday",
                 *             "open": "08:30",
                 *             "close": "18:00"
                 *           },
                 *           {
                 *             "day": "wednesday",
                 *             "open": "08:30",
                 *             "close": "18:00"
                 *           },
                 *           {
                 *             "day": "thursday",
                 *             "open": "08:30",
                 *             "close": "18:00"
                 *           },
                 *           {
                 *             "day": "friday",
                 *             "open": "08:30",
                 *             "close": "18:00"
                 *           }
                 *         ],
                 *         "holidays": [
                 *           "2026-12-25",
                 *           "2027-01-01"
                 *         ]
                 *       },
                 *       "channels": [
                 *         {
                 *           "kind": "phone",
                 *           "address": "+33 1 84 88 40 00",
                 *           "alwaysOpen": true
                 *         },
                 *         {
                 *           "kind": "email",
                 *           "address": "support@fabrikam-conseil.fr",
                 *           "alwaysOpen": false
                 *         }
                 *       ],
                 *       "pricing": {
                 *         "model": "included",
                 *         "amount": 0,
                 *         "currency": "EUR"
                 *       },
                 *       "targets": {
                 *         "critical": {
                 *           "firstResponseMinutes": 30,
                 *           "resolutionMinutes": 240
                 *         },
                 *         "moderate": {
                 *           "firstResponseMinutes": 120,
                 *           "resolutionMinutes": 960
                 *         },
                 *         "minimal": {
                 *           "firstResponseMinutes": 480,
                 *           "resolutionMinutes": 2400
                 *         }
                 *       },
                 *       "pauseOn": [
                 *         "awaiting_customer"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description required unless basedOn */
                    name?: string;
                    /**
                     * Format: uuid
                     * @description the definition whose terms the new version starts from
                     */
                    basedOn?: string;
                    /** @description request categories covered */
                    supportTypes?: components["schemas"]["Category"][];
                    /** @description when the clock runs; needed to publish */
                    hours?: components["schemas"]["BusinessHours"] | null;
                    /** @description how customers reach support; publishing needs at least one */
                    channels?: {
                        /** @description how customers reach support this way */
                        kind: components["schemas"]["ContactChannelKind"];
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen?: boolean;
                    }[];
                    /** @description what support costs; needed to publish */
                    pricing?: {
                        /** @description how support is charged */
                        model: components["schemas"]["PricingModel"];
                        /** @description the price per unit of the model (0 when included) */
                        amount: number;
                        /** @description ISO 4217 */
                        currency: string;
                        /** @description hourly: the billable minutes of each request are rounded up to a multiple of this before pricing (15 when left out) */
                        billingIncrementMinutes?: number;
                    } | null;
                    /** @description first-response and resolution targets; needed to publish */
                    targets?: {
                        /** @description for critical requests */
                        critical?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
                            resolutionMinutes: number;
                        };
                        /** @description for moderate requests */
                        moderate?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
                            resolutionMinutes: number;
                        };
                        /** @description for minimal requests */
                        minimal?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
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
            /** @description An SLA definition: the support offering customers are told about (R6) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SLA definition: the support offering customers are told about (R6) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "targets": {
                 *         "critical": {
                 *           "firstResponseMinutes": 30,
                 *           "resolutionMinutes": 240
                 *         },
                 *         "moderate": {
                 *           "firstResponseMinutes": 120,
                 *           "resolutionMinutes": 960
                 *         },
                 *         "minimal": {
                 *           "firstResponseMinutes": 480,
                 *           "resolutionMinutes": 2400
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description what customers see it as */
                    name?: string;
                    /** @description request categories covered */
                    supportTypes?: components["schemas"]["Category"][];
                    /** @description when the clock runs; needed to publish */
                    hours?: components["schemas"]["BusinessHours"] | null;
                    /** @description how customers reach support; publishing needs at least one */
                    channels?: {
                        /** @description how customers reach support this way */
                        kind: components["schemas"]["ContactChannelKind"];
                        /** @description number, address or URL */
                        address: string;
                        /**
                         * @description reachable 24/7 regardless of the hours
                         * @default false
                         */
                        alwaysOpen?: boolean;
                    }[];
                    /** @description what support costs; needed to publish */
                    pricing?: {
                        /** @description how support is charged */
                        model: components["schemas"]["PricingModel"];
                        /** @description the price per unit of the model (0 when included) */
                        amount: number;
                        /** @description ISO 4217 */
                        currency: string;
                        /** @description hourly: the billable minutes of each request are rounded up to a multiple of this before pricing (15 when left out) */
                        billingIncrementMinutes?: number;
                    } | null;
                    /** @description first-response and resolution targets; needed to publish */
                    targets?: {
                        /** @description for critical requests */
                        critical?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
                            resolutionMinutes: number;
                        };
                        /** @description for moderate requests */
                        moderate?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
                            resolutionMinutes: number;
                        };
                        /** @description for minimal requests */
                        minimal?: {
                            /** @description business minutes from opening to the first response */
                            firstResponseMinutes: number;
                            /** @description business minutes from opening to the resolution, paused minutes not counted */
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
            /** @description An SLA definition: the support offering customers are told about (R6) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SLA definition: the support offering customers are told about (R6) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SLA definition: the support offering customers are told about (R6) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SLA definition: the support offering customers are told about (R6) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "openedAt": "2026-11-18T08:52:00.000Z",
                 *       "severity": "critical"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the request would be opened
                     */
                    openedAt: string;
                    /** @description the severity whose targets apply */
                    severity: components["schemas"]["Severity"];
                };
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "firstResponseDueAt": "2026-11-18T09:22:00.000Z",
                     *       "resolutionDueAt": "2026-11-18T12:52:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description when the first response would be due
                         */
                        firstResponseDueAt: string;
                        /**
                         * Format: date-time
                         * @description when the resolution would be due, if the clock never pauses
                         */
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
                /** @description only customers in this standing */
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
                /** @description carrying every one of these tags (repeat the parameter); partner agents only: a customer user, who reads no tags, gets 403 forbidden */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /**
                 * @example {
                 *       "name": "Contoso France SAS",
                 *       "domain": "contosofrance.onmicrosoft.com",
                 *       "tenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
                 *       "contacts": [
                 *         {
                 *           "name": "Élodie Bernard",
                 *           "email": "elodie.bernard@contoso.fr",
                 *           "phone": "+33 1 70 36 42 18"
                 *         }
                 *       ],
                 *       "externalRefs": [
                 *         {
                 *           "system": "dynamics365",
                 *           "id": "ACC-00412"
                 *         }
                 *       ],
                 *       "tags": [
                 *         "key-account"
                 *       ],
                 *       "metadata": {
                 *         "accountManager": "Camille Durand"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description the company name */
                    name: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId: string;
                    /** @description the customer's own published SLA definition; null or absent: the partner's default */
                    slaDefinitionId?: string | null;
                    /** @description the people the partner talks to; the first is the default requester */
                    contacts?: {
                        /** @description full name */
                        name: string;
                        /**
                         * Format: email
                         * @description email address
                         */
                        email: string;
                        /** @description digits with optional +, spaces, dots, dashes, parentheses */
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
            /** @description One of the partner's CSP customers */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One of the partner's CSP customers */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description billingStatus changes through PUT …/billing-status */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contacts": [
                 *         {
                 *           "name": "Élodie Bernard",
                 *           "email": "elodie.bernard@contoso.fr",
                 *           "phone": "+33 1 70 36 42 18"
                 *         },
                 *         {
                 *           "name": "Hugo Lefèvre",
                 *           "email": "hugo.lefevre@contoso.fr"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the company name */
                    name?: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain?: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId?: string;
                    /** @description the customer's own published SLA definition; null or absent: the partner's default */
                    slaDefinitionId?: string | null;
                    /** @description the people the partner talks to; the first is the default requester */
                    contacts?: {
                        /** @description full name */
                        name: string;
                        /**
                         * Format: email
                         * @description email address
                         */
                        email: string;
                        /** @description digits with optional +, spaces, dots, dashes, parentheses */
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
            /** @description One of the partner's CSP customers */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the other system, e.g. dynamics365 */
                system: string;
                /** @description the customer's id in that system */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Contoso France SAS",
                 *       "domain": "contosofrance.onmicrosoft.com",
                 *       "tenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
                 *       "contacts": [
                 *         {
                 *           "name": "Élodie Bernard",
                 *           "email": "elodie.bernard@contoso.fr",
                 *           "phone": "+33 1 70 36 42 18"
                 *         }
                 *       ],
                 *       "externalRefs": [
                 *         {
                 *           "system": "dynamics365",
                 *           "id": "ACC-00412"
                 *         }
                 *       ],
                 *       "tags": [
                 *         "key-account"
                 *       ],
                 *       "metadata": {
                 *         "accountManager": "Camille Durand"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description the company name */
                    name: string;
                    /** @description e.g. contoso.onmicrosoft.com */
                    domain: string;
                    /**
                     * Format: uuid
                     * @description Microsoft Entra tenant id (GUID), unique per partner
                     */
                    tenantId: string;
                    /** @description the customer's own published SLA definition; null or absent: the partner's default */
                    slaDefinitionId?: string | null;
                    /** @description the people the partner talks to; the first is the default requester */
                    contacts?: {
                        /** @description full name */
                        name: string;
                        /**
                         * Format: email
                         * @description email address
                         */
                        email: string;
                        /** @description digits with optional +, spaces, dots, dashes, parentheses */
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
            /** @description One of the partner's CSP customers */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description One of the partner's CSP customers */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description `suspended` suspends the whole customer; otherwise `suspendedProducts` (omitted: none) suspends those products only. Both at once is refused: a whole suspension already covers every product. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billingStatus": "past_due",
                 *       "reason": "Invoice FR-2026-10-0412 unpaid 30 days after its due date"
                 *     }
                 */
                "application/json": {
                    /** @description the new standing */
                    billingStatus: components["schemas"]["BillingStatus"];
                    /** @description kept in the customer's history */
                    reason: string;
                    /** @description products whose access is suspended for non-payment (names as in product.name, case-insensitive): about them the customer raises billing and subscription requests only, about others anything (R7) */
                    suspendedProducts?: string[];
                };
            };
        };
        responses: {
            /** @description One of the partner's CSP customers */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /**
                 * @example [
                 *       {
                 *         "name": "Contoso France SAS",
                 *         "domain": "contosofrance.onmicrosoft.com",
                 *         "tenantId": "266c6f3d-344a-410b-a1bd-2a783d38737e",
                 *         "contacts": [
                 *           {
                 *             "name": "Élodie Bernard",
                 *             "email": "elodie.bernard@contoso.fr",
                 *             "phone": "+33 1 70 36 42 18"
                 *           }
                 *         ],
                 *         "externalRefs": [
                 *           {
                 *             "system": "dynamics365",
                 *             "id": "ACC-00412"
                 *           }
                 *         ],
                 *         "tags": [
                 *           "key-account"
                 *         ],
                 *         "metadata": {
                 *           "accountManager": "Camille Durand"
                 *         }
                 *       },
                 *       {
                 *         "companyProfile": {
                 *           "tenantId": "not-a-tenant-id",
                 *           "companyName": "Tailspin Toys France",
                 *           "domain": "tailspinfr.fr"
                 *         }
                 *       }
                 *     ]
                 */
                "application/json": unknown[];
                /**
                 * @example {"name":"Contoso France SAS","domain":"contosofrance.onmicrosoft.com","tenantId":"266c6f3d-344a-410b-a1bd-2a783d38737e","contacts":[{"name":"Élodie Bernard","email":"elodie.bernard@contoso.fr","phone":"+33 1 70 36 42 18"}],"externalRefs":[{"system":"dynamics365","id":"ACC-00412"}],"tags":["key-account"],"metadata":{"accountManager":"Camille Durand"}}
                 *     {"companyProfile":{"tenantId":"not-a-tenant-id","companyName":"Tailspin Toys France","domain":"tailspinfr.fr"}}
                 */
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description A customer import and its results */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description A customer import and its results */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A customer import and its results */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description for a customer user, in_progress includes escalated requests and escalated matches none (R9) */
                state?: components["schemas"]["RequestState"];
                /** @description only this customer's requests */
                customerId?: string;
                /** @description only requests of this severity */
                severity?: components["schemas"]["Severity"];
                /** @description only requests of this category */
                category?: components["schemas"]["Category"];
                /** @description only requests standing so against their SLA */
                slaStatus?: components["schemas"]["SlaTrackingStatus"];
                /** @description only requests assigned to this agent's API key */
                assigneeId?: string;
                /** @description only requests changed at or after this time */
                updatedSince?: string;
                /** @description `system:id` */
                externalRef?: string;
                /** @description carrying every one of these tags (repeat the parameter); partner agents only: a customer user, who reads no tags, gets 403 forbidden */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                    /**
                     * Format: uuid
                     * @description the customer it is for: required from agents, implied for customer users
                     */
                    customerId?: string;
                    /** @description one line: what is wrong */
                    title: string;
                    /** @description the details */
                    description: string;
                    /** @description the type of support asked for */
                    category: components["schemas"]["Category"];
                    /**
                     * @description what the request is about
                     * @example {
                     *       "name": "Microsoft 365 E3",
                     *       "type": "cloud",
                     *       "service": "Exchange Online"
                     *     }
                     */
                    product: {
                        /** @description e.g. Microsoft 365 E3 */
                        name: string;
                        /** @description cloud products and on-premises ones are escalated under different plans (R4) */
                        type: components["schemas"]["ProductType"];
                        /** @description the workload as Microsoft names it, e.g. Exchange Online */
                        service: string;
                    };
                    /** @description how badly the customer is affected; it sets the SLA targets */
                    severity: components["schemas"]["Severity"];
                    /**
                     * @description how the request reached the partner
                     * @default api
                     */
                    channel?: components["schemas"]["RequestChannel"];
                    /**
                     * @description Who asked. Defaults to the customer's first contact; required when the customer has no contact (`400 validation-failed` at `/body/requester` otherwise).
                     * @example {
                     *       "name": "Élodie Bernard",
                     *       "email": "elodie.bernard@contoso.fr",
                     *       "phone": "+33 1 70 36 42 18"
                     *     }
                     */
                    requester?: {
                        /** @description full name */
                        name: string;
                        /**
                         * Format: email
                         * @description email address
                         */
                        email: string;
                        /** @description digits with optional +, spaces, dots, dashes, parentheses */
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
            /** @description A request a customer raised through the partner (R1) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A request a customer raised through the partner (R1) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The state changes through …/transitions only. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assigneeId": "982fc0a1-055d-49a0-9ce7-073635c03f00",
                 *       "tags": [
                 *         "exchange",
                 *         "outage",
                 *         "vip"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the new title */
                    title?: string;
                    /** @description the new details */
                    description?: string;
                    /** @description the new severity: the SLA due dates follow it */
                    severity?: components["schemas"]["Severity"];
                    /** @description the API key of the partner's agent who works it; null: unassigned */
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
            /** @description A request a customer raised through the partner (R1) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the state to move to */
                    to: components["schemas"]["RequestTransitionTarget"];
                    /** @description why; required to cancel, kept in the history */
                    reason?: string;
                    /** @description required to resolve */
                    resolution?: {
                        /** @description the partner's resolution code */
                        code: string;
                        /** @description what was done, as the customer is told */
                        summary: string;
                    };
                };
            };
        };
        responses: {
            /** @description A request a customer raised through the partner (R1) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cause": "service_unavailable",
                 *       "summary": "Inbound connector healthy, MX correct; EOP defers every inbound message for the tenant."
                 *     }
                 */
                "application/json": {
                    /** @description the cause found; Microsoft-owned causes may be escalated technically (R3) */
                    cause: components["schemas"]["Cause"];
                    /** @description what the agent found */
                    summary: string;
                };
            };
        };
        responses: {
            /** @description A request a customer raised through the partner (R1) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A check of Microsoft's service health for the request's product.service (R2) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Nous avons transmis l’incident à notre fournisseur et à Microsoft ; prochain point à 10h30.",
                 *       "visibility": "public"
                 *     }
                 */
                "application/json": {
                    /** @description what to write */
                    text: string;
                    /** @description customers write and read public notes only (R9) */
                    visibility: components["schemas"]["NoteVisibility"];
                };
            };
        };
        responses: {
            /** @description A note on a support request */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTimeEntries: {
        parameters: {
            query?: {
                /** @description How many items the page holds, 1 to 100; 20 when left out. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `nextCursor`, to read the page after it; left out for the first page. A cursor is valid for the list and the partner it was issued for only. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of TimeEntry items, by when the work was done */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 45,
                 *       "billable": true,
                 *       "note": "Traced the Exchange Online connector failure with the message trace; re-enabled the inbound connector.",
                 *       "performedAt": "2026-11-20T09:30:00.000Z"
                 *     }
                 */
                "application/json": {
                    /** @description time spent, in minutes (at most a day) */
                    minutes: number;
                    /** @description charged under an hourly SLA definition; other time is recorded only */
                    billable: boolean;
                    /** @description what the time was spent on */
                    note?: string;
                    /**
                     * Format: date-time
                     * @description when the work was done; the time of the call when left out
                     */
                    performedAt?: string;
                };
            };
        };
        responses: {
            /** @description Time an agent spent on a request, priced by the request's SLA definition */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 60,
                 *       "billable": false
                 *     }
                 */
                "application/json": {
                    /** @description time spent, in minutes (at most a day) */
                    minutes?: number;
                    /** @description charged under an hourly SLA definition; other time is recorded only */
                    billable?: boolean;
                    /** @description what the time was spent on; null removes it */
                    note?: string | null;
                    /**
                     * Format: date-time
                     * @description when the work was done; the time of the call when left out
                     */
                    performedAt?: string;
                };
            };
        };
        responses: {
            /** @description Time an agent spent on a request, priced by the request's SLA definition */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description for a file attached to the request itself: public (default) or internal; with a note, the note's (customers: public only) */
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
                /** @description the resource's id */
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
                "*/*": string;
            };
        };
        responses: {
            /** @description A file attached to a support request or one of its notes */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /**
                 * @example {
                 *       "title": "Some users may be unable to receive email from external senders",
                 *       "service": "Exchange Online",
                 *       "feature": "E-Mail and calendar access",
                 *       "featureGroup": "Mail flow",
                 *       "classification": "incident",
                 *       "status": "serviceDegradation",
                 *       "isResolved": false,
                 *       "impactDescription": "Inbound messages from external senders are deferred for a subset of tenants in Europe.",
                 *       "startDateTime": "2026-11-18T08:35:00.000Z",
                 *       "endDateTime": null,
                 *       "lastModifiedDateTime": "2026-11-18T10:05:00.000Z"
                 *     }
                 */
                "application/json": {
                    /** @description Graph id, e.g. EX123456 */
                    id?: string;
                    /** @description Microsoft's title of the issue */
                    title: string;
                    /** @description e.g. Exchange Online */
                    service: string;
                    /** @description the feature affected */
                    feature?: string | null;
                    /** @description the group of features affected */
                    featureGroup?: string | null;
                    /** @description advisory, incident, … */
                    classification: string;
                    /** @description Graph serviceHealthStatus, e.g. serviceDegradation */
                    status: string;
                    /** @description unresolved issues block technical escalations of the service (R2) */
                    isResolved: boolean;
                    /** @description what users experience */
                    impactDescription?: string | null;
                    /** @description when the issue started */
                    startDateTime?: string | null;
                    /** @description when it ended; null: ongoing */
                    endDateTime?: string | null;
                    /** @description when Microsoft last updated it */
                    lastModifiedDateTime?: string | null;
                    /** @description partnerdesk: the customer it concerns; null or absent: every customer */
                    customerId?: string | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description A Microsoft service health issue (Graph serviceHealthIssue), for health checks (R2) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /**
                 * @example {
                 *       "value": [
                 *         {
                 *           "id": "EX1188204",
                 *           "title": "Some users may be unable to receive email from external senders",
                 *           "service": "Exchange Online",
                 *           "feature": "E-Mail and calendar access",
                 *           "featureGroup": "Mail flow",
                 *           "classification": "incident",
                 *           "status": "serviceDegradation",
                 *           "isResolved": false,
                 *           "impactDescription": "Inbound messages from external senders are deferred for a subset of tenants in Europe.",
                 *           "startDateTime": "2026-11-18T08:35:00.000Z",
                 *           "endDateTime": null,
                 *           "lastModifiedDateTime": "2026-11-18T10:05:00.000Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description serviceHealthIssue objects, as Graph returns them */
                    value: ({
                        /** @description Graph id, e.g. EX123456 */
                        id: string;
                        /** @description Microsoft's title of the issue */
                        title: string;
                        /** @description e.g. Exchange Online */
                        service: string;
                        /** @description the feature affected */
                        feature?: string | null;
                        /** @description the group of features affected */
                        featureGroup?: string | null;
                        /** @description advisory, incident, … */
                        classification: string;
                        /** @description Graph serviceHealthStatus, e.g. serviceDegradation */
                        status: string;
                        /** @description unresolved issues block technical escalations of the service (R2) */
                        isResolved: boolean;
                        /** @description what users experience */
                        impactDescription?: string | null;
                        /** @description when the issue started */
                        startDateTime?: string | null;
                        /** @description when it ended; null: ongoing */
                        endDateTime?: string | null;
                        /** @description when Microsoft last updated it */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imported": 1
                     *     }
                     */
                    "application/json": {
                        /** @description how many issues were created or replaced */
                        imported: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
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
                /** @description only incidents of this service, e.g. Exchange Online */
                service?: string;
                /** @description only resolved (true) or unresolved (false) ones */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIncidentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description only escalations in this state */
                state?: components["schemas"]["EscalationState"];
                /** @description only escalations to this target */
                target?: components["schemas"]["EscalationTarget"];
                /** @description only escalations through this channel */
                channel?: components["schemas"]["EscalationChannel"];
                /** @description only this request's escalations */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /**
                 * @example {
                 *       "supportRequestId": "9c0a4b5d-4c7f-4491-b535-dea7a574332a",
                 *       "channel": "technical",
                 *       "summary": "Exchange Online defers all inbound mail for contosofrance.onmicrosoft.com since 08:40 (451 4.7.500).",
                 *       "target": "indirect_provider",
                 *       "contact": {
                 *         "name": "Camille Durand",
                 *         "email": "camille.durand@fabrikam-conseil.fr",
                 *         "phone": "+33 1 84 88 40 00"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the request to escalate: in progress and diagnosed (R2)
                     */
                    supportRequestId: string;
                    /** @description commercial for billing and subscription, technical otherwise (R4) */
                    channel: components["schemas"]["EscalationChannel"];
                    /** @description what is asked of the target */
                    summary: string;
                    /** @description defaults to the request's */
                    severity?: components["schemas"]["Severity"];
                    /**
                     * Format: uuid
                     * @description the plan to escalate under (technical, to Microsoft); default: chosen (R4)
                     */
                    supportPlanId?: string;
                    /** @description checked against R5; defaults to the right one */
                    target?: components["schemas"]["EscalationTarget"];
                    /** @description Partner Center support topic id */
                    supportTopicId?: string;
                    /** @description the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile */
                    contact?: {
                        /** @description the agent's full name */
                        name: string;
                        /**
                         * Format: email
                         * @description the agent's email address
                         */
                        email: string;
                        /** @description the agent's phone number */
                        phone?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description An escalation to Microsoft or to the indirect provider (R1–R5) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An escalation to Microsoft or to the indirect provider (R1–R5) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "submitted",
                 *       "externalCaseId": "NWD-2026-04518"
                 *     }
                 */
                "application/json": {
                    /** @description the state to move to */
                    to: components["schemas"]["EscalationTransitionTarget"];
                    /** @description the target's case number; required to submit */
                    externalCaseId?: string;
                    /** @description kept as the outcome when it ends */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description An escalation to Microsoft or to the indirect provider (R1–R5) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description The provider forwards a reseller's escalation to Microsoft under its own plans (R5) */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supportPlanId": "75b1872d-4d54-400a-8a49-e0b7f3040212",
                 *       "supportTopicId": "32444671-2f0a-4e2b-9d6e-3a5c1f7b2e10",
                 *       "contact": {
                 *         "name": "Jonas Weber",
                 *         "email": "jonas.weber@northwind-distribution.eu"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description what is asked of Microsoft; default: the reseller's */
                    summary?: string;
                    /** @description default: the reseller escalation's */
                    severity?: components["schemas"]["Severity"];
                    /**
                     * Format: uuid
                     * @description the provider's plan to escalate under; default: chosen (R4)
                     */
                    supportPlanId?: string;
                    /** @description Partner Center support topic id */
                    supportTopicId?: string;
                    /** @description the escalating agent's contact, the Partner Center request's PrimaryContact; default: the partner's support profile */
                    contact?: {
                        /** @description the agent's full name */
                        name: string;
                        /**
                         * Format: email
                         * @description the agent's email address
                         */
                        email: string;
                        /** @description the agent's phone number */
                        phone?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description An escalation to Microsoft or to the indirect provider (R1–R5) */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    fileEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique string of your choosing (a UUID will do), 1 to 255 visible ASCII characters. For 24 hours a retry with the same key, method, path and body gets the first answer again, marked `idempotent-replayed: true`, and changes nothing. The same key with another request is `422 idempotency-key-reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        /** @description Files the escalation as a Partner Center service request. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supportTopicId": "32444671"
                 *     }
                 */
                "application/json": {
                    /** @description Partner Center's support topic; else the escalation's own. Must be in Partner Center's catalogue. */
                    supportTopicId?: string;
                };
            };
        };
        responses: {
            /** @description An escalation to Microsoft or to the indirect provider (R1–R5) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
            413: components["responses"]["ContentTooLarge"];
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "Title": "Mail flow stopped: inbound mail to contoso.fr queued since 08:40",
                     *       "Description": "Since 08:40 no external mail reaches contoso.fr mailboxes; senders get 451 4.7.500 deferrals. Internal mail works. About 320 users affected at the Paris and Lyon offices.\n\nRequester (for reference): Élodie Bernard, Contoso France SAS.",
                     *       "Severity": "critical",
                     *       "SupportTopicId": null,
                     *       "ProductName": "Microsoft 365 E3",
                     *       "PrimaryContact": {
                     *         "FirstName": "Camille",
                     *         "LastName": "Durand",
                     *         "Email": "camille.durand@fabrikam-conseil.fr",
                     *         "PhoneNumber": "+33 1 84 88 40 00"
                     *       },
                     *       "Notes": "Diagnosis: service_unavailable. Health check 09:36 UTC: clear. Tenant 266c6f3d-344a-410b-a1bd-2a783d38737e.",
                     *       "Attachments": [
                     *         {
                     *           "FileName": "message-trace-contoso-fr.log",
                     *           "ContentType": "text/plain; charset=utf-8",
                     *           "SizeBytes": 10485760,
                     *           "Sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *           "ContentUrl": "/v1/attachments/4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03/content"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description the request's title */
                        Title: string;
                        /** @description the request's description, its requester named for reference */
                        Description: string;
                        /** @description the escalation's severity */
                        Severity: components["schemas"]["Severity"];
                        /** @description the support topic id, when given */
                        SupportTopicId: string | null;
                        /** @description the request's product name */
                        ProductName: string;
                        /** @description The partner's: the escalating agent's contact, else the support profile. Never the customer's (R9): the customer's requester is named in the Description, for reference only. */
                        PrimaryContact: {
                            /** @description the contact's first name */
                            FirstName: string;
                            /** @description the contact's last name */
                            LastName: string;
                            /** @description null: give a contact when escalating, or a support profile email */
                            Email: string | null;
                            /** @description the contact's phone number, when known */
                            PhoneNumber: string | null;
                        };
                        /** @description the diagnosis, health check and tenant id, for the engineer */
                        Notes: string;
                        /**
                         * @description The request's files to upload to the service request, internal ones included (Microsoft is not the customer)
                         * @example [
                         *       {
                         *         "FileName": "message-trace-contoso-fr.log",
                         *         "ContentType": "text/plain; charset=utf-8",
                         *         "SizeBytes": 10485760,
                         *         "Sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                         *         "ContentUrl": "/v1/attachments/4b7e2c91-0d3a-4f6b-8e15-9a2c7d4f1e03/content"
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description only events of this type */
                type?: components["schemas"]["EventType"];
                /** @description only events about this kind of resource */
                subjectType?: components["schemas"]["SubjectType"];
                /** @description only events about this resource */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
                /**
                 * @example {
                 *       "url": "https://crm.fabrikam-conseil.fr/hooks/partnerdesk",
                 *       "description": "Dynamics 365: cases follow their support requests",
                 *       "eventTypes": [
                 *         "support_request.created",
                 *         "support_request.state_changed",
                 *         "escalation.state_changed"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description where to POST events; a public address
                     */
                    url: string;
                    /** @description what the subscription is for */
                    description?: string;
                    /** @description empty or absent: every event */
                    eventTypes?: components["schemas"]["EventType"][];
                };
            };
        };
        responses: {
            /** @description A new subscription, with its signing secret */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    location: components["headers"]["Location"];
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
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
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where events are delivered (Standard Webhooks 1.0) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
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
                /** @description the resource's id */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
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
                /** @description the subscription's id */
                id: string;
                /** @description the delivery to send again */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    /** @description Present, `true`, when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deliveryId": "6a9cda23-39d5-4db9-87a8-183fe33ff8ee",
                     *       "state": "pending"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the delivery, queued again
                         */
                        deliveryId: string;
                        /**
                         * @description queued: the attempts show how it goes
                         * @enum {string}
                         */
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
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-10-01T00:00:00.000Z",
                     *       "to": "2026-11-01T00:00:00.000Z",
                     *       "customers": [
                     *         {
                     *           "customerId": "02aa79d7-c2bb-4997-8ba1-988f61ccfca1",
                     *           "customerName": "Contoso France SAS",
                     *           "requestCount": 1,
                     *           "products": [
                     *             {
                     *               "name": "Microsoft Teams",
                     *               "count": 1
                     *             }
                     *           ],
                     *           "requests": [
                     *             {
                     *               "id": "5e3f8a1c-2b7d-4e9f-a6c0-d81b47f2e935",
                     *               "number": 998,
                     *               "title": "How do we schedule a Teams webinar with registration?",
                     *               "productName": "Microsoft Teams",
                     *               "cause": "usage_question",
                     *               "diagnosedAt": "2026-10-14T13:10:00.000Z"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description start of the period (inclusive)
                         */
                        from: string;
                        /**
                         * Format: date-time
                         * @description end of the period (exclusive)
                         */
                        to: string;
                        /** @description the customers with such requests, most first */
                        customers: {
                            /**
                             * Format: uuid
                             * @description the customer
                             */
                            customerId: string;
                            /** @description the customer's name */
                            customerName: string;
                            /** @description its requests with such a diagnosis in the period */
                            requestCount: number;
                            /** @description how many of its requests were about each product, most first */
                            products: {
                                /** @description the product name */
                                name: string;
                                /** @description how many of those requests were about it */
                                count: number;
                            }[];
                            /** @description those requests, most recent first */
                            requests: {
                                /**
                                 * Format: uuid
                                 * @description the request's id
                                 */
                                id: string;
                                /** @description the request's number */
                                number: number;
                                /** @description the request's title */
                                title: string;
                                /** @description the request's product name */
                                productName: string;
                                /**
                                 * @description the diagnosed cause
                                 * @enum {unknown}
                                 */
                                cause: "usage_question" | "training_need";
                                /**
                                 * Format: date-time
                                 * @description when it was diagnosed
                                 */
                                diagnosedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSlaReport: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
                /** @description only this customer's requests */
                customerId?: string;
                /** @description only requests (escalations) of this severity */
                severity?: components["schemas"]["Severity"];
                /** @description only requests of this category */
                category?: components["schemas"]["Category"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How the partner keeps the SLA it publishes (R6): per target and severity, the share met, breached and open */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBacklogReport: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
                /** @description only this customer's requests */
                customerId?: string;
                /** @description only requests (escalations) of this severity */
                severity?: components["schemas"]["Severity"];
                /** @description only requests of this category */
                category?: components["schemas"]["Category"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open requests raised in the period, by state, age and SLA status, oldest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEscalationsReport: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
                /** @description only this customer's requests */
                customerId?: string;
                /** @description only requests (escalations) of this severity */
                severity?: components["schemas"]["Severity"];
                /** @description only requests of this category */
                category?: components["schemas"]["Category"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Escalations raised in the period and how they ended, and the support plans they used */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationsReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRequestsReport: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
                /** @description only this customer's requests */
                customerId?: string;
                /** @description only requests (escalations) of this severity */
                severity?: components["schemas"]["Severity"];
                /** @description only requests of this category */
                category?: components["schemas"]["Category"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request volume in the period by day, category, diagnosed cause and channel */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestsReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCustomerUsage: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive); after from */
                to: string;
            };
            header?: never;
            path: {
                /** @description the resource's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What a customer used in a period, under the SLA definition that covered each request, and what it costs: requests raised, incidents (per_incident), billed hours (hourly, rounded up per request), months (monthly) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerUsage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUsageReport: {
        parameters: {
            query: {
                /** @description start of the period (inclusive) */
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
            /** @description Every customer's usage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGraphConnector: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A partner's Microsoft connector: its app registration (without secrets) and its health. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putGraphConnector: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The app registration a connector signs in with: a client secret or a certificate, not both. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenantId": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "clientId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
                 *       "clientSecret": "Qx48Q~kN3wZ-example-secret-value"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the partner's Microsoft Entra tenant id, where its app registration lives
                     */
                    tenantId: string;
                    /**
                     * Format: uuid
                     * @description the app registration's application (client) id
                     */
                    clientId: string;
                    /** @description the app registration's client secret; stored encrypted, never returned (or send `certificate`) */
                    clientSecret?: string;
                    /** @description a certificate credential instead of a client secret */
                    certificate?: {
                        /** @description the certificate's SHA-256 thumbprint, hex */
                        thumbprintSha256: string;
                        /** @description the certificate's PEM private key; stored encrypted, never returned */
                        privateKey: string;
                    };
                    /** @description Partner Center only: the locale service requests are filed in (default en-US) */
                    agentLocale?: string;
                };
            };
        };
        responses: {
            /** @description A partner's Microsoft connector: its app registration (without secrets) and its health. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPartnerCenterConnector: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A partner's Microsoft connector: its app registration (without secrets) and its health. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putPartnerCenterConnector: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the version you read, e.g. `"3"`: the change applies only while the resource is still at that version, otherwise `412 version-mismatch` and nothing changes. Left out (or `*`): whatever the version. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The app registration a connector signs in with: a client secret or a certificate, not both. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenantId": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "clientId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
                 *       "clientSecret": "Qx48Q~kN3wZ-example-secret-value"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the partner's Microsoft Entra tenant id, where its app registration lives
                     */
                    tenantId: string;
                    /**
                     * Format: uuid
                     * @description the app registration's application (client) id
                     */
                    clientId: string;
                    /** @description the app registration's client secret; stored encrypted, never returned (or send `certificate`) */
                    clientSecret?: string;
                    /** @description a certificate credential instead of a client secret */
                    certificate?: {
                        /** @description the certificate's SHA-256 thumbprint, hex */
                        thumbprintSha256: string;
                        /** @description the certificate's PEM private key; stored encrypted, never returned */
                        privateKey: string;
                    };
                    /** @description Partner Center only: the locale service requests are filed in (default en-US) */
                    agentLocale?: string;
                };
            };
        };
        responses: {
            /** @description A partner's Microsoft connector: its app registration (without secrets) and its health. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    /** @description Requests a key may make per minute (sent when the deployment limits the rate). */
                    "x-ratelimit-limit"?: number;
                    /** @description Requests left in the current minute (sent when the deployment limits the rate). */
                    "x-ratelimit-remaining"?: number;
                    /** @description Seconds until the current minute ends and the count starts again (sent when the deployment limits the rate). */
                    "x-ratelimit-reset"?: number;
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
    onSupportRequestTimeEntryAdded: {
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
                "application/json": components["schemas"]["SupportRequestTimeEntryAddedEvent"];
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
    onSupportRequestTimeEntryChanged: {
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
                "application/json": components["schemas"]["SupportRequestTimeEntryChangedEvent"];
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
    onSupportRequestTimeEntryDeleted: {
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
                "application/json": components["schemas"]["SupportRequestTimeEntryDeletedEvent"];
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
    onConnectorFailed: {
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
                "application/json": components["schemas"]["ConnectorFailedEvent"];
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
    onConnectorRecovered: {
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
                "application/json": components["schemas"]["ConnectorRecoveredEvent"];
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
