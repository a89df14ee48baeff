-- The proof-of-concept fund. The pool's ledger (committed, released) is changed only by
-- conditional UPDATEs (see FundLedger); the check constraints are the database's own last word
-- that no pool is ever overdrawn, whatever the application does.
create sequence fund_pool_seq start with 50 increment by 50;
create sequence fund_grant_seq start with 50 increment by 50;
create sequence grant_tranche_seq start with 50 increment by 50;

create table fund_pool (
  id bigint primary key,
  public_id uuid not null unique,
  name_zh varchar(200) not null,
  name_en varchar(200) not null,
  total numeric(18, 2) not null,
  period_start date not null,
  period_end date not null,
  committed numeric(18, 2) not null default 0,
  released numeric(18, 2) not null default 0,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint fund_pool_total_positive check (total > 0),
  constraint fund_pool_committed_within_total check (committed >= 0 and committed <= total),
  constraint fund_pool_released_within_committed check (released >= 0 and released <= committed),
  constraint fund_pool_period check (period_end >= period_start)
);
create index fund_pool_period_idx on fund_pool (period_start, id);

create table fund_grant (
  id bigint primary key,
  public_id uuid not null unique,
  pool_id bigint not null references fund_pool (id),
  project_id bigint not null references project (id),
  amount numeric(18, 2) not null,
  awarded_on date not null,
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  recorded_at timestamp with time zone not null,
  constraint fund_grant_amount_positive check (amount > 0)
);
create index fund_grant_pool_idx on fund_grant (pool_id, id);
create index fund_grant_project_idx on fund_grant (project_id, id);

create table grant_tranche (
  id bigint primary key,
  public_id uuid not null unique,
  grant_id bigint not null references fund_grant (id),
  seq integer not null,
  milestone_id bigint not null references milestone (id),
  amount numeric(18, 2) not null,
  status varchar(16) not null,
  released_on date,
  actor_account_id varchar(36),
  actor_name varchar(200),
  version bigint not null default 0,
  constraint grant_tranche_seq_unique unique (grant_id, seq),
  constraint grant_tranche_amount_positive check (amount > 0),
  constraint grant_tranche_status_known check (status in ('PLANNED', 'RELEASED'))
);
create index grant_tranche_milestone_idx on grant_tranche (milestone_id);
