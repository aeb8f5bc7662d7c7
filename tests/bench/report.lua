-- wrk script for the benchmark: only a done() hook, so wrk never hands headers or bodies to Lua and stays as
-- cheap as possible (it shares the cores with the server it measures). Prints one line run.sh parses:
-- BENCH <requests/s> <p50 ms> <p99 ms> <non-2xx/3xx responses> <socket errors> <responses>
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.1f %.2f %.2f %d %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, socket, summary.requests))
end
