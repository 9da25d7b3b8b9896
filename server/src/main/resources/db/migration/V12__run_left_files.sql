-- The files a run found in the drop box but did not take (still being written, a temporary name),
-- with why: the run page and the API show them beside the files taken.
create table run_left_files (
  run_id bigint not null references runs (id) on delete cascade,
  name   text not null,
  reason text not null,
  primary key (run_id, name)
);
