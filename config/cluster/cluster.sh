#!/usr/bin/env bash
# Several ClinBridge instances on one host, clustered by Payara's own Hazelcast (TCP/IP members on
# loopback, no multicast), behind nginx, on one PostgreSQL. For trying a cluster and measuring it;
# in production each instance runs on its own host with the same options (docs/operations.md).
#
#   config/cluster/cluster.sh start [instances]   build first: mvn package -DskipTests
#   config/cluster/cluster.sh status
#   config/cluster/cluster.sh kill <i>            kill -9 instance i (1-based), as a crash would
#   config/cluster/cluster.sh stop
#
# Needs DB_URL, DB_USER, DB_PASSWORD (PostgreSQL) and CLINBRIDGE_ADMIN_PASSWORD in the environment,
# nginx (Debian package nginx-light or nginx) and the Payara Micro jar (PAYARA_MICRO_JAR, by
# default the one Maven downloaded). The balancer listens on CLUSTER_PORT (8080); instance i
# serves HTTP on 8080+i and Hazelcast on 6900+i. Logs and pid files go to target/cluster.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
run=${CLUSTER_DIR:-$root/target/cluster}
port=${CLUSTER_PORT:-8080}
war=${WAR:-$root/target/clinbridge.war}
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -n 1)
micro=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar}

start() {
  local n=${1:-2}
  : "${DB_URL:?DB_URL must name the PostgreSQL database}"
  : "${DB_USER:?DB_USER must be set}" "${DB_PASSWORD:?DB_PASSWORD must be set}"
  : "${CLINBRIDGE_ADMIN_PASSWORD:?CLINBRIDGE_ADMIN_PASSWORD must be set}"
  [ -f "$war" ] || { echo "no $war: run mvn package -DskipTests first" >&2; exit 1; }
  [ -f "$micro" ] || { echo "no Payara Micro jar at $micro: set PAYARA_MICRO_JAR" >&2; exit 1; }
  command -v nginx >/dev/null || { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
  mkdir -p "$run"

  local members="" servers="" i
  for i in $(seq 1 "$n"); do
    members+="${members:+,}127.0.0.1:$((6900 + i))"
    servers+="    server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;"$'\n'
  done
  for i in $(seq 1 "$n"); do
    # Jobs run once across the cluster through their database lease, whatever the instance count.
    java @"$root/config/jvm.options" -Djobs.instance="node$i" \
      -jar "$micro" --deploy "$war" --contextroot / --port $((port + i)) \
      --name "node$i" --clustername clinbridge --clustermode "tcpip:$members" \
      --interfaces 127.0.0.1 --startport $((6900 + i)) --nohostaware \
      --logproperties "$root/config/logging.properties" \
      --postbootcommandfile "$root/config/cluster-post-boot-commands.asadmin" \
      >"$run/node$i.log" 2>&1 &
    echo $! >"$run/node$i.pid"
  done

  # Round robin; a request that fails to connect or times out before anything was sent goes to the
  # next instance. nginx never re-sends a POST on its own (it is not idempotent).
  cat >"$run/nginx.conf" <<EOF
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $run/nginx-body;
  proxy_temp_path $run/nginx-proxy;
  upstream clinbridge {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 21m;
    location / {
      proxy_pass http://clinbridge;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
EOF
  for i in $(seq 1 "$n"); do
    wait_ready "http://127.0.0.1:$((port + i))/health/ready" "node$i"
  done
  nginx -c "$run/nginx.conf" -p "$run"
  wait_ready "http://127.0.0.1:$port/health/ready" "the balancer"
  grep -h "DG Size" "$run"/node*.log | tail -n 1 || true
  echo "cluster of $n up: http://127.0.0.1:$port/ (instances on $((port + 1))-$((port + n)))"
}

wait_ready() {
  local url=$1 what=$2 t
  for t in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      echo "$what ready after ${t}s"
      return 0
    fi
    sleep 1
  done
  echo "$what not ready after 240 s" >&2
  exit 1
}

status() {
  local f
  for f in "$run"/node*.pid; do
    [ -e "$f" ] || continue
    if kill -0 "$(cat "$f")" 2>/dev/null; then echo "$(basename "$f" .pid) running"; else echo "$(basename "$f" .pid) down"; fi
  done
  [ -f "$run/nginx.pid" ] && kill -0 "$(cat "$run/nginx.pid")" 2>/dev/null && echo "nginx running" || echo "nginx down"
}

crash() {
  kill -9 "$(cat "$run/node$1.pid")"
  echo "node$1 killed"
}

stop() {
  if [ -f "$run/nginx.pid" ]; then
    nginx -c "$run/nginx.conf" -p "$run" -s stop 2>/dev/null || true
  fi
  local f
  for f in "$run"/node*.pid; do
    [ -e "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  echo "cluster stopped"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  status) status ;;
  kill) crash "${2:?which instance}" ;;
  stop) stop ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
