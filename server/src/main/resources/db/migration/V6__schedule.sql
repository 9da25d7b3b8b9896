-- The scheduler: when each district runs next (several rosterd processes share this), and an
-- optional interval of its own (null: the global one).
alter table districts
  add column run_interval_seconds integer check (run_interval_seconds > 0),
  add column next_run_at timestamptz;

-- The file's last-modified time as the upload finished, in microseconds since the epoch. A file
-- whose time or size differs from its newest upload row is being written again (or was never
-- uploaded through rosterd) and is never taken by a run. Rows from before this column have none.
alter table uploads add column modified_micros bigint;

create index runs_district_status on runs (district_id, status);
