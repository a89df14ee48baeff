-- Timed jobs: one lease row per job, taken by a conditional UPDATE so that across instances only
-- one runs a job at a time and each tick of its schedule runs once (docs/operations.md#jobs).
create table job_lease (
  name varchar(60) primary key,
  -- the instance holding the lease while it runs the job; null when free
  owner varchar(100),
  -- the lease ends here even if its owner never gives it back (a crashed instance)
  lease_until timestamp with time zone,
  -- the start of the last schedule tick that was taken: a tick is taken once
  last_tick timestamp with time zone
);

-- What each run did; pruned after jobs.run-retention-days.
create sequence job_run_seq start with 50 increment by 50;

create table job_run (
  id bigint primary key,
  public_id uuid not null unique,
  job varchar(60) not null,
  -- the schedule tick the run was for; null for a run asked for by an administrator
  tick timestamp with time zone,
  instance varchar(100) not null,
  started_at timestamp with time zone not null,
  duration_ms bigint not null,
  outcome varchar(20) not null,
  summary varchar(500)
);
create index job_run_job_idx on job_run (job, started_at, public_id);
create index job_run_started_idx on job_run (started_at);
