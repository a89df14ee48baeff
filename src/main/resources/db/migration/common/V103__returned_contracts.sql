-- The office sends a contract back to be corrected (RETURNED) instead of only refusing it for good.
alter table technology_contract add column returned_reason varchar(2000);
alter table technology_contract add column returned_on date;
alter table technology_contract drop constraint technology_contract_state_known;
alter table technology_contract add constraint technology_contract_state_known check (state in
  ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'REGISTERED', 'NOT_REGISTERED'));
