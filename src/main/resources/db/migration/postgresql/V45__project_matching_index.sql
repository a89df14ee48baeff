-- Projects for a scene (SceneMatcher.projectsFor) count, for every findable active project, how many
-- of the scene's rules it misses; no single-column index can serve that sum. This partial covering
-- index holds every column the count and the ordering read, so PostgreSQL answers with an
-- index-only scan instead of reading the wide project rows: measured at 100,000 projects, 139 ms
-- (parallel sequential scan) down to 21 ms. PostgreSQL only: H2 has no partial indexes, and the
-- quickstart's few projects do not need it.
create index project_matching_idx on project (trl, subcatalogue_code, expected_class, stage, code, id)
  where findable and status = 'ACTIVE';
