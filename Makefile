# Two commands do everything on a fresh Debian 12 machine: `make run` and `make test`.
BUILD ?= build
JOBS ?= 2
DB ?= var/vigie.db
PORT ?= 8080

.PHONY: run test build deps demo format clean web bench fuzz cluster cluster-down test-cluster bench-faults bench-departement
WEB_SOURCES := $(shell find web/src -type f) $(wildcard web/*.html) web/vite.config.ts web/tsconfig.json

run: build
	@test -f $(DB) || ./$(BUILD)/vigie demo --db $(DB)
	@echo ""
	@echo "  Vigie : http://127.0.0.1:$(PORT)/"
	@echo "  Connexions de démonstration : admin (administrateur) ou coordination (coordonnateur),"
	@echo "  ou agent.pm (agent désigné pour le registre de vidéoprotection),"
	@echo "  mot de passe vigie-demo-2026 (base de démonstration uniquement)"
	@echo "  Page publique (après publication) : http://127.0.0.1:$(PORT)/publique.html?territoire=2"
	@echo ""
	./$(BUILD)/vigie serve --db $(DB) --port $(PORT)

test: build
	scripts/test.sh

build: deps web
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j$(JOBS)

# The front end: type-checked, then bundled by Vite into web/dist (served by `vigie serve`).
web: web/dist/.built
web/dist/.built: $(WEB_SOURCES) package-lock.json
	npm run --silent build:web
	@touch $@

deps:
	@scripts/install-deps.sh

# Benchmarks beside their peers (installs R for the KDE/Gi* comparison if missing).
bench: build
	bench/run.sh

# Production shape on this machine (issue 18): PostgreSQL primary + replica under
# pg_auto_failover, three `vigie serve`, HAProxy on http://127.0.0.1:8090/ (docs/operations.md).
cluster: build
	scripts/cluster.sh up

cluster-down:
	scripts/cluster.sh down

# The fault tests: a throw-away cluster, the fault bench under load, everything stopped (3 min).
test-cluster: build
	scripts/test-cluster.sh

# Faults under load on the running cluster: a server killed, the primary killed (a few minutes).
bench-faults:
	bench/cluster_faults.py

# The main screens' API calls over a GENERATED département (300 territories, 200,000 incidents)
# on SQLite and PostgreSQL, beside the demo (generation: a quarter of an hour the first time).
bench-departement: build
	bench/departement.sh

# Five minutes of libFuzzer on the CSV readers; the corpus it keeps is replayed by `make test`.
fuzz: build
	scripts/fuzz.sh 300

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD)
