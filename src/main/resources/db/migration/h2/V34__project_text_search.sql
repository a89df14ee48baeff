-- The H2 quickstart's counterpart of the PostgreSQL text-search migration V34: H2 has neither
-- pg_trgm nor tsvector, so the project search falls back to a plain LIKE over search_text (a scan,
-- fine for a quickstart's few hundred projects; see docs/performance.md). This index serves only
-- searches by a code prefix.
create index project_search_text_idx on project (search_text);
