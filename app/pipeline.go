package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"

	"cellule/domain"
	"cellule/eventstore"
)

// Outcome is what a command did.
type Outcome struct {
	// ID is the created or targeted item's id (question, row, exam, user…).
	ID string
	// Version is the stream's number of events after the command.
	Version int
	// Position is the global position of the command's last event (0 when
	// the command appended nothing: a no-op edit).
	Position uint64

	// replayed: the command id had already been applied; nothing was
	// appended this time and this is the first outcome.
	replayed bool
}

// metadata stored with every event.
type metadata struct {
	Actor         string `json:"actor"`
	Role          string `json:"role"`
	CommandID     string `json:"commandId"`
	CorrelationID string `json:"correlationId,omitempty"`
	CausationID   string `json:"causationId,omitempty"`
}

// command is one run of the pipeline on one stream.
type command[S any] struct {
	stream string
	id     string // idempotency key; event ids derive from it
	actor  Actor
	// correlation and causation link the steps of a use case that spans
	// streams (enrolment: account, exam, attempt) to the command that
	// started it.
	correlation, causation string
	// decide returns the events for the current state (a *domain.Error
	// to refuse). It must not modify the state.
	decide func(S) ([]domain.Event, error)
}

// kind is the pipeline's per-aggregate-type cache: decoded states stay in
// memory so that a command on a 5,000-event attempt does not re-read and
// re-decode its stream. Each stream has its own lock: commands on one
// stream are serialised in this process, different streams run in
// parallel. Another process writing the same stream shows up as a
// wrong-expected-revision on append, which reloads the new events.
type kind[S any, C any] struct {
	decider domain.Decider[S, C]
	version func(S) int
	mu      sync.Mutex
	aggs    map[string]*aggregate[S]
}

type aggregate[S any] struct {
	lastUsed time.Time // under the kind's lock: for evictIdle

	mu       sync.Mutex
	loaded   bool
	state    S
	version  int                // events folded
	commands map[string]Outcome // command ids applied to this stream
}

func newKind[S any, C any](d domain.Decider[S, C], version func(S) int) *kind[S, C] {
	return &kind[S, C]{decider: d, version: version, aggs: map[string]*aggregate[S]{}}
}

func (k *kind[S, C]) get(stream string) *aggregate[S] {
	k.mu.Lock()
	defer k.mu.Unlock()
	g := k.aggs[stream]
	if g == nil {
		g = &aggregate[S]{}
		k.aggs[stream] = g
	}
	g.lastUsed = time.Now()
	return g
}

// evictIdle forgets the cached streams not used since before, so that a
// server running for months holds only the streams in use, not every
// attempt of every past exam. Forgetting loses nothing: the next command
// on the stream reloads it, command ids (idempotency) included. A stream
// whose lock is held is in use and kept. It returns how many it forgot.
func (k *kind[S, C]) evictIdle(before time.Time) int {
	k.mu.Lock()
	defer k.mu.Unlock()
	n := 0
	for stream, g := range k.aggs {
		if g.lastUsed.Before(before) && g.mu.TryLock() {
			delete(k.aggs, stream)
			g.mu.Unlock()
			n++
		}
	}
	return n
}

// peek returns a copy of the cached state's version, loading it if needed.
func (k *kind[S, C]) peekVersion(ctx context.Context, store eventstore.Store, stream string) (int, error) {
	g := k.get(stream)
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := k.refresh(ctx, store, stream, g); err != nil {
		return 0, err
	}
	return g.version, nil
}

// refresh folds the stream's events after the cached version (all of them
// on first use) into the cached state, and notes their command ids.
func (k *kind[S, C]) refresh(ctx context.Context, store eventstore.Store, stream string, g *aggregate[S]) error {
	if !g.loaded {
		g.state, g.version, g.commands = k.decider.Initial(), 0, map[string]Outcome{}
	}
	for {
		evs, err := store.ReadStream(ctx, stream, eventstore.Forwards, uint64(g.version), 1024)
		if errors.Is(err, eventstore.ErrStreamNotFound) {
			break
		}
		if err != nil {
			g.loaded = false
			return fmt.Errorf("read %s: %w", stream, err)
		}
		for i := range evs {
			r := &evs[i]
			ev, err := domain.DecodeEvent(r.Type, r.Data)
			if err != nil {
				g.loaded = false
				return fmt.Errorf("decode %s@%d: %w", stream, r.Revision, err)
			}
			g.state = k.decider.Evolve(g.state, ev)
			g.version++
			var m metadata
			if json.Unmarshal(r.Metadata, &m) == nil && m.CommandID != "" {
				// The last event of a command carries its outcome.
				g.commands[m.CommandID] = Outcome{Version: g.version, Position: r.Position}
			}
		}
		if len(evs) < 1024 {
			break
		}
	}
	g.loaded = true
	return nil
}

