-- The district dashboard's median time in a stage, read from an index instead of recomputed from
-- every project's history per request: each event that leaves a stage keeps the days spent in it,
-- and the project keeps when it entered its current stage (set by the entity from now on).
-- Rows written by SQL (imports, test data) enter their stage when inserted.
alter table project add column stage_since timestamp with time zone default current_timestamp;
update project p set stage_since = (
  select max(e.occurred_at) from project_event e
  where e.project_id = p.id and e.kind in ('REGISTERED', 'ADVANCED', 'RETURNED'));
update project set stage_since = created_at where stage_since is null;
alter table project alter column stage_since set not null;

alter table project_event add column stay_days double precision;
update project_event e set stay_days = (
  extract(epoch from e.occurred_at) - extract(epoch from (
    select max(i.occurred_at) from project_event i
    where i.project_id = e.project_id and i.seq < e.seq
      and i.kind in ('REGISTERED', 'ADVANCED', 'RETURNED')))) / 86400.0
where e.kind in ('ADVANCED', 'RETURNED', 'GRADUATED');

-- Stays ended and stages entered in a period, by an index-only scan (project_id for a manager's).
drop index project_event_occurred_idx;
create index project_event_period_idx
  on project_event (occurred_at, kind, from_stage, to_stage, stay_days, project_id);
-- Applications submitted in a period with their scene and state, by an index-only scan.
drop index scene_application_submitted_idx;
create index scene_application_period_idx
  on scene_application (submitted_at, scene_id, status, project_id);
-- Contracts signed and scenes published in a period, summed from the index alone.
drop index technology_contract_signed_idx;
create index technology_contract_period_idx
  on technology_contract (signed_on, type, state, amount, certified_income, project_id);
drop index scene_published_idx;
create index scene_period_idx on scene (published_at, hospital_id, type, capacity, accepted_count);
