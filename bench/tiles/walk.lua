-- bench/tiles.sh: wrk walks a list of tiles, each thread from its own offset, asking for
-- gzip. Usage: wrk -tTHREADS ... -s bench/tiles/walk.lua BASE_URL -- LIST PREFIX SUFFIX THREADS
-- LIST holds `z/x/y` lines; the path asked for is PREFIX .. z/x/y .. SUFFIX. The
-- connections of one thread share its position in the list.
-- There is deliberately no response() callback: with one, wrk copies every body (tiles
-- of several MB) into Lua. Statuses of 400 and above are counted by wrk itself
-- (summary.errors.status); done() prints one machine-readable `BENCH ...` line.

local threads = {}

function setup(thread)
    thread:set("thread_no", #threads)
    table.insert(threads, thread)
end

function init(args)
    local list, prefix, suffix = args[1], args[2] or "/", args[3] or ""
    local thread_count = tonumber(args[4]) or 1
    paths = {}
    for line in io.lines(list) do
        if line ~= "" then
            table.insert(paths, prefix .. line .. suffix)
        end
    end
    if #paths == 0 then
        error("walk.lua: no tiles in " .. tostring(list))
    end
    -- Each thread starts at its own share of the list, so two threads do not ask for the
    -- same tile at the same moment.
    index = (thread_no * math.floor(#paths / thread_count)) % #paths
    headers = { ["Accept-Encoding"] = "gzip" }
end

function request()
    index = index % #paths + 1
    return wrk.format("GET", paths[index], headers)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d bytes=%d status_errors=%d socket_errors=%d timeouts=%d "
            .. "p50_us=%d p99_us=%d max_us=%d\n",
        summary.requests, summary.duration, summary.bytes, e.status,
        e.connect + e.read + e.write, e.timeout,
        latency:percentile(50), latency:percentile(99), latency.max))
end
