-- Idempotency records are now written in the transaction of the change they answer
-- (src/http/idempotency.ts): a committed record always has its answer, so no row waits for one.
-- Rows left half-written by the previous scheme (claimed, never answered) are dropped: the change
-- they were for either never committed or is not replayable, and a retry runs again.
delete from idempotency_keys where completed_at is null;

-- The API key that made the request (null: the operator). Another key of the partner that sends
-- the same Idempotency-Key is refused rather than shown this key's answer. Rows from before carry
-- no caller and so are refused to every key (422), never replayed to the wrong one.
alter table idempotency_keys add column api_key_id uuid;

-- Secrets are not kept for replays: API keys and webhook signing secrets already stored read
-- "(not shown again)", as new answers do.
update idempotency_keys
   set response_body = regexp_replace(
         response_body, '"(pd_[0-9a-f]{32}_[A-Za-z0-9_-]{43}|whsec_[A-Za-z0-9+/]+={0,2})"', '"(not shown again)"', 'g')
 where response_body ~ '"(pd_|whsec_)';
