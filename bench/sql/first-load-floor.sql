-- The floor: the three CSV files copied as they are into unindexed text tables. Every COPY in
-- these scripts is server-side (psql's \copy cannot take a variable), so all compare alike.
\set orgs_csv :dir/orgs.csv
\set users_csv :dir/users.csv
\set roles_csv :dir/roles.csv
\set users_final :dir/users-final.txt
\set roles_final :dir/roles-final.txt
\timing on
create table raw_orgs (sourcedId text, status text, dateLastModified text, name text, type text,
  identifier text, parentSourcedId text);
create table raw_users (sourcedId text, status text, dateLastModified text, enabledUser text,
  username text, userIds text, givenName text, familyName text, middleName text, identifier text,
  email text, sms text, phone text, agentSourcedIds text, grades text, password text,
  userMasterIdentifier text, preferredGivenName text, preferredMiddleName text,
  preferredFamilyName text, primaryOrgSourcedId text, pronouns text, ageGroup text);
create table raw_roles (sourcedId text, status text, dateLastModified text, userSourcedId text,
  roleType text, role text, beginDate text, endDate text, orgSourcedId text,
  userProfileSourcedId text);
\echo floor: orgs, users, roles
copy raw_orgs from :'orgs_csv' csv header;
copy raw_users from :'users_csv' csv header;
copy raw_roles from :'roles_csv' csv header;
\timing off
-- The same rows in the roster's final column layout, as an import would send them.
copy (select 'd1', sourcedId, hashtext(sourcedId)::bigint * 7, hashtext(sourcedId || givenName)::bigint, 1, 1, enabledUser::boolean, givenName, familyName, coalesce(middleName, ''), '', '', email, coalesce(identifier, ''), coalesce(username, ''), coalesce(primaryOrgSourcedId, ''), coalesce(ageGroup, ''), coalesce(grades, ''), '', '' from raw_users) to :'users_final';
copy (select 'd1', sourcedId, hashtext(sourcedId)::bigint * 7, hashtext(sourcedId || role)::bigint, 1, 1, userSourcedId, orgSourcedId, roleType, role, nullif(beginDate, '')::date, nullif(endDate, '')::date from raw_roles) to :'roles_final';
