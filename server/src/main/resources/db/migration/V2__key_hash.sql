-- The 64-bit hash of sourcedId that the sync pipeline keeps in memory for a whole district.
-- Removals (records missing from a bulk file) are known to it only by this hash, so they are
-- applied by it; the primary key stays the sourcedId itself.
alter table orgs add column key_hash bigint not null default 0;
alter table users add column key_hash bigint not null default 0;
alter table roles add column key_hash bigint not null default 0;
