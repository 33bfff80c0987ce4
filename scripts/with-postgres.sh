#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster:
#   bash scripts/with-postgres.sh npx vitest run tests/db
# The cluster lives in a fresh temp dir, listens on a free port on 127.0.0.1 only, trusts local
# connections, and is stopped and deleted when the command ends, however it ends.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ $# -eq 0 ]]; then
  echo "usage: $0 command [args...]" >&2
  exit 64
fi
if [[ ! -x "$PG_BIN/initdb" ]]; then
  echo "with-postgres: no PostgreSQL at $PG_BIN (apt-get install postgresql-15)" >&2
  exit 69
fi

# PostgreSQL refuses to run as root; as root we hand the cluster to the postgres user.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")
[[ $(id -u) -eq 0 ]] && chown postgres: "$TMP"
DATA="$TMP/data"
STARTED=0

cleanup() {
  local status=$?
  if [[ $STARTED -eq 1 ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Asking the kernel for port 0 gives a port nobody holds right now.
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log" >&2; exit 1; }

# fsync off: the data is thrown away anyway, and tests create many databases.
if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$TMP/postgres.log" -w -t 60 start \
  -o "-h 127.0.0.1 -p $PORT -k $TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
  cat "$TMP/postgres.log" >&2
  exit 1
fi
STARTED=1
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$PORT" >&2

export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
set +e
"$@"
status=$?
set -e
exit "$status"
