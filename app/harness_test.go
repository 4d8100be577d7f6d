package app

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"cellule/agents"
	"cellule/agents/offline"
	"cellule/domain"
	"cellule/eventstore"
	"cellule/eventstore/sqlite"
)

// fakeClock is a settable clock shared by the app and the test.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

// The session of the tests: J1 starts at t0.
var (
	t0    = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	sched = domain.Schedule{
		J1Start: t0, J1End: t0.Add(8 * time.Hour),
		J2Start: t0.Add(24 * time.Hour), J2End: t0.Add(32 * time.Hour),
		J3Start: t0.Add(48 * time.Hour), J3End: t0.Add(56 * time.Hour),
	}
	beforeStart = t0.Add(-24 * time.Hour)
	inJ1        = t0.Add(time.Hour)
	inJ2        = t0.Add(25 * time.Hour)
	afterJ2     = sched.J2End.Add(time.Minute)
	oralSlot    = sched.J3Start.Add(time.Hour)
)

// cheapArgon2 keeps tests fast; the cost is a parameter, not the logic.
var cheapArgon2 = Argon2Params{Time: 1, MemoryKiB: 64, Threads: 1}

// cheapCodeArgon2 differs from cheapArgon2 so that tests notice a code
// hashed or looked up with the password cost.
var cheapCodeArgon2 = Argon2Params{Time: 1, MemoryKiB: 32, Threads: 1}

type env struct {
	t     testing.TB
	app   *App
	store eventstore.Store
	path  string
	clock *fakeClock
	ctx   context.Context
}

func newEnv(t testing.TB, opts ...func(*Deps)) *env {
	t.Helper()
	path := t.TempDir() + "/events.db"
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, store: st, path: path, clock: &fakeClock{now: beforeStart}, ctx: context.Background()}
	e.app = e.start(opts...)
	t.Cleanup(func() { e.app.Close(); st.Close() })
	return e
}

func (e *env) start(opts ...func(*Deps)) *App {
	d := Deps{Store: e.store, Engine: offline.New(), Clock: e.clock.Now, Argon2: cheapArgon2, CodeArgon2: cheapCodeArgon2, SchedulerInterval: -1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		o(&d)
	}
	a, err := New(d)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := a.Start(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	return a
}

// restart closes the app and starts a new one on the same store, as a
// server restart does.
func (e *env) restart(opts ...func(*Deps)) {
	e.app.Close()
	e.app = e.start(opts...)
}

func (e *env) must(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) addUser(role domain.Role, email string) Actor {
	e.t.Helper()
	u, err := e.app.AddUser(e.ctx, System, AddUserInput{Role: role, Email: email, DisplayName: "Nom " + email, Password: "motdepasse-solide"})
	e.must(err)
	return Actor{UserID: u.UserID, Role: u.Role}
}

// session is a staff member with an exam of the vitalia scenario and two
// candidates, a jury member assigned to the first.
type session struct {
	staff, jury, other Actor
	examID             string
	alice, bob         Actor
	aliceAttempt       string
	bobAttempt         string
	aliceCode          string
}

func (e *env) session() session {
	e.t.Helper()
	var s session
	s.staff = e.addUser(domain.RoleStaff, "staff@ecole.fr")
	s.jury = e.addUser(domain.RoleJury, "jury@ecole.fr")
	s.other = e.addUser(domain.RoleJury, "jury2@ecole.fr")
	out, err := e.app.CreateExam(e.ctx, s.staff, CreateExamInput{ScenarioID: "vitalia", Mode: domain.ModeCertification, Schedule: sched})
	e.must(err)
	s.examID = out.ID
	en, err := e.app.EnrolCandidate(e.ctx, s.staff, EnrolCandidateInput{ExamID: s.examID, Email: "alice@etu.fr", DisplayName: "Alice"})
	e.must(err)
	s.alice, s.aliceAttempt, s.aliceCode = Actor{UserID: en.CandidateID, Role: domain.RoleCandidate}, en.AttemptID, en.AccessCode
	en, err = e.app.EnrolCandidate(e.ctx, s.staff, EnrolCandidateInput{ExamID: s.examID, Email: "bob@etu.fr", DisplayName: "Bob"})
	e.must(err)
	s.bob, s.bobAttempt = Actor{UserID: en.CandidateID, Role: domain.RoleCandidate}, en.AttemptID
	_, err = e.app.AssignJury(e.ctx, s.staff, AssignJuryInput{ExamID: s.examID, JuryID: s.jury.UserID, CandidateID: s.alice.UserID, OralSlot: oralSlot})
	e.must(err)
	return s
}

// waitAnswer drains a question's chunks until its final message.
func (e *env) waitAnswer(actor Actor, attemptID, questionID string) (text string, final AnswerChunk) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer cancel()
	for {
		ch, err := e.app.AnswerChunks(ctx, actor, attemptID, questionID)
		e.must(err)
		text = ""
		for c := range ch {
			text += c.Text
			if c.Done || c.Failed {
				return text, c
			}
		}
		if ctx.Err() != nil {
			e.t.Fatal("no final answer chunk")
		}
		// dropped: resubscribe (the replay gives everything again)
	}
}

// code asserts err's refusal code.
func code(t *testing.T, err error, want domain.Code) {
	t.Helper()
	if got := domain.CodeOf(err); got != want {
		t.Fatalf("error code %q (%v), want %q", got, err, want)
	}
}

// scriptedEngine answers from a script, to test failures and streaming.
type scriptedEngine struct {
	mu     sync.Mutex
	fail   int // the next fail calls fail
	chunks []string
	gate   chan struct{} // when set, each chunk waits for a receive
	calls  int
}

func (s *scriptedEngine) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	s.mu.Lock()
	s.calls++
	fail := s.fail > 0
	if fail {
		s.fail--
	}
	chunks, gate := s.chunks, s.gate
	s.mu.Unlock()
	if fail {
		return agents.Answer{}, errors.New("scripted failure")
	}
	text := ""
	for _, c := range chunks {
		if gate != nil {
			select {
			case <-gate:
			case <-ctx.Done():
				return agents.Answer{}, ctx.Err()
			}
		}
		if err := emit(c); err != nil {
			return agents.Answer{}, err
		}
		text += c
	}
	return agents.Answer{AgentID: q.AgentID, Text: text, Engine: "scripted", Latency: time.Millisecond}, nil
}
