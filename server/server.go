// Package server is the composition root: it opens the event store, picks
// the agent engine, starts the use cases (package app) and serves the
// GraphQL API, the SPA, health and metrics over HTTP, until a graceful
// shutdown.
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
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"

	"cellule/agents"
	"cellule/agents/llm"
	"cellule/agents/offline"
	"cellule/app"
	"cellule/eventstore"
	"cellule/eventstore/kurrent"
	"cellule/eventstore/sqlite"
	"cellule/frontend"
	"cellule/scenarios"
)

// Config of a running server.
type Config struct {
	Addr    string
	DataDir string
	// EventStore is a KurrentDB/EventStoreDB connection string (esdb://,
	// kurrentdb://…); empty: the embedded store in DataDir.
	EventStore string
	// LLM is "offline" (default) or "openai" (agents/llm, configured from
	// the environment, see docs/LLM.md).
	LLM string
	// Demo seeds the demo exam (idempotent) and fills a cohort through the API.
	Demo bool
	HTTP HTTPConfig

	// Logger defaults to text on stderr.
	Logger *slog.Logger
	// Clock and Engine replace time.Now and the engine chosen by LLM (tests).
	Clock  func() time.Time
	Engine agents.Engine
	// SchedulerInterval is passed to app (0: its default).
	SchedulerInterval time.Duration
	// ShutdownTimeout bounds the graceful shutdown (default 15 s).
	ShutdownTimeout time.Duration
	// NoSPA leaves the front end out (tests).
	NoSPA bool
}

// Server is a started application with its HTTP handler.
type Server struct {
	cfg     Config
	log     *slog.Logger
	store   eventstore.Store
	app     *app.App
	metrics *metrics
	handler http.Handler
	// wsWait counts live WebSocket connections (drained at shutdown);
	// connCtx is their parent context, cancelled to end them.
	wsWait     sync.WaitGroup
	connCtx    context.Context
	cancelConn context.CancelFunc
	// dataLock keeps a second server off the embedded store's directory
	// (nil with KurrentDB).
	dataLock *flock.Flock
}

// New lints the built-in scenarios, opens the store, starts the use cases
// (projections rebuilt from zero) and builds the handler. Close releases it.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 15 * time.Second
	}
	if err := lintScenarios(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger, metrics: newMetrics()}
	engine, err := s.engine()
	if err != nil {
		return nil, err
	}
	if cfg.EventStore == "" {
		if s.dataLock, err = lockDataDir(cfg.DataDir); err != nil {
			return nil, err
		}
	}
	store, err := OpenStore(ctx, cfg.DataDir, cfg.EventStore, s.log)
	if err != nil {
		s.unlockDataDir()
		return nil, err
	}
	s.store = store
	s.app, err = app.New(app.Deps{
		Store:             countingStore{Store: store, m: s.metrics},
		Engine:            timedEngine{Engine: engine, m: s.metrics},
		Clock:             cfg.Clock,
		Logger:            cfg.Logger,
		SchedulerInterval: cfg.SchedulerInterval,
	})
	if err != nil {
		store.Close()
		s.unlockDataDir()
		return nil, err
	}
	if err := s.app.Start(ctx); err != nil {
		s.app.Close()
		store.Close()
		s.unlockDataDir()
		return nil, fmt.Errorf("start: %w", err)
	}
	s.metrics.reg.MustRegister(positionGauge(s.app))
	httpCfg := cfg.HTTP
	if !cfg.NoSPA && httpCfg.SPA == nil {
		httpCfg.SPA = frontend.Handler()
	}
	s.connCtx, s.cancelConn = context.WithCancel(context.Background())
	s.handler = routes(httpCfg, s.app, s.metrics, s.log, &s.wsWait)
	return s, nil
}

