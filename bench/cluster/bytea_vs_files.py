#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Why stored inputs are bytea rows and not files on a shared --blob-dir: 1 MiB written and read
back 30 times in a private PostgreSQL (as bytea) and as files (write + fsync) on the local disk.
Prints medians; asserts nothing. Run from the source tree: python3 bench/cluster/bytea_vs_files.py"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "packaging", "cluster"))
import cluster  # noqa: E402

COUNT = 30


def median(values):
    return sorted(values)[len(values) // 2]


def main():
    team = cluster.Cluster("verifydesk-server", [], instances=0)
    try:
        team.start_postgres()
        blob = os.urandom(1 << 20)
        hex_file = os.path.join(team.root, "blob.hex")
        with open(hex_file, "w") as f:
            f.write(blob.hex())
        os.chmod(hex_file, 0o644)
        script = ("CREATE TABLE b (id int, data bytea);\n\\set content `cat %s`\n\\timing on\n"
                  % hex_file)
        script += "".join("INSERT INTO b VALUES (%d, decode(:'content', 'hex'));\n" % i
                          for i in range(COUNT))
        script += "".join("SELECT md5(data) FROM b WHERE id = %d;\n" % i for i in range(COUNT))
        env = dict(os.environ, PGPASSWORD=team.pg_password)
        out = subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(team.pg_port),
                              "-U", "verifydesk", "-d", "verifydesk"], input=script, env=env,
                             capture_output=True, text=True, check=True).stdout
        times = [float(line.split()[1]) for line in out.splitlines() if line.startswith("Time:")]
        print("bytea, 1 MiB: insert %.2f ms, read back (md5 of the bytes) %.2f ms (medians; "
              "server side, including decoding the hex text)"
              % (median(times[:COUNT]), median(times[COUNT:])))
        folder = os.path.join(team.root, "blobs")
        os.mkdir(folder)
        writes, reads = [], []
        for i in range(COUNT):
            started = time.perf_counter()
            with open(os.path.join(folder, str(i)), "wb") as f:
                f.write(blob)
                f.flush()
                os.fsync(f.fileno())
            writes.append((time.perf_counter() - started) * 1e3)
        for i in range(COUNT):
            started = time.perf_counter()
            with open(os.path.join(folder, str(i)), "rb") as f:
                f.read()
            reads.append((time.perf_counter() - started) * 1e3)
        print("file on the local disk, 1 MiB: write + fsync %.2f ms, read %.2f ms (medians; an "
              "NFS --blob-dir adds network round trips to both)" % (median(writes), median(reads)))
    finally:
        team.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
