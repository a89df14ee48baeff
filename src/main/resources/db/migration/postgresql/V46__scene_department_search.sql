-- The catalogue's department filter matches part of the department's name in either language
-- (lower(department_en) like ..., department_zh like ...), across hospitals, since each hospital
-- names its departments its own way. Trigram indexes serve those infix searches as they serve the
-- title and description search (V41). PostgreSQL only: the H2 quickstart scans its few scenes.
create index scene_department_zh_trgm on scene using gin (department_zh gin_trgm_ops);
create index scene_department_en_trgm on scene using gin (lower(department_en) gin_trgm_ops);
