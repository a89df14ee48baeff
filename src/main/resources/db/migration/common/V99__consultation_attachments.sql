-- Attachments' metadata of a consultation (issue 12 item 1): what the asker or the station attached
-- to the question or to a message, and where the file itself is kept. The files live in the
-- organisations' document systems; ClinBridge keeps what identifies them.
create sequence consultation_attachment_seq start with 50 increment by 50;
create table consultation_attachment (
  id bigint primary key,
  public_id uuid not null unique,
  consultation_id bigint not null references consultation (id),
  -- The message it came with; null for the question itself.
  message_id bigint references consultation_message (id),
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size_bytes bigint not null,
  reference varchar(500),
  added_by varchar(64) not null,
  added_at timestamp with time zone not null,
  constraint consultation_attachment_size check (size_bytes >= 0)
);
create index consultation_attachment_idx on consultation_attachment (consultation_id, added_at);
create index consultation_attachment_message_idx on consultation_attachment (message_id);
