// Package projections holds cellule's read models, folded from the events
// only: the current report and the full decoded history of every attempt
// (timeline, state at any version, checklist), exam sessions with their
// candidates and jury assignments, accounts and login sessions, and jury
// evaluations. A Set is rebuilt from zero at start (Catchup) and then
// follows the store (Follow); Rebuild does both ends of `cellule rebuild`.
//
// The folds reuse the deciders' Evolve functions, so the read models can
// never disagree with the rules. One goroutine applies events; readers get
// consistent views through the View* methods, which run a callback under a
// read lock: the callback must copy what it keeps (the states are updated
// in place by later events).
package projections

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"cellule/domain"
	"cellule/domain/account"
	"cellule/domain/attempt"
	"cellule/domain/evaluation"
	"cellule/domain/exam"
	"cellule/eventstore"
)

// Entry is one event of an attempt's timeline.
type Entry struct {
	Revision uint64
	Position uint64
	Type     string
	At       time.Time
}

// Attempt is one candidate's attempt: its current state (the report) and
// every decoded event, so that the state at any version is a fold away.
type Attempt struct {
	ID          string
	ExamID      string
	CandidateID string
	State       attempt.State
	// Events and Entries are append-only and parallel: Events[i] is the
	// event at revision i.
	Events  []domain.Event
	Entries []Entry
}

// Exam is an exam session.
type Exam struct {
	ID    string
	State exam.State
	// Created is when the session was scheduled (for listings).
	Created time.Time
}

// Session is a login session.
type Session struct {
	SessionID string
	UserID    string
	TokenHash string
	ExpiresAt time.Time
	Ended     bool
}

// User is an account with its login sessions.
type User struct {
	ID    string
	State account.State
}

// Evaluation is one jury member's evaluation of one attempt.
type Evaluation struct {
	Stream string
	State  evaluation.State
}

// Assignment is a jury member's candidate.
type Assignment struct {
	ExamID      string
	CandidateID string
	AttemptID   string
	OralSlot    time.Time
}

// Change describes one folded event, for live updates.
type Change struct {
	Stream   string
	Type     string
	Position uint64
	Revision uint64
	At       time.Time
	// AttemptID and ExamID are set for attempt events (ExamID also for
	// exam events).
	AttemptID   string
	ExamID      string
	CandidateID string
	// Locked is the attempt's lock after this event.
	Locked bool
}

// Counts summarises what a Set holds.
type Counts struct {
	Events      uint64 // folded
	Skipped     uint64 // unknown type or undecodable
	Position    uint64
	Exams       int
	Attempts    int
	Users       int
	Sessions    int
	Evaluations int
}

// Set is every read model, folded from one event feed.
type Set struct {
	// applyMu serialises whole Apply calls (fold and notify), so that
	// listeners see changes in log order whichever goroutine folds them:
	// the follower, or a caller catching up in Reach.
	applyMu sync.Mutex
	// readMu is held by the one Reach caller reading the store.
	readMu sync.Mutex

	mu sync.RWMutex
	// reached is the position of the last event folded. Only Apply moves
	// it (under applyMu and mu); it is atomic so that the read-your-writes
	// check of every command needs no lock.
	reached  atomic.Uint64
	events   uint64
	skipped  uint64
	caughtUp bool
	lastErr  error

	attempts    map[string]*Attempt // by attempt id
	exams       map[string]*Exam    // by exam id
	owned       map[string][]string // staff id → exam ids, in creation order
	jury        map[string]map[string]Assignment
	users       map[string]*User
	byEmail     map[string]string   // normalised e-mail → user id
	byCodeHash  map[string]string   // access code hash → user id
	sessions    map[string]*Session // token hash → session
	sessionByID map[string]*Session
	evaluations map[string]*Evaluation   // by stream
	evalsByAtt  map[string][]*Evaluation // by attempt id

	// wake is closed (and replaced) when the position advances and someone
	// waits for it. It has its own lock: a hundred commands waiting for
	// their positions must not queue on the read models' lock.
	wakeMu  sync.Mutex
	wake    chan struct{}
	waiting bool

	listener func(Change)
	// observers see every decoded event, under the write lock (see Observe).
	observers []func(stream string, position uint64, ev domain.Event, at time.Time)
}

