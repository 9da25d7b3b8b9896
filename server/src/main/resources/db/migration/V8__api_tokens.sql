-- Bearer tokens of the HTTP API: support tokens (district_id null) see every district, a
-- district's token only its own. Only the SHA-256 of a token's secret is kept.
create table api_tokens (
  id            bigint generated always as identity primary key,
  name          text not null check (length(name) between 1 and 100),
  district_id   text references districts (id),
  secret_sha256 text not null unique check (secret_sha256 ~ '^[0-9a-f]{64}$'),
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
