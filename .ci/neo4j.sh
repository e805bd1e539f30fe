#!/usr/bin/env bash
# CI helper: installs Java/Maven when missing, starts the local Neo4j 5.26 (graph/neo4j) and exports how to reach it.
#
#   source .ci/neo4j.sh start    # start + export NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD into the calling shell
#   bash .ci/neo4j.sh [start]    # start only (exports die with the subshell)
#   bash .ci/neo4j.sh stop       # stop it (idempotent)

neo4j_ci() {
  local action="${1:-start}"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1

  case "$action" in
    stop) (cd "$root" && npm run -s neo4j:stop); return ;;
    start) ;;
    *) echo "neo4j.sh: unknown verb '$action' (use start or stop); nothing started" >&2; return 2 ;;
  esac

  if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    echo "neo4j.sh: java or mvn missing; installing default-jre-headless and maven with apt-get"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven default-jre-headless >/dev/null \
      || { echo "neo4j.sh: apt-get install of maven default-jre-headless failed" >&2; return 1; }
  fi

  (cd "$root" && npm run -s neo4j:start) || { echo "neo4j.sh: Neo4j did not start" >&2; return 1; }

  export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
  export NEO4J_USER="neo4j"
  export NEO4J_PASSWORD="${NEO4J_PASSWORD:-policygraph-dev}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  neo4j_ci "$@"
  exit $?
else
  neo4j_ci "$@"
fi
