-- Issue 18: the checks of support_requests in forms PostgreSQL reads back faster. For every
-- statement that writes a row it parses the table's check constraints from their stored trees and
-- evaluates them all, whatever columns an update changes: 7.6 % of its CPU in a transition (perf on
-- a held bench database), mostly that parsing. `x in ('a', 'b')` is stored as an array expression
-- of one constant node per value; one array constant holds the same values in a third of the text.
-- The SLA columns' all-or-none rule (migration 012) counts their nulls instead of comparing each
-- column with the first. The same rows pass as before; 3.6 % of a transition after the change.
-- Adding a check reads the table once (no rewrite), blocking writes meanwhile.
alter table support_requests
  drop constraint support_requests_category_check,
  add constraint support_requests_category_check check (category = any ('{billing,subscription,provisioning,configuration,troubleshooting,updates,usage}'::text[])),
  drop constraint support_requests_channel_check,
  add constraint support_requests_channel_check check (channel = any ('{phone,email,web,chat,api}'::text[])),
  drop constraint support_requests_diagnosis_cause_check,
  add constraint support_requests_diagnosis_cause_check check (diagnosis_cause = any ('{misconfiguration,missing_settings,incomplete_integration,permissions,deployment,usage_question,billing_question,subscription_change,updates,training_need,undocumented_service_behavior,service_unavailable,service_bug,network_outage,regional_multitenant_issue}'::text[])),
  drop constraint support_requests_diagnosis_ownership_check,
  add constraint support_requests_diagnosis_ownership_check check (diagnosis_ownership = any ('{partner,microsoft}'::text[])),
  drop constraint support_requests_product_type_check,
  add constraint support_requests_product_type_check check (product_type = any ('{cloud,on_premises}'::text[])),
  drop constraint support_requests_severity_check,
  add constraint support_requests_severity_check check (severity = any ('{critical,moderate,minimal}'::text[])),
  drop constraint support_requests_state_check,
  add constraint support_requests_state_check check (state = any ('{new,in_progress,awaiting_customer,escalated,resolved,closed,cancelled}'::text[])),
  drop constraint support_requests_sla_all_or_none,
  add constraint support_requests_sla_all_or_none check (
    num_nulls(sla_definition_id, sla_definition_version, first_response_target_minutes, resolution_target_minutes,
              first_response_due_at, first_response_at_risk_at, resolution_due_at, resolution_at_risk_at) in (0, 8));