// lintScenarios loads every built-in scenario: one that fails lint stops
// the server with its problems, rather than failing a candidate mid-exam.
func lintScenarios() error {
	var problems []string
	for _, id := range scenarios.ListBuiltin() {
		if _, err := scenarios.LoadBuiltin(id); err != nil {
			problems = append(problems, fmt.Sprintf("scénario %s :\n%v", id, err))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("scenario lint failed, refusing to start:\n%s", strings.Join(problems, "\n"))
	}
	return nil
}

func (s *Server) engine() (agents.Engine, error) {
	if s.cfg.Engine != nil {
		return s.cfg.Engine, nil
	}
	gate := offline.New()
	switch s.cfg.LLM {
	case "", "offline":
		return gate, nil
	case "openai":
		c, err := llm.ConfigFromEnv()
		if err != nil {
			return nil, err
		}
		if !c.Enabled() {
			return nil, fmt.Errorf("--llm openai: set %s (see docs/LLM.md)", llm.EnvModel)
		}
		s.log.Info("agents: LLM engine", "llm", c)
		return llm.New(c, gate, llm.WithLogger(s.log)), nil
	}
	return nil, fmt.Errorf("--llm %q: want offline or openai", s.cfg.LLM)
}

// OpenStore opens the event store: KurrentDB/EventStoreDB when url is a
// connection string, else the embedded store in dataDir (created if needed).
func OpenStore(ctx context.Context, dataDir, url string, log *slog.Logger) (eventstore.Store, error) {
	if url != "" {
		if !kurrent.IsConnectionString(url) {
			return nil, fmt.Errorf("--eventstore: want an esdb:// or kurrentdb:// connection string (see docs/KURRENTDB.md)")
		}
		st, err := kurrent.Open(ctx, url, kurrent.WithLogger(log))
		if err != nil {
			return nil, err
		}
		log.Info("event store: KurrentDB", "url", kurrent.Redacted(url))
		return st, nil
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	path := filepath.Join(dataDir, "events.db")
	st, err := sqlite.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open event store: %w", err)
	}
	log.Info("event store: embedded", "path", path)
	return st, nil
}

// App is the running use cases (the demo seed calls them).
func (s *Server) App() *app.App { return s.app }

// Handler serves every route.
func (s *Server) Handler() http.Handler { return s.handler }

// HTTPServer wraps the handler with the server's timeouts; its connections
// live under a context that Close cancels, so WebSockets end on shutdown.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return s.connCtx },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Shutdown stops hs gracefully: no new connections, in-flight requests
// finish, WebSockets are told to end and drained, then the use cases stop
// (in-flight answers recorded or abandoned) and the store closes.
func (s *Server) Shutdown(hs *http.Server) error {
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(ctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	if err != nil {
		// Connections still busy past the timeout are cut.
		s.log.Warn("shutdown: closing connections still open", "err", err)
		hs.Close()
	}
	s.Close()
	return err
}

// Close ends WebSockets (waiting for them up to the shutdown timeout), stops
// the use cases and closes the store.
func (s *Server) Close() {
	s.cancelConn()
	drained := make(chan struct{})
	go func() { s.wsWait.Wait(); close(drained) }()
	select {
	case <-drained:
	case <-time.After(s.cfg.ShutdownTimeout):
		s.log.Warn("shutdown: WebSockets still open after the timeout")
	}
	s.app.Close()
	if err := s.store.Close(); err != nil {
		s.log.Error("close event store", "err", err)
	}
	s.unlockDataDir()
}

// lockDataDir takes the data directory's serve.lock (an OS file lock,
// released by the OS if the process dies), so that a second server on the
// same embedded store refuses to start: each server keeps its own
// projections, rate limits and deadline scheduler, which must be one.
// `cellule user add` and `cellule rebuild` do not take it: the store
// notices their commits (docs/adr/0001).
func lockDataDir(dir string) (*flock.Flock, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	l := flock.New(filepath.Join(dir, "serve.lock"))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock the data directory: %w", err)
	}
	if !ok {
		return nil, fmt.Errorf("another cellule serve is using the data directory %s: one server per data directory", dir)
	}
	return l, nil
}

func (s *Server) unlockDataDir() {
	if s.dataLock != nil {
		s.dataLock.Unlock()
	}
}

// Run serves until ctx ends, then shuts down gracefully. It prints the URL
// (and, with Demo, the demo credentials) on stdout.
func Run(ctx context.Context, cfg Config, stdout io.Writer) error {
	rt, restore := TuneRuntime(cfg.Logger)
	defer restore()
	s, err := New(ctx, cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		s.Close()
		return err
	}
	hs := s.HTTPServer()
	url := "http://" + ln.Addr().String()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	s.log.Info("serving", "addr", ln.Addr().String(),
		"gogc", rt.GCPercent, "gomemlimit_mib", memoryLimitText(rt.MemoryLimit), "gomaxprocs", rt.MaxProcs)
	fmt.Fprintf(stdout, "cellule : %s\n", url)
	if cfg.Demo {
		if err := s.Demo(ctx, url, stdout); err != nil {
			s.log.Error("demo seed failed", "err", err)
			fmt.Fprintf(stdout, "démo : échec de l'initialisation (%v)\n", err)
		}
	}
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	return s.Shutdown(hs)
}
