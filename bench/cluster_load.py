"""The mixed workload of the fault bench (bench/cluster_faults.py), through HAProxy.

Each of 8 threads, at a steady rate: reads of strategies and fiches; incident submissions; reads
and edits of its own meeting and its own fiche (with their versions, so that threads never
conflict and a lost edit can be told from a refused one); reads of a follow-up record by a partner
agent who signed the charter of its confidential cell (each read journaled). Every answer is kept
with its time. Python's standard library only: it records what every request answered, which
wrk's Lua scripts cannot do for the write check.
"""
import base64
import hashlib
import hmac
import http.client
import json
import random
import struct
import threading
import time

FRONT = ("127.0.0.1", 8090)
PASSWORD = "vigie-demo-2026"
SIGNATORY_PASSWORD = "banc-de-pannes-2026-suivi"


class Client:
    """One keep-alive connection through HAProxy with a session cookie and its CSRF token."""

    def __init__(self, cookie, csrf):
        self.cookie, self.csrf = cookie, csrf
        self.conn = None

    def call(self, method, path, body=None):
        """(status, payload); status 0 when the connection failed (reconnects next time)."""
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
            return r.status, r.read()
        except (OSError, http.client.HTTPException):
            self.conn = None
            return 0, b""

    def json(self, method, path, body=None):
        """The decoded answer of a set-up call; RuntimeError naming the call unless 2xx."""
        status, payload = self.call(method, path, body)
        if not 200 <= status < 300:
            raise RuntimeError(f"{method} {path} : {status} {payload[:300]!r}")
        return json.loads(payload) if payload else None

    def twin(self):
        """The same session on a connection of its own (one per thread)."""
        return Client(self.cookie, self.csrf)


