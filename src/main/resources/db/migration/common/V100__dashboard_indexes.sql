-- The district dashboard's aggregates read indexes, not tables (issue: district view).
-- Projects by stage, status and TRL: the funnel and the TRL chart in one index-only scan.
create index project_pipeline_idx on project (stage, status, trl);
-- Stays that ended in a period: the leaving events of the period.
create index project_event_occurred_idx on project_event (occurred_at);
-- Flows of a period: contracts signed, grants awarded, scenes published, applications submitted.
create index technology_contract_signed_idx on technology_contract (signed_on);
create index fund_grant_awarded_idx on fund_grant (awarded_on);
create index scene_published_idx on scene (published_at);
create index scene_application_submitted_idx on scene_application (submitted_at);
-- Licences by state, and the supplements due in date order.
create index licence_application_state_idx on licence_application (state, supplement_due_on);
-- Certificates in their renewal window (alert date passed, not yet expired).
create index licence_certificate_alert_idx on licence_certificate (alert_on, expires_on);
