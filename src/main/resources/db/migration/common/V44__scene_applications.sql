-- Applications of start-ups' projects to scenes, their message threads (issue 5).
create sequence scene_application_seq start with 50 increment by 50;
create sequence scene_application_message_seq start with 50 increment by 50;

create table scene_application (
  id bigint primary key,
  public_id uuid not null unique,
  scene_id bigint not null references scene (id),
  project_id bigint not null references project (id),
  applicant_id bigint not null references organisation (id),
  status varchar(32) not null,
  -- 1 while live, null once rejected or withdrawn: with the unique constraint below, one live
  -- application per project and scene, on PostgreSQL and H2 alike (NULLs never collide).
  live integer,
  participation varchar(16),
  pitch varchar(4000),
  conditions varchar(4000),
  decision_reason varchar(4000),
  created_at timestamp with time zone not null,
  submitted_at timestamp with time zone,
  decided_at timestamp with time zone,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint scene_application_one_live unique (scene_id, project_id, live),
  constraint scene_application_live_flag check (live is null or live = 1),
  constraint scene_application_status_known check (status in
    ('DRAFT', 'SUBMITTED', 'MORE_INFO_REQUESTED', 'UNDER_REVIEW', 'ACCEPTED',
     'ACCEPTED_WITH_CONDITIONS', 'REJECTED', 'WITHDRAWN')),
  constraint scene_application_participation_known check (participation is null or participation in
    ('ON_SCENE', 'FOLLOW_UP', 'OFF_SCENE', 'WITHDRAWN'))
);
-- A scene's applications (the hospital's review list) and an applicant's (my applications).
create index scene_application_scene_idx on scene_application (scene_id, created_at, public_id);
create index scene_application_applicant_idx on scene_application (applicant_id, created_at, public_id);
create index scene_application_project_idx on scene_application (project_id);

create table scene_application_message (
  id bigint primary key,
  public_id uuid not null unique,
  application_id bigint not null references scene_application (id),
  side varchar(16) not null,
  author varchar(64) not null,
  text varchar(4000) not null,
  sent_at timestamp with time zone not null,
  constraint scene_application_message_side check (side in ('APPLICANT', 'HOSPITAL'))
);
create index scene_application_message_idx on scene_application_message (application_id, sent_at);
