-- Free-text search of the scene catalogue in Chinese and English (see docs/architecture.md):
-- trigram indexes serve English words and Chinese queries of three or more characters.
create index scene_title_zh_trgm on scene using gin (title_zh gin_trgm_ops);
create index scene_title_en_trgm on scene using gin (lower(title_en) gin_trgm_ops);
create index scene_description_zh_trgm on scene using gin (description_zh gin_trgm_ops);
create index scene_description_en_trgm on scene using gin (lower(description_en) gin_trgm_ops);
