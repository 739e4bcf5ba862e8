#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile traffic for bench/server/soak.sh: malformed and abusive requests to a loopback
verifydesk-server for a bounded time at a bounded rate, counted by outcome. Standard library
only. Refuses any address outside 127.0.0.0/8.

    hostile.py HOST PORT SECONDS [--rate PER_SECOND] [--slow MAX_SLOW_CLIENTS]
"""
import argparse
import collections
import ipaddress
import random
import socket
import sys
import threading
import time

PATH = "/identity/liveness_selfie_verification"
BOUNDARY = "soakhostileboundary42"


def multipart(fields):
    body = b""
    for name, value in fields:
        body += (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                 .encode() + value + b"\r\n")
    return body + f"--{BOUNDARY}--\r\n".encode()


def head(method="POST", path=PATH, headers=()):
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def truncated_body(rng):
    body = multipart([("api_id", b"soak"), ("api_secret", b"soak-secret"),
                      ("selfie_file", rng.randbytes(2000))])
    return head(headers=[("Content-Type", f"multipart/form-data; boundary={BOUNDARY}"),
                         ("Content-Length", str(len(body)))]) + body[:len(body) // 2], True


def garbage(rng):
    return rng.randbytes(rng.randint(1, 4096)), False


def garbage_after_head(rng):
    body = rng.randbytes(rng.randint(1, 4096))
    return head(headers=[("Content-Type", f"multipart/form-data; boundary={BOUNDARY}"),
                         ("Content-Length", str(len(body)))]) + body, False


def oversized_head(rng):
    return head(headers=[(f"X-Pad-{i}", "a" * 100) for i in range(rng.randint(100, 400))]), False


def huge_header_line(rng):
    return head(headers=[("X-Long", "b" * rng.randint(9000, 70000))]), False


def bad_chunked(rng):
    return head(headers=[("Content-Type", f"multipart/form-data; boundary={BOUNDARY}"),
                         ("Transfer-Encoding", "chunked")]) + b"zz\r\n" + rng.randbytes(64), False


def wrong_boundary(rng):
    body = multipart([("api_id", b"soak"), ("api_secret", b"soak-secret")])
    return head(headers=[("Content-Type", "multipart/form-data; boundary=other"),
                         ("Content-Length", str(len(body)))]) + body, False


def bad_credentials(rng):
    body = multipart([("api_id", b"soak"), ("api_secret", b"wrong-" + str(rng.random()).encode()),
                      ("selfie_image_id", b"none"), ("liveness_data_id", b"none")])
    return head(headers=[("Content-Type", f"multipart/form-data; boundary={BOUNDARY}"),
                         ("Content-Length", str(len(body)))]) + body, False


def corrupt_inputs(rng):
    body = multipart([("api_id", b"soak"), ("api_secret", b"soak-secret"),
                      ("selfie_file", b"\xff\xd8\xff\xe0" + rng.randbytes(3000)),
                      ("liveness_data_file", rng.randbytes(3000))])
    return head(headers=[("Content-Type", f"multipart/form-data; boundary={BOUNDARY}"),
                         ("Content-Length", str(len(body)))]) + body, False


def wrong_path(rng):
    return head(method=rng.choice(["GET", "POST", "PUT", "DELETE"]),
                path="/" + rng.randbytes(8).hex(), headers=[("Content-Length", "0")]), False


KINDS = [truncated_body, garbage, garbage_after_head, oversized_head, huge_header_line,
         bad_chunked, wrong_boundary, bad_credentials, corrupt_inputs, wrong_path]


def status_of(answer):
    if not answer:
        return "no answer"
    line = answer.split(b"\r\n", 1)[0].split()
    return line[1].decode(errors="replace") if len(line) > 1 else "unparsable"


def send_one(host, port, payload, half_close, timeout=15):
    with socket.create_connection((host, port), timeout=timeout) as s:
        try:
            s.sendall(payload)
            if half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        answer = b""
        try:
            while len(answer) < 65536:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    return status_of(answer)


def slow_client(host, port, seconds, counts, lock):
    """Sends a valid head one byte per second for `seconds`, then waits for the answer."""
    payload = head(headers=[("Content-Length", "0")])
    deadline = time.monotonic() + seconds
    outcome = "slow: dropped by server"
    try:
        with socket.create_connection((host, port), timeout=seconds + 15) as s:
            for i, byte in enumerate(payload):
                if time.monotonic() > deadline:
                    outcome = "slow: gave up"
                    break
                s.sendall(bytes([byte]))
                time.sleep(1)
            else:
                outcome = "slow: " + status_of(s.recv(4096))
    except OSError:
        pass
    with lock:
        counts[outcome] += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--rate", type=float, default=4.0)
    parser.add_argument("--slow", type=int, default=2)
    args = parser.parse_args()
    if not ipaddress.ip_address(args.host) in ipaddress.ip_network("127.0.0.0/8"):
        sys.exit("hostile.py: loopback addresses only")

    rng = random.Random(13)
    counts = collections.Counter()
    lock = threading.Lock()
    slow = []
    end = time.monotonic() + args.seconds
    sent = 0
    while time.monotonic() < end:
        slow = [t for t in slow if t.is_alive()]
        if len(slow) < args.slow and time.monotonic() + 20 < end:
            t = threading.Thread(target=slow_client, args=(args.host, args.port, 12, counts, lock),
                                 daemon=True)
            t.start()
            slow.append(t)
        kind = rng.choice(KINDS)
        payload, half_close = kind(rng)
        try:
            outcome = send_one(args.host, args.port, payload, half_close)
        except OSError as error:
            outcome = f"connect error {error.errno}"
        with lock:
            counts[f"{kind.__name__}: {outcome}"] += 1
        sent += 1
        time.sleep(1 / args.rate)
    for t in slow:
        t.join(timeout=30)
    print(f"hostile requests: {sent} (plus {sum(v for k, v in counts.items() if k.startswith('slow'))}"
          " slow clients)")
    for key, value in sorted(counts.items()):
        print(f"  {value:6d}  {key}")


if __name__ == "__main__":
    main()
