-- rosterd's store: districts, their roster (orgs, users, roles) keyed by district + sourcedId,
-- and the record of every run (files, issues, changes). One SQL dialect: PostgreSQL.

create table districts (
  id                text primary key check (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  name              text not null check (length(name) between 1 and 200),
  contact_email     text not null,
  threshold_percent numeric(5, 2) not null default 10 check (threshold_percent between 0 and 100),
  threshold_min     integer not null default 20 check (threshold_min >= 0),
  strict            boolean not null default false,
  paused            boolean not null default false,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);

-- status: active, or tobedeleted (removed: kept, restorable). content_hash is a 64-bit hash of
-- every stored value, so an unchanged row is recognised without comparing columns.
create table orgs (
  district_id       text not null references districts (id),
  sourced_id        text not null,
  name              text not null,
  type              text not null,
  identifier        text not null default '',
  parent_sourced_id text not null default '',
  status            text not null default 'active' check (status in ('active', 'tobedeleted')),
  content_hash      bigint not null,
  added_run         bigint not null,
  changed_run       bigint not null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (district_id, sourced_id)
);

create table users (
  district_id            text not null references districts (id),
  sourced_id             text not null,
  enabled                boolean not null,
  given_name             text not null,
  family_name            text not null,
  middle_name            text not null default '',
  preferred_given_name   text not null default '',
  preferred_family_name  text not null default '',
  email                  text,
  identifier             text not null default '',
  username               text not null default '',
  primary_org_sourced_id text not null default '',
  age_group              text not null default '',
  grades                 text not null default '',
  phone                  text not null default '',
  sms                    text not null default '',
  status                 text not null default 'active' check (status in ('active', 'tobedeleted')),
  content_hash           bigint not null,
  added_run              bigint not null,
  changed_run            bigint not null,
  created_at             timestamptz not null default now(),
  updated_at             timestamptz not null default now(),
  primary key (district_id, sourced_id)
);

-- An email belongs to one user in the whole product among the users that hold it: active users.
-- A removed user lets go of it, so the address can move to the user who replaces them.
create unique index users_email_holder on users (lower(email))
  where email is not null and status = 'active';

create table roles (
  district_id       text not null references districts (id),
  sourced_id        text not null,
  user_sourced_id   text not null,
  org_sourced_id    text not null,
  role_type         text not null check (role_type in ('primary', 'secondary')),
  role              text not null,
  begin_date        date,
  end_date          date,
  status            text not null default 'active' check (status in ('active', 'tobedeleted')),
  content_hash      bigint not null,
  added_run         bigint not null,
  changed_run       bigint not null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (district_id, sourced_id)
);

-- status: running, applied, applied_with_errors, held, rejected, unchanged, failed, dry_run,
-- discarded, superseded. counts: {"orgs": {"added": n, ...}, "users": ..., "roles": ...}.
create table runs (
  id           bigserial primary key,
  district_id  text not null references districts (id),
  status       text not null,
  source       text not null,
  archive_path text not null,
  strict       boolean not null,
  dry_run      boolean not null default false,
  counts       jsonb not null default '{}'::jsonb,
  error_count  bigint not null default 0,
  warning_count bigint not null default 0,
  info_count   bigint not null default 0,
  message      text not null default '',
  created_at   timestamptz not null default now(),
  started_at   timestamptz,
  finished_at  timestamptz
);
create index runs_by_district on runs (district_id, id desc);

create table run_files (
  run_id   bigint not null references runs (id) on delete cascade,
  name     text not null,
  kind     text not null,
  mode     text,
  size     bigint not null,
  sha256   text not null,
  rows     bigint not null default 0,
  accepted bigint not null default 0,
  skipped  bigint not null default 0,
  status   text not null,
  note     text not null default '',
  primary key (run_id, name)
);

create table run_issues (
  run_id      bigint not null references runs (id) on delete cascade,
  seq         integer not null,
  severity    text not null,
  code        text not null,
  file        text not null,
  line        bigint not null,
  sourced_id  text not null,
  column_name text not null,
  message     text not null,
  primary key (run_id, seq)
);
create index run_issues_by_sourced_id on run_issues (run_id, sourced_id);

-- Which run added, changed, disabled, removed or restored which record, and which fields changed.
create table changes (
  run_id     bigint not null references runs (id) on delete cascade,
  kind       text not null check (kind in ('org', 'user', 'role')),
  sourced_id text not null,
  action     text not null check (action in ('added', 'updated', 'disabled', 'removed', 'restored')),
  fields     text[] not null default '{}'
);
create index changes_by_run on changes (run_id, kind);
create index changes_by_record on changes (kind, sourced_id);
