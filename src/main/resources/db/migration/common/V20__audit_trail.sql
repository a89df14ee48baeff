-- The audit trail: one append-only, hash-chained table of entries, and the chain head that every
-- append locks (see docs/decisions.md, "Audit trail: one chain, serialised on a head row").
-- No foreign keys: an entry must outlive and never lock the records it describes.

create table audit_chain_head (
  id smallint primary key,
  last_seq bigint not null,
  last_hash varchar(64) not null,
  constraint audit_chain_head_single check (id = 1)
);
-- The genesis: entry 1 chains onto 64 zeros.
insert into audit_chain_head (id, last_seq, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
  seq bigint primary key,
  recorded_at timestamp with time zone not null,
  actor_username varchar(64) not null,
  -- Text rather than uuid: EclipseLink binds a null UUID as varchar, which PostgreSQL refuses.
  actor_account_id varchar(36),
  actor_organisation_id varchar(36),
  owner_organisation_ref bigint,
  entity varchar(64) not null,
  public_id varchar(100) not null,
  action varchar(64) not null,
  old_values varchar(1000000),
  new_values varchar(1000000),
  reason varchar(2000),
  request_id varchar(64),
  previous_hash varchar(64) not null,
  hash varchar(64) not null,
  constraint audit_entry_seq_positive check (seq > 0)
);
-- A record's history, both directions, keyset by seq.
create index audit_entry_record_idx on audit_entry (entity, public_id, seq);
