-- The in-app inbox: one row per message to an organisation.
create sequence notification_seq start with 50 increment by 50;

create table notification (
  id bigint primary key,
  public_id uuid not null unique,
  organisation_id bigint not null references organisation (id),
  kind varchar(60) not null,
  subject_zh varchar(500) not null,
  subject_en varchar(500) not null,
  body_zh varchar(4000) not null,
  body_en varchar(4000) not null,
  link varchar(300),
  created_at timestamp with time zone not null,
  read_at timestamp with time zone,
  version bigint not null default 0
);
-- The inbox, newest first, and its unread filter.
create index notification_inbox_idx on notification (organisation_id, created_at, public_id);
create index notification_unread_idx on notification (organisation_id, read_at);
