package app

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"cellule/domain"
	"cellule/eventstore"
)

// longAttempt appends n events of a busy candidate to Alice's attempt
// (opened by the session) and locks it: questions and answers stating
// facts, pins, KPI rows, causes with evidence, conclusions, concept edits,
// milestones, budget lines, J1→J2 links, oral notes. It returns once the
// projections have folded them.
func (e *env) longAttempt(s session, n int) {
	e.t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	facts := []string{"data.taux-conversion", "data.rdv-crm", "direction.taux-conversion-codir", "terrain.rdv-agences", "data.couverture"}
	at := inJ1
	var evs []domain.Event
	q, causes := 0, 0
	for len(evs) < n-2 { // AttemptOpened is there, ReportSubmitted comes last
		at = at.Add(time.Second)
		switch r := rng.IntN(20); {
		case r < 8:
			q++
			id := fmt.Sprintf("q%d", q)
			evs = append(evs, domain.QuestionAsked{QuestionID: id, AgentID: "data", Text: "Quel est le taux de conversion des leads en adhésions ?", Phase: domain.J1, At: at},
				domain.AgentAnswered{QuestionID: id, Text: "Le taux de conversion est de 13,1 % pour un objectif de 30 %.",
					FactIDs: []string{facts[rng.IntN(len(facts))]}, Engine: "offline", At: at})
		case r < 10 && q > 0:
			evs = append(evs, domain.EvidencePinned{QuestionID: fmt.Sprintf("q%d", 1+rng.IntN(q)), At: at})
		case r < 12:
			evs = append(evs, domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: fmt.Sprintf("r%d", len(evs)), KpiID: "couverture", Result: 1150000, Target: 900000, Unit: "personnes"}, At: at})
		case r < 14:
			causes++
			evs = append(evs, domain.CauseAdded{CauseID: fmt.Sprintf("c%d", causes), Text: "Le tunnel de souscription perd les leads au troisième écran.", At: at})
		case r < 15 && causes > 0 && q > 0:
			evs = append(evs, domain.CauseEvidenceLinked{CauseID: fmt.Sprintf("c%d", 1+rng.IntN(causes)), QuestionID: fmt.Sprintf("q%d", 1+rng.IntN(q)), At: at})
		case r < 16:
			evs = append(evs, domain.ConclusionWritten{ConclusionID: fmt.Sprintf("k%d", rng.IntN(5)), Text: "Réparer le tunnel avant toute relance.", At: at})
		case r < 17:
			evs = append(evs, domain.ConceptFieldEdited{Field: domain.ConceptFields[rng.IntN(4)], Value: fmt.Sprintf("Version %d du concept", len(evs)), At: at})
		case r < 18:
			evs = append(evs, domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: fmt.Sprintf("l%d", rng.IntN(40)), Category: "technique",
				Supplier: "technique", Label: "Sonorisation", Quantity: 1, UnitPriceCents: 480_000}, At: at})
		case r < 19:
			evs = append(evs, domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: fmt.Sprintf("m%d", len(evs)), Title: "Jalon", Date: "2027-01-10", Owner: "Chef de projet"}, At: at})
		default:
			evs = append(evs, domain.OralPrepNoteEdited{Competency: "C21", Text: fmt.Sprintf("Note %d", len(evs)), At: at})
		}
	}
	evs = append(evs[:n-2], domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: at.Add(time.Second)})
	var pos uint64
	for i := 0; i < len(evs); i += 500 {
		batch := make([]eventstore.EventData, 0, 500)
		for _, ev := range evs[i:min(i+500, len(evs))] {
			typ, data, err := domain.EncodeEvent(ev)
			e.must(err)
			batch = append(batch, eventstore.EventData{Type: typ, Data: data})
		}
		res, err := e.store.Append(e.ctx, domain.AttemptStream(s.aliceAttempt), eventstore.Any{}, batch...)
		e.must(err)
		pos = res.Position
	}
	e.must(e.app.proj.WaitFor(e.ctx, pos))
}

// BenchmarkReplayStep5000 is one step or scrub of the jury's replay on an
// attempt of 5,000 events: authorize, fold the state at a random version
// and build the view the screen shows (the report as it stood and the
// conversation at that moment) — what attemptAt(version) answers. It
// reports p50 and p99 besides the mean.
func BenchmarkReplayStep5000(b *testing.B) {
	e := newEnv(b)
	s := e.session()
	e.longAttempt(s, 5000)
	tl, err := e.app.Timeline(e.ctx, s.jury, s.aliceAttempt)
	if err != nil || len(tl.Entries) != 5000 {
		b.Fatalf("timeline of %d events (%v), want 5,000", len(tl.Entries), err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := 1 + rng.IntN(5000)
		t0 := time.Now()
		view, err := e.app.ReportAt(e.ctx, s.jury, s.aliceAttempt, v)
		lat = append(lat, time.Since(t0))
		if err != nil || view.Version != v {
			b.Fatalf("version %d: %v (view at %d)", v, err, view.Version)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkReplayAnalysis5000 is the replay's one-off analysis (facts,
// uses, contradictions, links) and the timeline of a 5,000-event attempt,
// fetched once when the jury opens the replay.
func BenchmarkReplayAnalysis5000(b *testing.B) {
	e := newEnv(b)
	s := e.session()
	e.longAttempt(s, 5000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.app.Replay(e.ctx, s.jury, s.aliceAttempt); err != nil {
			b.Fatal(err)
		}
		if _, err := e.app.Timeline(e.ctx, s.jury, s.aliceAttempt); err != nil {
			b.Fatal(err)
		}
	}
}
