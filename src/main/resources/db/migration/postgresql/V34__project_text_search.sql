-- Free-text search over projects in Chinese and English (PostgreSQL; the H2 quickstart has its
-- own V34 and searches with a plain LIKE). Measured approach, see docs/performance.md:
-- * a pg_trgm GIN index on search_text serves LIKE '%...%' for queries of 3 or more characters,
--   Chinese or Latin (pg_trgm treats CJK characters as word characters in a C.UTF-8 database);
-- * most Chinese words are 2 characters, which yield no whole trigram, so a stored tsvector of
--   overlapping character bigrams with its own GIN index serves 2-character queries, matched with
--   phraseto_tsquery over the query's bigrams and re-checked with the LIKE.
create function clinbridge_bigrams(t text) returns text
language sql immutable strict parallel safe as $$
  select coalesce(string_agg(case when length(w) = 1 then w else substr(w, i, 2) end, ' ' order by ord, i), '')
  from regexp_split_to_table(lower(t), '[^[:alnum:]]+') with ordinality as s(w, ord)
  cross join lateral generate_series(1, greatest(length(w) - 1, 1)) as i
  where w <> ''
$$;

alter table project add column search_bigrams tsvector
  generated always as (to_tsvector('simple', clinbridge_bigrams(search_text))) stored;

create index project_search_trgm_idx on project using gin (search_text gin_trgm_ops);
create index project_search_bigram_idx on project using gin (search_bigrams);
