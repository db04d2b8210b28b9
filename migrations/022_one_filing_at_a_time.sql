-- One filing to Partner Center at a time per escalation, across instances (POST …/file): the call
-- that claims the escalation holds it until it answers, or, should its process die, until this
-- instant, which is past the longest its calls to Microsoft can take.
alter table escalations add column filing_until timestamptz(3);
