#!/usr/bin/env python3
"""Faults under load on the cluster of scripts/cluster.sh (issue 18 §3), loopback only.

The mixed workload of cluster_load.py goes through HAProxy at a steady rate — reads of strategies
and fiches, fiche and meeting edits, incident submissions, follow-up reads by a signatory — while,
one after the other: a `vigie serve` is killed with kill -9 and restarted; the PostgreSQL primary
is killed and the replica promoted; the database stops answering for 5 seconds (its processes
frozen, as if the network dropped every packet: this kernel has no tc qdiscs nor netfilter).
For each fault: requests failed (reads, writes), seconds until requests succeed again. At the
end: every write answered 2xx is read back (no acknowledged write lost), each background job's
runs are counted against its period and the times the bench made it due again meanwhile (every
31 s, at least twice, so the three servers race for it: none may run twice), and the follow-up
journal, which every record read under load extended, is verified.

Usage: bench/cluster_faults.py [--rate 40] [--dir var/cluster]   (the cluster must be up)
Exit 1 when an acknowledged write is lost, a job ran twice or the journal does not verify.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import threading
import time

from cluster_load import Client, Load, login, signatory

# The background jobs' periods in seconds (src/app/app_jobs.cc).
JOB_PERIODS = {"analyses_interrompues": 60}
DAY = 86400


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


def scene_of(coordination):
    """The first strategy whose territory has a body (its meetings are edited), its fiches, and
    an organisation and a category to submit incidents with."""
    strategies = coordination.json("GET", "/api/v1/strategies")["items"]

    def bodies_of(t):
        found = coordination.json("GET", f"/api/v1/bodies?territory_id={t}")
        return found["items"] if isinstance(found, dict) else found

    chosen = next((x for x in strategies if bodies_of(x["territory_id"])), strategies[0])
    territory = chosen["territory_id"]
    fiches = coordination.json("GET", f"/api/v1/strategies/{chosen['id']}/actions")["items"]
    context = coordination.json("GET", f"/api/v1/territories/{territory}/observatoire")
    bodies = bodies_of(territory)
    return {"territory": territory, "strategy": chosen["id"],
            "fiches": [a["id"] for a in fiches] or [1],
            "organisation": context["organisations"][0]["id"],
            "category": context["categories"][0]["id"],
            "body": bodies[0]["id"] if bodies else None}


def job_runs(url):
    """{job name: runs so far}, read on the primary."""
    out = subprocess.run(["runuser", "-u", "postgres", "--", "psql", url, "-Atc",
                          "SELECT name, runs FROM scheduled_jobs ORDER BY name"],
                         capture_output=True, text=True, check=True).stdout
    return {name: int(runs) for name, runs in (line.split("|") for line in out.split())}


class JobForcer(threading.Thread):
    """Makes every background job due again every 31 s (`due_at` = 0): between two forcings each
    of the three servers, which offer the jobs every 30 s, has raced for them — each forcing must
    give one run, not one per server."""

    def __init__(self, url):
        super().__init__()
        self.url, self.forced, self.stop = url, 0, threading.Event()

    def run(self):
        while not self.stop.wait(31):
            done = subprocess.run(["runuser", "-u", "postgres", "--", "psql", self.url, "-qAtc",
                                   "UPDATE scheduled_jobs SET due_at = 0"],
                                  capture_output=True, text=True)
            self.forced += done.returncode == 0  # none during a failover: not counted


def jobs_run_twice(before, after, seconds, forced):
    """Lines naming each job's runs against what its period and the forcings allow over `seconds`
    (one run more: a crash's retry, or a period that straddles the start); the number over."""
    lines, excess = [], 0
    for name, runs in sorted(after.items()):
        done = runs - before.get(name, 0)
        allowed = forced + math.ceil(seconds / JOB_PERIODS.get(name, DAY)) + 1
        excess += done > allowed
        lines.append(f"  {name} : {done} exécution(s) pendant le banc (au plus {allowed})")
    return lines, excess


def print_table(results):
    print()
    print(f"{'panne':34} {'requêtes':>9} {'lectures KO':>12} {'écritures KO':>13} {'retour (s)':>11}")
    for r in results:
        print(f"{r['panne']:34} {r['requetes']:>9} {r['lectures_echouees']:>12} "
              f"{r['ecritures_echouees']:>13} {r['retour_en_s']:>11}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=40)
    parser.add_argument("--dir", default="var/cluster")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    cluster = ["scripts/cluster.sh"]
    coordination, admin = login("coordination"), login("admin")
    scene = scene_of(coordination)
    agent, scene["followup"] = signatory(scene["territory"], admin, coordination)
    if scene["body"] is None:
        print("(aucune instance sur ce territoire : pas de modification de réunion)")
    url = subprocess.run(cluster + ["url", args.dir], capture_output=True, text=True).stdout.strip()
    runs_before, began = job_runs(url), time.monotonic()

    print(f"Banc de pannes : {args.rate:g} requêtes/s (30 % d'écritures : faits, réunions, fiches ; "
          f"10 % de lectures de suivi par un signataire), {os.cpu_count()} cœurs")
    load = Load({"coordination": coordination, "agent": agent}, args.rate, scene)
    forcer = JobForcer(url)
    load.start()
    forcer.start()
    time.sleep(5)
    results = [
        fault(load, "kill -9 d'un serveur Vigie", cluster + ["kill-server", "2", args.dir], 10),
        fault(load, "kill -9 du primaire PostgreSQL", cluster + ["kill-primary", args.dir], 5),
        fault(load, "base injoignable 5 s (figée)", cluster + ["cut-network", "5", args.dir], 5),
    ]
    time.sleep(3)
    load.finish()
    while forcer.forced < 2:  # at least two forcings (none succeeds during a failover)
        time.sleep(1)
    forcer.stop.set()
    forcer.join()
    time.sleep(31)  # every server offers the jobs once more after the last forcing

    lost = [i for i in load.acknowledged if read_back(coordination, i) == 404]
    edits_lost = sum(1 for o in load.owned if o.lost(coordination))
    job_lines, jobs_twice = jobs_run_twice(runs_before, job_runs(url), time.monotonic() - began,
                                           forcer.forced)
    verify = subprocess.run(["build/vigie", "journal", "verify", "--db", url,
                             "--journal-key", os.path.join(args.dir, "journal.key")],
                            capture_output=True, text=True)
    said = (verify.stdout + verify.stderr).strip().splitlines()
    print_table(results)
    print()
    print(f"Faits acquittés (201) : {len(load.acknowledged)} ; perdus : {len(lost)}")
    print(f"Réunions et fiches modifiées sous charge : {len(load.owned)} (les siennes par fil) ; "
          f"dernière modification acquittée (200) perdue : {edits_lost}")
    print(f"Tâches de fond, rendues dues {forcer.forced} fois pendant le banc (une exécution "
          "par échéance, quel que soit le nombre de serveurs) :")
    print("\n".join(job_lines))
    print(f"Journal des suivis : {'vérifié' if verify.returncode == 0 else 'ALTÉRÉ'} "
          f"({said[-1] if said else ''})")
    return 1 if lost or edits_lost or jobs_twice or verify.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
