-- Projects and their incubation lifecycle: the project, its timeline of stage and status moves,
-- its TRL history, its milestones and their reviews, and the stage gates (kept as data so that a
-- district administrator can change what each gate asks for without a release).
create sequence project_seq start with 50 increment by 50;
-- One number per project code (P-<year>-<number>): a sequence hands out unique numbers to every
-- instance sharing the database without locks. Gaps after a rollback are acceptable.
create sequence project_code_seq start with 1 increment by 1;
create sequence project_event_seq start with 50 increment by 50;
create sequence trl_assessment_seq start with 50 increment by 50;
create sequence milestone_seq start with 50 increment by 50;
create sequence milestone_review_seq start with 50 increment by 50;

create table project (
  id bigint primary key,
  public_id uuid not null unique,
  code varchar(20) not null unique,
  owner_id bigint not null references organisation (id),
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  summary_zh varchar(4000) not null,
  summary_en varchar(4000) not null,
  category varchar(32) not null,
  subcatalogue_code varchar(2) references nmpa_subcatalogue (code),
  expected_class varchar(3),
  source_institution varchar(200),
  -- The account's public id as text: EclipseLink binds a null UUID as varchar, which PostgreSQL
  -- refuses for a uuid column (docs/decisions.md, audit actor ids).
  manager_account_id varchar(36),
  trl integer not null,
  stage varchar(32) not null,
  status varchar(32) not null,
  findable boolean not null default false,
  event_count integer not null default 0,
  -- Lower-cased code, titles, summaries and institution; the free-text search reads it (see the
  -- text-search migration V34 for its indexes).
  search_text varchar(10000) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint project_trl_range check (trl between 1 and 9),
  constraint project_category_known check (category in
    ('MEDICAL_DEVICE', 'IVD', 'BIOLOGIC', 'DRUG', 'DIGITAL_MEDICINE')),
  constraint project_class_known check (expected_class in ('I', 'II', 'III')),
  constraint project_stage_known check (stage in
    ('LAB_RESEARCH', 'PROOF_OF_CONCEPT', 'PILOT_MATURATION', 'APPLICATION')),
  constraint project_status_known check (status in ('ACTIVE', 'ON_HOLD', 'GRADUATED', 'TERMINATED'))
);
-- One index per filter of the project list, each ending in the default sort key (code), so that a
-- filtered page is read in order from the index. Plus the other sort orders.
create index project_owner_idx on project (owner_id, code);
create index project_manager_idx on project (manager_account_id, code);
create index project_stage_idx on project (stage, code);
create index project_status_idx on project (status, code);
create index project_category_idx on project (category, code);
create index project_subcatalogue_idx on project (subcatalogue_code, code);
create index project_class_idx on project (expected_class, code);
create index project_trl_idx on project (trl, code);
create index project_updated_idx on project (updated_at, code);
create index project_title_en_idx on project (title_en, code);
create index project_title_zh_idx on project (title_zh, code);

create table project_event (
  id bigint primary key,
  project_id bigint not null references project (id),
  seq integer not null,
  kind varchar(32) not null,
  from_stage varchar(32),
  to_stage varchar(32) not null,
  from_status varchar(32),
  to_status varchar(32) not null,
  reason varchar(2000),
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  occurred_at timestamp with time zone not null,
  constraint project_event_seq_unique unique (project_id, seq)
);

create table project_event_evidence (
  event_id bigint not null references project_event (id),
  position integer not null,
  kind varchar(40) not null,
  reference varchar(500) not null,
  primary key (event_id, position)
);

create table trl_assessment (
  id bigint primary key,
  project_id bigint not null references project (id),
  level integer not null,
  previous_level integer,
  assessed_on date not null,
  evidence varchar(500),
  note varchar(2000),
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  recorded_at timestamp with time zone not null,
  constraint trl_assessment_level_range check (level between 1 and 9)
);
create index trl_assessment_project_idx on trl_assessment (project_id, recorded_at);

