#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The cluster integration test: a private PostgreSQL, two verifydesk-server instances on it and
nginx in front, all on loopback (packaging/cluster/cluster.py). Checks stored inputs, quotas and
rate limits across instances, a quota charged once per X-Request-ID, an instance killed under
scored load, a PostgreSQL restart with scorings in flight, a rolling restart, `verifydesk batch`
through an instance restart and the SIGTERM drain. Exit 77 (skipped) only when the PostgreSQL or
nginx binaries are absent."""

import argparse
import collections
import concurrent.futures
import http.client
import json
import os
import shutil
import signal
import sqlite3
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


def scored(port, account, ids, key, timeout=60):
    """One scored verification of stored inputs, with X-Request-ID key: (HTTP code, status),
    code 0 when the connection failed or dropped without an answer."""
    try:
        code, status, _raw = post(port, creds(account) + ids, timeout=timeout,
                                  headers={"X-Request-ID": key})
    except (OSError, http.client.HTTPException):
        code, status = 0, None
    return code, status


def with_retries(send, tries=8):
    """What VerifyDesk's client does: a dropped connection, 502, 503 and 504 are tried again
    after a growing wait (0.5 s doubling to 4 s), with the same X-Request-ID (send keeps it).
    (code, status, codes of every attempt)."""
    codes = []
    for attempt in range(tries):
        code, status = send()
        codes.append(code)
        if code not in (0, 502, 503, 504):
            break
        time.sleep(min(4.0, 0.5 * 2 ** attempt))
    return code, status, codes


def used(team, account):
    return int(team.psql("SELECT used FROM limits WHERE account = '%s'" % account) or 0)


def wait_for(predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def healthy(port):
    try:
        return get(port, "/healthz")[0] == 200
    except OSError:
        return False


def nginx_lines(team, keys):
    """The access log lines of nginx for these X-Request-IDs."""
    with open(os.path.join(team.shared, "nginx", "access.log"), errors="replace") as f:
        return [line for line in f if line.rsplit("xrid=", 1)[-1].strip() in keys]


def passed_on(lines):
    """How many requests nginx passed to a second instance (upstream_status "502, 200")."""
    return sum(1 for line in lines if "," in line.split("upstream_status=", 1)[-1])


def upload(port, account, photo, capture):
    code, status, raw = post(port, creds(account), [("selfie_file", "selfie.jpg", photo),
                                                    ("liveness_data_file", "c.vdlc", capture)])
    answer = json.loads(raw) if code == 200 else {}
    return code, status, [("selfie_image_id", answer.get("image_id", "")),
                          ("liveness_data_id", answer.get("liveness_data_id", ""))]


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
    parser.add_argument("--verifydesk", required=True)
    parser.add_argument("--requests", type=int, default=100,
                        help="scored requests while an instance is killed")
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
        {"id": "retry", "secret": "retry-secret", "rate_limit_per_second": 0, "quota": 4},
        {"id": "kill", "secret": "kill-secret", "rate_limit_per_second": 0,
         "quota": args.requests + 1},
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
        check(version == "2", "both instances share schema version 2 (got %r)" % version)

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

        # 4. A retry is charged once: the connection dies after the server scored (the client
        # never sees the answer), the client sends the request again with its X-Request-ID.
        code, status, ids_r = upload(port_a, "retry", photo, capture)
        key = str(uuid.uuid4())
        body, ctype = form(creds("retry") + ids_r)
        conn = http.client.HTTPConnection("127.0.0.1", port_a, timeout=30)
        conn.request("POST", API, body, {"Content-Type": ctype, "X-Request-ID": key})
        conn.close()
        answered = wait_for(lambda: "xrid=" + key in team.log(0))
        charged = [used(team, "retry")]
        repeats = [scored(port, "retry", ids_r, key)[1] for port in (port_b, lb)]
        charged.append(used(team, "retry"))
        other = scored(port_a, "retry", ids_r + [("selfie_auto_rotate", "false")], key)[1]
        charged.append(used(team, "retry"))
        plain = admitted_only(port_b, "retry")[1]
        over = admitted_only(port_a, "retry")[1]
        check(status == "OK" and answered and charged == [2, 2, 3] and repeats == ["OK"] * 2
              and other == "OK" and plain == "INVALID_ARGUMENT" and over == "OUT_OF_QUOTA",
              "quota 4, X-Request-ID: an answer lost after the scoring (used %d), the retry "
              "through B and through nginx not charged (%s, used %d), the same id with other "
              "parameters charged (%s, used %d), then %s, %s"
              % (charged[0], repeats, charged[1], other, charged[2], plain, over))

        # 5. Instance B killed while 100 scored verifications go through nginx: every one
        # answered, and each charged once (a quota of exactly 1 upload + 100).
        code, status, ids_k = upload(port_a, "kill", photo, capture)
        keys = [str(uuid.uuid4()) for _i in range(args.requests)]
        done = []
        tenth = threading.Event()

        def kill_case(key):
            result = with_retries(lambda: scored(lb, "kill", ids_k, key))
            done.append(result)
            if len(done) >= 10:
                tenth.set()
            return result

        t0 = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(kill_case, key) for key in keys]
            tenth.wait(timeout=120)
            team.instances[1][0].kill()
            results = [f.result() for f in futures]
        elapsed = time.monotonic() - t0
        team.instances[1][0].wait(timeout=30)
        team.instances[1][0].stdout.close()
        statuses = collections.Counter(r[1] for r in results)
        attempts = collections.Counter(c for r in results for c in r[2])
        lines = nginx_lines(team, set(keys))
        check(status == "OK" and statuses == {"OK": args.requests} and 500 not in attempts
              and used(team, "kill") == args.requests + 1,
              "B killed after 10 of %d scored requests through nginx: %s in %.1f s; attempts "
              "by HTTP code %s (client retries %d); nginx passed %d on to A; quota used %d of "
              "%d" % (args.requests, dict(statuses), elapsed, dict(attempts),
                      sum(len(r[2]) - 1 for r in results), passed_on(lines), used(team, "kill"),
                      args.requests + 1))
        port_b = team.start_instance(1, port=port_b)

        # 6. PostgreSQL stopped while scorings are in flight (an upload on A, stored ids on B)
        # and cheap admissions probe both: 503s while it is down, then recovery; no 500.
        seen = []
        stop = threading.Event()
        in_flight = threading.Semaphore(0)

        def scoring(port, uploads):
            while not stop.is_set():
                in_flight.release()
                try:
                    if uploads:
                        code, status, _ids = upload(port, "team", photo, capture)
                    else:
                        code, status = scored(port, "team", ids, str(uuid.uuid4()))
                except (OSError, http.client.HTTPException):
                    code, status = 0, None
                seen.append(("scored", code, status, time.monotonic()))

        def probe(port):
            while not stop.is_set():
                try:
                    code, status = admitted_only(port, "team")[:2]
                except (OSError, http.client.HTTPException):
                    code, status = 0, None
                seen.append(("probe", code, status, time.monotonic()))
                time.sleep(0.1)

        loaders = [threading.Thread(target=scoring, args=(port_a, True)),
                   threading.Thread(target=scoring, args=(port_b, False)),
                   threading.Thread(target=probe, args=(port_a,)),
                   threading.Thread(target=probe, args=(port_b,))]
        for loader in loaders:
            loader.start()
        in_flight.acquire()
        in_flight.acquire()
        time.sleep(0.3)
        team.pg_ctl("stop")
        stopped = time.monotonic()
        wait_for(lambda: sum(1 for kind, _c, s, t in seen if kind == "probe" and t > stopped
                             and s == "SERVICE_UNAVAILABLE") >= 4, 30)
        team.pg_ctl("start")
        restarted = time.monotonic()
        wait_for(lambda: sum(1 for kind, _c, s, t in seen if kind == "scored"
                             and t > restarted) >= 2, 120)
        stop.set()
        for loader in loaders:
            loader.join()
        codes = collections.Counter((kind, c) for kind, c, _s, _t in seen)
        unavailable = collections.Counter(kind for kind, _c, s, _t in seen
                                          if s == "SERVICE_UNAVAILABLE")
        after = [s for kind, _c, s, t in seen if kind == "scored" and t > restarted + 1.0]
        # A probe admitted answers 400 INVALID_ARGUMENT (it names no input); a scoring 200.
        check(unavailable["probe"] > 0 and {c for (_k, c) in codes} <= {200, 400, 503}
              and set(after) <= {"OK"} and len(after) > 0,
              "PostgreSQL stopped for %.1f s with scorings in flight: answers by (kind, HTTP "
              "code) %s, SERVICE_UNAVAILABLE %s, no 500, none unanswered; scorings answered "
              "from 1 s after the restart: %s" % (restarted - stopped, dict(codes),
                                                  dict(unavailable), after))
        recovered = [admitted_only(port, "team")[1] for port in (port_a, port_b)]
        check(recovered == ["INVALID_ARGUMENT"] * 2,
              "after the restart both instances admit again (%s)" % recovered)
        code, status, raw = post(lb, creds("team") + ids)
        check(code == 200 and status == "OK",
              "the input stored before the restart is scored by id through nginx (%d %s)"
              % (code, raw[:200]))

        # 7. X-Forwarded-For: believed from the trusted proxy only.
        post(port_b, creds("team"), source="127.0.0.2", headers={"X-Forwarded-For": "10.9.9.9"})
        post(port_b, creds("team"), headers={"X-Forwarded-For": "10.1.2.3"})
        post(lb, creds("team"), source="127.0.0.3")
        post(lb, creds("team"), source="127.0.0.3")
        logs = team.log(0) + team.log(1)
        check("client=10.9.9.9" not in logs and "client=127.0.0.2" in logs,
              "X-Forwarded-For from an untrusted peer (127.0.0.2) is ignored")
        check("client=10.1.2.3" in logs, "X-Forwarded-For from the trusted proxy names the client")
        check("client=127.0.0.3" in logs, "through nginx the log names the real client 127.0.0.3")

        # 8. GET /metrics: Prometheus text on each instance, not through the balancer.
        code, text = get(port_a, "/metrics")
        check(code == 200 and 'verifydesk_http_requests_total{code="200"}' in text
              and 'verifydesk_http_requests_total{code="503"}' in text
              and "verifydesk_scoring_duration_seconds_count" in text
              and "verifydesk_scoring_queue_depth 0" in text
              and 'verifydesk_http_request_duration_seconds_bucket{le="+Inf"}' in text,
              "GET /metrics on A: requests by status (200, 503), histograms, queue depth")
        check(get(lb, "/metrics")[0] == 404, "nginx does not pass /metrics to API clients")

        # 9. Rolling restart through nginx: SIGTERM A, start it again, then B, while
        # verifications flow.
        rolling = []
        stop = threading.Event()

        def flow():
            while not stop.is_set():
                key = str(uuid.uuid4())
                rolling.append((key,) + with_retries(lambda: scored(lb, "team", ids, key)))

        flows = [threading.Thread(target=flow) for _i in range(3)]
        t0 = time.monotonic()
        for thread in flows:
            thread.start()
        exits = []
        for slot in (0, 1):
            time.sleep(1.0)
            port = team.instances[slot][1]
            exits.append(team.stop_instance(slot))
            team.start_instance(slot, port=port)
            exits.append(wait_for(lambda: healthy(port)))
        time.sleep(1.0)
        stop.set()
        for thread in flows:
            thread.join()
        elapsed = time.monotonic() - t0
        statuses = collections.Counter(r[2] for r in rolling)
        attempts = collections.Counter(c for r in rolling for c in r[3])
        lines = nginx_lines(team, {r[0] for r in rolling})
        # Every request ends OK; a 502/503 may reach the client when nginx still counts the
        # other instance as failed (max_fails) while this one drains, and the client's retry
        # absorbs it. A 500 or an unanswered request fails the check.
        check(exits == [0, True, 0, True] and set(statuses) == {"OK"}
              and set(attempts) <= {200, 502, 503},
              "rolling restart (A then B, SIGTERM, exit codes %s) in %.1f s: %d requests, %s; "
              "attempts by HTTP code %s; nginx passed %d on to the other instance"
              % (exits[0::2], elapsed, len(rolling), dict(statuses), dict(attempts),
                 passed_on(lines)))

        # 10. verifydesk batch: 30 pairs through nginx while B is killed and started again.
        work = tempfile.mkdtemp(prefix="vd-cluster-batch-")
        try:
            pairs = os.path.join(work, "pairs")
            os.mkdir(pairs)
            for i in range(1, 31):
                with open(os.path.join(pairs, "%02d.jpg" % i), "wb") as f:
                    f.write(photo)
                with open(os.path.join(pairs, "%02d.protobuf" % i), "wb") as f:
                    f.write(capture)
            env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
                       XDG_DATA_HOME=os.path.join(work, "data"), LANG="C.UTF-8",
                       VERIFYDESK_API_SECRET="team-secret")
            env.pop("DISPLAY", None)
            env.pop("WAYLAND_DISPLAY", None)
            def served_by_b():
                return team.log(1).count("account=team http=200")

            before = served_by_b()
            t0 = time.monotonic()
            batch = subprocess.Popen([args.verifydesk, "--lang", "en", "batch", pairs,
                                      "--endpoint", "http://127.0.0.1:%d/" % lb, "--api-id",
                                      "team", "--concurrency", "4"], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            wait_for(lambda: served_by_b() >= before + 5, 60)
            killed_at = time.monotonic() - t0
            running_at_kill = batch.poll() is None
            port = team.instances[1][1]
            team.instances[1][0].kill()
            team.instances[1][0].wait(timeout=30)
            team.instances[1][0].stdout.close()
            time.sleep(1.0)
            team.start_instance(1, port=port)
            output = batch.communicate(timeout=150)[0]
            elapsed = time.monotonic() - t0
            db = sqlite3.connect(os.path.join(work, "pairs.batch.sqlite"))
            pair_statuses = collections.Counter(
                row[0] for row in db.execute("SELECT status FROM pairs"))
            answered = [row[0] for row in db.execute(
                "SELECT COUNT(*) FROM attempts WHERE state = 1 GROUP BY pair_index")]
            retried = db.execute("SELECT COUNT(*) FROM attempts WHERE state = 2").fetchone()[0]
            db.close()
            check(batch.returncode == 0 and running_at_kill and pair_statuses == {"OK": 30}
                  and answered == [1] * 30,
                  "verifydesk batch of 30 pairs through nginx, B killed after its 5th pair at "
                  "%.1f s (batch running: %s) and started again: exit %d in %.1f s, pairs %s, "
                  "one answered attempt each (%s), %d retried attempts%s"
                  % (killed_at, running_at_kill, batch.returncode, elapsed, dict(pair_statuses),
                     collections.Counter(answered), retried,
                     "" if batch.returncode == 0 else "\n" + output[-2000:]))
        finally:
            shutil.rmtree(work, ignore_errors=True)

        # 11. SIGTERM drain: a scoring in flight on A finishes, then A exits 0.
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
