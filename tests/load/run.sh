#!/usr/bin/env bash
# Load test: publish the app, run it in Production, and hit a mix of pages, downloads and API calls with
# wrk (Debian) for DURATION at CONNECTIONS connections. Prints requests served, errors, non-2xx and the
# server's memory (RSS) over time. Run by hand:  tests/load/run.sh   (DURATION=60s CONNECTIONS=256)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-256}"
THREADS="${THREADS:-2}"
PORT="${PORT:-5180}"
OUT="$(mktemp -d)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

echo "command: $0 (DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), dotnet $(dotnet --version)"
dotnet publish src/Transparency.Web -c Release -o "$OUT/app" --nologo -v quiet >/dev/null
cp -r data "$OUT/app/data"

# One client address sends everything here, so the per-client download/API limit is raised for the
# run: this measures the server's capacity, not the limiter (which the test suite covers).
ASPNETCORE_ENVIRONMENT=Production RateLimits__PerClientPerMinute=100000000 RateLimits__Burst=100000000 \
  "$OUT/app/Transparency.Web" --urls "http://127.0.0.1:$PORT" --contentRoot "$OUT/app" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$OUT"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVER/status"; }
echo "warm-up: 10s at 32 connections"
wrk -t"$THREADS" -c32 -d10s -s tests/load/mix.lua "http://127.0.0.1:$PORT" >/dev/null
echo "memory after warm-up: $(rss) MB"
( while kill -0 $SERVER 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 1; done ) >"$OUT/rss.log" &
SAMPLER=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s tests/load/mix.lua "http://127.0.0.1:$PORT"
kill $SAMPLER 2>/dev/null || true
awk '{ if ($2 > peak) peak = $2; n++; s[n] = $2 } END {
  printf "memory (RSS): peak %d MB; first 10 s avg %.0f MB, last 10 s avg %.0f MB\n", peak,
    (s[1]+s[2]+s[3]+s[4]+s[5]+s[6]+s[7]+s[8]+s[9]+s[10])/10, (s[n]+s[n-1]+s[n-2]+s[n-3]+s[n-4]+s[n-5]+s[n-6]+s[n-7]+s[n-8]+s[n-9])/10 }' "$OUT/rss.log"
echo "server errors logged: $(grep -c 'fail:' "$OUT/server.log" || true)"
