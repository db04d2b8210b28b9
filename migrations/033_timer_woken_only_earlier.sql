-- Issue 18: a change to a request woke its partner's timer whenever it wrote next_timer_at, which
-- every state change does: a nested PL/pgSQL call and an update of the partner that almost always
-- changed nothing, for each transition. The partner's timer is never after any of its requests'
-- moments (migration 008), so only a moment that appears or moves earlier can need it moved; one
-- that stays or moves later leaves it as it is (wake_partner_timer only ever moves it earlier).
-- A timer that fires for a moment since moved later finds nothing due and schedules the next one.
drop trigger support_requests_wake_timer on support_requests;
create trigger support_requests_wake_timer after insert on support_requests
  for each row when (new.next_timer_at is not null) execute function wake_timer_of_request();
create trigger support_requests_wake_timer_earlier after update of next_timer_at on support_requests
  for each row when (new.next_timer_at < old.next_timer_at or (old.next_timer_at is null and new.next_timer_at is not null))
  execute function wake_timer_of_request();
