// Package app holds cellule's use cases: every user action enters here,
// is authorized, decided by the domain, appended to the event store and
// answered once the projections have folded it. The api layer talks to App
// alone. See README.md in this folder for every use case and its contract.
package app

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"cellule/agents"
	"cellule/domain"
	"cellule/domain/account"
	"cellule/domain/attempt"
	"cellule/domain/evaluation"
	"cellule/domain/exam"
	"cellule/eventstore"
	"cellule/projections"
	"cellule/projections/analytics"
	"cellule/scenarios"
)

// Deps are what App needs. Store and Engine are required.
type Deps struct {
	Store  eventstore.Store
	Engine agents.Engine
	// Scenarios loads a scenario by id; scenarios.LoadBuiltin by default.
	Scenarios func(id string) (*scenarios.Scenario, error)
	// Clock is time.Now by default; tests pass a fake one.
	Clock  func() time.Time
	Logger *slog.Logger
	// SessionTTL is how long a login lasts (12 h by default).
	SessionTTL time.Duration
	// MaxConcurrentAnswers bounds the engine calls running at once (8).
	MaxConcurrentAnswers int
	// AnswerTimeout bounds one engine call (2 min).
	AnswerTimeout time.Duration
	// Argon2 sets the cost of password hashing (DefaultArgon2).
	Argon2 Argon2Params
	// CodeArgon2 sets the cost of access-code hashing (DefaultCodeArgon2).
	CodeArgon2 Argon2Params
	// SchedulerInterval is the period of the deadline scheduler (1 s); a
	// negative value disables the loop (tests call LockDue themselves).
	SchedulerInterval time.Duration
	// CommandRetries bounds the reload-and-redecide loop on a concurrent
	// append (5).
	CommandRetries int
	// Login limits failed logins per account and per client key.
	LoginLimit LoginLimit
}

// LoginLimit bounds failed logins in a sliding window.
type LoginLimit struct {
	PerAccount   int           // 5
	PerClientKey int           // 30
	Window       time.Duration // 15 min
}

// App runs the use cases. Build it with New, then Start it.
type App struct {
	store     eventstore.Store
	engine    agents.Engine
	scenario  func(string) (*scenarios.Scenario, error)
	scenMu    sync.Mutex
	scenCache map[string]*scenarios.Scenario
	clock     func() time.Time
	log       *slog.Logger
	cfg       Deps

	proj *projections.Set
	// analytics is the question-quality read model, fed by proj's fold
	// (see analytics.go).
	analytics *analytics.Projection

	attempts    *kind[attempt.State, attempt.Command]
	exams       *kind[exam.State, exam.Command]
	accounts    *kind[account.State, account.Command]
	evaluations *kind[evaluation.State, evaluation.Command]

	answers   *answerBroker
	updates   *updateBroker
	answerSem chan struct{}
	watched   watchedSessions // sessions of open WebSockets (watch_session.go)
	inflight  sync.Map        // question id → struct{}: an engine call is running

	dummyOnce sync.Once
	dummy     string

	loginAccount *limiter
	loginClient  *limiter
	questions    *limiter

	ctx     context.Context // lives until Close: background work runs under it
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started bool
	startMu sync.Mutex
}

