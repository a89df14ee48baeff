-- The licensing consultation station: start-ups' questions, their threads and clocks (issue 12).
create sequence consultation_seq start with 50 increment by 50;
create sequence consultation_message_seq start with 50 increment by 50;
create sequence consultation_pause_seq start with 50 increment by 50;

-- Per topic: the specialist group that answers and the service levels, in minutes of the
-- station's working time (data an administrator maintains).
create table consultation_service_level (
  topic varchar(40) primary key,
  specialist_group varchar(64) not null,
  first_response_minutes integer not null,
  next_update_minutes integer not null,
  resolution_minutes integer not null,
  constraint consultation_service_level_positive check (first_response_minutes > 0
    and next_update_minutes > 0 and resolution_minutes > 0)
);
-- The station's day is 7 working hours (09:00-12:00, 13:30-17:30): 480 minutes is 8 working
-- hours, 2100 five working days.
insert into consultation_service_level values ('CLASSIFICATION', 'classification', 480, 960, 2100);
insert into consultation_service_level values ('CLASS_I_FILING', 'registration', 480, 960, 2100);
insert into consultation_service_level values ('CLASS_II_III_REGISTRATION', 'registration', 480, 960, 2100);
insert into consultation_service_level values ('CHANGE_OR_RENEWAL', 'registration', 480, 960, 2100);
insert into consultation_service_level values ('PRODUCTION_LICENCE', 'production', 480, 960, 2100);
insert into consultation_service_level values ('BUSINESS_LICENCE', 'production', 480, 960, 2100);
insert into consultation_service_level values ('CLINICAL_EVALUATION', 'clinical', 480, 960, 2100);
insert into consultation_service_level values ('INNOVATIVE_CHANNEL', 'innovation', 480, 960, 2100);
insert into consultation_service_level values ('TECHNOLOGY_CONTRACT', 'innovation', 480, 960, 2100);
insert into consultation_service_level values ('IP', 'innovation', 480, 960, 2100);

create table consultation (
  id bigint primary key,
  public_id uuid not null unique,
  asker_org_id bigint not null references organisation (id),
  asker varchar(64) not null,
  project_id bigint references project (id),
  topic varchar(40) not null references consultation_service_level (topic),
  subject varchar(200) not null,
  question varchar(4000) not null,
  status varchar(24) not null,
  assignee varchar(64),
  rating integer,
  rating_comment varchar(2000),
  created_at timestamp with time zone not null,
  first_response_at timestamp with time zone,
  resolved_at timestamp with time zone,
  first_response_breached_at timestamp with time zone,
  resolution_breached_at timestamp with time zone,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint consultation_status_known check (status in
    ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED', 'REOPENED', 'MERGED')),
  constraint consultation_rating_range check (rating is null or rating between 1 and 5)
);
-- The keyset lists (creation order): an organisation's own, the station's queue by status or topic.
create index consultation_asker_idx on consultation (asker_org_id, created_at, public_id);
create index consultation_status_idx on consultation (status, created_at, public_id);
create index consultation_topic_idx on consultation (topic, created_at, public_id);
create index consultation_created_idx on consultation (created_at, public_id);
create index consultation_project_idx on consultation (project_id);

create table consultation_message (
  id bigint primary key,
  public_id uuid not null unique,
  consultation_id bigint not null references consultation (id),
  side varchar(16) not null,
  internal boolean not null,
  author varchar(64) not null,
  text varchar(4000) not null,
  sent_at timestamp with time zone not null,
  constraint consultation_message_side check (side in ('ASKER', 'STATION')),
  constraint consultation_message_note_by_station check (internal = false or side = 'STATION')
);
create index consultation_message_idx on consultation_message (consultation_id, sent_at);

-- The stretches in which the clocks stand still (waiting on the asker); paused_to null while open.
create table consultation_pause (
  id bigint primary key,
  consultation_id bigint not null references consultation (id),
  paused_from timestamp with time zone not null,
  paused_to timestamp with time zone
);
create index consultation_pause_idx on consultation_pause (consultation_id, paused_from);
