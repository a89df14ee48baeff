-- Organisations: the person to contact, when a deactivation happened, and an index per list filter.
alter table organisation add column contact_name varchar(200);
alter table organisation add column deactivated_at timestamp with time zone;
create index organisation_active_idx on organisation (active, id);

-- Departments (sites) of hospitals; scenes can be opened per department. Deactivated, never
-- deleted, since scenes refer to them.
create sequence department_seq start with 50 increment by 50;
create table department (
  id bigint primary key,
  public_id uuid not null unique,
  organisation_id bigint not null references organisation (id),
  name_zh varchar(200) not null,
  name_en varchar(200) not null,
  active boolean not null default true,
  deactivated_reason varchar(500),
  created_at timestamp with time zone not null,
  version bigint not null default 0
);
create index department_organisation_idx on department (organisation_id, id);

-- Accounts: why one was disabled, and lists by organisation and state.
alter table account add column disabled_reason varchar(500);
create index account_enabled_idx on account (enabled, id);
create index account_role_role_idx on account_role (role, account_id);

-- Invitations: an organisation admin invites a person; the account exists without a password
-- until the invitee sets one with the invitation's secret. Only the secret's SHA-256 is stored.
create sequence invitation_seq start with 50 increment by 50;
create table invitation (
  id bigint primary key,
  public_id uuid not null unique,
  account_id bigint not null references account (id),
  secret_hash varchar(64) not null unique,
  invited_by uuid not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  accepted_at timestamp with time zone,
  version bigint not null default 0
);
create index invitation_account_idx on invitation (account_id);
