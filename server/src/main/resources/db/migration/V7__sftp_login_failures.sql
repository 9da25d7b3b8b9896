-- Failed SFTP logins, counted per username and per client address, so backoff and lockout survive a
-- restart and hold across every rosterd process on this database. A username row exists for any
-- name tried, known or not: an unknown name then behaves exactly like a known one (no probing).
-- Rows are forgotten a while after their last failure; a success deletes the username's row.
create table sftp_login_failures (
  kind           text not null check (kind in ('username', 'address')),
  key            text not null,
  failures       integer not null check (failures > 0),
  last_failed_at timestamptz not null,
  -- no login (right password or not) before then: a short backoff or a lockout; null: none
  locked_until   timestamptz,
  -- the username of the last failure: for an address, whose district support is asked about it
  last_username  text not null,
  primary key (kind, key)
);

create index sftp_login_failures_forget on sftp_login_failures (last_failed_at);
create index sftp_login_failures_address_user on sftp_login_failures (last_username)
  where kind = 'address';

-- V4's lockout columns were never written by the server; the rows above replace them.
alter table sftp_accounts drop column failed_attempts, drop column locked_until;
