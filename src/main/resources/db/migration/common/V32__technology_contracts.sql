-- Technology contracts of projects and their registration (技术合同认定登记).
create sequence technology_contract_seq start with 50 increment by 50;

create table technology_contract (
  id bigint primary key,
  public_id uuid not null unique,
  project_id bigint not null references project (id),
  type varchar(16) not null,
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  amount numeric(18, 2) not null,
  signed_on date not null,
  state varchar(16) not null,
  submitted_on date,
  review_started_on date,
  review_due_on date,
  decided_on date,
  registration_number varchar(40) unique,
  certified_income numeric(18, 2),
  not_registered_reason varchar(2000),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint technology_contract_type_known check (type in
    ('DEVELOPMENT', 'TRANSFER', 'LICENCE', 'CONSULTANCY', 'SERVICE', 'TRAINING', 'INTERMEDIARY')),
  constraint technology_contract_state_known check (state in
    ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'REGISTERED', 'NOT_REGISTERED')),
  constraint technology_contract_amount_positive check (amount > 0),
  constraint technology_contract_income_within_amount check (certified_income <= amount)
);
create index technology_contract_project_idx on technology_contract (project_id, id);
-- The registration desk's list: contracts by state and review deadline.
create index technology_contract_state_due_idx on technology_contract (state, review_due_on, id);

create table contract_party (
  contract_id bigint not null references technology_contract (id),
  position integer not null,
  role varchar(16) not null,
  name varchar(200) not null,
  uscc varchar(18),
  primary key (contract_id, position),
  constraint contract_party_role_known check (role in ('SELLER', 'BUYER', 'INTERMEDIARY'))
);
