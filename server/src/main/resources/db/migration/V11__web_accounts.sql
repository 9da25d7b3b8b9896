-- Accounts for the web pages: support staff (district_id null) see every district, a district's
-- contacts only their own. Passwords only as Argon2id PHC strings. Failed sign-ins are counted on
-- the account, so a lockout survives a restart and holds across every rosterd on this database.
create table web_users (
  id              bigint generated always as identity primary key,
  email           text not null check (length(email) between 3 and 254),
  district_id     text references districts (id),
  password_hash   text not null,
  failed_logins   integer not null default 0 check (failed_logins >= 0),
  locked_until    timestamptz,
  created_at      timestamptz not null default now(),
  last_login_at   timestamptz
);
create unique index web_users_email on web_users (lower(email));

-- Signed-in browsers. Only the SHA-256 of the session cookie is kept (like api_tokens), beside the
-- CSRF token that every form of the session must carry back.
create table web_sessions (
  id_sha256   text primary key check (id_sha256 ~ '^[0-9a-f]{64}$'),
  user_id     bigint not null references web_users (id) on delete cascade,
  csrf_token  text not null,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null
);
create index web_sessions_expiry on web_sessions (expires_at);
