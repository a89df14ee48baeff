-- Trigram indexes serve the Chinese and English free-text searches (see docs/architecture.md).
-- pg_trgm is a trusted extension: the database owner may create it without superuser rights.
create extension if not exists pg_trgm;