// New checks the dependencies and builds an App; nothing runs until Start.
func New(d Deps) (*App, error) {
	if d.Store == nil {
		return nil, errors.New("app: a Store is required")
	}
	if d.Engine == nil {
		return nil, errors.New("app: an Engine is required")
	}
	if d.Scenarios == nil {
		d.Scenarios = scenarios.LoadBuiltin
	}
	if d.Clock == nil {
		d.Clock = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.SessionTTL <= 0 {
		d.SessionTTL = 12 * time.Hour
	}
	if d.MaxConcurrentAnswers <= 0 {
		d.MaxConcurrentAnswers = 8
	}
	if d.AnswerTimeout <= 0 {
		d.AnswerTimeout = 2 * time.Minute
	}
	if d.Argon2 == (Argon2Params{}) {
		d.Argon2 = DefaultArgon2
	}
	if d.CodeArgon2 == (Argon2Params{}) {
		d.CodeArgon2 = DefaultCodeArgon2
	}
	if d.SchedulerInterval == 0 {
		d.SchedulerInterval = time.Second
	}
	if d.CommandRetries <= 0 {
		d.CommandRetries = 5
	}
	if d.LoginLimit.PerAccount <= 0 {
		d.LoginLimit.PerAccount = 5
	}
	if d.LoginLimit.PerClientKey <= 0 {
		d.LoginLimit.PerClientKey = 30
	}
	if d.LoginLimit.Window <= 0 {
		d.LoginLimit.Window = 15 * time.Minute
	}
	ctx, cancel := context.WithCancel(context.Background())
	a := &App{
		store: d.Store, engine: d.Engine, scenario: d.Scenarios, scenCache: map[string]*scenarios.Scenario{},
		clock: d.Clock, log: d.Logger, cfg: d,
		proj:        projections.New(),
		attempts:    newKind(attempt.Decider, func(s attempt.State) int { return s.Version }),
		exams:       newKind(exam.Decider, func(s exam.State) int { return s.Version }),
		accounts:    newKind(account.Decider, func(s account.State) int { return s.Version }),
		evaluations: newKind(evaluation.Decider, func(s evaluation.State) int { return s.Version }),
		answers:     newAnswerBroker(),
		updates:     newUpdateBroker(),
		answerSem:   make(chan struct{}, d.MaxConcurrentAnswers),
		ctx:         ctx, cancel: cancel,
	}
	a.loginAccount = newLimiter(d.LoginLimit.PerAccount, d.LoginLimit.Window, d.Clock)
	a.loginClient = newLimiter(d.LoginLimit.PerClientKey, d.LoginLimit.Window, d.Clock)
	a.questions = newLimiter(0, time.Hour, d.Clock) // limit per call: the scenario mode's
	a.proj.SetListener(func(c projections.Change) {
		a.updates.publish(c)
		a.sessionsChanged(c)
	})
	a.wireAnalytics(d.Scenarios)
	return a, nil
}

// Start folds every stored event into the projections (from zero), then
// starts following the store, the deadline scheduler and the reconciler
// in the background. It returns once the projections are caught up, so
// the app can serve at once.
func (a *App) Start(ctx context.Context) error {
	a.startMu.Lock()
	defer a.startMu.Unlock()
	if a.started {
		return errors.New("app: already started")
	}
	start := time.Now()
	if err := a.proj.Catchup(ctx, a.store, nil); err != nil {
		return err
	}
	a.started = true
	c := a.proj.Counts()
	a.log.Info("projections rebuilt", "events", c.Events, "skipped", c.Skipped, "attempts", c.Attempts,
		"exams", c.Exams, "users", c.Users, "took", time.Since(start).Round(time.Millisecond))
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := a.proj.Follow(a.ctx, a.store); err != nil {
			a.log.Error("projections stopped following the store", "err", err)
		}
	}()
	if a.cfg.SchedulerInterval > 0 {
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.runScheduler(a.ctx, a.cfg.SchedulerInterval)
		}()
	}
	return nil
}

// Close stops the background work and waits for it (in-flight answers
// are abandoned: their questions stay pending and can be retried). It
// does not close the Store, which the caller owns.
func (a *App) Close() {
	a.cancel()
	a.wg.Wait()
	a.answers.closeAll()
	a.updates.closeAll()
}

// Ready reports whether the projections have reached the live tail.
func (a *App) Ready() bool { return a.started && a.proj.CaughtUp() }

// Position is the global position the projections have folded.
func (a *App) Position() uint64 { return a.proj.Position() }

// Projections exposes the read models for `cellule rebuild`-style tools
// and tests; the api layer must not use it (authorization lives in the
// use cases).
func (a *App) Projections() *projections.Set { return a.proj }

// waitFor blocks until the projections have folded position pos, so that
// a command's caller reads its own write.
func (a *App) waitFor(ctx context.Context, pos uint64) error {
	if pos == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return a.proj.Reach(ctx, a.store, pos)
}

// loadScenario returns a scenario, cached: scenarios are immutable once
// loaded, and the engine needs one per question.
func (a *App) loadScenario(id string) (*scenarios.Scenario, error) {
	a.scenMu.Lock()
	defer a.scenMu.Unlock()
	if s, ok := a.scenCache[id]; ok {
		return s, nil
	}
	s, err := a.scenario(id)
	if err != nil {
		return nil, domain.NotFound("scenarioId", "Scénario introuvable.")
	}
	a.scenCache[id] = s
	return s, nil
}

func (a *App) now() time.Time { return a.clock().UTC() }
