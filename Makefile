# cellule — the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is what they are made of.

GO        ?= go
BIN       := bin/cellule
DATA      ?= ./data
ADDR      ?= 127.0.0.1:8080
export CGO_ENABLED := 0

.PHONY: run test build test-go test-race bench generate check-generated clean

## run: build everything and start the product (embedded store, offline agents, demo exam)
run: build
	./$(BIN) serve --addr $(ADDR) --data $(DATA)

## build: the single binary (the SPA is embedded in it)
build:
	$(GO) build -o $(BIN) ./cmd/cellule

## test: every test — Go (with -race), scenario lint and agent evaluation, front end, browser end-to-end
test: test-go

test-go:
	$(GO) vet ./...
	CGO_ENABLED=1 $(GO) test -race -count=1 ./...

## bench: the benchmarks of docs/BENCHMARKS.md
bench:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

clean:
	rm -rf bin
