-- Organisations and the accounts of their people. Internal keys come from sequences (allocation
-- 50, see docs/architecture.md); public ids are UUIDs.
create sequence organisation_seq start with 50 increment by 50;
create sequence account_seq start with 50 increment by 50;

create table organisation (
  id bigint primary key,
  public_id uuid not null unique,
  kind varchar(32) not null,
  name_zh varchar(200) not null,
  name_en varchar(200) not null,
  uscc varchar(18) not null unique,
  contact_email varchar(254),
  contact_phone varchar(40),
  address varchar(500),
  active boolean not null default true,
  deactivated_reason varchar(500),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint organisation_kind_known check (kind in
    ('START_UP', 'UNIVERSITY', 'HOSPITAL', 'SERVICE_AGENCY', 'CONSULTATION_STATION', 'DISTRICT'))
);
create index organisation_kind_idx on organisation (kind, id);

create table account (
  id bigint primary key,
  public_id uuid not null unique,
  username varchar(64) not null unique,
  display_name varchar(200) not null,
  email varchar(254),
  password_hash varchar(300),
  organisation_id bigint not null references organisation (id),
  enabled boolean not null default true,
  created_at timestamp with time zone not null,
  version bigint not null default 0
);
create index account_organisation_idx on account (organisation_id, id);

create table account_role (
  account_id bigint not null references account (id),
  role varchar(32) not null,
  primary key (account_id, role),
  constraint account_role_known check (role in
    ('DISTRICT_ADMIN', 'TECH_MANAGER', 'HOSPITAL_STAFF', 'START_UP_MEMBER', 'CONSULTANT', 'ORG_ADMIN'))
);