// New returns an empty Set (position 0).
func New() *Set {
	return &Set{
		attempts: map[string]*Attempt{}, exams: map[string]*Exam{}, owned: map[string][]string{},
		jury: map[string]map[string]Assignment{}, users: map[string]*User{}, byEmail: map[string]string{},
		byCodeHash: map[string]string{}, sessions: map[string]*Session{}, sessionByID: map[string]*Session{},
		evaluations: map[string]*Evaluation{}, evalsByAtt: map[string][]*Evaluation{},
		wake: make(chan struct{}),
	}
}

// SetListener registers fn, called after each folded event from the
// applying goroutine, outside the lock. fn must not block.
func (s *Set) SetListener(fn func(Change)) {
	s.mu.Lock()
	s.listener = fn
	s.mu.Unlock()
}

// Observe registers fn, called with every event the Set decodes, in log
// order, from the applying goroutine and under the Set's write lock: a
// read model fed this way (package projections/analytics) has folded an
// event before WaitFor returns for its position, so a command's caller
// reads its own write there too, from the same subscription. fn must be
// quick and must not call back into the Set. at is the store's timestamp.
// Register observers before the first Apply (before app.Start).
func (s *Set) Observe(fn func(stream string, position uint64, ev domain.Event, at time.Time)) {
	s.mu.Lock()
	s.observers = append(s.observers, fn)
	s.mu.Unlock()
}

// Position is the global position of the last event folded.
func (s *Set) Position() uint64 { return s.reached.Load() }

// waitChan returns nil if the Set has folded pos, or else a channel closed
// at the next fold. Take it before reading, so a fold during the read is
// not missed: Apply publishes the position before it closes the channel.
func (s *Set) waitChan(pos uint64) <-chan struct{} {
	if s.reached.Load() >= pos {
		return nil
	}
	s.wakeMu.Lock()
	defer s.wakeMu.Unlock()
	if s.reached.Load() >= pos {
		return nil
	}
	s.waiting = true
	return s.wake
}

// CaughtUp reports whether the Set has reached the live tail once.
func (s *Set) CaughtUp() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.caughtUp
}

// Counts returns what the Set holds.
func (s *Set) Counts() Counts {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, ss := range s.sessions {
		if !ss.Ended {
			n++
		}
	}
	return Counts{Events: s.events, Skipped: s.skipped, Position: s.reached.Load(), Exams: len(s.exams),
		Attempts: len(s.attempts), Users: len(s.users), Sessions: n, Evaluations: len(s.evaluations)}
}

// WaitFor returns once the Set has folded every event up to position pos
// (read-your-writes), or ctx's error. It only waits: someone else (the
// follower, a Reach caller) folds.
func (s *Set) WaitFor(ctx context.Context, pos uint64) error { return s.reach(ctx, nil, pos) }

// Reach returns once the Set has folded every event up to position pos
// (read-your-writes), like WaitFor; but instead of only waiting for the
// follower, the first caller to find the Set behind reads the missing
// events from store and folds them itself, while the other callers wait
// for it (or take over if it stopped short of their position). Under load
// this is what keeps a command's wait short: the follower is one goroutine
// woken through two hand-offs, each queued behind every runnable request
// handler, while a caller that reads is already running. The follower
// still folds what other processes write; whoever comes second skips what
// the other folded.
func (s *Set) Reach(ctx context.Context, store eventstore.Store, pos uint64) error {
	return s.reach(ctx, store, pos)
}