// run is the one command pipeline: load (from the cache) → decide →
// append with the expected revision and event ids derived from the
// command id → evolve the cache; on a concurrent append, reload and
// re-decide a bounded number of times. A command id already applied to the
// stream returns its first outcome and appends nothing. It returns once the
// projections have folded the append (read-your-writes).
func run[S any, C any](ctx context.Context, a *App, k *kind[S, C], c command[S]) (Outcome, error) {
	if c.id == "" {
		c.id = newCommandID()
	}
	out, err := runLocked(ctx, a, k, c)
	if err != nil {
		return Outcome{}, err
	}
	if err := a.waitFor(ctx, out.Position); err != nil {
		return Outcome{}, fmt.Errorf("wait for projections: %w", err)
	}
	return out, nil
}

func runLocked[S any, C any](ctx context.Context, a *App, k *kind[S, C], c command[S]) (Outcome, error) {
	g := k.get(c.stream)
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.loaded {
		if err := k.refresh(ctx, a.store, c.stream, g); err != nil {
			return Outcome{}, err
		}
	}
	meta, err := json.Marshal(metadata{
		Actor: c.actor.UserID, Role: string(c.actor.Role), CommandID: c.id,
		CorrelationID: c.correlation, CausationID: c.causation,
	})
	if err != nil {
		return Outcome{}, err
	}
	for attempt := 0; ; attempt++ {
		if prev, ok := g.commands[c.id]; ok {
			prev.replayed = true
			return prev, nil
		}
		events, err := c.decide(g.state)
		if err != nil {
			return Outcome{}, err
		}
		if len(events) == 0 {
			return Outcome{Version: g.version}, nil
		}
		data := make([]eventstore.EventData, len(events))
		for i, e := range events {
			typ, body, err := domain.EncodeEvent(e)
			if err != nil {
				return Outcome{}, err
			}
			data[i] = eventstore.EventData{ID: eventstore.DeriveEventID(c.id, i), Type: typ, Data: body, Metadata: meta}
		}
		var expected eventstore.ExpectedRevision = eventstore.NoStream{}
		if g.version > 0 {
			expected = eventstore.Exact(uint64(g.version - 1))
		}
		res, err := a.store.Append(ctx, c.stream, expected, data...)
		if err == nil {
			for _, e := range events {
				g.state = k.decider.Evolve(g.state, e)
			}
			g.version += len(events)
			out := Outcome{Version: g.version, Position: res.Position}
			g.commands[c.id] = out
			return out, nil
		}
		if errors.Is(err, eventstore.ErrWrongExpectedRevision) && attempt < a.cfg.CommandRetries {
			// Someone else appended: fold their events and decide again.
			if rerr := k.refresh(ctx, a.store, c.stream, g); rerr != nil {
				return Outcome{}, rerr
			}
			continue
		}
		// The append may or may not have landed (timeout, closed store):
		// forget the cache so the next command reloads the truth.
		g.loaded = false
		if errors.Is(err, eventstore.ErrWrongExpectedRevision) {
			return Outcome{}, domain.Conflict("", "Trop de modifications simultanées : réessayez.")
		}
		return Outcome{}, fmt.Errorf("append %s: %w", c.stream, err)
	}
}

// newCommandID is the id of a command whose caller gave none.
func newCommandID() string { return uuid.NewString() }

// deriveID is the id of an item created by a command when the client gave
// none: a retry of the command derives the same one.
func deriveID(commandID, given string) string {
	if given != "" {
		return given
	}
	return uuid.NewSHA1(itemNamespace, []byte(commandID)).String()
}

var itemNamespace = uuid.MustParse("0b4a4c57-9a0e-4f5c-8d8e-1f9b3d6e2a71")

// ensureCommandID fills an empty command id so that the ids derived from
// it (items, sub-commands) are stable within the call.
func ensureCommandID(id *string) error {
	if *id == "" {
		*id = newCommandID()
		return nil
	}
	return domain.CheckID("commandId", *id)
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b)
}
