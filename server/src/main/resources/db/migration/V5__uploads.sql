-- Every upload a district finished on the SFTP drop box: a file closed after writing, or renamed
-- to its final name. A new upload of the same name is a new row (its quiet period starts again);
-- the scheduler reads the newest row per name. A transfer cut off mid-way has no row.
create table uploads (
  id             bigint generated always as identity primary key,
  district_id    text not null references districts (id),
  name           text not null,
  size           bigint not null check (size >= 0),
  sha256         text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  client_address text not null,
  completed_at   timestamptz not null
);

create index uploads_district_name on uploads (district_id, name, completed_at desc);