// reach is WaitFor (store nil) and Reach.
func (s *Set) reach(ctx context.Context, store eventstore.Store, pos uint64) error {
	for {
		ch := s.waitChan(pos) // taken before reading: a fold during the read still wakes us
		if ch == nil {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if store != nil && s.readMu.TryLock() {
			batch, err := store.ReadAll(ctx, s.Position(), readBatch)
			if err == nil && len(batch) > 0 {
				s.Apply(batch)
			}
			s.readMu.Unlock()
			if err != nil {
				return fmt.Errorf("projections: read all: %w", err)
			}
			if len(batch) > 0 {
				continue
			}
			// Nothing stored after our position yet: wait.
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Apply folds a batch of recorded events in order. Events at or before the
// current position are ignored, so a replayed batch is harmless.
func (s *Set) Apply(batch []eventstore.RecordedEvent) {
	s.applyMu.Lock()
	defer s.applyMu.Unlock()
	// Only Apply moves the position, and applyMu serialises it: the events
	// to fold are known before the lock, and decoding them (the costly
	// part) keeps the read models' lock free for readers.
	from := s.reached.Load()
	decoded := make([]decodedEvent, 0, len(batch))
	for i := range batch {
		if e := &batch[i]; e.Position > from {
			ev, err := domain.DecodeEvent(e.Type, e.Data)
			decoded = append(decoded, decodedEvent{r: e, ev: ev, err: err})
			from = e.Position
		}
	}
	if len(decoded) == 0 {
		return
	}
	var changes []Change
	s.mu.Lock()
	for _, d := range decoded {
		if c, ok := s.apply(d); ok && s.listener != nil {
			changes = append(changes, c)
		}
	}
	s.reached.Store(from)
	fn := s.listener
	s.mu.Unlock()
	s.wakeMu.Lock()
	if s.waiting {
		close(s.wake)
		s.wake = make(chan struct{})
		s.waiting = false
	}
	s.wakeMu.Unlock()
	for _, c := range changes {
		fn(c)
	}
}

// decodedEvent is a recorded event and its decoding (or why it failed).
type decodedEvent struct {
	r   *eventstore.RecordedEvent
	ev  domain.Event
	err error
}

func (s *Set) markCaughtUp() {
	s.mu.Lock()
	s.caughtUp = true
	s.mu.Unlock()
}

// apply folds one event; it reports the change for listeners.
func (s *Set) apply(d decodedEvent) (Change, bool) {
	r, ev, err := d.r, d.ev, d.err
	if err != nil {
		// Unknown types come from a newer build or another tool; a
		// malformed payload cannot be folded either. Both are counted, and
		// the read models stay as they were.
		s.skipped++
		if !errors.Is(err, domain.ErrUnknownEventType) {
			s.lastErr = fmt.Errorf("position %d: %w", r.Position, err)
		}
		return Change{}, false
	}
	s.events++
	for _, fn := range s.observers {
		fn(r.StreamID, r.Position, ev, r.Created)
	}
	ch := Change{Stream: r.StreamID, Type: r.Type, Position: r.Position, Revision: r.Revision, At: eventAt(ev, r.Created)}
	switch {
	case hasPrefix(r.StreamID, domain.AttemptStreamPrefix):
		s.applyAttempt(r, ev, &ch)
	case hasPrefix(r.StreamID, domain.ExamStreamPrefix):
		s.applyExam(r, ev, &ch)
	case hasPrefix(r.StreamID, domain.UserStreamPrefix):
		s.applyUser(r, ev)
	case hasPrefix(r.StreamID, domain.EvaluationStreamPrefix):
		s.applyEvaluation(r, ev, &ch)
	}
	return ch, true
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func (s *Set) applyAttempt(r *eventstore.RecordedEvent, ev domain.Event, ch *Change) {
	id := r.StreamID[len(domain.AttemptStreamPrefix):]
	a := s.attempts[id]
	if a == nil {
		a = &Attempt{ID: id, State: attempt.Initial()}
		s.attempts[id] = a
	}
	if o, ok := ev.(domain.AttemptOpened); ok {
		a.ExamID, a.CandidateID = o.ExamID, o.CandidateID
	}
	a.State = attempt.Evolve(a.State, ev)
	a.Events = append(a.Events, ev)
	a.Entries = append(a.Entries, Entry{Revision: r.Revision, Position: r.Position, Type: r.Type, At: ch.At})
	ch.AttemptID, ch.ExamID, ch.CandidateID, ch.Locked = id, a.ExamID, a.CandidateID, a.State.Locked()
}

func (s *Set) applyExam(r *eventstore.RecordedEvent, ev domain.Event, ch *Change) {
	id := r.StreamID[len(domain.ExamStreamPrefix):]
	x := s.exams[id]
	if x == nil {
		x = &Exam{ID: id, State: exam.Initial()}
		s.exams[id] = x
	}
	x.State = exam.Evolve(x.State, ev)
	ch.ExamID = id
	switch e := ev.(type) {
	case domain.ExamScheduled:
		x.Created = e.At
		s.owned[e.OwnerID] = append(s.owned[e.OwnerID], id)
	case domain.JuryAssigned:
		m := s.jury[e.JuryID]
		if m == nil {
			m = map[string]Assignment{}
			s.jury[e.JuryID] = m
		}
		attemptID := ""
		if c := x.State.Candidates[e.CandidateID]; c != nil {
			attemptID = c.AttemptID
		}
		m[attemptID] = Assignment{ExamID: id, CandidateID: e.CandidateID, AttemptID: attemptID, OralSlot: e.OralSlot}
	case domain.JuryUnassigned:
		if c := x.State.Candidates[e.CandidateID]; c != nil {
			delete(s.jury[e.JuryID], c.AttemptID)
		}
	}
}

func (s *Set) applyUser(r *eventstore.RecordedEvent, ev domain.Event) {
	id := r.StreamID[len(domain.UserStreamPrefix):]
	u := s.users[id]
	if u == nil {
		u = &User{ID: id, State: account.Initial()}
		s.users[id] = u
	}
	u.State = account.Evolve(u.State, ev)
	switch e := ev.(type) {
	case domain.UserRegistered:
		s.byEmail[e.Email] = id
	case domain.AccessCodeIssued:
		for h, uid := range s.byCodeHash {
			if uid == id {
				delete(s.byCodeHash, h) // the previous code stops working
			}
		}
		s.byCodeHash[e.CodeHash] = id
	case domain.SessionStarted:
		ss := &Session{SessionID: e.SessionID, UserID: id, TokenHash: e.TokenHash, ExpiresAt: e.ExpiresAt}
		s.sessions[e.TokenHash] = ss
		s.sessionByID[e.SessionID] = ss
	case domain.SessionEnded:
		if ss := s.sessionByID[e.SessionID]; ss != nil {
			ss.Ended = true
			delete(s.sessions, ss.TokenHash)
			delete(s.sessionByID, e.SessionID)
		}
	}
}

func (s *Set) applyEvaluation(r *eventstore.RecordedEvent, ev domain.Event, ch *Change) {
	v := s.evaluations[r.StreamID]
	if v == nil {
		v = &Evaluation{Stream: r.StreamID, State: evaluation.Initial()}
		s.evaluations[r.StreamID] = v
	}
	v.State = evaluation.Evolve(v.State, ev)
	if o, ok := ev.(domain.EvaluationOpened); ok {
		s.evalsByAtt[o.AttemptID] = append(s.evalsByAtt[o.AttemptID], v)
	}
	ch.AttemptID = v.State.AttemptID
}

// atField caches, per event type, the index of its At field: every event
// has one (the domain's convention) but the Event interface does not
// expose it.
var atField sync.Map // reflect.Type → int (-1: none)

// eventAt returns the event's own instant (the command's Now, which a
// test clock controls), or the store's timestamp if it has none.
func eventAt(e domain.Event, fallback time.Time) time.Time {
	v := reflect.ValueOf(e)
	t := v.Type()
	idx, ok := atField.Load(t)
	if !ok {
		i := -1
		if t.Kind() == reflect.Struct {
			if f, found := t.FieldByName("At"); found && f.Type == reflect.TypeOf(time.Time{}) && len(f.Index) == 1 {
				i = f.Index[0]
			}
		}
		atField.Store(t, i)
		idx = i
	}
	if i := idx.(int); i >= 0 {
		return v.Field(i).Interface().(time.Time)
	}
	return fallback
}

// ---- reads ------------------------------------------------------------------

// ViewAttempt runs fn on the attempt under the read lock; false if unknown
// or not opened.
func (s *Set) ViewAttempt(id string, fn func(*Attempt)) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a := s.attempts[id]
	if a == nil || !a.State.Opened {
		return false
	}
	fn(a)
	return true
}

// EachAttempt runs fn on every opened attempt under the read lock.
func (s *Set) EachAttempt(fn func(*Attempt)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, a := range s.attempts {
		if a.State.Opened {
			fn(a)
		}
	}
}

// ErrVersion: the requested version is not in the attempt's history.
var ErrVersion = errors.New("projections: no such version")

// StateAt returns the attempt's state after its first n events (1 ≤ n ≤
// length): the report as it stood then, with the entries up to there. The
// state is the caller's own.
func (s *Set) StateAt(id string, n int) (attempt.State, []Entry, error) {
	s.mu.RLock()
	a := s.attempts[id]
	if a == nil || !a.State.Opened {
		s.mu.RUnlock()
		return attempt.State{}, nil, ErrVersion
	}
	if n < 1 || n > len(a.Events) {
		s.mu.RUnlock()
		return attempt.State{}, nil, ErrVersion
	}
	// The slices are append-only: their first n elements never change,
	// so the fold can run outside the lock.
	evs, entries := a.Events[:n:n], a.Entries[:n:n]
	s.mu.RUnlock()
	return attempt.Decider.Fold(evs), entries, nil
}

// ViewExam runs fn on the exam session under the read lock.
func (s *Set) ViewExam(id string, fn func(*Exam)) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	x := s.exams[id]
	if x == nil || !x.State.Scheduled {
		return false
	}
	fn(x)
	return true
}

// ExamsOwnedBy lists the ids of the sessions a staff member created.
func (s *Set) ExamsOwnedBy(staffID string) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]string(nil), s.owned[staffID]...)
}

