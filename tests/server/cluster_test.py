#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The cluster integration test: a private PostgreSQL, two verifydesk-server instances on it and
nginx in front, all on loopback (packaging/cluster/cluster.py). Checks stored inputs, quotas and
rate limits across instances, an instance killed under load, a PostgreSQL restart and the
SIGTERM drain. Exit 77 (skipped) only when the PostgreSQL or nginx binaries are absent."""

import argparse
import concurrent.futures
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "packaging", "cluster"))
import cluster  # noqa: E402

API = "/identity/liveness_selfie_verification"


def form(fields, files=()):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                      % (boundary, name, value)).encode())
    for name, filename, data in files:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n"
                      % (boundary, name, filename)).encode() + data + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def post(port, fields, files=(), timeout=60, source="127.0.0.1", headers=None):
    body, ctype = form(fields, files)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout,
                                      source_address=(source, 0))
    try:
        conn.request("POST", API, body, dict(headers or {}, **{"Content-Type": ctype}))
        response = conn.getresponse()
        raw = response.read()
    finally:
        conn.close()
    try:
        status = json.loads(raw).get("status")
    except ValueError:
        status = None
    return response.status, status, raw


def get(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def creds(account):
    return [("api_id", account), ("api_secret", account + "-secret")]


def admitted_only(port, account):
    """A request that passes admission (a call of the rate and quota) but names no input: the
    cheap probe for limits, without a scoring."""
    return post(port, creds(account))


failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--make-capture", required=True)
    parser.add_argument("--photo", required=True)
    args = parser.parse_args()

    missing = cluster.missing_tools()
    if missing:
        print("SKIP: the cluster test needs PostgreSQL 15 and nginx (packaging/install-deps.sh);"
              " missing: " + ", ".join(missing))
        return 77

    with open(args.photo, "rb") as f:
        photo = f.read()
    with tempfile.NamedTemporaryFile(suffix=".vdlc") as capture_file:
        subprocess.run([args.make_capture, capture_file.name, args.photo, args.photo,
                        args.photo], check=True, timeout=60)
        capture = capture_file.read()

    accounts = [
        {"id": "team", "secret": "team-secret", "rate_limit_per_second": 0},
        {"id": "quota", "secret": "quota-secret", "rate_limit_per_second": 0, "quota": 5},
        {"id": "rate", "secret": "rate-secret", "rate_limit_per_second": 1},
    ]
    team = cluster.Cluster(args.server, accounts, instances=2)
    try:
        started = time.monotonic()
        team.start_postgres()
        port_a = team.start_instance(0)
        port_b = team.start_instance(1)
        team.start_nginx()
        lb = team.lb_port
        version = team.psql("SELECT version FROM schema_version")
        check(version == "1", "both instances share schema version 1 (got %r)" % version)

        # 1. An upload through A, reused by id through B.
        code, status, raw = post(port_a, creds("team"), [("selfie_file", "selfie.jpg", photo),
                                                         ("liveness_data_file", "c.vdlc",
                                                          capture)])
        check(code == 200 and status == "OK", "upload through A answers OK (%d %s)" % (code, raw[:200]))
        answer = json.loads(raw) if code == 200 else {}
        ids = [("selfie_image_id", answer.get("image_id", "")),
               ("liveness_data_id", answer.get("liveness_data_id", ""))]
        code, status, raw = post(port_b, creds("team") + ids)
        check(code == 200 and status == "OK",
              "B scores A's stored inputs by id (%d %s)" % (code, raw[:200]))

        # 2. A quota of 5 across both instances.
        answers = [admitted_only(port_a if i % 2 == 0 else port_b, "quota")[1] for i in range(5)]
        check(answers == ["INVALID_ARGUMENT"] * 5,
              "5 calls of a quota of 5 admitted, alternating A and B (%s)" % answers)
        over = [admitted_only(port, "quota")[1] for port in (port_a, port_b)]
        check(over == ["OUT_OF_QUOTA"] * 2, "the 6th and 7th: OUT_OF_QUOTA from A and B (%s)" % over)

        # 3. A rate limit of 1 per second (burst 1) across both.
        t0 = time.monotonic()
        rated = [(port, admitted_only(port, "rate")[1])
                 for port in (port_a, port_b, port_a, port_b, port_a, port_b)]
        elapsed = time.monotonic() - t0
        admitted = sum(1 for _p, s in rated if s == "INVALID_ARGUMENT")
        limited_on = {p for p, s in rated if s == "RATE_LIMIT_EXCEEDED"}
        check(admitted <= 1 + int(elapsed) + 1 and limited_on == {port_a, port_b},
              "rate 1/s: %d of 6 admitted in %.2f s, RATE_LIMIT_EXCEEDED from both (%s)"
              % (admitted, elapsed, [s for _p, s in rated]))

        # 4. Instance B killed while 100 requests go through nginx: every one answered.
        def through_lb(_i):
            for attempt in range(5):
                try:
                    code, status, _raw = admitted_only(lb, "team")
                except OSError:
                    code, status = 0, None
                if code not in (0, 502, 503):
                    return code, status, attempt
                time.sleep(0.2)
            return code, status, 5

        killer = threading.Timer(0.3, lambda: team.instances[1][0].kill())
        killer.start()
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            results = list(pool.map(through_lb, range(100)))
        killer.join()
        team.instances[1][0].wait(timeout=30)
        codes = sorted({r[0] for r in results})
        retried = sum(1 for r in results if r[2] > 0)
        check(all(r[1] == "INVALID_ARGUMENT" for r in results),
              "B killed mid-run: 100 of 100 answered through nginx, %d after a retry, codes %s"
              % (retried, codes))
        port_b = team.start_instance(1)

        # 5. PostgreSQL restarted mid-run: 503s, then recovery; no 500; the stored input stays.
        seen = []
        stop = threading.Event()

        def probe():
            while not stop.is_set():
                try:
                    seen.append(admitted_only(port_a, "team")[:2])
                except OSError:
                    seen.append((0, None))
                time.sleep(0.05)

        prober = threading.Thread(target=probe)
        prober.start()
        time.sleep(0.3)
        team.pg_ctl("stop")
        time.sleep(1.5)
        team.pg_ctl("start")
        time.sleep(1.0)
        stop.set()
        prober.join()
        statuses = [s for _c, s in seen]
        check("SERVICE_UNAVAILABLE" in statuses and 500 not in [c for c, _s in seen]
              and 0 not in [c for c, _s in seen],
              "PostgreSQL down: %d x 503 SERVICE_UNAVAILABLE, no 500, every request answered "
              "(%d probes)" % (statuses.count("SERVICE_UNAVAILABLE"), len(seen)))
        recovered = [admitted_only(port, "team")[1] for port in (port_a, port_b)]
        check(recovered == ["INVALID_ARGUMENT"] * 2,
              "after the restart both instances admit again (%s)" % recovered)
        code, status, raw = post(lb, creds("team") + ids)
        check(code == 200 and status == "OK",
              "the stored input survived the restart, scored through nginx (%d %s)"
              % (code, raw[:200]))

        # 6. X-Forwarded-For: believed from the trusted proxy only.
        post(port_b, creds("team"), source="127.0.0.2", headers={"X-Forwarded-For": "10.9.9.9"})
        post(port_b, creds("team"), headers={"X-Forwarded-For": "10.1.2.3"})
        post(lb, creds("team"), source="127.0.0.3")
        post(lb, creds("team"), source="127.0.0.3")
        logs = team.log(0) + team.log(1)
        check("client=10.9.9.9" not in logs and "client=127.0.0.2" in logs,
              "X-Forwarded-For from an untrusted peer (127.0.0.2) is ignored")
        check("client=10.1.2.3" in logs, "X-Forwarded-For from the trusted proxy names the client")
        check("client=127.0.0.3" in logs, "through nginx the log names the real client 127.0.0.3")

        # 7. GET /metrics: Prometheus text on each instance, not through the balancer.
        code, text = get(port_a, "/metrics")
        check(code == 200 and 'verifydesk_http_requests_total{code="200"}' in text
              and 'verifydesk_http_requests_total{code="503"}' in text
              and "verifydesk_scoring_duration_seconds_count" in text
              and "verifydesk_scoring_queue_depth 0" in text
              and 'verifydesk_http_request_duration_seconds_bucket{le="+Inf"}' in text,
              "GET /metrics on A: requests by status (200, 503), histograms, queue depth")
        check(get(lb, "/metrics")[0] == 404, "nginx does not pass /metrics to API clients")

        # 8. SIGTERM drain: a scoring in flight on A finishes, then A exits 0.
        box = {}

        def in_flight():
            box["answer"] = post(port_a, creds("team") + ids)

        worker = threading.Thread(target=in_flight)
        worker.start()
        time.sleep(0.15)
        team.instances[0][0].send_signal(signal.SIGTERM)
        worker.join(timeout=60)
        exit_code = team.stop_instance(0)
        answer = box.get("answer", (0, None, b""))
        check(answer[0] == 200 and answer[1] == "OK" and exit_code == 0,
              "SIGTERM during a scoring: the request finished OK (%s), exit %d"
              % (answer[:2], exit_code))
        print("cluster test took %.1f s" % (time.monotonic() - started))
    finally:
        team.stop()
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
