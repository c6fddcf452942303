#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the store's contract tests (src/store/postgres).
#
#   eval "$(scripts/ci-postgres.sh start)"   # start (or reuse) it; prints `export RASID_TEST_PG=…`
#   scripts/ci-postgres.sh stop              # stop it and delete its files
#   scripts/ci-postgres.sh env               # print the export line again (nothing started)
#
# For .ci/run, before `npm test`:
#   eval "$(scripts/ci-postgres.sh start)"; trap 'scripts/ci-postgres.sh stop' EXIT
#
# Idempotent: a running cluster is reused (start takes ~1 s the first time, ~0 s after). The
# cluster runs as user postgres (the server refuses root) on 127.0.0.1:$RASID_PG_PORT (54329),
# trust authentication, data in $RASID_PG_DIR (/tmp/rasid-pg). It is installed with apt-get when
# the binaries are missing. The export line also goes to $RASID_PG_DIR/env.
set -euo pipefail

PORT="${RASID_PG_PORT:-54329}"
DIR="${RASID_PG_DIR:-/tmp/rasid-pg}"
DB=rasid_test
BIN=/usr/lib/postgresql/15/bin
URL="postgres://postgres@127.0.0.1:${PORT}/${DB}"
LINE="export RASID_TEST_PG=${URL}"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

log() { echo "ci-postgres: $*" >&2; }

start() {
  if [ ! -x "$BIN/initdb" ]; then
    log "installing postgresql-15"
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql-15; } >&2
  fi
  mkdir -p "$DIR"
  chown postgres "$DIR"
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    as_postgres "$BIN/initdb" -D "$DIR/data" -A trust -E UTF8 --locale=C.UTF-8 -U postgres >/dev/null
  fi
  if ! as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    # fsync off: a test cluster need not survive a power cut, and tests run faster
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  fi
  if ! as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres -E UTF8 -T template0 "$DB"
  fi
  echo "$LINE" > "$DIR/env"
  log "PostgreSQL 15 on 127.0.0.1:$PORT, data in $DIR"
  echo "$LINE"
}

stop() {
  if [ -f "$DIR/data/PG_VERSION" ]; then
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  log "stopped, $DIR removed"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  env) echo "$LINE" ;;
  *) echo "usage: $0 [start|stop|env]" >&2; exit 2 ;;
esac