// EachExam runs fn on every exam session under the read lock.
func (s *Set) EachExam(fn func(*Exam)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, x := range s.exams {
		if x.State.Scheduled {
			fn(x)
		}
	}
}

// JuryAssignments lists a jury member's candidates by oral slot.
func (s *Set) JuryAssignments(juryID string) []Assignment {
	s.mu.RLock()
	out := make([]Assignment, 0, len(s.jury[juryID]))
	for _, a := range s.jury[juryID] {
		out = append(out, a)
	}
	s.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		if !out[i].OralSlot.Equal(out[j].OralSlot) {
			return out[i].OralSlot.Before(out[j].OralSlot)
		}
		return out[i].AttemptID < out[j].AttemptID
	})
	return out
}

// JuryAssigned reports whether a jury member is assigned to the attempt.
func (s *Set) JuryAssigned(juryID, attemptID string) (Assignment, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.jury[juryID][attemptID]
	return a, ok
}

// ViewUser runs fn on the account under the read lock; false if unknown.
func (s *Set) ViewUser(id string, fn func(*User)) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	u := s.users[id]
	if u == nil || !u.State.Registered {
		return false
	}
	fn(u)
	return true
}

// EachUser runs fn on every registered account under the read lock.
func (s *Set) EachUser(fn func(*User)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, u := range s.users {
		if u.State.Registered {
			fn(u)
		}
	}
}

// UserByEmail finds an account by normalised e-mail.
func (s *Set) UserByEmail(email string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.byEmail[email]
	return id, ok
}

// UserByCodeHash finds the candidate whose current access code has this hash.
func (s *Set) UserByCodeHash(h string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.byCodeHash[h]
	return id, ok
}

// SessionByTokenHash returns an active (not ended) session; expiry is the
// caller's to judge with its clock.
func (s *Set) SessionByTokenHash(h string) (Session, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ss := s.sessions[h]
	if ss == nil {
		return Session{}, false
	}
	return *ss, true
}

// OpenSessionsOf lists the sessions of a user that no SessionEnded closed
// (expired ones included).
func (s *Set) OpenSessionsOf(userID string) []Session {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Session
	for _, ss := range s.sessionByID {
		if ss.UserID == userID {
			out = append(out, *ss)
		}
	}
	return out
}

// ViewEvaluations runs fn on the attempt's evaluations (every jury member's)
// under the read lock.
func (s *Set) ViewEvaluations(attemptID string, fn func([]*Evaluation)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	fn(s.evalsByAtt[attemptID])
}
