-- Routing, the next-update clock and the desk's figures (issue 12 items 2, 3, 4, 6).

-- Which consultants answer which specialist group's questions (an administrator maintains it), and
-- when each was last given a question, so round-robin hands the next one to whoever waited longest.
create table consultation_specialist (
  specialist_group varchar(64) not null,
  account_id bigint not null references account (id),
  last_assigned_at timestamp with time zone,
  primary key (specialist_group, account_id)
);
create index consultation_specialist_account_idx on consultation_specialist (account_id);

-- The group a question was routed to when asked (the topic's group then; kept if the table changes).
alter table consultation add column specialist_group varchar(64);
update consultation c set specialist_group =
  (select l.specialist_group from consultation_service_level l where l.topic = c.topic);

-- The next-update clock: it starts at the station's last message to the asker (or the asker's
-- reopening); its breaches are counted, each stretch's once, the latest one's instant kept.
alter table consultation add column update_clock_from timestamp with time zone;
alter table consultation add column next_update_breached_at timestamp with time zone;
alter table consultation add column next_update_breaches integer not null default 0;

-- The working time the first response and the resolution took, fixed when they happen, so the
-- desk statistics are percentiles computed by the database, not calendar arithmetic per row.
alter table consultation add column first_response_minutes integer;
alter table consultation add column resolution_minutes integer;

-- The desk statistics select a period of asking; the backlog reads the open states.
create index consultation_open_idx on consultation (status, topic, specialist_group);
