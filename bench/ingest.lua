-- Phase B of bench/ingest.sh: wrk POSTs one GeoJSON Feature per request, the same row as
-- bench/pgbench-insert.sql writes (kind, themes, a 200-character body, exact precision) at
-- a random point inside the Milton Keynes plan. Statuses other than 201 are counted, and
-- done() prints one machine-readable `BENCH ...` line for the script to parse.

local BODY = "We could put solar panels on the community centre roof and share the savings with "
    .. "the youth club; a shared battery would keep the lights on during power cuts. Happy to "
    .. "help organise a meeting in June."

local HEADERS = {
    ["Content-Type"] = "application/geo+json",
    ["Accept"] = "application/geo+json, application/json",
}

local FEATURE = '{"type":"Feature","geometry":{"type":"Point","coordinates":[%.6f,%.6f]},'
    .. '"properties":{"kind":"idea","themes":["energy","community"],"title":"Bench pin",'
    .. '"body":"%s","precision":"exact"}}'

local threads = {}

function setup(thread)
    thread:set("thread_no", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    created = 0
    other = 0
    other_by_status = {}
    math.randomseed(os.time() * 100 + thread_no)
end

function request()
    local lon = -0.76 + math.random() * 0.03
    local lat = 52.02 + math.random() * 0.03
    return wrk.format("POST", nil, HEADERS, string.format(FEATURE, lon, lat, BODY))
end

function response(status, headers, body)
    if status == 201 then
        created = created + 1
    else
        other = other + 1
        local key = tostring(status)
        other_by_status[key] = (other_by_status[key] or 0) + 1
        if other <= 3 then
            io.stderr:write(string.format("ingest.lua: HTTP %d: %s\n", status, string.sub(body, 1, 300)))
        end
    end
end

function done(summary, latency, requests)
    local total_created, total_other, by_status = 0, 0, {}
    for _, thread in ipairs(threads) do
        total_created = total_created + thread:get("created")
        total_other = total_other + thread:get("other")
        for status, n in pairs(thread:get("other_by_status")) do
            by_status[status] = (by_status[status] or 0) + n
        end
    end
    local parts = {}
    for status, n in pairs(by_status) do
        table.insert(parts, status .. ":" .. n)
    end
    table.sort(parts)
    local errors = summary.errors
    io.write(string.format(
        "BENCH created=%d other=%d other_statuses=%s socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
        total_created, total_other, #parts > 0 and table.concat(parts, ",") or "none",
        errors.connect + errors.read + errors.write + errors.timeout,
        summary.duration, latency:percentile(50), latency:percentile(99)))
end
