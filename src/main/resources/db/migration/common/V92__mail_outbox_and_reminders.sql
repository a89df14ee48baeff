-- A notification may be addressed to one person of the organisation: only that person sees it in
-- the inbox, and the e-mail goes to that person's address (docs/notifications.md).
alter table notification add column account_id bigint references account (id);
create index notification_person_idx on notification (account_id);

-- E-mail waiting to be sent, written in the transaction of the change that causes it and sent by
-- the mail-outbox job (and at once after that commit) with retries, so that neither a crash nor an
-- SMTP outage loses a message. A sender claims a row for a while before sending it, so two
-- instances never send the same row at the same time.
create sequence mail_outbox_seq start with 50 increment by 50;

create table mail_outbox (
  id bigint primary key,
  public_id uuid not null unique,
  to_address varchar(320) not null,
  subject varchar(1000) not null,
  body varchar(10000) not null,
  created_at timestamp with time zone not null,
  attempts integer not null default 0,
  next_attempt_at timestamp with time zone not null,
  claimed_until timestamp with time zone,
  sent_at timestamp with time zone,
  last_error varchar(500)
);
-- The senders' question: unsent rows whose next attempt is due, oldest first.
create index mail_outbox_due_idx on mail_outbox (sent_at, next_attempt_at, id);

-- One row per reminder sent: an item's key and the lead time (or "overdue") it was sent for. The
-- primary key makes a reminder once-only even if the job runs twice or on two instances.
create table reminder_sent (
  reminder_key varchar(200) primary key,
  kind varchar(60) not null,
  sent_at timestamp with time zone not null,
  notification_id bigint references notification (id)
);
