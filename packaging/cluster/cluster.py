#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private verifydesk-server team on loopback: PostgreSQL (initdb into a temporary folder),
N server instances on one database, nginx in front. Used by setup.sh (a try-out) and by the
cluster integration test. PostgreSQL and nginx refuse to run as root; as root they run as the
user `nobody` in a folder it owns."""

import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

PG_BIN = "/usr/lib/postgresql/15/bin"
NGINX = "/usr/sbin/nginx"
HERE = os.path.dirname(os.path.abspath(__file__))


def missing_tools():
    return [p for p in (os.path.join(PG_BIN, "initdb"), os.path.join(PG_BIN, "pg_ctl"), NGINX)
            if not os.access(p, os.X_OK)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, server_exe, accounts, instances=2, workers=1, models=None):
        self.server_exe = server_exe
        self.accounts = accounts
        self.count = instances
        self.workers = workers
        self.models = models
        self.as_root = os.geteuid() == 0
        self.root = tempfile.mkdtemp(prefix="vd-cluster-", dir=self._base())
        os.chmod(self.root, 0o755)  # the unprivileged user enters to reach its own folder
        self.shared = os.path.join(self.root, "shared")
        os.mkdir(self.shared, 0o700)
        if self.as_root:
            user = pwd.getpwnam("nobody")
            os.chown(self.shared, user.pw_uid, user.pw_gid)
        self.pg_port = free_port()
        self.lb_port = free_port()
        # A password of the run: the server gets it in PGPASSWORD, never on its command line.
        self.pg_password = os.urandom(12).hex()
        self.instances = []  # [process, port] per instance slot
        self.nginx_started = False

    # -- helpers ----------------------------------------------------------------------------
    def _base(self):
        # As root, `nobody` must be able to pass through the parent of the folder.
        candidates = [tempfile.gettempdir(), "/var/tmp", "/dev/shm"]
        if not self.as_root:
            return candidates[0]
        for folder in candidates:
            if os.path.isdir(folder) and os.stat(folder).st_mode & 0o001:
                return folder
        raise RuntimeError("no temporary folder that the user nobody can enter: set TMPDIR")

    def _unprivileged(self, argv):
        return ["runuser", "-u", "nobody", "--"] + argv if self.as_root else argv

    def _run(self, argv, **kw):
        done = subprocess.run(self._unprivileged(argv), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=120, text=True, **kw)
        if done.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (os.path.basename(argv[0]),
                                                       done.returncode, done.stderr.strip()))

    @property
    def pg_data(self):
        return os.path.join(self.shared, "pg")

    @property
    def database_url(self):
        return "postgresql://verifydesk@127.0.0.1:%d/verifydesk" % self.pg_port

    # -- PostgreSQL -------------------------------------------------------------------------
    def start_postgres(self):
        pwfile = os.path.join(self.shared, "pwfile")
        with open(pwfile, "w") as f:
            f.write(self.pg_password + "\n")
        os.chmod(pwfile, 0o600)
        if self.as_root:
            user = pwd.getpwnam("nobody")
            os.chown(pwfile, user.pw_uid, user.pw_gid)
        self._run([os.path.join(PG_BIN, "initdb"), "-D", self.pg_data, "-U", "verifydesk",
                   "--pwfile", pwfile, "--auth", "scram-sha-256", "-E", "UTF8", "--no-sync"])
        os.remove(pwfile)
        self.pg_ctl("start")
        env = dict(os.environ, PGPASSWORD=self.pg_password)
        subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(self.pg_port), "-U",
                        "verifydesk", "-d", "postgres", "-c", "CREATE DATABASE verifydesk"],
                       check=True, env=env, timeout=60, stdout=subprocess.DEVNULL)

    def pg_ctl(self, action):
        options = "-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off" % (
            self.pg_port, self.shared)
        argv = [os.path.join(PG_BIN, "pg_ctl"), "-D", self.pg_data, "-w", "-t", "60",
                "-m", "fast", "-l", os.path.join(self.shared, "postgres.log")]
        if action != "stop":
            argv += ["-o", options]
        self._run(argv + [action])

    def psql(self, sql):
        env = dict(os.environ, PGPASSWORD=self.pg_password)
        return subprocess.run(["psql", "-X", "-A", "-t", "-h", "127.0.0.1", "-p",
                               str(self.pg_port), "-U", "verifydesk", "-d", "verifydesk", "-c",
                               sql], check=True, env=env, timeout=60, capture_output=True,
                              text=True).stdout.strip()

    # -- server instances -------------------------------------------------------------------
    def start_instance(self, slot, port=0, shared=True):
        accounts = os.path.join(self.root, "accounts.json")
        if not os.path.exists(accounts):
            fd = os.open(accounts, os.O_WRONLY | os.O_CREAT, 0o600)
            with os.fdopen(fd, "w") as f:
                json.dump({"accounts": self.accounts}, f)
        data = os.path.join(self.root, "data%d" % slot)
        argv = [self.server_exe, "--listen", "127.0.0.1:%d" % port, "--accounts", accounts,
                "--data-dir", data, "--workers", str(self.workers), "--trusted-proxy",
                "127.0.0.1", "--log-level", "info"]
        if shared:
            argv += ["--database", self.database_url]
        if self.models:
            argv += ["--models", self.models]
        log = open(os.path.join(self.root, "server%d.log" % slot), "ab")
        env = dict(os.environ, PGPASSWORD=self.pg_password)
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=log, env=env, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError("instance %d did not start: see %s" % (slot, log.name))
            found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if found:
                while len(self.instances) <= slot:
                    self.instances.append(None)
                self.instances[slot] = [proc, int(found.group(1))]
                return int(found.group(1))
        raise RuntimeError("instance %d did not start in time" % slot)

    def log(self, slot):
        with open(os.path.join(self.root, "server%d.log" % slot), errors="replace") as f:
            return f.read()

    def stop_instance(self, slot, sig=signal.SIGTERM):
        proc = self.instances[slot][0]
        if proc.poll() is None:
            proc.send_signal(sig)
        try:
            return proc.wait(timeout=60)
        finally:
            proc.stdout.close()

    # -- nginx ------------------------------------------------------------------------------
    def start_nginx(self):
        prefix = os.path.join(self.shared, "nginx")
        os.mkdir(prefix)
        if self.as_root:
            user = pwd.getpwnam("nobody")
            os.chown(prefix, user.pw_uid, user.pw_gid)
        upstreams = "\n".join("        server 127.0.0.1:%d max_fails=1 fail_timeout=5s;" % port
                              for _proc, port in self.instances)
        with open(os.path.join(HERE, "nginx.conf.in")) as f:
            conf = f.read()
        conf = (conf.replace("@PREFIX@", prefix).replace("@LISTEN@", "127.0.0.1:%d" % self.lb_port)
                .replace("@UPSTREAMS@", upstreams))
        conf_path = os.path.join(self.root, "nginx.conf")
        with open(conf_path, "w") as f:
            f.write(conf)
        os.chmod(conf_path, 0o644)
        self._run([NGINX, "-p", prefix, "-c", conf_path, "-e", os.path.join(prefix, "error.log")])
        self.nginx_started = True
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.lb_port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("nginx did not start")

    def stop(self):
        for entry in self.instances:
            if entry and entry[0].poll() is None:
                entry[0].terminate()
                try:
                    entry[0].wait(timeout=30)
                except subprocess.TimeoutExpired:
                    entry[0].kill()
        if self.nginx_started:
            pid_file = os.path.join(self.shared, "nginx", "nginx.pid")
            try:
                with open(pid_file) as f:
                    os.kill(int(f.read().strip()), signal.SIGQUIT)
            except (OSError, ValueError):
                pass
        if os.path.exists(os.path.join(self.pg_data, "postmaster.pid")):
            try:
                self.pg_ctl("stop")
            except subprocess.SubprocessError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)


def write_samples(engine, root):
    """The demo inputs (packaging/make-demo-data.sh) for the printed curl commands, when
    verifydesk-engine is built; otherwise the commands name placeholders and say why."""
    folder = os.path.join(root, "samples")
    maker = os.path.join(HERE, "..", "make-demo-data.sh")
    if os.access(engine, os.X_OK):
        done = subprocess.run([maker, folder, engine], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        if done.returncode == 0:
            return {"note": "sample inputs in %s (the same person, live; "
                            "liveness-replay.protobuf is an attack)\n" % folder,
                    "selfie": os.path.join(folder, "selfie.jpg"),
                    "capture": os.path.join(folder, "liveness-genuine.protobuf")}
        last = done.stderr.strip().splitlines()[-1:]
        reason = "make-demo-data.sh failed" + (": " + last[0] if last else "")
    else:
        reason = "no verifydesk-engine at %s to write sample inputs with (build it)" % engine
    return {"note": reason + "\n", "selfie": "SELFIE.jpg", "capture": "CAPTURE.protobuf"}


def try_out():
    """setup.sh: a team on loopback until Ctrl+C."""
    import argparse
    parser = argparse.ArgumentParser(description="A verifydesk-server team on loopback: a "
                                     "private PostgreSQL, N instances and nginx, until Ctrl+C.")
    parser.add_argument("--server", required=True, help="the verifydesk-server executable")
    parser.add_argument("--instances", type=int, default=2, choices=(1, 2, 3))
    parser.add_argument("--models", help="folder of the face-api weights")
    parser.add_argument("--engine", help="verifydesk-engine, to write sample inputs "
                        "(default: the one beside --server)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print("missing: %s (packaging/install-deps.sh installs them)" % ", ".join(missing))
        return 1
    def interrupted(_signum, _frame):
        raise KeyboardInterrupt

    # SIGTERM (a service manager, or a shell that started setup.sh in the background, where
    # SIGINT is ignored) stops everything just like Ctrl+C.
    signal.signal(signal.SIGTERM, interrupted)
    secret = os.urandom(16).hex()
    team = Cluster(args.server, [{"id": "team", "secret": secret, "rate_limit_per_second": 20}],
                   instances=args.instances, models=args.models)
    secret_file = os.path.join(team.root, "api_secret")
    fd = os.open(secret_file, os.O_WRONLY | os.O_CREAT, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secret)
    try:
        print("starting PostgreSQL on 127.0.0.1:%d ..." % team.pg_port, flush=True)
        team.start_postgres()
        for slot in range(args.instances):
            port = team.start_instance(slot)
            print("instance %d on 127.0.0.1:%d, pid %d" % (slot + 1, port,
                                                          team.instances[slot][0].pid),
                  flush=True)
        team.start_nginx()
        first = team.instances[0][1]
        samples = write_samples(args.engine or os.path.join(os.path.dirname(args.server),
                                                            "verifydesk-engine"), team.root)
        print("""
nginx on http://127.0.0.1:{lb}  (logs and data in {root})
account: api_id=team, api_secret in {secret} (0600; curl reads it with -F "api_secret=<FILE")
{samples}
  curl -s -F api_id=team -F "api_secret=<{secret}" -F selfie_file=@{selfie} \\
       -F liveness_data_file=@{capture} \\
       http://127.0.0.1:{lb}/identity/liveness_selfie_verification
  curl -s http://127.0.0.1:{first}/healthz      # per instance; nginx keeps /metrics to itself
  curl -s http://127.0.0.1:{first}/metrics

Stop an instance (kill PID) and nginx sends the next requests to the others.
Ctrl+C stops everything and removes {root}.""".format(
            lb=team.lb_port, root=team.root, secret=secret_file, first=first,
            samples=samples["note"], selfie=samples["selfie"], capture=samples["capture"]),
              flush=True)
        signal.pause()
    except KeyboardInterrupt:
        print("\nstopping ...", flush=True)
    finally:
        # Ctrl+C reaches the whole process group, and a second one must not cut the cleanup
        # short: the instances drain on their own SIGINT, PostgreSQL and nginx are stopped here.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        team.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(try_out())
