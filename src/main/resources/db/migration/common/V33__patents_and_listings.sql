-- Patents linked to projects, and the IP operation centre's technology listings with the
-- companies' interest in them.
create sequence patent_seq start with 50 increment by 50;
create sequence technology_listing_seq start with 50 increment by 50;
create sequence listing_interest_seq start with 50 increment by 50;

create table patent (
  id bigint primary key,
  public_id uuid not null unique,
  number varchar(40) not null unique,
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  kind varchar(16) not null,
  status varchar(16) not null,
  filed_on date not null,
  published_on date,
  granted_on date,
  ended_on date,
  holder varchar(200) not null,
  search_report boolean not null default false,
  owner_id bigint not null references organisation (id),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint patent_kind_known check (kind in ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
  constraint patent_status_known check (status in
    ('FILED', 'PUBLISHED', 'GRANTED', 'REJECTED', 'WITHDRAWN', 'LAPSED'))
);
create index patent_owner_idx on patent (owner_id, id);

create table project_patent (
  patent_id bigint not null references patent (id),
  project_id bigint not null references project (id),
  primary key (patent_id, project_id)
);
create index project_patent_project_idx on project_patent (project_id, patent_id);

create table technology_listing (
  id bigint primary key,
  public_id uuid not null unique,
  project_id bigint not null references project (id),
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  summary_zh varchar(4000) not null,
  summary_en varchar(4000) not null,
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  listed_at timestamp with time zone not null,
  withdrawn boolean not null default false,
  version bigint not null default 0
);
create index technology_listing_project_idx on technology_listing (project_id, id);
create index technology_listing_listed_idx on technology_listing (listed_at, id);

create table listing_interest (
  id bigint primary key,
  public_id uuid not null unique,
  listing_id bigint not null references technology_listing (id),
  company_id bigint not null references organisation (id),
  state varchar(24) not null,
  note varchar(2000),
  decline_reason varchar(32),
  decline_note varchar(2000),
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint listing_interest_state_known check (state in
    ('INTEREST_EXPRESSED', 'INTRODUCED', 'IN_NEGOTIATION', 'LICENSED', 'DECLINED')),
  constraint listing_interest_reason_known check (decline_reason in
    ('TOO_EARLY', 'BENEFIT_UNCLEAR', 'COMMERCIAL_ROUTE_UNCLEAR', 'DESCRIPTION_UNCLEAR', 'OTHER'))
);
create index listing_interest_listing_idx on listing_interest (listing_id, id);
create index listing_interest_company_idx on listing_interest (company_id, id);
