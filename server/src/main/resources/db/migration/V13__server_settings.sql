-- What a running `rosterd serve` was started with that other rosterd processes on the same
-- database need to know: the public URL that links in emails start with (a run started from the
-- command line leaves its emails in the outbox, and they must link where serve is reached).
create table server_settings (
  key        text primary key,
  value      text not null,
  updated_at timestamptz not null default now()
);
