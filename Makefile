# Waymark. `make run` serves the Milton Keynes demo; `make test` runs every test.
# With DATABASE_URL unset, both use a project-local PostgreSQL + PostGIS cluster
# (scripts/db.sh), installing the Debian packages it needs on first use.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

CARGO ?= cargo
WAYMARK_LISTEN ?= 127.0.0.1:8080

# A DATABASE_URL from the environment or the command line is used as it is, and nothing
# else. Otherwise the local cluster's URL: asked for at most once, and only when a recipe
# that needs a database is expanded, so that `make lint` or `make help` start nothing.
ifeq ($(strip $(DATABASE_URL)),)
unexport DATABASE_URL
DATABASE_URL = $(eval DATABASE_URL := $$(shell scripts/db.sh url))$(or $(DATABASE_URL),$(error scripts/db.sh url failed, see above; or set DATABASE_URL))
endif
WITH_DB = DATABASE_URL='$(DATABASE_URL)'

# A fresh CI clone builds once: incremental caches would only take disk.
ifneq ($(strip $(CI)),)
export CARGO_INCREMENTAL := 0
endif

# The compile-time checked queries read the committed .sqlx cache, never a live
# database (which may not be migrated yet when the build starts).
OFFLINE = SQLX_OFFLINE=true

.PHONY: help run test i18n-check lint fmt e2e api-fuzz backup-test upgrade-test bench bench-soak bench-ingest bench-tiles bench-tiles-writes bench-plans bench-limits bench-events bench-outcomes bench-energy bench-report bench-ui ui db-up db-stop db-destroy sqlx-prepare lint-sh

help: ## List the targets
	@printf 'Usage: make TARGET  (DATABASE_URL unset: a local cluster, see scripts/db.sh)\n\n'
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z0-9-]*:.*## / { printf "  %-13s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

run: ui ## Build, migrate, load the Milton Keynes demo and serve it on WAYMARK_LISTEN (127.0.0.1:8080)
	$(OFFLINE) $(CARGO) build --release -p waymark
	$(WITH_DB) target/release/waymark migrate
	$(WITH_DB) target/release/waymark seed --demo
	$(WITH_DB) WAYMARK_LISTEN='$(WAYMARK_LISTEN)' WAYMARK_MAIL_URL="$${WAYMARK_MAIL_URL:-file://$(CURDIR)/target/mail}" \
		exec target/release/waymark serve

test: i18n-check lint ui ## The catalogues, lint, every Rust test, then the browser tests (one debug build, one database server)
	source scripts/lib.sh && need_cmd ogrinfo gdal-bin && need_cmd osm2pgsql osm2pgsql && need_cmd osmium osmium-tool \
		&& need_cmd nginx nginx && need_cmd systemd-analyze systemd && need_cmd openssl openssl && need_cmd curl curl
	$(OFFLINE) $(WITH_DB) $(CARGO) test --workspace
	scripts/backup-test.sh
	scripts/upgrade-test.sh
	tests/e2e/run.sh

i18n-check: ## The Fluent catalogues in locales/: complete or listed as untranslated, variables kept, no unused ids
	test -d scripts/i18n/node_modules/@fluent/syntax || npm ci --prefix scripts/i18n --no-audit --no-fund
	node --test scripts/i18n/test/run.mjs
	node scripts/i18n/check.mjs locales

upgrade-test: ## The previous release keeps serving while this version migrates (expand/contract)
	scripts/upgrade-test.sh

backup-test: ## pgBackRest: WAL archiving, a full backup, more writes, a point-in-time restore, checked
	scripts/backup-test.sh

lint: ## cargo fmt --check and clippy with warnings as errors
	$(CARGO) fmt --all -- --check
	$(OFFLINE) $(CARGO) clippy --workspace --all-targets -- -D warnings

fmt: ## Format the Rust code
	$(CARGO) fmt --all

e2e: ## Browser tests: headless Chromium against a fresh waymark_e2e database
	tests/e2e/run.sh

