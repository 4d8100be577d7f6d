// Package server is the composition root: it wires the event store, the
// agents, the use cases and the API, and serves them over HTTP.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"cellule/eventstore"
	"cellule/eventstore/sqlite"
)

// Config of a running server.
type Config struct {
	Addr    string
	DataDir string
}

// Run opens the store and serves until ctx ends, then shuts down gracefully.
func Run(ctx context.Context, cfg Config, stdout io.Writer) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	store, err := sqlite.Open(filepath.Join(cfg.DataDir, "events.db"))
	if err != nil {
		return fmt.Errorf("open event store: %w", err)
	}
	defer store.Close()

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", readyz(store))

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "cellule listening on http://%s\n", ln.Addr())
	log.Info("serving", "addr", ln.Addr().String(), "data", cfg.DataDir)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// readyz answers once the store can be read.
func readyz(store eventstore.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := store.ReadAll(r.Context(), eventstore.Start, 1); err != nil {
			http.Error(w, "store not ready", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	}
}
