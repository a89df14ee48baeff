-- A duplicate consultation is merged into another: it keeps its own thread, read-only, and points
-- to the consultation that goes on (docs/consultation.md).
alter table consultation add column merged_into_id bigint references consultation (id);
create index consultation_merged_into_idx on consultation (merged_into_id);
