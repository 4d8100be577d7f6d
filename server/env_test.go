package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"cellule/agents"
	"cellule/agents/offline"
	"cellule/app"
	"cellule/client"
	"cellule/domain"
	"cellule/server"
)

// testClock is the server's clock in tests: J1, J2 and the deadline come
// when the test says so.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// The exam's schedule in tests: J1 on Monday 7 January 2030, J2 the next
// day, the orals on Wednesday.
var (
	day0  = time.Date(2030, 1, 7, 0, 0, 0, 0, time.UTC)
	sched = domain.Schedule{
		J1Start: day0.Add(9 * time.Hour), J1End: day0.Add(16 * time.Hour),
		J2Start: day0.Add(33 * time.Hour), J2End: day0.Add(40 * time.Hour),
		J3Start: day0.Add(57 * time.Hour), J3End: day0.Add(65 * time.Hour),
	}
	duringJ1 = sched.J1Start.Add(time.Hour)
	duringJ2 = sched.J2Start.Add(time.Hour)
)

// slowEngine is the offline engine with a pause before each chunk, so that
// streaming can be observed (the offline engine alone answers at once).
type slowEngine struct {
	agents.Engine
	pause time.Duration
}

func (e slowEngine) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	return e.Engine.Answer(ctx, q, func(chunk string) error {
		select {
		case <-time.After(e.pause):
		case <-ctx.Done():
			return ctx.Err()
		}
		return emit(chunk)
	})
}

// testServer is one running server on a loopback port.
type testServer struct {
	t   testing.TB
	srv *server.Server
	hs  *http.Server
	url string
}

func startServer(t testing.TB, dir string, clk *testClock, engine agents.Engine, httpCfg server.HTTPConfig) *testServer {
	t.Helper()
	if engine == nil {
		engine = offline.New()
	}
	srv, err := server.New(context.Background(), server.Config{
		DataDir: dir, Clock: clk.Now, Engine: engine, NoSPA: true, HTTP: httpCfg,
		Logger:            slog.New(slog.NewTextHandler(io.Discard, nil)),
		SchedulerInterval: -1, ShutdownTimeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer()
	go hs.Serve(ln)
	ts := &testServer{t: t, srv: srv, hs: hs, url: "http://" + ln.Addr().String()}
	t.Cleanup(ts.stop)
	return ts
}

// stop shuts the server down gracefully (idempotent).
func (ts *testServer) stop() {
	if ts.hs == nil {
		return
	}
	client.CloseIdleConnections()
	if err := ts.srv.Shutdown(ts.hs); err != nil {
		ts.t.Errorf("shutdown: %v", err)
	}
	ts.hs = nil
}

func (ts *testServer) client() *client.Client {
	ts.t.Helper()
	c, err := client.New(ts.url)
	if err != nil {
		ts.t.Fatal(err)
	}
	return c
}

// seeded is an exam session with its accounts.
type seeded struct {
	examID       string
	staff, jury  *client.Client
	juryID       string
	codes        []string // candidates' access codes
	candidateIDs []string
	attemptIDs   []string
}

const (
	staffEmail = "staff@test.cellule"
	juryEmail  = "jury@test.cellule"
	testPass   = "mot-de-passe-solide"
)

// seed creates staff and jury accounts (as `cellule user add` does), then,
// over the API as staff: a certification session and n candidates, the
// jury assigned to the first 16 of them (the orals of J3 are 30 minutes).
func seed(t testing.TB, ts *testServer, n int) *seeded {
	t.Helper()
	ctx := context.Background()
	a := ts.srv.App()
	if _, err := a.AddUser(ctx, app.System, app.AddUserInput{Role: domain.RoleStaff, Email: staffEmail, DisplayName: "Équipe", Password: testPass}); err != nil {
		t.Fatal(err)
	}
	juryUser, err := a.AddUser(ctx, app.System, app.AddUserInput{Role: domain.RoleJury, Email: juryEmail, DisplayName: "Jury", Password: testPass})
	if err != nil {
		t.Fatal(err)
	}
	s := &seeded{staff: ts.client(), jury: ts.client(), juryID: juryUser.UserID}
	mustDo(t, s.staff, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }`, vars{"e": staffEmail, "p": testPass}, nil)
	mustDo(t, s.jury, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }`, vars{"e": juryEmail, "p": testPass}, nil)

	var ex struct{ ScheduleExam struct{ ID string } }
	mustDo(t, s.staff, `mutation($in: ScheduleExamInput!) { scheduleExam(input: $in) { id } }`, vars{"in": vars{
		"scenarioId": "vitalia", "title": "Session de test", "mode": "CERTIFICATION", "schedule": vars{
			"j1Start": sched.J1Start, "j1End": sched.J1End, "j2Start": sched.J2Start,
			"j2End": sched.J2End, "j3Start": sched.J3Start, "j3End": sched.J3End,
		},
	}}, &ex)
	s.examID = ex.ScheduleExam.ID
	for i := range n {
		var en struct {
			EnrolCandidate struct{ CandidateID, AttemptID, AccessCode string }
		}
		mustDo(t, s.staff, `mutation($in: EnrolCandidateInput!) { enrolCandidate(input: $in) { candidateId attemptId accessCode } }`,
			vars{"in": vars{"examId": s.examID, "displayName": fmt.Sprintf("Candidat %c%d", 'A'+i%26, i/26), "email": fmt.Sprintf("c%03d@test.cellule", i)}}, &en)
		if en.EnrolCandidate.AccessCode == "" {
			t.Fatal("enrolment returned no access code")
		}
		s.codes = append(s.codes, en.EnrolCandidate.AccessCode)
		s.candidateIDs = append(s.candidateIDs, en.EnrolCandidate.CandidateID)
		s.attemptIDs = append(s.attemptIDs, en.EnrolCandidate.AttemptID)
		if i >= 16 {
			continue
		}
		mustDo(t, s.staff, `mutation($in: AssignJuryInput!) { assignJury(input: $in) { id } }`, vars{"in": vars{
			"examId": s.examID, "juryId": s.juryID, "candidateId": en.EnrolCandidate.CandidateID,
			"oralSlot": sched.J3Start.Add(time.Duration(i) * 30 * time.Minute),
		}}, nil)
	}
	return s
}

type vars = map[string]any

func mustDo(t testing.TB, c *client.Client, doc string, v vars, out any) {
	t.Helper()
	if err := c.Do(context.Background(), doc, v, out); err != nil {
		t.Fatalf("%s\n→ %v", firstLine(doc), err)
	}
}

// codeOf runs doc and returns the refusal's extensions.code ("" on success).
func codeOf(t testing.TB, c interface {
	Do(context.Context, string, map[string]any, any) error
}, doc string, v vars) string {
	t.Helper()
	err := c.Do(context.Background(), doc, v, nil)
	if err != nil && client.CodeOf(err) == "" {
		t.Fatalf("%s: not a GraphQL refusal: %v", firstLine(doc), err)
	}
	return client.CodeOf(err)
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}

func loginCandidate(t testing.TB, ts *testServer, code string) *client.Client {
	t.Helper()
	c := ts.client()
	mustDo(t, c, `mutation($c: String!) { loginWithCode(code: $c) { user { id role } } }`, vars{"c": code}, nil)
	return c
}
