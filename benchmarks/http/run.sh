#!/usr/bin/env bash
# HTTP benchmark: the same endpoint (organisation check + scope check) served by
#   none   no security at all (the ceiling),
#   plain  plain Spring Security resource server (issuer, audience, timestamp validators, @PreAuthorize),
#   kinde  the starter (every Kinde rule, verified-token cache on),
# one at a time, against the same local issuer, with one token reused as an agent does.
# Each is warmed up until throughput levels off, then measured with wrk.
# Usage: benchmarks/http/run.sh [measure-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."

MEASURE=${1:-30}
CONNECTIONS=${2:-16}
ROUND=10          # seconds per warm-up round
MAX_ROUNDS=18     # at most 3 minutes of warm-up per application
ISSUER_PORT=9500
APP_PORT=9580
OUT=benchmarks/target/http
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

./mvnw -B -q install -DskipTests
./mvnw -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/classpath.txt"
CP="benchmarks/target/classes:$(cat "$OUT/classpath.txt")"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

java -cp "$CP" io.github.kindem2m.test.issuer.LocalKindeIssuerApplication \
  --port=$ISSUER_PORT --clients=benchmarks/http/clients.yml > "$OUT/issuer.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$ISSUER_PORT/.well-known/jwks" >/dev/null && break; sleep 0.2; done

TOKEN=$(curl -sf "http://127.0.0.1:$ISSUER_PORT/oauth2/token" -d grant_type=client_credentials \
  -d client_id=bench-agent -d client_secret=bench-demo-secret -d audience=https://api.bench.test \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
URL="http://127.0.0.1:$APP_PORT/api/orgs/org_acme/articles"

rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
latency() { grep -E "^ +$2%" "$1" | awk '{print $2}'; }

declare -A RPS P50 P99
for mode in none plain kinde; do
  java -Xms512m -Xmx512m -cp "$CP" io.github.kindem2m.benchmarks.http.BenchApi \
    --spring.profiles.active=$mode --server.port=$APP_PORT > "$OUT/$mode.log" 2>&1 &
  APP=$!
  PIDS+=($APP)
  for _ in $(seq 1 100); do curl -s -o /dev/null "$URL" && break; sleep 0.3; done
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
  [ "$status" = 200 ] || { echo "$mode answered $status to a valid token"; exit 1; }
  if [ "$mode" != none ]; then
    refused=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "${URL/org_acme/org_globex}")
    [ "$refused" = 403 ] || { echo "$mode answered $refused for another organisation"; exit 1; }
  fi
  previous=0
  for round in $(seq 1 $MAX_ROUNDS); do
    wrk -t1 -c"$CONNECTIONS" -d${ROUND}s -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/$mode-warmup.txt"
    current=$(rps "$OUT/$mode-warmup.txt")
    echo "$mode warm-up round $round: $current req/s"
    if [ "$round" -ge 3 ] && awk -v a="$current" -v b="$previous" 'BEGIN { d = (a - b) / b; exit !(d < 0.03 && d > -0.03) }'; then
      break
    fi
    previous=$current
  done
  wrk -t1 -c"$CONNECTIONS" -d${MEASURE}s --latency -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/$mode.txt"
  RPS[$mode]=$(rps "$OUT/$mode.txt"); P50[$mode]=$(latency "$OUT/$mode.txt" 50); P99[$mode]=$(latency "$OUT/$mode.txt" 99)
  kill $APP; wait $APP 2>/dev/null || true
done

{
  echo "| application | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
  for mode in none plain kinde; do echo "| $mode | ${RPS[$mode]} | ${P50[$mode]} | ${P99[$mode]} |"; done
  echo
  awk -v k="${RPS[kinde]}" -v p="${RPS[plain]}" -v n="${RPS[none]}" \
    'BEGIN { printf "throughput kinde/plain = %.2fx, kinde/none = %.2fx\n", k / p, k / n }'
  echo "p99 plain ${P99[plain]}, kinde ${P99[kinde]}"
} | tee "$OUT/results.md"
