-- What the Partner Center pages say, no stricter and no looser (issue 13).

-- Partner Center's user administrator: manages API keys and nothing else (003).
alter table api_keys drop constraint api_keys_role_check;
alter table api_keys add constraint api_keys_role_check
  check (role in ('admin_agent', 'helpdesk_agent', 'billing_admin', 'sales_agent', 'user_admin', 'customer_user'));

-- The partner must receive every request (R6): one that no published SLA definition covers is
-- received without an SLA clock. Its SLA columns are null, all together.
alter table support_requests
  alter column sla_definition_id drop not null,
  alter column sla_definition_version drop not null,
  alter column first_response_target_minutes drop not null,
  alter column resolution_target_minutes drop not null,
  alter column first_response_due_at drop not null,
  alter column first_response_at_risk_at drop not null,
  alter column resolution_due_at drop not null,
  alter column resolution_at_risk_at drop not null,
  add constraint support_requests_sla_all_or_none check (
    (sla_definition_id is null) = (sla_definition_version is null)
    and (sla_definition_id is null) = (first_response_target_minutes is null)
    and (sla_definition_id is null) = (resolution_target_minutes is null)
    and (sla_definition_id is null) = (first_response_due_at is null)
    and (sla_definition_id is null) = (first_response_at_risk_at is null)
    and (sla_definition_id is null) = (resolution_due_at is null)
    and (sla_definition_id is null) = (resolution_at_risk_at is null));
-- The compliance report lists the open uncovered requests.
create index support_requests_uncovered on support_requests (partner_id, number desc)
  where sla_definition_id is null and state not in ('closed', 'cancelled');
-- The training-needs report (002): requests diagnosed as usage questions or training needs, by period.
create index support_requests_training on support_requests (partner_id, diagnosed_at)
  where diagnosis_cause in ('usage_question', 'training_need');

-- An uncovered request has no SLA status.
create or replace function sla_status(r support_requests, at timestamptz) returns text
  language sql stable parallel safe
  as $$
    select case
      when r.sla_definition_id is null then null
      when r.first_response_due_at < coalesce(r.first_responded_at, r.closed_at, r.paused_at, at)
        or r.resolution_due_at < coalesce(r.resolved_at, r.closed_at, r.paused_at, at)
        then 'breached'
      when r.state in ('resolved', 'closed', 'cancelled') then 'met'
      when r.paused_at is not null then 'paused'
      when (r.first_responded_at is null and at >= r.first_response_at_risk_at) or at >= r.resolution_at_risk_at then 'at_risk'
      else 'on_track'
    end
  $$;

-- Suspension for non-payment may be of named products only (003, R7).
alter table customers add column suspended_products text[] not null default '{}';
-- The view lists customers' columns by name so that the new one is added at its end.
create or replace view customers_with_coverage with (security_invoker = true) as
select c.id, c.partner_id, c.name, c.domain, c.tenant_id, c.billing_status, c.sla_definition_id, c.contacts,
       c.version, c.created_at, c.updated_at,
       coalesce(assigned.id, fallback.id) as covering_definition_id,
       case
         when assigned.id is not null then json_build_object('definitionId', assigned.id, 'version', assigned.version, 'source', 'assigned')
         when c.sla_definition_id is null and fallback.id is not null then json_build_object('definitionId', fallback.id, 'version', fallback.version, 'source', 'default')
       end as sla_coverage,
       c.suspended_products
  from customers c
  left join sla_definitions assigned
    on assigned.partner_id = c.partner_id and assigned.id = c.sla_definition_id and assigned.status = 'published'
  left join sla_definitions fallback
    on c.sla_definition_id is null and fallback.partner_id = c.partner_id and fallback.is_default and fallback.status = 'published';

-- A partner network incidents plan may list the on-premises products it covers (000).
alter table support_plans add column eligible_products text[];

-- What the partner tells its customers (R6; 002, 003, 004): how support is delivered, the
-- collections policy, where to help themselves first, and the training it offers.
alter table partners
  add column support_delivery_model text check (support_delivery_model in ('in_house', 'outsourced', 'resold')),
  add column support_delivery_provider text,
  add column collections_policy text,
  add column self_help_links jsonb not null default '[]',
  add column training_offers jsonb not null default '[]',
  add constraint partners_delivery_provider check (
    support_delivery_model is null or (support_delivery_model = 'in_house') = (support_delivery_provider is null));
