package app

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"cellule/domain"
	"cellule/eventstore"
	"cellule/projections"
	"cellule/scenarios"
)

// BenchmarkStaffAnalytics measures the staff's analytics queries through
// App (authorization + the analytics projection + copying the views) on
// the scale: a session of 500 candidates × 100 answered questions
// (100,000 question events), folded at Start from the store as after a
// restart. Target: each query ≤ 1 s (docs/BENCHMARKS.md, "Staff").
func BenchmarkStaffAnalytics(b *testing.B) {
	const candidates, questions = 500, 100
	e := newEnv(b)
	staffUser, err := e.app.AddUser(e.ctx, System, AddUserInput{Role: domain.RoleStaff, Email: "staff@ecole.fr", DisplayName: "Staff", Password: "motdepasse-solide"})
	if err != nil {
		b.Fatal(err)
	}
	staff := Actor{UserID: staffUser.UserID, Role: staffUser.Role}
	ex, err := e.app.CreateExam(e.ctx, staff, CreateExamInput{ScenarioID: "vitalia", Mode: domain.ModeCertification, Schedule: sched})
	if err != nil {
		b.Fatal(err)
	}
	writeCohort(b, e, ex.ID, candidates, questions)
	start := time.Now()
	e.restart()
	b.Logf("%d candidates × %d questions folded at start in %s", candidates, questions, time.Since(start).Round(time.Millisecond))

	queries := []struct {
		name string
		run  func() error
	}{
		{"Questions/page", func() error {
			_, err := e.app.QuestionAnalytics(e.ctx, staff, QuestionQuery{ExamID: ex.ID, Limit: 100})
			return err
		}},
		{"Questions/sorted-filtered", func() error {
			_, err := e.app.QuestionAnalytics(e.ctx, staff, QuestionQuery{ExamID: ex.ID, Search: "budget", Sort: "specificity", Desc: true, Limit: 100})
			return err
		}},
		{"AllQuestions", func() error { _, err := e.app.AllQuestions(e.ctx, staff, ex.ID); return err }},
		{"Candidates", func() error { _, err := e.app.CandidateAnalytics(e.ctx, staff, ex.ID); return err }},
		{"Agents", func() error { _, err := e.app.AgentAnalytics(e.ctx, staff, ex.ID); return err }},
		{"Facts", func() error { _, err := e.app.FactAnalytics(e.ctx, staff, ex.ID, 0); return err }},
		{"Distributions", func() error { _, err := e.app.CohortDistributions(e.ctx, staff, ex.ID); return err }},
		{"Reports", func() error { _, err := e.app.ReportSummaries(e.ctx, staff, ex.ID); return err }},
		{"Live", func() error { _, err := e.app.ExamLive(e.ctx, staff, ex.ID); return err }},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if err := q.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// writeCohort appends, straight to the store, the enrolment of n
// candidates and their attempts of q questions each, answered with facts
// of the asked agent (one in three earns nothing), as the app would have
// recorded them.
func writeCohort(b *testing.B, e *env, examID string, n, q int) {
	b.Helper()
	sc, err := scenarios.LoadBuiltin("vitalia")
	if err != nil {
		b.Fatal(err)
	}
	var snap domain.ExamSnapshot
	e.app.proj.ViewExam(examID, func(x *projections.Exam) { snap = x.State.Exam })
	var j1 []scenarios.Agent
	for _, ag := range sc.Agents {
		for _, d := range ag.Days {
			if d == "J1" && len(ag.Facts) > 0 {
				j1 = append(j1, ag)
			}
		}
	}
	rng := rand.New(rand.NewPCG(7, 7))
	ctx := context.Background()
	enc := func(evs ...domain.Event) []eventstore.EventData {
		out := make([]eventstore.EventData, len(evs))
		for i, ev := range evs {
			typ, data, err := domain.EncodeEvent(ev)
			if err != nil {
				b.Fatal(err)
			}
			out[i] = eventstore.EventData{Type: typ, Data: data}
		}
		return out
	}
	var enrol []domain.Event
	for i := range n {
		cid, aid := fmt.Sprintf("bench-c%03d", i), fmt.Sprintf("bench-a%03d", i)
		enrol = append(enrol, domain.CandidateEnrolled{ExamID: examID, CandidateID: cid, DisplayName: fmt.Sprintf("Candidat %03d", i),
			Email: cid + "@etu.fr", AttemptID: aid, By: "bench", At: t0})
		evs := []domain.Event{domain.AttemptOpened{AttemptID: aid, ExamID: examID, CandidateID: cid, Exam: snap, At: t0}}
		at := t0
		for k := range q {
			ag := j1[rng.IntN(len(j1))]
			f := ag.Facts[rng.IntN(len(ag.Facts))]
			text := f.Text
			if len(f.Triggers) > 0 {
				text = f.Triggers[rng.IntN(len(f.Triggers))] + " ?"
			}
			at = at.Add(time.Duration(20+rng.IntN(100)) * time.Second)
			qid := fmt.Sprintf("q%d", k)
			var facts []string
			if rng.IntN(3) > 0 {
				facts = []string{f.ID}
			}
			evs = append(evs, domain.QuestionAsked{QuestionID: qid, AgentID: ag.ID, Text: text, Phase: domain.J1, At: at},
				domain.AgentAnswered{QuestionID: qid, Text: "Réponse.", FactIDs: facts, NewFactIDs: facts, Engine: "offline", At: at.Add(time.Second)})
		}
		if _, err := e.store.Append(ctx, domain.AttemptStream(aid), eventstore.NoStream{}, enc(evs...)...); err != nil {
			b.Fatal(err)
		}
	}
	for off := 0; off < len(enrol); off += 500 {
		if _, err := e.store.Append(ctx, domain.ExamStream(examID), eventstore.Any{}, enc(enrol[off:min(off+500, len(enrol))]...)...); err != nil {
			b.Fatal(err)
		}
	}
}
