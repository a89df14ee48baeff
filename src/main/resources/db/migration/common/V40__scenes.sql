-- Scene openings: a hospital's clinical-trial and application scenarios (issue 5).
-- Internal keys from sequences (allocation 50); public ids are UUIDs.
create sequence scene_seq start with 50 increment by 50;
create sequence scene_site_seq start with 50 increment by 50;
create sequence scene_progress_seq start with 50 increment by 50;

create table scene (
  id bigint primary key,
  public_id uuid not null unique,
  hospital_id bigint not null references organisation (id),
  type varchar(32) not null,
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  description_zh varchar(10000) not null,
  description_en varchar(10000) not null,
  department_zh varchar(200),
  department_en varchar(200),
  trl_min integer not null,
  trl_max integer not null,
  certificate_required boolean not null,
  capacity integer not null,
  -- Written only by the conditional update that accepts an application; the check is the
  -- database-level guarantee that accepts never exceed capacity, whichever instance races.
  accepted_count integer not null default 0,
  opens_at timestamp with time zone,
  closes_at timestamp with time zone,
  ethics_zh varchar(4000),
  ethics_en varchar(4000),
  inclusion_zh varchar(10000),
  inclusion_en varchar(10000),
  exclusion_zh varchar(10000),
  exclusion_en varchar(10000),
  publication varchar(16) not null,
  progress varchar(32) not null,
  source_registry varchar(40),
  source_id varchar(80),
  published_at timestamp with time zone,
  retired_at timestamp with time zone,
  retired_reason varchar(250),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint scene_type_known check (type in
    ('CLINICAL_TRIAL', 'CLINICAL_EVALUATION', 'USABILITY_STUDY', 'APPLICATION_PILOT', 'PROCUREMENT_PILOT')),
  constraint scene_trl_range check (trl_min between 1 and 9 and trl_max between 1 and 9 and trl_min <= trl_max),
  constraint scene_capacity_positive check (capacity >= 1),
  constraint scene_accepted_within_capacity check (accepted_count >= 0 and accepted_count <= capacity),
  constraint scene_window_order check (
    (opens_at is null and closes_at is null) or (opens_at is not null and closes_at > opens_at)),
  constraint scene_publication_known check (publication in ('DRAFT', 'ACTIVE', 'RETIRED')),
  constraint scene_progress_known check (progress in
    ('IN_REVIEW', 'APPROVED', 'NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION',
     'ACTIVE_NOT_RECRUITING', 'TEMPORARILY_CLOSED', 'COMPLETED', 'TERMINATED', 'WITHDRAWN')),
  constraint scene_procurement_needs_certificate check (type <> 'PROCUREMENT_PILOT' or certificate_required),
  constraint scene_trial_takes_unregistered check (type <> 'CLINICAL_TRIAL' or not certificate_required)
);
-- A hospital's own scenes, newest first (my scenes, drafts).
create index scene_hospital_idx on scene (hospital_id, created_at, id);
-- The catalogue: active scenes in a stable order, with its filters.
create index scene_catalogue_idx on scene (publication, created_at, id);
create index scene_type_idx on scene (type, publication);
create index scene_trl_idx on scene (trl_min, trl_max);
create index scene_window_idx on scene (closes_at, opens_at);
-- One draft per imported study and hospital: importing the same record twice is reported.
create unique index scene_source_idx on scene (hospital_id, source_registry, source_id);

create table scene_subcatalogue (
  scene_id bigint not null references scene (id),
  code varchar(2) not null references nmpa_subcatalogue (code),
  primary key (scene_id, code)
);
create index scene_subcatalogue_code_idx on scene_subcatalogue (code, scene_id);

create table scene_device_class (
  scene_id bigint not null references scene (id),
  device_class varchar(3) not null,
  primary key (scene_id, device_class),
  constraint scene_device_class_known check (device_class in ('I', 'II', 'III'))
);
create index scene_device_class_idx on scene_device_class (device_class, scene_id);

create table scene_contact (
  scene_id bigint not null references scene (id),
  position integer not null,
  name varchar(200) not null,
  role varchar(100),
  email varchar(254),
  phone varchar(40),
  primary key (scene_id, position)
);

create table scene_site (
  id bigint primary key,
  public_id uuid not null unique,
  scene_id bigint not null references scene (id),
  name_zh varchar(300) not null,
  name_en varchar(300) not null,
  location varchar(300),
  progress varchar(32) not null,
  position integer not null,
  constraint scene_site_progress_known check (progress in
    ('IN_REVIEW', 'APPROVED', 'NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION',
     'ACTIVE_NOT_RECRUITING', 'TEMPORARILY_CLOSED', 'COMPLETED', 'TERMINATED', 'WITHDRAWN'))
);
create index scene_site_scene_idx on scene_site (scene_id, position);

-- The progress history: append-only lines; a plan gets its actual date when reached.
create table scene_progress (
  id bigint primary key,
  scene_id bigint not null references scene (id),
  site_id bigint not null references scene_site (id),
  status varchar(32) not null,
  planned_date date,
  actual_date date,
  reason varchar(250),
  recorded_at timestamp with time zone not null,
  recorded_by varchar(64) not null,
  constraint scene_progress_dated check (planned_date is not null or actual_date is not null)
);
create index scene_progress_scene_idx on scene_progress (scene_id, id);
