package main

import (
	"context"
	"flag"
	"io"

	"cellule/server"
)

func init() {
	register("serve", "start the web server (GraphQL API, SPA, health and metrics)", serveCmd)
}

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := server.Config{}
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&cfg.DataDir, "data", "./data", "data directory (embedded event store)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return server.Run(ctx, cfg, stdout)
}
