-- wrk script for bench/server/load.sh: every request is the vendor page's multipart POST
-- (api_id, api_secret, selfie_file, liveness_data_file). The files come from the environment.
local function slurp(path)
    local f = assert(io.open(path, "rb"))
    local data = f:read("*a")
    f:close()
    return data
end

local boundary = "verifydeskbenchboundary7d1f"
local function part(name, value, filename)
    local head = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\""
    if filename then
        head = head .. "; filename=\"" .. filename .. "\"\r\nContent-Type: application/octet-stream"
    end
    return head .. "\r\n\r\n" .. value .. "\r\n"
end

wrk.method = "POST"
wrk.path = "/identity/liveness_selfie_verification"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = part("api_id", os.getenv("VD_BENCH_ID")) .. part("api_secret", os.getenv("VD_BENCH_SECRET"))
    .. part("selfie_file", slurp(os.getenv("VD_BENCH_SELFIE")), "selfie.jpg")
    .. part("liveness_data_file", slurp(os.getenv("VD_BENCH_LIVENESS")), "liveness.protobuf")
    .. "--" .. boundary .. "--\r\n"

local statuses = {}
response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("requests: %d in %.1f s\n", summary.requests, summary.duration / 1e6))
    io.write(string.format("requests/s: %.2f\n", summary.requests / (summary.duration / 1e6)))
    io.write(string.format("latency p50: %.1f ms\n", latency:percentile(50) / 1000))
    io.write(string.format("latency p99: %.1f ms\n", latency:percentile(99) / 1000))
    io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
        errors.connect, errors.read, errors.write, errors.timeout))
    io.write(string.format("non-2xx answers: %d\n", errors.status))
end
