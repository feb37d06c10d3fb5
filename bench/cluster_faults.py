#!/usr/bin/env python3
"""Faults under load on the cluster of scripts/cluster.sh (issue 18 §3), loopback only.

A mixed workload at a steady rate goes through HAProxy — reads of strategies and fiches, incident
submissions, reads and edits of meetings (each thread its own, with its version) by the
coordination — while, one after the other: a `vigie serve` is killed with
kill -9 and restarted; the PostgreSQL primary is killed and the replica promoted; the database
stops answering for 5 seconds (its processes frozen, as if the network dropped every packet:
this kernel has no tc qdiscs nor netfilter). For each fault:
requests failed (reads, writes), seconds until requests succeed again. At the end: every write
answered 2xx is read back (no acknowledged write lost), each background job's runs are counted
against the periods elapsed (none run twice), and the follow-up journal is verified.

Usage: bench/cluster_faults.py [--rate 40] [--dir var/cluster]   (the cluster must be up)
Exit 1 when an acknowledged write is lost or a job ran twice.
The load generator is this script (Python's standard library, threads): it records what every
request answered, which wrk's Lua scripts cannot do for the write check.
"""
import argparse
import http.client
import http.cookiejar
import json
import os
import random
import subprocess
import sys
import threading
import time

FRONT = ("127.0.0.1", 8090)
PASSWORD = "vigie-demo-2026"


class Client:
    """One keep-alive connection through HAProxy with the session cookie and CSRF token."""

    def __init__(self, cookie, csrf):
        self.cookie, self.csrf = cookie, csrf
        self.conn = None

    def call(self, method, path, body=None):
        headers = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(*FRONT, timeout=10)
            self.conn.request(method, path, data, headers)
            r = self.conn.getresponse()
            payload = r.read()
            return r.status, payload
        except (OSError, http.client.HTTPException):
            self.conn = None
            return 0, b""


def login():
    conn = http.client.HTTPConnection(*FRONT, timeout=10)
    conn.request("POST", "/api/v1/session",
                 json.dumps({"login": "coordination", "password": PASSWORD}),
                 {"Content-Type": "application/json"})
    r = conn.getresponse()
    body = json.loads(r.read())
    cookie = r.getheader("Set-Cookie").split(";")[0]
    return cookie, body["csrf_token"]


class Load:
    """Requests at `rate` per second from 8 threads; every answer kept with its time."""

    def __init__(self, cookie, csrf, rate, territory, strategy, fiches, organisation, category,
                 body):
        self.cookie, self.csrf, self.rate = cookie, csrf, rate
        self.territory, self.strategy, self.fiches = territory, strategy, fiches
        self.organisation, self.category, self.body = organisation, category, body
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.log = []  # (time, kind, status)
        self.acknowledged = []  # incident ids answered 201
        self.meetings = []  # per thread: its meeting, the last place acknowledged, those tried since

    def edit_meeting(self, client, mine, n):
        """A new place for the thread's own meeting, with the version last read (no conflicts
        between threads); a write that failed may still have been applied: it is kept as
        possible, and a 409 that follows it reads the version again."""
        place = f"Salle {n} (banc de pannes)"
        status, body = client.call("PUT", f"/api/v1/meetings/{mine['id']}", {
            "starts_at": mine["starts_at"], "place": place, "status": "prevue",
            "version": mine["version"]})
        if status == 200:
            mine.update(version=json.loads(body)["version"], acknowledged=place, since=[])
        else:
            mine["since"].append(place)
            if status == 409:
                status_get, current = client.call("GET", f"/api/v1/meetings/{mine['id']}")
                if status_get == 200:
                    mine["version"] = json.loads(current)["version"]
        return status

    def one(self, client, rng, mine):
        roll = rng.random()
        if mine and roll < 0.10:
            status = self.edit_meeting(client, mine, rng.randrange(10**6))
            kind = "write"
        elif mine and roll < 0.20:
            status, _ = client.call("GET", f"/api/v1/meetings/{mine['id']}")
            kind = "read"
        elif roll < 0.35:
            status, body = client.call("POST", f"/api/v1/territories/{self.territory}/incidents", {
                "category_id": self.category, "organisation_id": self.organisation,
                "occurred_on": "2026-11-30", "place": "Rue de la charge d'essai",
                "description": "Charge de test (banc de pannes)"})
            kind = "write"
            if status == 201:
                with self.lock:
                    self.acknowledged.append(json.loads(body)["id"])
        else:
            path = rng.choice([f"/api/v1/strategies/{self.strategy}",
                               f"/api/v1/actions/{rng.choice(self.fiches)}",
                               f"/api/v1/strategies?territory_id={self.territory}"])
            status, _ = client.call("GET", path)
            kind = "read"
        with self.lock:
            self.log.append((time.monotonic(), kind, status))

    def worker(self, seed):
        client, rng = Client(self.cookie, self.csrf), random.Random(seed)
        mine = None
        if self.body:
            starts_at = f"2027-0{seed % 9 + 1}-1{seed % 10}T18:00"
            status, body = client.call("POST", f"/api/v1/bodies/{self.body}/meetings",
                                       {"starts_at": starts_at, "status": "prevue"})
            if status == 201:
                created = json.loads(body)
                mine = {"id": created["id"], "starts_at": starts_at,
                        "version": created["version"], "acknowledged": None, "since": []}
                with self.lock:
                    self.meetings.append(mine)
        period = 8.0 / self.rate
        next_at = time.monotonic()
        while not self.stop.is_set():
            self.one(client, rng, mine)
            next_at += period
            time.sleep(max(0.0, next_at - time.monotonic()))

    def start(self):
        self.threads = [threading.Thread(target=self.worker, args=(i,)) for i in range(8)]
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join()

    def window(self, start, end):
        with self.lock:
            return [e for e in self.log if start <= e[0] < end]