api-fuzz: ## Generated requests (schemathesis) against the OpenAPI document: no 5xx, no undocumented answer
	scripts/api-fuzz.sh

bench: ## Benchmarks: ingest, tiles, live events, outcomes, energy plans, the dialogue report, the web app, then a 20-minute soak (RECORD=1 appends to bench/RESULTS.md)
	bench/ingest.sh
	bench/tiles.sh
	bench/tiles-writes.sh
	bench/plans.sh
	bench/limits.sh
	bench/events.sh
	bench/outcomes.sh
	bench/energy.sh
	bench/report.sh
	map-ui/bench/ui.sh
	bench/i18n-size.sh
	bench/soak.sh

bench-soak: ## Benchmark: 20 minutes of mixed load and 500 event streams (RSS growth, errors, p99 per route group)
	bench/soak.sh

bench-limits: ## Benchmark: POST with the write limits shared in PostgreSQL against per-process limits (ratio; issue 17)
	bench/limits.sh

bench-events: ## Benchmark: 2,000 event streams, and a 200-person workshop
	bench/events.sh

bench-outcomes: ## Benchmark: a bulk response on 10,000 of 1,000,000 pins and the tiles' p99 meanwhile (BENCH_PINS)
	bench/outcomes.sh

bench-energy: ## Benchmark: an energy plan's impact on 1,000 primaries over 25 years, p99 (BENCH_PRIMARIES)
	bench/energy.sh

bench-report: ## Benchmark: the dialogue report as HTML for 20 neighbourhoods and 20,000 contributions (within 5 s)
	bench/report.sh

bench-ingest: ## Benchmark: HTTP ingest against raw pgbench inserts
	bench/ingest.sh

bench-tiles: ## Benchmark: tiles against martin and nginx on 1,000,000 pins (BENCH_PINS)
	bench/tiles.sh

bench-tiles-writes: ## Benchmark: z8-12 tiles' p99 while 20 pins/s arrive, against no writes, on 1,000,000 pins (issue 17)
	bench/tiles-writes.sh

bench-plans: ## Benchmark: one plan's tiles and lists alone and beside 49 others, 200,000 pins each: the ratio (issue 17)
	bench/plans.sh

# npm ci only when node_modules is missing or older than the manifest or the lock.
ui: ## Build the web app into map-ui/dist (TypeScript checked, bundled by Vite)
	cd map-ui && if [[ ! -f node_modules/.package-lock.json || package.json -nt node_modules/.package-lock.json \
		|| package-lock.json -nt node_modules/.package-lock.json ]]; then npm ci --no-audit --no-fund; fi
	cd map-ui && npm run --silent build

bench-ui: ## Web app: gzipped JS+CSS size and navigation-to-first-map-idle time in headless Chromium
	map-ui/bench/ui.sh
	bench/i18n-size.sh

db-up: ## Start the local PostgreSQL + PostGIS cluster and print its URL
	scripts/db.sh up

db-stop: ## Stop the local cluster
	scripts/db.sh down

db-destroy: ## Stop the local cluster and delete its data
	scripts/db.sh destroy

# The binary migrates when it still builds from the committed cache; after a query
# changed, that cache is stale and the build fails, so sqlx-cli applies migrations/ itself.
sqlx-prepare: ## Migrate the dev database and refresh the .sqlx offline query cache
	command -v cargo-sqlx >/dev/null || $(CARGO) install sqlx-cli --locked --no-default-features --features postgres,rustls
	if $(OFFLINE) $(CARGO) build -p waymark; then \
		$(WITH_DB) target/debug/waymark migrate; \
	else \
		$(WITH_DB) $(CARGO) sqlx migrate run --source migrations; \
	fi
	$(WITH_DB) $(CARGO) sqlx prepare --workspace -- --all-targets

lint-sh: ## shellcheck the shell scripts
	command -v shellcheck >/dev/null || { apt-get update -qq && apt-get install -y -qq shellcheck; }
	shellcheck -x scripts/*.sh tests/e2e/run.sh bench/*.sh .ci/run
