-- A provider's forwarded escalation names its reseller's escalation, which belongs to another
-- partner. A foreign key between two partners' rows cannot be distributed by partner_id (Citus
-- co-locates a foreign key's rows on one shard), so the link is a plain reference: only the
-- forward flow writes it, after locking the reseller's escalation it names, and escalations are
-- never deleted. With it goes the last key of a tenant table without partner_id.
alter table escalations drop constraint escalations_parent_escalation_id_fkey;
alter table escalations drop constraint escalations_id_key;
comment on column escalations.parent_escalation_id is
  'the reseller escalation this one was forwarded from (another partner''s row: no foreign key, see migration 014)';
