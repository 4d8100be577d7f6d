package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"cellule/server"
)

func init() {
	register("serve", "start the web server (GraphQL API, SPA, health and metrics; --demo seeds a demo exam)", serveCmd)
}

// stringList is a repeatable flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := server.Config{}
	var origins stringList
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&cfg.DataDir, "data", "./data", "data directory (embedded event store, demo credentials)")
	fs.StringVar(&cfg.EventStore, "eventstore", "", "KurrentDB/EventStoreDB connection string (esdb://… or kurrentdb://…); empty: embedded store in --data")
	fs.StringVar(&cfg.LLM, "llm", "offline", "agent engine: offline, or openai (configured from CELLULE_LLM_* variables, see docs/LLM.md)")
	fs.BoolVar(&cfg.Demo, "demo", false, "seed a demo exam (staff, jury, candidates; idempotent) and fill a cohort through the API")
	fs.Var(&origins, "origin", "another origin allowed to call the API (scheme://host[:port]; repeatable)")
	fs.BoolVar(&cfg.HTTP.SecureCookies, "secure-cookies", false, "always mark the session cookie Secure (set automatically over TLS)")
	fs.BoolVar(&cfg.HTTP.TrustProxy, "trust-proxy", false, "behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Proto")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return exitCode(2)
	}
	cfg.HTTP.Origins = origins
	return server.Run(ctx, cfg, stdout)
}
