-- The roster's users and roles tables as the migrations leave them (columns only; keys added by
-- the scripts that use them).
create table users (
  district_id text not null, sourced_id text not null, key_hash bigint not null,
  content_hash bigint not null, added_run bigint not null, changed_run bigint not null,
  enabled boolean not null, given_name text not null, family_name text not null,
  middle_name text not null default '', preferred_given_name text not null default '',
  preferred_family_name text not null default '', email text,
  identifier text not null default '', username text not null default '',
  primary_org_sourced_id text not null default '', age_group text not null default '',
  grades text not null default '', phone text not null default '', sms text not null default '',
  status text not null default 'active' check (status in ('active', 'tobedeleted')),
  created_at timestamptz not null default now(), updated_at timestamptz not null default now());
create table roles (
  district_id text not null, sourced_id text not null, key_hash bigint not null,
  content_hash bigint not null, added_run bigint not null, changed_run bigint not null,
  user_sourced_id text not null, org_sourced_id text not null,
  role_type text not null check (role_type in ('primary', 'secondary')), role text not null,
  begin_date date, end_date date,
  status text not null default 'active' check (status in ('active', 'tobedeleted')),
  created_at timestamptz not null default now(), updated_at timestamptz not null default now());
