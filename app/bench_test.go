package app

import (
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"cellule/domain"
)

// BenchmarkReportMutation100 measures a report mutation round trip at the
// app level — authorize, decide, append (durable), wait until the
// projections folded it — with 100 candidates writing at once, each
// editing their own report (whole-value edits of a cause, a KPI row and a
// conclusion, as the debounced editor sends them). It reports the p50 and
// p99 latency of one call.
func BenchmarkReportMutation100(b *testing.B) {
	const candidates = 100
	e := newEnv(b)
	staff := Actor{}
	u, err := e.app.AddUser(e.ctx, System, AddUserInput{Role: domain.RoleStaff, Email: "staff@ecole.fr", DisplayName: "Staff", Password: "motdepasse-solide"})
	if err != nil {
		b.Fatal(err)
	}
	staff = Actor{UserID: u.UserID, Role: u.Role}
	ex, err := e.app.CreateExam(e.ctx, staff, CreateExamInput{ScenarioID: "vitalia", Mode: domain.ModeCertification, Schedule: sched})
	if err != nil {
		b.Fatal(err)
	}
	type cand struct {
		actor   Actor
		attempt string
		cause   string
		row     string
	}
	cs := make([]cand, candidates)
	for i := range cs {
		en, err := e.app.EnrolCandidate(e.ctx, staff, EnrolCandidateInput{ExamID: ex.ID, Email: fmt.Sprintf("c%d@etu.fr", i), DisplayName: "Candidat"})
		if err != nil {
			b.Fatal(err)
		}
		cs[i] = cand{actor: Actor{UserID: en.CandidateID, Role: domain.RoleCandidate}, attempt: en.AttemptID}
	}
	e.clock.Set(inJ1)
	for i := range cs {
		c := &cs[i]
		out, err := e.app.AddCause(e.ctx, c.actor, CauseInput{AttemptID: c.attempt, Text: "Cause"})
		if err != nil {
			b.Fatal(err)
		}
		c.cause = out.ID
		out, err = e.app.AddKpiRow(e.ctx, c.actor, KpiRowInput{AttemptID: c.attempt, KpiID: "couverture", Result: 1, Target: 2})
		if err != nil {
			b.Fatal(err)
		}
		c.row = out.ID
	}
	var (
		mu   sync.Mutex
		lats = make([]time.Duration, 0, b.N)
		next = make(chan int, b.N)
	)
	for i := 0; i < b.N; i++ {
		next <- i
	}
	close(next)
	b.ResetTimer()
	var wg sync.WaitGroup
	for w := range cs {
		wg.Add(1)
		go func(c cand) {
			defer wg.Done()
			var mine []time.Duration
			for i := range next {
				start := time.Now()
				var err error
				switch i % 3 {
				case 0:
					_, err = e.app.EditCause(e.ctx, c.actor, CauseInput{AttemptID: c.attempt, CauseID: c.cause, Text: fmt.Sprintf("Ciblage trop large (%d)", i)})
				case 1:
					_, err = e.app.ChangeKpiRow(e.ctx, c.actor, KpiRowInput{AttemptID: c.attempt, RowID: c.row, KpiID: "couverture", Result: float64(i), Target: 50000})
				case 2:
					_, err = e.app.WriteConclusion(e.ctx, c.actor, ConclusionInput{AttemptID: c.attempt, ConclusionID: "k1", Text: fmt.Sprintf("Conclusion %d", i)})
				}
				if err != nil {
					b.Error(err)
					return
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			lats = append(lats, mine...)
			mu.Unlock()
		}(cs[w])
	}
	wg.Wait()
	b.StopTimer()
	sort.Slice(lats, func(i, j int) bool { return lats[i] < lats[j] })
	if len(lats) > 0 {
		q := func(p float64) float64 { return float64(lats[int(p*float64(len(lats)-1))].Microseconds()) / 1000 }
		b.ReportMetric(q(0.50), "p50-ms")
		b.ReportMetric(q(0.99), "p99-ms")
	}
}
