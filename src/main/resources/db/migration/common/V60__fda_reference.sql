-- FDA reference data for the alternative licensing routes: device product codes from the FDA's
-- product classification file and the 510(k) decision codes. Kept as data and loaded from the
-- published files at the first start (reference_load below), so that a newer FDA file is an
-- import, not a release. Column sizes bound the file's fields; a longer value is reported by the
-- import, never cut.
create table fda_product_code (
  product_code varchar(3) primary key,
  review_panel varchar(2),
  medical_specialty varchar(2),
  device_name varchar(300) not null,
  -- As published: 1, 2, 3, U (unclassified), N (not classified), f.
  device_class varchar(1) not null,
  unclassified_reason varchar(2),
  gmp_exempt varchar(1),
  third_party_review varchar(1),
  review_code varchar(1),
  regulation_number varchar(20),
  submission_type varchar(1),
  definition varchar(4000),
  physical_state varchar(2000),
  technical_method varchar(2000),
  target_area varchar(2000),
  implant boolean not null,
  life_sustaining boolean not null,
  summary_malfunction_reporting varchar(20),
  constraint fda_product_code_code check (length(product_code) = 3)
);

-- The list filters by class or panel and pages by code.
create index fda_product_code_class on fda_product_code (device_class, product_code);
create index fda_product_code_panel on fda_product_code (review_panel, product_code);

create table fda_decision_code (
  code varchar(2) primary key,
  text varchar(200) not null
);

-- Which bundled reference file was loaded, when, and how many records it gave. The row is locked
-- while loading, so that instances starting together load a file once.
create table reference_load (
  name varchar(40) primary key,
  loaded_at timestamp with time zone,
  records integer,
  rejected integer,
  sha256 varchar(64)
);

insert into reference_load (name) values ('fda-product-codes'), ('fda-decision-codes');
