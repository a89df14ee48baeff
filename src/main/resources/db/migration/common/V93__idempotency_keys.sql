-- The first answer to each request sent with an Idempotency-Key, stored with the change it made,
-- so that a retry gets that answer instead of a second change (docs/operations.md#idempotent-retries).
create table idempotent_request (
  -- SHA-256 of the caller and their key: keys are per caller
  id varchar(64) primary key,
  -- SHA-256 of the operation and its input: the same key for another request is refused
  fingerprint varchar(64) not null,
  status integer not null,
  location varchar(1000),
  etag varchar(200),
  body varchar(200000),
  created_at timestamp with time zone not null
);
-- The purge job drops what is older than the retention.
create index idempotent_request_created_idx on idempotent_request (created_at);
