-- Organisation, account and department lists page in creation order on public keys only
-- (created_at, public_id), so that no cursor carries a sequence id. These indexes serve that
-- order; the department one within its hospital, the account one also for an organisation's people.
create index organisation_created_idx on organisation (created_at, public_id);
create index account_created_idx on account (created_at, public_id);
create index account_organisation_created_idx on account (organisation_id, created_at, public_id);
create index department_organisation_created_idx on department (organisation_id, created_at, public_id);
