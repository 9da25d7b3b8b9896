-- SFTP credentials: one account per district (username = district id unless set), its password
-- only as an Argon2id PHC string, and the SSH public keys it may log in with.

create table sftp_accounts (
  district_id     text primary key references districts (id),
  username        text not null unique check (username ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  -- null: no password login (keys only) until 'rosterd credentials rotate' issues one
  password_hash   text,
  password_set_at timestamptz,
  enabled         boolean not null default true,
  -- lockout after repeated failed logins, kept by the SFTP server
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  locked_until    timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);

-- public_key: type and base64 as in authorized_keys (no comment); fingerprint: 'SHA256:' and
-- unpadded base64, as ssh-keygen -l prints it.
create table sftp_keys (
  district_id text not null references sftp_accounts (district_id),
  fingerprint text not null check (fingerprint like 'SHA256:%'),
  algorithm   text not null,
  public_key  text not null,
  comment     text not null default '',
  added_at    timestamptz not null default now(),
  primary key (district_id, fingerprint)
);

-- Districts created before credentials existed get an account without a password.
insert into sftp_accounts (district_id, username) select id, id from districts;
