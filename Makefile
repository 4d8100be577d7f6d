# cellule — the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is what they are made of.

GO        ?= go
BIN       := bin/cellule
DATA      ?= ./data
ADDR      ?= 127.0.0.1:8080
export CGO_ENABLED := 0

.PHONY: run test build test-go test-race bench generate check-generated clean
.PHONY: frontend test-front test-e2e chromium test-content poppler

## run: build everything and start the product (embedded store, offline agents, demo exam)
run: build
	./$(BIN) serve --addr $(ADDR) --data $(DATA) --demo

## build: the single binary (the SPA is embedded in it)
build: frontend
	$(GO) build -o $(BIN) ./cmd/cellule

## frontend: install the locked npm packages and build the SPA into frontend/build (embedded by go build)
frontend: frontend/node_modules/.package-lock.json
	cd frontend && npm run build

# npm ci (exactly the lockfile) again only when the lockfile changed.
frontend/node_modules/.package-lock.json: frontend/package-lock.json frontend/package.json
	cd frontend && npm ci

## test-front: component tests (vitest)
test-front: frontend/node_modules/.package-lock.json
	cd frontend && npx vitest run

## test-e2e: browser tests (Playwright, Debian's Chromium) against the built SPA served by Go
test-e2e: frontend chromium
	cd frontend && npx playwright test

# Debian's Chromium for Playwright, installed only when absent (never a downloaded browser).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" != 0 ]; then echo "test-e2e: /usr/bin/chromium is missing; as root: apt-get update && apt-get install -y chromium" >&2; exit 1; fi; \
		echo "test-e2e: /usr/bin/chromium is missing: running apt-get update && apt-get install -y chromium"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi

## test: every test — Go (with -race), scenario lint and agent evaluation, front end, browser end-to-end
test: test-go test-content test-front test-e2e

test-go: poppler
	$(GO) vet ./...
	CGO_ENABLED=1 $(GO) test -race -count=1 ./...

## generate: regenerate the GraphQL code from api/*.graphqls and gqlgen.yml (commit the result)
generate:
	$(GO) tool gqlgen generate

## check-generated: fail when the committed GraphQL code is stale (also run by test-go, in api's tests)
check-generated:
	$(GO) test -count=1 -run TestGeneratedCodeIsFresh ./api/

## test-content: lint every shipped scenario (and its eval.yaml) and check the agents' evaluation targets (precision, recall, leaks) on every scenario with an eval.yaml
test-content:
	$(GO) run ./cmd/cellule scenario lint $(patsubst %/scenario.yaml,%,$(wildcard scenarios/*/scenario.yaml))
	@set -e; for d in $(patsubst %/eval.yaml,%,$(wildcard scenarios/*/eval.yaml)); do \
		if out=$$($(GO) run ./cmd/cellule agents eval --scenario $$d); then echo "$$d: $$(echo "$$out" | tail -1)"; \
		else echo "$$out"; echo "$$d: below target" >&2; exit 1; fi; \
	done

# poppler-utils (pdftotext) lets the PDF tests read back the jury's report; installed only when absent.
poppler:
	@if ! command -v pdftotext >/dev/null; then \
		if [ "$$(id -u)" != 0 ]; then echo "test: pdftotext is missing (the PDF tests will skip); as root: apt-get install -y poppler-utils" >&2; exit 0; fi; \
		echo "test: pdftotext is missing: running apt-get update && apt-get install -y poppler-utils"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils; \
	fi

## bench: the benchmarks of docs/BENCHMARKS.md (BENCHTIME=3s for figures worth recording)
BENCHTIME ?= 1x
bench:
	$(GO) test -run '^$$' -bench . -benchtime $(BENCHTIME) -timeout 30m ./...

clean:
	rm -rf bin
