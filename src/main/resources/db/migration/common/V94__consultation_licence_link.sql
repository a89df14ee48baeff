-- A consultation may be about one of the asker's licence applications: the consultant then reads
-- its type, class, state and statutory clock beside the question (docs/consultation.md).
alter table consultation add column licence_application_id bigint references licence_application (id);
create index consultation_licence_application_idx on consultation (licence_application_id);
