#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one of the vendor page's samples (cURL, HTTPie, Python requests) against a freshly
started verifydesk-server, unchanged but for host, port and file paths, and checks that the
answer is a correct success: status OK, a TID request id, both scores numbers in [0, 1], both
ids. Exit code 0 on success; a ctest test."""
import argparse
import ast
import json
import os
import pty
import re
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def start_server(server, data_dir):
    proc = subprocess.Popen(
        [server, "--listen", "127.0.0.1:0", "--account", "ID:SECRET", "--data-dir", data_dir,
         "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if match:
            return proc, match.group(1)
    proc.kill()
    raise SystemExit("the server did not start: " + proc.stderr.read())


def run_sample(kind, base, selfie, liveness):
    if kind == "curl":
        # The page's cURL sample; the host and paths substituted.
        command = ('curl -X POST "%s/identity/liveness_selfie_verification?api_id=ID&api_secret=SECRET" '
                   '-F liveness_data_file=@%s -F selfie_file=@%s' % (base, liveness, selfie))
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60,
                                stdin=subprocess.DEVNULL)
        return command, result.stdout, result.stderr
    if kind == "httpie":
        # The page's HTTPie sample. HTTPie reads a non-terminal stdin as the body, so it runs on
        # a pseudo-terminal, as it would in the shell the page has in mind.
        command = ('http -f POST "%s/identity/liveness_selfie_verification?api_id=ID&api_secret=SECRET" '
                   'liveness_data_file@%s selfie_file@%s' % (base, liveness, selfie))
        master, slave = pty.openpty()
        try:
            result = subprocess.run(command, shell=True, capture_output=True, text=True,
                                    timeout=60, stdin=slave)
        finally:
            os.close(slave)
            os.close(master)
        return command, result.stdout, result.stderr
    command = [sys.executable, os.path.join(HERE, "vendor_sample.py"), base, selfie, liveness]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL)
    return " ".join(map(shlex.quote, command)), result.stdout, result.stderr


def parse(kind, output):
    # The Python sample prints a dict (its repr), the others the JSON body.
    if kind == "python":
        return ast.literal_eval(output.strip())
    return json.loads(output)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["curl", "httpie", "python"])
    parser.add_argument("--server", required=True)
    parser.add_argument("--make-capture", required=True)
    parser.add_argument("--photo", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        liveness = os.path.join(tmp, "liveness.protobuf")
        subprocess.run([args.make_capture, liveness, args.photo, args.photo, args.photo],
                       check=True)
        server, base = start_server(args.server, os.path.join(tmp, "data"))
        try:
            command, out, err = run_sample(args.kind, base, args.photo, liveness)
        finally:
            server.terminate()
            server.wait(timeout=20)
        # The page's placeholder secret is still a secret in a log: masked.
        print("$ " + command.replace("api_secret=SECRET", "api_secret=***"))
        print(out)
        try:
            answer = parse(args.kind, out)
        except (ValueError, SyntaxError):
            raise SystemExit("FAIL: the sample printed no answer; stderr: " + err)
        problems = []
        if answer.get("status") != "OK":
            problems.append("status is %r" % answer.get("status"))
        if not re.fullmatch(r"TID[0-9a-f]{32}", str(answer.get("request_id"))):
            problems.append("request_id is %r" % answer.get("request_id"))
        for score in ("verify_score", "hack_score"):
            value = answer.get(score)
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                problems.append("%s is %r" % (score, value))
        if isinstance(answer.get("verify_score"), (int, float)) and answer["verify_score"] < 0.7:
            problems.append("the same photo scored verify_score %r < 0.7" % answer["verify_score"])
        for key in ("image_id", "liveness_data_id"):
            if not answer.get(key):
                problems.append("no " + key)
        if problems:
            raise SystemExit("FAIL: " + "; ".join(problems))
        print("PASS: %s sample answered OK" % args.kind)


if __name__ == "__main__":
    main()