def read_back(client, incident):
    """The incident's status, asked again while the answer is not 200 or 404 (a retry)."""
    for _ in range(10):
        status, _ = client.call("GET", f"/api/v1/incidents/{incident}")
        if status in (200, 404):
            return status
        time.sleep(0.5)
    return status


def fault(load, name, command, settle):
    start = time.monotonic()
    out = subprocess.run(command, capture_output=True, text=True)
    print(f"  {out.stdout.strip()}")
    time.sleep(settle)
    end = time.monotonic()
    entries = load.window(start, end)
    failed = [e for e in entries if not 200 <= e[2] < 300]
    last_failure = max((e[0] for e in failed), default=start)
    return {
        "panne": name,
        "requetes": len(entries),
        "lectures_echouees": sum(1 for e in failed if e[1] == "read"),
        "ecritures_echouees": sum(1 for e in failed if e[1] == "write"),
        "retour_en_s": round(last_failure - start, 1) if failed else 0.0,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=40)
    parser.add_argument("--dir", default="var/cluster")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    cookie, csrf = login()
    boot = Client(cookie, csrf)
    strategies = json.loads(boot.call("GET", "/api/v1/strategies")[1])["items"]

    def bodies_of(t):
        found = json.loads(boot.call("GET", f"/api/v1/bodies?territory_id={t}")[1])
        return found["items"] if isinstance(found, dict) else found

    # The first strategy whose territory has a body, whose meetings the load edits.
    chosen = next((x for x in strategies if bodies_of(x["territory_id"])), strategies[0])
    strategy = chosen["id"]
    territory = chosen["territory_id"]
    fiches = [a["id"] for a in json.loads(boot.call(
        "GET", f"/api/v1/strategies/{strategy}/actions")[1])["items"]] or [1]
    context = json.loads(boot.call("GET", f"/api/v1/territories/{territory}/observatoire")[1])
    bodies = bodies_of(territory)
    body = bodies[0]["id"] if bodies else None
    if body is None:
        print("(aucune instance sur ces territoires : pas de modification de réunion)")
    organisation = context["organisations"][0]["id"]
    category = context["categories"][0]["id"]

    cluster = ["scripts/cluster.sh"]
    print(f"Banc de pannes : {args.rate:g} requêtes/s (25 % d'écritures : faits, réunions), {os.cpu_count()} cœurs")
    load = Load(cookie, csrf, args.rate, territory, strategy, fiches, organisation, category, body)
    load.start()
    time.sleep(5)
    results = [
        fault(load, "kill -9 d'un serveur Vigie", cluster + ["kill-server", "2", args.dir], 10),
        fault(load, "kill -9 du primaire PostgreSQL", cluster + ["kill-primary", args.dir], 5),
        fault(load, "base injoignable 5 s (figée)", cluster + ["cut-network", "5", args.dir], 5),
    ]
    time.sleep(3)
    load.finish()

    lost = [i for i in load.acknowledged if read_back(boot, i) == 404]
    # A meeting's place is the last one acknowledged, or one tried after it (applied, unanswered).
    edits_lost = 0
    for m in load.meetings:
        status, current = boot.call("GET", f"/api/v1/meetings/{m['id']}")
        place = json.loads(current).get("place") if status == 200 else "?"
        if m["acknowledged"] is not None and place != m["acknowledged"] and place not in m["since"]:
            edits_lost += 1
    url = subprocess.run(cluster + ["url", args.dir], capture_output=True, text=True).stdout.strip()
    verify = subprocess.run(["build/vigie", "journal", "verify", "--db", url,
                             "--journal-key", os.path.join(args.dir, "journal.key")],
                            capture_output=True, text=True)
    print()
    print(f"{'panne':34} {'requêtes':>9} {'lectures KO':>12} {'écritures KO':>13} {'retour (s)':>11}")
    for r in results:
        print(f"{r['panne']:34} {r['requetes']:>9} {r['lectures_echouees']:>12} "
              f"{r['ecritures_echouees']:>13} {r['retour_en_s']:>11}")
    jobs = subprocess.run(["runuser", "-u", "postgres", "--", "psql", url, "-Atc",
                           "SELECT name || ' : ' || runs || ' exécution(s), dernière par ' || "
                           "COALESCE(last_owner, '-') FROM scheduled_jobs ORDER BY name"],
                          capture_output=True, text=True)
    print()
    print(f"Faits acquittés (201) : {len(load.acknowledged)} ; perdus : {len(lost)}")
    print(f"Réunions modifiées sous charge : {len(load.meetings)} (une par fil) ; dernière "
          f"modification acquittée (200) perdue : {edits_lost}")
    print("Tâches de fond (une exécution par période, quel que soit le nombre de serveurs) :")
    for line in jobs.stdout.strip().splitlines():
        print(f"  {line}")
    print(f"Journal des suivis : {'vérifié' if verify.returncode == 0 else 'ALTÉRÉ'} "
          f"({(verify.stdout + verify.stderr).strip().splitlines()[-1] if (verify.stdout + verify.stderr).strip() else ''})")
    return 1 if lost or edits_lost or verify.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
