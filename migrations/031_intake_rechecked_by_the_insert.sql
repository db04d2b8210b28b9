-- Issue 18: a create in one round trip. Intake decides on a customer's row and the published SLA
-- definition covering it; the service remembers what it read (src/services/supportRequests.ts),
-- so a create need not read them again before its insert. The insert checks here, in its own
-- statement, that the customer's version and covering definition are still those intake decided
-- on, and otherwise fails as a serialization failure, which withTenant retries; the retry reads
-- them afresh. A published definition's terms never change (it is retired or replaced by a new
-- version), so its id stands for them. Security invoker: the caller's row-level security applies,
-- as it did to the read.
create function intake_unchanged(customer uuid, customer_version integer, covering_definition uuid) returns boolean
  language plpgsql stable
  as $$
begin
  if not exists (select from customers_with_coverage c
                  where c.id = customer and c.version = customer_version
                    and c.covering_definition_id is not distinct from covering_definition) then
    raise exception using errcode = 'serialization_failure',
      message = 'the customer or the SLA definition covering it changed since intake read them';
  end if;
  return true;
end
$$;
