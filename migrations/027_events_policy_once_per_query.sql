-- The events' policy reads the tenant setting once per query (an InitPlan), as migrations 016 and
-- 021 did for support_requests and escalations, instead of twice per row: a feed page of 100 read
-- it 200 times, about 5 % of the page's cost in PostgreSQL.
alter policy events_tenant on events
  using (partner_id = (select app_partner_id()) or also_visible_to = (select app_partner_id()))
  with check (partner_id = (select app_partner_id()) or also_visible_to = (select app_partner_id()));
