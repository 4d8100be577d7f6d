package server_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"cellule/server"
)

// TestDemo seeds the demo, checks the printed credentials work and that
// the cohort reached its stages through the API, then starts again on the
// same data: the same credentials are printed and nothing is seeded twice.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs twelve simulated candidates")
	}
	dir := t.TempDir()
	clk := &testClock{t: time.Date(2030, 1, 7, 10, 30, 0, 0, time.UTC)}
	ts := startServer(t, dir, clk, nil, server.HTTPConfig{})
	var out bytes.Buffer
	if err := ts.srv.Demo(context.Background(), ts.url, &out); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	printed := out.String()
	if !strings.Contains(printed, "0 échecs") || !strings.Contains(printed, "4 rapports déposés") {
		t.Fatalf("cohort summary:\n%s", printed)
	}
	staffPass := regexp.MustCompile(`equipe@demo\.cellule\.test  mot de passe (\S+)`).FindStringSubmatch(printed)
	juryPass := regexp.MustCompile(`jury@demo\.cellule\.test  mot de passe (\S+)`).FindStringSubmatch(printed)
	codes := regexp.MustCompile(`(?m)^    .{16} (\S{4}-\S{4}-\S{4}-\S{4})$`).FindAllStringSubmatch(printed, -1)
	if staffPass == nil || juryPass == nil || len(codes) != 3 {
		t.Fatalf("credentials not printed:\n%s", printed)
	}

	// The printed credentials work.
	staff := ts.client()
	mustDo(t, staff, loginDoc, vars{"e": "equipe@demo.cellule.test", "p": staffPass[1]}, nil)
	var exams struct {
		ExamSessions []struct {
			ID             string
			Mode           string
			CandidateCount int
		}
	}
	mustDo(t, staff, `query { examSessions { id mode candidateCount } }`, nil, &exams)
	if len(exams.ExamSessions) != 2 {
		t.Fatalf("sessions %+v", exams.ExamSessions)
	}
	jury := ts.client()
	mustDo(t, jury, loginDoc, vars{"e": "jury@demo.cellule.test", "p": juryPass[1]}, nil)
	var jc struct{ JuryCandidates []struct{ Locked bool } }
	mustDo(t, jury, `query { juryCandidates { locked } }`, nil, &jc)
	locked := 0
	for _, c := range jc.JuryCandidates {
		if c.Locked {
			locked++
		}
	}
	if len(jc.JuryCandidates) != 9 || locked != 4 {
		t.Fatalf("jury sees %d candidates, %d locked; want 9 and 4", len(jc.JuryCandidates), locked)
	}
	for _, c := range codes {
		var my struct{ MyAttempts []struct{ Phase string } }
		mustDo(t, loginCandidate(t, ts, c[1]), `query { myAttempts { phase } }`, nil, &my)
		if len(my.MyAttempts) != 1 || my.MyAttempts[0].Phase != "J1" {
			t.Fatalf("visitor candidate: %+v, want one attempt in J1", my.MyAttempts)
		}
	}

	// Again on the same data: the same credentials, nothing seeded twice.
	ts.stop()
	ts2 := startServer(t, dir, clk, nil, server.HTTPConfig{})
	var again bytes.Buffer
	if err := ts2.srv.Demo(context.Background(), ts2.url, &again); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(again.String(), "candidats simulés") || !strings.Contains(again.String(), staffPass[1]) || !strings.Contains(again.String(), codes[0][1]) {
		t.Fatalf("second start printed:\n%s", again.String())
	}
	staff2 := ts2.client()
	mustDo(t, staff2, loginDoc, vars{"e": "equipe@demo.cellule.test", "p": staffPass[1]}, nil)
	mustDo(t, staff2, `query { examSessions { id mode candidateCount } }`, nil, &exams)
	if len(exams.ExamSessions) != 2 {
		t.Fatalf("after a restart: sessions %+v", exams.ExamSessions)
	}
}
