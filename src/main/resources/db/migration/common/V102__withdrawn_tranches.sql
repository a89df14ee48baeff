-- A tranche whose milestone got a no-go (or was cancelled) is withdrawn: its money goes back to the
-- pool instead of staying committed for ever.
alter table grant_tranche drop constraint grant_tranche_status_known;
alter table grant_tranche add constraint grant_tranche_status_known
  check (status in ('PLANNED', 'RELEASED', 'WITHDRAWN'));
