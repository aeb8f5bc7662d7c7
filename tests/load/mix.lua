-- wrk script: rotate over a mix of pages, downloads and API calls, and count non-2xx responses.
local paths = {
  "/", "/timeline", "/timeline?category=court-ruling&year=2026", "/cases", "/cases/ctr-v-irs", "/requests",
  "/figures/addresses-disclosed", "/sources", "/data", "/data/events.csv", "/data/datapackage.json",
  "/timeline.csv?category=filing", "/requests.json", "/api/v1/events?page_size=20", "/api/v1/figures/addresses-disclosed",
  "/api/v1/cases/ctr-v-irs", "/healthz", "/es/", "/es/timeline",
}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = "gzip, br" })
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  local byStatus = {}
  for _, thread in ipairs(threads) do
    total = total + thread:get("non2xx")
    for status, count in pairs(thread:get("statuses")) do
      byStatus[status] = (byStatus[status] or 0) + count
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests served: %d\n", summary.requests))
  io.write(string.format("socket errors: %d (connect %d, read %d, write %d, timeout %d)\n", errors,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("non-2xx responses: %d\n", total))
  for status, count in pairs(byStatus) do
    io.write(string.format("  status %d: %d\n", status, count))
  end
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
