#!/usr/bin/env python3
"""The main screens' API calls over a département-scale installation (issue 18 §4).

For each store given (a label and a database URL), a `vigie serve` is started on it; the
coordonnateur "coordination" logs in (the administrateur "admin" for the Administration screen,
which lists every territory), the ids of the screens are found through the API (its first
territory, the adopted strategy, the groupe opérationnel, a meeting), and each call is made
`--n` times one after the other on one keep-alive connection (after 10 to fill the caches):
p50 and p99 in milliseconds, side by side, one column pair per store. The demo database is the
peer: the same calls on the five real strategies.

Usage: bench/departement.py --n 200 demo=var/demo.db "sqlite=/tmp/dep.db" "pg=postgresql://…"
Exit 1 when a call answers anything but 200.
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import time

PASSWORD = "vigie-demo-2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`vigie serve` on one store, stopped on exit."""

    def __init__(self, db, key):
        self.port = free_port()
        self.proc = subprocess.Popen(
            ["build/vigie", "serve", "--db", db, "--port", str(self.port), "--journal-key", key],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"vigie serve ne répond pas sur {db}")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


class Session:
    def __init__(self, port, login="coordination"):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.conn.request("POST", "/api/v1/session",
                          json.dumps({"login": login, "password": PASSWORD}),
                          {"Content-Type": "application/json"})
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 201:
            raise RuntimeError(f"connexion : {r.status} {body[:200]!r}")
        self.cookie = r.getheader("Set-Cookie").split(";")[0]

    def get(self, path):
        self.conn.request("GET", path, headers={"Cookie": self.cookie})
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"{path} : {r.status} {body[:300]!r}")
        return body

    def json(self, path):
        return json.loads(self.get(path))


def items(value):
    return value["items"] if isinstance(value, dict) and "items" in value else value


def screens(s):
    """The main screens' calls, with the ids of this installation."""
    # The first of the coordonnateur's territories with an adopted strategy and a body.
    for territory in sorted(x["id"] for x in items(s.json("/api/v1/territories"))):
        strategies = items(s.json(f"/api/v1/strategies?territory_id={territory}"))
        adopted = [x for x in strategies if x.get("status") == "adoptee"] or strategies
        bodies = items(s.json(f"/api/v1/bodies?territory_id={territory}"))
        if adopted and bodies:
            t, st = territory, adopted[-1]["id"]
            break
    else:
        raise RuntimeError("aucun territoire n'a de stratégie et d'instance")
    body = max(bodies, key=lambda b: len(items(s.json(f"/api/v1/bodies/{b['id']}/meetings"))))
    meetings = items(s.json(f"/api/v1/bodies/{body['id']}/meetings"))
    held = [m for m in meetings if m.get("status") == "tenue"] or meetings
    m = held[-1]["id"]
    return [
        ("Accueil", "/api/v1/me"),
        ("Accueil", "/api/v1/territories"),
        ("Accueil", f"/api/v1/territories/{t}/governance-outlook"),
        ("Accueil", f"/api/v1/decisions?open=1&territory_id={t}"),
        ("Stratégie", f"/api/v1/strategies?territory_id={t}"),
        ("Stratégie", f"/api/v1/strategies/{st}"),
        ("Stratégie", f"/api/v1/strategies/{st}/axes"),
        ("Stratégie", f"/api/v1/strategies/{st}/actions"),
        ("Évaluation", f"/api/v1/strategies/{st}/evaluation"),
        ("Gouvernance", f"/api/v1/bodies?territory_id={t}"),
        ("Gouvernance", f"/api/v1/bodies/{body['id']}/meetings"),
        ("Gouvernance", f"/api/v1/meetings/{m}"),
        ("Gouvernance", f"/api/v1/meetings/{m}/content"),
        ("Gouvernance", f"/api/v1/decisions?territory_id={t}"),
        ("Partenaires", f"/api/v1/organisations?territory_id={t}"),
        ("Diagnostic", f"/api/v1/territories/{t}/diagnostic"),
        ("Observatoire", f"/api/v1/territories/{t}/observatoire"),
        ("Observatoire", f"/api/v1/territories/{t}/incidents"),
        ("Observatoire", f"/api/v1/territories/{t}/incidents/summary"),
        ("Observatoire", f"/api/v1/territories/{t}/problems?open=1"),
        ("Administration", f"/api/v1/users?territory_id={t}"),  # as admin
        ("Administration", "/api/v1/territories"),
    ]


def percentile(values, p):
    values = sorted(values)
    return values[int(p * (len(values) - 1))]


def measure(s, path, n):
    for _ in range(10):
        s.get(path)
    ms = []
    for _ in range(n):
        start = time.perf_counter()
        s.get(path)
        ms.append((time.perf_counter() - start) * 1000)
    return percentile(ms, 0.5), percentile(ms, 0.99)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--journal-key", default=None)
    parser.add_argument("stores", nargs="+", help="label=url")
    args = parser.parse_args()
    stores = [x.split("=", 1) for x in args.stores]
    results = {}
    for label, url in stores:
        key = args.journal_key or os.path.join(os.path.dirname(os.path.abspath(
            url if not url.startswith("postgresql") else "var/x")), "journal.key")
        server = Server(url, key)
        try:
            s = Session(server.port)
            admin = Session(server.port, "admin")
            for screen, path in screens(s):
                who = admin if screen == "Administration" else s
                generic = "/".join("{id}" if part.isdigit() else part for part in
                                   path.split("?")[0].split("/"))
                query = path.split("?")[1] if "?" in path else ""
                query = "&".join(q if not q.startswith("territory_id=") else "territory_id={id}"
                                 for q in query.split("&") if q)
                results.setdefault((screen, generic + ("?" + query if query else "")), {})[
                    label] = measure(who, path, args.n)
        finally:
            server.stop()
    print(f"Appels des écrans principaux (ms, {args.n} appels à la suite, un client ; "
          f"{os.cpu_count()} cœurs ; cible : p99 < 50 ms)")
    head = f"  {'écran':14} {'appel':58}" + "".join(f" {label + ' p50':>14} {'p99':>7}"
                                                    for label, _ in stores)
    print(head)
    worst = 0.0
    for (screen, path), by_store in results.items():
        line = f"  {screen:14} {path:58}"
        for label, _ in stores:
            p50, p99 = by_store.get(label, (float("nan"), float("nan")))
            worst = max(worst, p99)
            line += f" {p50:14.2f} {p99:7.2f}"
        print(line)
    print(f"  p99 le plus lent : {worst:.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
