#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Throughput of a verifydesk-server team through nginx with 1, 2 and 3 instances (one scoring
worker each), and the per-request cost of the PostgreSQL rate limiter against the in-memory one.
Prints numbers and ratios; it asserts nothing."""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "packaging", "cluster"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "server"))
import cluster  # noqa: E402
from cluster_test import creds, post  # noqa: E402


def throughput(port, fields, seconds, clients):
    deadline = time.monotonic() + seconds

    def client(_i):
        done = errors = 0
        while time.monotonic() < deadline:
            code, status, _raw = post(port, fields)
            if code == 200 and status == "OK":
                done += 1
            else:
                errors += 1
        return done, errors

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    elapsed = time.monotonic() - started
    return sum(r[0] for r in results) / elapsed, sum(r[1] for r in results)


def latency(port, account, count, keyed=False):
    """ms per sequential admitted request; keyed: each with a new X-Request-ID (charged once per
    key: a transaction with the row lock, the key lookup and its insert)."""
    def headers():
        return {"X-Request-ID": str(uuid.uuid4())} if keyed else None

    post(port, creds(account), headers=headers())
    started = time.perf_counter()
    for _ in range(count):
        post(port, creds(account), headers=headers())
    return (time.perf_counter() - started) / count * 1e3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--make-capture", required=True)
    parser.add_argument("--photo", required=True)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    if cluster.missing_tools():
        print("needs PostgreSQL 15 and nginx: " + ", ".join(cluster.missing_tools()))
        return 1
    with open(args.photo, "rb") as f:
        photo = f.read()
    with tempfile.NamedTemporaryFile(suffix=".vdlc") as capture_file:
        subprocess.run([args.make_capture, capture_file.name, args.photo, args.photo,
                        args.photo], check=True)
        capture = capture_file.read()
    accounts = [{"id": "bench", "secret": "bench-secret", "rate_limit_per_second": 0},
                {"id": "limited", "secret": "limited-secret",
                 "rate_limit_per_second": 1000000, "quota": 1000000000}]
    print("machine: %d cores (os.cpu_count), load average %.2f %.2f %.2f" %
          ((os.cpu_count(),) + os.getloadavg()))
    rates = {}
    for count in (1, 2, 3):
        team = cluster.Cluster(args.server, accounts, instances=count)
        try:
            team.start_postgres()
            for slot in range(count):
                team.start_instance(slot)
            team.start_nginx()
            code, status, raw = post(team.lb_port, creds("bench"),
                                     [("selfie_file", "s.jpg", photo),
                                      ("liveness_data_file", "c.vdlc", capture)])
            if status != "OK":
                print("upload failed: %d %s" % (code, raw[:200]))
                return 1
            answer = json.loads(raw)
            fields = creds("bench") + [("selfie_image_id", answer["image_id"]),
                                       ("liveness_data_id", answer["liveness_data_id"])]
            rate, errors = throughput(team.lb_port, fields, args.seconds, args.clients)
            rates[count] = rate
            print("%d instance(s): %.2f verifications/s through nginx (%d clients, %.0f s, "
                  "%d non-OK answers), x%.2f of 1 instance"
                  % (count, rate, args.clients, args.seconds, errors, rate / rates[1]))
            if count == 1:
                memory_port = team.start_instance(1, shared=False)
                shared_port = team.instances[0][1]
                memory = latency(memory_port, "limited", args.requests)
                shared = latency(shared_port, "limited", args.requests)
                keyed = latency(shared_port, "limited", args.requests, keyed=True)
                memory_keyed = latency(memory_port, "limited", args.requests, keyed=True)
                print("rate limiter, %d sequential admitted requests each: in memory %.3f ms, "
                      "PostgreSQL UPDATE … RETURNING %.3f ms per request: +%.3f ms"
                      % (args.requests, memory, shared, shared - memory))
                print("with an X-Request-ID each (charged once per key): in memory %.3f ms, "
                      "PostgreSQL transaction %.3f ms: +%.3f ms over the UPDATE alone"
                      % (memory_keyed, keyed, keyed - shared))
        finally:
            team.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
