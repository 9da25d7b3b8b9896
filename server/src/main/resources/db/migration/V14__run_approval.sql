-- A held run's approval is recorded before it is applied, so a run whose approval was cut short
-- by a stopped rosterd is redone as approved, not held a second time behind the caller's back.
alter table runs add column approved boolean not null default false;
