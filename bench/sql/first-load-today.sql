-- Today's schema: the final rows copied straight into the indexed roster tables, no staging.
\set users_final :dir/users-final.txt
\set roles_final :dir/roles-final.txt
drop table if exists users, roles cascade;
\ir first-load-roster.sql
alter table users add primary key (district_id, sourced_id);
create unique index users_email_holder on users (lower(email))
  where email is not null and status = 'active';
alter table roles add primary key (district_id, sourced_id);
checkpoint;
\timing on
\echo today: copy users, copy roles (indexed tables)
begin;
copy users (district_id, sourced_id, key_hash, content_hash, added_run, changed_run, enabled, given_name, family_name, middle_name, preferred_given_name, preferred_family_name, email, identifier, username, primary_org_sourced_id, age_group, grades, phone, sms) from :'users_final';
copy roles (district_id, sourced_id, key_hash, content_hash, added_run, changed_run, user_sourced_id, org_sourced_id, role_type, role, begin_date, end_date) from :'roles_final';
commit;
\timing off
drop table users, roles;
