-- wrk script shared by every bench case.
--   BENCH_METHOD  request method (default GET)
--   BENCH_BODY    request body (e.g. the JSON of POST /auth/token)
-- Headers come from wrk's -H flags. At the end one machine-readable line is printed:
--   BENCH rps=<requests/s> p50_us=<> p99_us=<> requests=<> non2xx=<> errors=<>
local method = os.getenv("BENCH_METHOD")
local body = os.getenv("BENCH_BODY")
if method and method ~= "" then wrk.method = method end
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH rps=%.1f p50_us=%d p99_us=%d requests=%d non2xx=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(99), summary.requests,
    e.status, e.connect + e.read + e.write + e.timeout))
end
