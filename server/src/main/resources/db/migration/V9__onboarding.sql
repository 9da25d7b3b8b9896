-- Onboarding and notifications: districts' requests to start, one-time credential links, the
-- contacts of a district and which emails each gets, and every email rosterd sent or would send.

-- A district asking to start. client_address counts requests per address for the rate limit.
create table access_requests (
  id             bigint generated always as identity primary key,
  district_name  text not null check (length(district_name) between 1 and 200),
  contact_name   text not null check (length(contact_name) between 1 and 200),
  contact_email  text not null check (length(contact_email) between 3 and 254),
  phone          text not null default '' check (length(phone) <= 40),
  notes          text not null default '' check (length(notes) <= 2000),
  client_address text not null,
  state          text not null default 'pending'
                   check (state in ('pending', 'approved', 'declined')),
  district_id    text references districts (id),
  decided_by     text,
  decided_at     timestamptz,
  decline_reason text not null default '',
  created_at     timestamptz not null default now()
);
create index access_requests_by_state on access_requests (state, id);
create index access_requests_by_address on access_requests (client_address, created_at);

-- A link that shows a district's SFTP credentials once. Only the SHA-256 of its token is kept.
-- revealed_at: when the password was made and shown (it exists nowhere before that);
-- superseded_at: a newer link for the same district (a rotation) ended this one.
create table credential_links (
  id             bigint generated always as identity primary key,
  district_id    text not null references districts (id),
  token_sha256   text not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
  reason         text not null check (reason in ('onboarding', 'rotation')),
  created_by     text not null,
  created_at     timestamptz not null default now(),
  expires_at     timestamptz not null,
  revealed_at    timestamptz,
  reveal_address text,
  superseded_at  timestamptz
);
create index credential_links_by_district on credential_links (district_id, id desc);

-- Contacts besides the district's technical contact (districts.contact_email, who gets every
-- email). topics: which emails: held, rejected, errors, credentials.
create table district_contacts (
  id          bigint generated always as identity primary key,
  district_id text not null references districts (id),
  name        text not null check (length(name) between 1 and 200),
  email       text not null check (length(email) between 3 and 254),
  topics      text[] not null
                check (topics <@ array['held', 'rejected', 'errors', 'credentials']::text[]),
  created_at  timestamptz not null default now(),
  unique (district_id, email)
);

-- Every email: sent over SMTP (status pending -> sent, or failed and retried until abandoned), or
-- only logged when no SMTP server is configured. body keeps a credential link only while the mail
-- may still be sent; a sent, abandoned or logged mail keeps its body with the link cut out.
create table outbox (
  id              bigint generated always as identity primary key,
  kind            text not null,
  district_id     text references districts (id),
  recipients      text not null,
  subject         text not null,
  body            text not null,
  secrets         text[] not null default '{}',
  -- set for an alert that must go once per occurrence (a district gone stale since a time)
  dedupe_key      text unique,
  status          text not null check (status in ('pending', 'sent', 'failed', 'abandoned', 'logged')),
  attempts        integer not null default 0,
  last_error      text,
  next_attempt_at timestamptz not null default now(),
  created_at      timestamptz not null default now(),
  sent_at         timestamptz
);
create index outbox_due on outbox (next_attempt_at) where status in ('pending', 'failed');
create index outbox_by_district_kind on outbox (district_id, kind, created_at);
