-- Authentication in one round trip: sets the claimed partner for this statement's transaction and
-- looks the key up under that partner's row-level security (the function runs as the caller).
create function authenticate_api_key(claimed_partner uuid, claimed_hash text)
  returns table (id uuid, name text, role text, customer_id uuid)
  language plpgsql
  as $$
begin
  perform set_config('app.partner_id', claimed_partner::text, true);
  return query
    select k.id, k.name, k.role, k.customer_id from api_keys k
     where k.partner_id = claimed_partner and k.key_hash = claimed_hash and k.revoked_at is null;
end
$$;
