-- The official working-day calendar (issue 10, docs/calendar.md): the years whose State Council
-- notice on public holidays is held, the notice's dated exceptions (HOLIDAY: a day off, weekends
-- inside a holiday included; WORKDAY: a weekend day worked, 调休上班), and the working hours of the
-- consultation station. Every other date follows the week: Monday-Friday work, weekends rest. A
-- date in a year that is not held has no answer at all, rather than a guessed one.

-- A year is held once its notice is loaded: from the bundled file at the first start, or by a
-- district administrator each November when the next year's notice is published.
-- (year, day and value are keywords on H2, the quickstart database: columns avoid them.)
create table calendar_year (
  notice_year integer primary key,
  notice varchar(200) not null,
  notice_published date,
  loaded_at timestamp with time zone not null,
  loaded_by varchar(64) not null,
  version bigint not null default 0,
  constraint calendar_year_range check (notice_year between 2000 and 2100)
);

create sequence calendar_day_seq start with 50 increment by 50;

-- One row per exception date. Corrected in place (the audit trail keeps the old values); removed by
-- voiding with a reason, the row staying for the record.
create table calendar_day (
  id bigint primary key,
  calendar_date date not null,
  -- The same date while the row is live, null once voided. Unique, so a date has at most one live
  -- row while voided ones stay beside it (H2, the quickstart database, has no partial indexes).
  live_date date unique,
  -- The notice's year: the date's, or the next one for the last days of December.
  notice_year integer not null references calendar_year (notice_year),
  kind varchar(10) not null,
  name_zh varchar(100) not null,
  name_en varchar(200) not null,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  voided boolean not null default false,
  voided_at timestamp with time zone,
  voided_by varchar(64),
  void_reason varchar(500),
  constraint calendar_day_kind_known check (kind in ('HOLIDAY', 'WORKDAY')),
  constraint calendar_day_live check ((voided and live_date is null)
    or (not voided and live_date = calendar_date))
);
create index calendar_day_date on calendar_day (calendar_date);

-- Every instance keeps the calendar and the hours in memory and asks this one row, by primary key,
-- whether they changed: any change bumps the revision in its own transaction, and updating the row
-- also serialises changes across instances.
create table calendar_revision (
  id integer primary key,
  revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 0);

-- Working hours of a schedule: its time zone and its periods on working days, e.g.
-- '09:00-12:00,13:30-17:30'.
create table working_hours (
  schedule varchar(40) primary key,
  time_zone varchar(40) not null,
  periods varchar(200) not null,
  updated_at timestamp with time zone,
  updated_by varchar(64),
  version bigint not null default 0
);
insert into working_hours (schedule, time_zone, periods)
  values ('consultation-station', 'Asia/Shanghai', '09:00-12:00,13:30-17:30');

-- The bundled notices are loaded once, under this row's lock (see V60).
insert into reference_load (name) values ('cn-working-calendar');
