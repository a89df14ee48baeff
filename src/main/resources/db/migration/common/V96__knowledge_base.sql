-- The consultation station's knowledge base (issue 12 item 5): bilingual articles and the terms
-- they are found by.
create sequence kb_article_seq start with 50 increment by 50;

create table kb_article (
  id bigint primary key,
  public_id uuid not null unique,
  status varchar(16) not null,
  title_zh varchar(200),
  title_en varchar(200),
  body_zh varchar(20000),
  body_en varchar(20000),
  -- The consultation whose answer it was promoted from, if any.
  source_consultation_id bigint references consultation (id),
  author varchar(64) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  published_at timestamp with time zone,
  version bigint not null default 0,
  constraint kb_article_status_known check (status in ('DRAFT', 'INTERNAL', 'PUBLIC')),
  constraint kb_article_titled check (title_zh is not null or title_en is not null)
);
-- The keyset lists (newest first), all or per status; the public catalogue reads status = 'PUBLIC'.
create index kb_article_status_idx on kb_article (status, created_at, public_id);
create index kb_article_created_idx on kb_article (created_at, public_id);
create index kb_article_source_idx on kb_article (source_consultation_id);

create table kb_article_topic (
  article_id bigint not null references kb_article (id) on delete cascade,
  topic varchar(40) not null references consultation_service_level (topic),
  primary key (article_id, topic)
);
create index kb_article_topic_idx on kb_article_topic (topic, article_id);

-- Links to regulation texts (NMPA orders, guidance), in the order the author gave them.
create table kb_article_link (
  article_id bigint not null references kb_article (id) on delete cascade,
  position integer not null,
  title varchar(200) not null,
  url varchar(1000) not null,
  primary key (article_id, position)
);

-- The inverted index: each term of an article (Chinese two-character words, English stems) with
-- its weight (title terms count more). Rewritten whole when the article's texts change.
create table kb_term (
  term varchar(64) not null,
  article_id bigint not null references kb_article (id) on delete cascade,
  weight integer not null,
  primary key (term, article_id)
);
create index kb_term_article_idx on kb_term (article_id);
