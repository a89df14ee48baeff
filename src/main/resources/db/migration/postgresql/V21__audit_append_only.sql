-- PostgreSQL refuses to change or remove audit entries, whoever asks: UPDATE, DELETE and TRUNCATE
-- on audit_entry raise an error, for the application's own role as for any other. The chain head
-- may only move forward and never disappear. Only the tables' owner or a superuser can switch these
-- triggers off (ALTER TABLE ... DISABLE TRIGGER); the hash chain exists to reveal what such a
-- privileged hand did (docs/operations.md, "Audit trail").
-- The H2 quickstart has no equivalent (H2 triggers are Java classes): there the chain alone
-- reveals changes.

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only
  before update or delete on audit_entry
  for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
  before truncate on audit_entry
  for each statement execute function audit_entry_refuse_change();

create function audit_chain_head_forward_only() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' or new.id <> old.id or new.last_seq <= old.last_seq then
    raise exception 'audit_chain_head only moves forward: % refused', tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger audit_chain_head_forward
  before update or delete on audit_chain_head
  for each row execute function audit_chain_head_forward_only();

create trigger audit_chain_head_no_truncate
  before truncate on audit_chain_head
  for each statement execute function audit_chain_head_forward_only();