def totp(secret, at=None):
    """The current RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", int((at or time.time()) // 30)), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return f"{(struct.unpack('>I', mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000:06d}"


def login(user, password=PASSWORD):
    """A signed-in Client; RuntimeError when the login is refused."""
    conn = http.client.HTTPConnection(*FRONT, timeout=10)
    conn.request("POST", "/api/v1/session", json.dumps({"login": user, "password": password}),
                 {"Content-Type": "application/json"})
    r = conn.getresponse()
    payload = r.read()
    if r.status != 201:
        raise RuntimeError(f"connexion de {user} : {r.status} {payload[:200]!r}")
    return Client(r.getheader("Set-Cookie").split(";")[0], json.loads(payload)["csrf_token"])


def signatory(territory, admin, coordination):
    """A partner agent, signatory member of a new confidential cell of `territory`, enrolled in
    the second factor, with one follow-up record: (their Client, the record's id). The admin
    creates the cell, the account and the membership; the coordination confirms them (four
    eyes)."""
    tag = str(int(time.time()))
    cell = admin.json("POST", "/api/v1/bodies", {
        "territory_id": territory, "name": f"Cellule de veille (banc de pannes {tag})",
        "kind": "cellule_veille", "frequency": "monthly", "confidentiality": "confidentiel"})
    org = admin.json("POST", "/api/v1/organisations", {
        "territory_id": territory, "name": f"Prévention (banc de pannes {tag})",
        "kind": "collectivite"})
    user = admin.json("POST", "/api/v1/users", {
        "login": f"banc.{tag}", "display_name": "Agent du banc de pannes",
        "password": SIGNATORY_PASSWORD, "territory_id": territory, "role": "partenaire"})
    contact = admin.json("POST", f"/api/v1/organisations/{org['id']}/contacts",
                         {"name": "Agent du banc de pannes", "user_id": user["id"]})
    member = admin.json("POST", f"/api/v1/bodies/{cell['id']}/members", {
        "contact_id": contact["id"], "role": "membre", "charter_signed_on": "2025-01-10"})
    coordination.json("POST", f"/api/v1/contacts/{contact['id']}/link", {"decision": "confirme"})
    coordination.json("POST", f"/api/v1/members/{member['id']}/access", {"decision": "confirme"})
    agent = login(f"banc.{tag}", SIGNATORY_PASSWORD)
    secret = agent.json("POST", "/api/v1/me/totp")["secret"]
    agent.json("POST", "/api/v1/me/totp/confirm", {"code": totp(secret)})
    record = agent.json("POST", "/api/v1/followups", {
        "territory_id": territory, "body_id": cell["id"], "last_name": "Martin",
        "first_name": "Jules", "referral_date": "2026-03-02",
        "referral_origin": "police_municipale", "situation": "Dossier GÉNÉRÉ (banc de pannes)"})
    return agent, record["id"]


class Owned:
    """An object one thread alone edits (its meeting, its fiche): the version last read, the
    value last acknowledged, and those tried since — a write that failed may still have been
    applied, so afterwards the stored value must be the acknowledged one or one tried since."""

    def __init__(self, path, field, make_body, version):
        self.path, self.field, self.make_body = path, field, make_body
        self.version, self.acknowledged, self.since = version, None, []

    def edit(self, client, n):
        value = f"Modification {n} (banc de pannes)"
        status, body = client.call("PUT", self.path, self.make_body(value, self.version))
        if status == 200:
            self.version, self.acknowledged, self.since = json.loads(body)["version"], value, []
        else:
            self.since.append(value)
            if status == 409:  # the failed write was applied: read the version again
                status_get, current = client.call("GET", self.path)
                if status_get == 200:
                    self.version = json.loads(current)["version"]
        return status

    def lost(self, client):
        """Whether the last acknowledged edit is missing from the stored object."""
        if self.acknowledged is None:
            return False
        status, current = client.call("GET", self.path)
        value = json.loads(current).get(self.field) if status == 200 else "?"
        return value != self.acknowledged and value not in self.since


def owned(client, create_path, create_body, path, field, make_body):
    """The object POST `create_path` makes, for one thread to edit at `path` (with {} for its id);
    None when the creation is refused."""
    status, payload = client.call("POST", create_path, create_body)
    if status != 201:
        return None
    created = json.loads(payload)
    return Owned(path.format(created["id"]), field, make_body, created["version"])


def own_meeting(client, body, seed):
    starts_at = f"2027-0{seed % 9 + 1}-1{seed % 10}T18:00"
    return owned(client, f"/api/v1/bodies/{body}/meetings",
                 {"starts_at": starts_at, "status": "prevue"}, "/api/v1/meetings/{}", "place",
                 lambda value, version: {"starts_at": starts_at, "place": value,
                                         "status": "prevue", "version": version})


def own_fiche(client, strategy, seed):
    number = 900 + seed * 10 + random.randrange(10)
    return owned(client, f"/api/v1/strategies/{strategy}/actions",
                 {"number": number, "title": "Fiche du banc de pannes"}, "/api/v1/actions/{}",
                 "title", lambda value, version: {"number": number, "title": value,
                                                  "version": version})


class Load:
    """Requests at `rate` per second from 8 threads; every answer kept with its time."""

    def __init__(self, clients, rate, scene):
        """clients: {'coordination': Client, 'agent': Client or None}; scene: territory,
        strategy, fiches, organisation, category, body (or None), followup (or None)."""
        self.clients, self.rate, self.scene = clients, rate, scene
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.log = []  # (time, kind, status)
        self.acknowledged = []  # incident ids answered 201
        self.owned = []  # every thread's meeting and fiche

    def incident(self, client):
        s = self.scene
        status, body = client.call("POST", f"/api/v1/territories/{s['territory']}/incidents", {
            "category_id": s["category"], "organisation_id": s["organisation"],
            "occurred_on": "2026-11-30", "place": "Rue de la charge d'essai",
            "description": "Charge de test (banc de pannes)"})
        if status == 201:
            with self.lock:
                self.acknowledged.append(json.loads(body)["id"])
        return status

    def one(self, client, agent, rng, meeting, fiche):
        s, roll = self.scene, rng.random()
        if meeting and roll < 0.10:
            status, kind = meeting.edit(client, rng.randrange(10**6)), "write"
        elif fiche and roll < 0.15:
            status, kind = fiche.edit(client, rng.randrange(10**6)), "write"
        elif roll < 0.30:
            status, kind = self.incident(client), "write"
        elif agent and roll < 0.40:
            status, kind = agent.call("GET", f"/api/v1/followups/{s['followup']}")[0], "read"
        elif meeting and roll < 0.50:
            status, kind = client.call("GET", meeting.path)[0], "read"
        else:
            path = rng.choice([f"/api/v1/strategies/{s['strategy']}",
                               f"/api/v1/actions/{rng.choice(s['fiches'])}",
                               f"/api/v1/strategies?territory_id={s['territory']}"])
            status, kind = client.call("GET", path)[0], "read"
        with self.lock:
            self.log.append((time.monotonic(), kind, status))

    def worker(self, seed):
        client, rng = self.clients["coordination"].twin(), random.Random(seed)
        agent = self.clients["agent"].twin() if self.clients["agent"] else None
        meeting = own_meeting(client, self.scene["body"], seed) if self.scene["body"] else None
        fiche = own_fiche(client, self.scene["strategy"], seed)
        with self.lock:
            self.owned += [o for o in (meeting, fiche) if o]
        period = 8.0 / self.rate
        next_at = time.monotonic()
        while not self.stop.is_set():
            self.one(client, agent, rng, meeting, fiche)
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
