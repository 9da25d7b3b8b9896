-- The partitioned design: the district's rows copied into new unindexed tables, keys built by
-- sorting, the tables attached as the district's partitions, and the product-wide email holders
-- filled, all in one transaction. Another district's 300,000 users are there already.
\set users_final :dir/users-final.txt
\set roles_final :dir/roles-final.txt
drop table if exists users, roles, email_holders, email_hashes, email_hashes_bare cascade;
\ir first-load-roster.sql
alter table users rename to users_shape;
alter table roles rename to roles_shape;
create table users (like users_shape including all) partition by list (district_id);
create table roles (like roles_shape including all) partition by list (district_id);
drop table users_shape, roles_shape;
alter table users add primary key (district_id, sourced_id);
alter table roles add primary key (district_id, sourced_id);
create table email_holders (
  email_key text collate "C" primary key, district_id text not null, sourced_id text not null);
create table users_d0 partition of users for values in ('d0');
insert into users (district_id, sourced_id, key_hash, content_hash, added_run, changed_run,
    enabled, given_name, family_name, email)
  select 'd0', 'x' || g, g, g, 1, 1, true, 'a', 'b', 'x' || g || '@other.example.org'
  from generate_series(1, 300000) g;
insert into email_holders select lower(email), district_id, sourced_id from users;
create table email_hashes (email_hash bigint primary key);
insert into email_hashes select hashtextextended(email_key, 0) from email_holders;
create table email_hashes_bare (email_hash bigint);
vacuum analyze;
checkpoint;
\timing on
\echo partitioned: create, copy users, create, copy roles, cross-check, 2 keys, 2 attach, holders
begin;
create table users_d1 (like users including defaults including constraints,
  check (district_id = 'd1'));
copy users_d1 (district_id, sourced_id, key_hash, content_hash, added_run, changed_run, enabled, given_name, family_name, middle_name, preferred_given_name, preferred_family_name, email, identifier, username, primary_org_sourced_id, age_group, grades, phone, sms) from :'users_final';
create table roles_d1 (like roles including defaults including constraints,
  check (district_id = 'd1'));
copy roles_d1 (district_id, sourced_id, key_hash, content_hash, added_run, changed_run, user_sourced_id, org_sourced_id, role_type, role, begin_date, end_date) from :'roles_final';
select count(*) as collisions from users_d1 u
  join email_holders h on h.email_key = lower(u.email) and h.district_id <> 'd1';
alter table users_d1 add primary key (district_id, sourced_id);
alter table roles_d1 add primary key (district_id, sourced_id);
alter table users attach partition users_d1 for values in ('d1');
alter table roles attach partition roles_d1 for values in ('d1');
insert into email_holders
  select lower(email), district_id, sourced_id from users_d1 where email is not null;
commit;
\echo the email structure alone: hash primary key, then the same without a key
begin;
insert into email_hashes
  select hashtextextended(lower(email), 0) from users_d1 where email is not null;
rollback;
begin;
insert into email_hashes_bare
  select hashtextextended(lower(email), 0) from users_d1 where email is not null;
rollback;
\timing off
