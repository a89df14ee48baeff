-- Licence applications of projects, their dated history, documents checklist and correspondence
-- with the authority; registration certificates and filings (issue 11, docs/licensing.md).
create sequence licence_application_seq start with 50 increment by 50;
create sequence licence_application_event_seq start with 50 increment by 50;
create sequence licence_document_seq start with 50 increment by 50;
create sequence licence_correspondence_seq start with 50 increment by 50;
create sequence licence_certificate_seq start with 50 increment by 50;

create table licence_application (
  id bigint primary key,
  public_id uuid not null unique,
  project_id bigint not null references project (id),
  type varchar(32) not null,
  route varchar(16) not null,
  device_class varchar(3),
  origin varchar(16) not null,
  authority varchar(16) not null,
  product_zh varchar(500) not null,
  product_en varchar(500) not null,
  fda_product_code varchar(3) references fda_product_code (product_code),
  state varchar(32) not null,
  held_from varchar(32),
  authority_reference varchar(100),
  correction_list_on date,
  supplement_requested_on date,
  supplement_due_on date,
  state_since date not null,
  event_count integer not null,
  voided boolean not null default false,
  voided_at timestamp with time zone,
  voided_by varchar(64),
  void_reason varchar(500),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint licence_application_type_known check (type in ('FILING', 'INITIAL_REGISTRATION',
    'CHANGE_REGISTRATION', 'RENEWAL', 'PRODUCTION_LICENCE', 'PRODUCTION_FILING',
    'CLINICAL_TRIAL_FILING', 'CLINICAL_TRIAL_APPROVAL', 'INNOVATIVE_REVIEW', 'PRIORITY_REVIEW')),
  constraint licence_application_route_known check (route in
    ('NMPA', 'FDA_510K', 'FDA_DE_NOVO', 'FDA_PMA', 'EU_MDR')),
  constraint licence_application_class_known check (device_class in ('I', 'II', 'III')),
  constraint licence_application_origin_known check (origin in ('DOMESTIC', 'IMPORTED')),
  constraint licence_application_authority_known check (authority in
    ('CITY', 'PROVINCE', 'NMPA', 'FDA', 'NOTIFIED_BODY')),
  constraint licence_application_state_known check (state in ('PLANNED', 'IN_PREPARATION',
    'SUBMITTED', 'ACCEPTED', 'NOT_ACCEPTED', 'UNDER_TECHNICAL_REVIEW', 'SUPPLEMENT_REQUESTED',
    'SUPPLEMENT_SUBMITTED', 'QMS_INSPECTION', 'DECISION_PENDING', 'APPROVED', 'REFUSED',
    'WITHDRAWN', 'ON_HOLD'))
);
-- Lists page in creation order on public keys: a project's applications, and all by state.
create index licence_application_project_idx on licence_application (project_id, created_at, public_id);
create index licence_application_created_idx on licence_application (created_at, public_id);

create table licence_application_event (
  id bigint primary key,
  application_id bigint not null references licence_application (id),
  seq integer not null,
  from_state varchar(32),
  to_state varchar(32) not null,
  on_date date not null,
  reason varchar(2000),
  authority_reference varchar(100),
  actor_account_id varchar(36),
  actor_name varchar(255),
  recorded_at timestamp with time zone not null,
  unique (application_id, seq)
);

create table licence_document (
  id bigint primary key,
  application_id bigint not null references licence_application (id),
  kind varchar(32) not null,
  state varchar(16) not null,
  evaluation_path varchar(32),
  reference varchar(500),
  note varchar(2000),
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  unique (application_id, kind),
  constraint licence_document_state_known check (state in
    ('MISSING', 'IN_PROGRESS', 'READY', 'NOT_APPLICABLE'))
);

create table licence_correspondence (
  id bigint primary key,
  public_id uuid not null unique,
  application_id bigint not null references licence_application (id),
  kind varchar(32) not null,
  on_date date not null,
  subject varchar(500) not null,
  body varchar(10000),
  authority_reference varchar(100),
  due_on date,
  actor_account_id varchar(36),
  actor_name varchar(255),
  recorded_at timestamp with time zone not null
);
create index licence_correspondence_application_idx
  on licence_correspondence (application_id, recorded_at, public_id);

create table licence_certificate (
  id bigint primary key,
  public_id uuid not null unique,
  project_id bigint not null references project (id),
  application_id bigint references licence_application (id),
  number varchar(40) not null unique,
  kind varchar(16) not null,
  authority_prefix varchar(10) not null,
  marker varchar(1),
  number_year integer not null,
  device_class varchar(3) not null,
  catalogue_code varchar(2),
  serial varchar(4) not null,
  holder varchar(200) not null,
  product_zh varchar(500) not null,
  product_en varchar(500) not null,
  issued_on date not null,
  expires_on date,
  alert_on date,
  state varchar(24) not null,
  state_reason varchar(2000),
  state_since date not null,
  renewals integer not null default 0,
  voided boolean not null default false,
  voided_at timestamp with time zone,
  voided_by varchar(64),
  void_reason varchar(500),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint licence_certificate_kind_known check (kind in ('REGISTRATION', 'FILING')),
  constraint licence_certificate_state_known check (state in ('ACTIVE', 'RENEWAL_SUBMITTED',
    'EXPIRED', 'SUSPENDED', 'CANCELLED', 'ARCHIVED'))
);
create index licence_certificate_project_idx on licence_certificate (project_id, created_at, public_id);
create index licence_certificate_created_idx on licence_certificate (created_at, public_id);
-- Certificates by expiry, for the renewal reminders and the "expiring" list.
create index licence_certificate_expiry_idx on licence_certificate (expires_on);
