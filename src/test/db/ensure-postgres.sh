#!/usr/bin/env bash
# Makes sure the integration tests have a PostgreSQL: starts the local Debian cluster (installing
# the postgresql package when it is missing and we are root), then gives the tests a fresh, empty
# database and a role that owns it. Skipped when TEST_DB_URL names another server.
# Arguments: database role password skip build-directory
set -euo pipefail
db=$1 role=$2 password=$3 skip=$4 target=$5

mkdir -p "$target/tmp"
if [ "$skip" = "true" ]; then
  echo "ensure-postgres: using the PostgreSQL named by TEST_DB_URL"
  exit 0
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-postgres: installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "ensure-postgres: no PostgreSQL here and cannot install it; set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD" >&2
    exit 1
  fi
fi

cluster=$(pg_lsclusters --no-header | head -n 1 || true)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  as_postgres true
  pg_createcluster "$version" main >/dev/null
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$port" != "5432" ]; then
  echo "ensure-postgres: the local cluster listens on $port, the tests expect 5432; set TEST_DB_URL" >&2
  exit 1
fi
if [ "$status" != "online" ]; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done

# A fresh database per run: tests build their own data, and the migration tests need to see the
# whole history applied to an empty schema.
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then
    create role $role login password '$password';
  else
    alter role $role login password '$password';
  end if;
end \$\$;
drop database if exists $db with (force);
create database $db owner $role encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0;
-- The migration tests create scratch databases of their own.
alter role $role createdb;
SQL
echo "ensure-postgres: database $db ready on 127.0.0.1:$port"