create table stage_gate (
  gate varchar(32) primary key,
  name_zh varchar(200) not null,
  name_en varchar(200) not null,
  min_trl integer not null,
  version bigint not null default 0,
  constraint stage_gate_known check (gate in
    ('PROOF_OF_CONCEPT', 'PILOT_MATURATION', 'APPLICATION', 'GRADUATION')),
  constraint stage_gate_trl_range check (min_trl between 1 and 9)
);

create table stage_gate_evidence (
  gate varchar(32) not null references stage_gate (gate),
  position integer not null,
  code varchar(40) not null,
  name_zh varchar(200) not null,
  name_en varchar(200) not null,
  primary key (gate, position)
);

-- What each gate asks for, from the typical evidence to leave each stage (domain brief, section 3)
-- and the MRMC biomedical TRL scale. An administrator changes these through the API.
insert into stage_gate (gate, name_zh, name_en, min_trl) values
  ('PROOF_OF_CONCEPT', '进入概念验证', 'Entering proof of concept', 3),
  ('PILOT_MATURATION', '进入中试熟化', 'Entering pilot-scale maturation', 4),
  ('APPLICATION', '进入成果应用', 'Entering application', 7),
  ('GRADUATION', '孵化毕业', 'Graduation', 8);
insert into stage_gate_evidence (gate, position, code, name_zh, name_en) values
  ('PROOF_OF_CONCEPT', 0, 'CONCEPT_FORMULATED', '原理观察与概念形成记录', 'Principle observed and concept formulated'),
  ('PILOT_MATURATION', 0, 'POC_REPORT', '概念验证报告（实验室或动物模型）', 'Proof-of-concept report (lab or animal models)'),
  ('PILOT_MATURATION', 1, 'IP_FILED', '知识产权申请受理通知书', 'Intellectual property filed'),
  ('APPLICATION', 0, 'DESIGN_FREEZE', '设计冻结', 'Design freeze'),
  ('APPLICATION', 1, 'TYPE_TEST_REPORT', '注册检验报告', 'Type test report'),
  ('APPLICATION', 2, 'CLINICAL_EVALUATION', '临床评价或临床试验报告', 'Clinical evaluation or trial report'),
  ('APPLICATION', 3, 'QUALITY_SYSTEM', '质量管理体系文件', 'Quality management system'),
  ('GRADUATION', 0, 'REGISTRATION_CERTIFICATE', '医疗器械注册证或备案凭证', 'Registration certificate or filing record'),
  ('GRADUATION', 1, 'PRODUCTION_LICENCE', '生产许可证或生产备案凭证', 'Production licence or production filing'),
  ('GRADUATION', 2, 'FIRST_SALES_OR_ADOPTION', '首批销售或医院采用证明', 'First sales or hospital adoption');

create table milestone (
  id bigint primary key,
  public_id uuid not null unique,
  project_id bigint not null references project (id),
  title_zh varchar(500) not null,
  title_en varchar(500) not null,
  planned_on date not null,
  due_on date not null,
  responsible varchar(200) not null,
  status varchar(16) not null,
  reached_on date,
  evidence varchar(500),
  cancel_reason varchar(2000),
  latest_decision varchar(32),
  latest_reviewed_on date,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint milestone_status_known check (status in ('OPEN', 'REACHED', 'CANCELLED')),
  constraint milestone_decision_known check (latest_decision in ('GO', 'GO_WITH_CONDITIONS', 'NO_GO')),
  constraint milestone_due_after_plan check (due_on >= planned_on)
);
create index milestone_project_idx on milestone (project_id, due_on);
-- The overdue list: open milestones by due date.
create index milestone_status_due_idx on milestone (status, due_on);

create table milestone_review (
  id bigint primary key,
  public_id uuid not null unique,
  milestone_id bigint not null references milestone (id),
  decision varchar(32) not null,
  note varchar(2000),
  reviewed_on date not null,
  actor_account_id varchar(36),
  actor_name varchar(200) not null,
  recorded_at timestamp with time zone not null,
  constraint milestone_review_decision_known check (decision in ('GO', 'GO_WITH_CONDITIONS', 'NO_GO'))
);
create index milestone_review_milestone_idx on milestone_review (milestone_id, recorded_at);
