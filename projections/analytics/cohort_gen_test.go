package analytics

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"cellule/domain"
	"cellule/scenarios"
)

var (
	vitaliaOnce sync.Once
	vitalia     *scenarios.Scenario
	vitaliaErr  error
)

func loadVitalia(id string) (*scenarios.Scenario, error) {
	vitaliaOnce.Do(func() { vitalia, vitaliaErr = scenarios.LoadBuiltin("vitalia") })
	if id != "vitalia" {
		return nil, fmt.Errorf("unknown scenario %q", id)
	}
	return vitalia, vitaliaErr
}

// vitaliaSnapshot is the exam snapshot of the shipped scenario.
func vitaliaSnapshot(tb testing.TB) domain.ExamSnapshot {
	tb.Helper()
	sc, err := loadVitalia("vitalia")
	if err != nil {
		tb.Fatal(err)
	}
	snap := tinySnapshot("vitalia")
	snap.Agents = nil
	for _, a := range sc.Agents {
		info := domain.AgentInfo{ID: a.ID, Name: a.Name, Kind: string(a.Kind)}
		for _, d := range a.Days {
			info.Days = append(info.Days, domain.Day(d))
		}
		snap.Agents = append(snap.Agents, info)
	}
	return snap
}

// genCohort simulates a cohort on vitalia with a seeded generator: each
// candidate asks questions questions (a trigger of one of the agent's facts,
// or a vague question), most are answered (the asked fact, sometimes with
// a neighbour), a few fail; then a small report and the lock, and one jury
// evaluation for every other candidate. Streams are interleaved in
// rounds, as a live exam would write them.
func genCohort(tb testing.TB, seed uint64, candidates, questions int) eventLog {
	tb.Helper()
	sc, _ := loadVitalia("vitalia")
	snap := vitaliaSnapshot(tb)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vague := []string{"Bonjour, comment ça va ?", "Pouvez-vous m'en dire plus ?", "Que pensez-vous de la campagne ?", "Et sinon ?", "Avez-vous autre chose ?"}

	var l eventLog
	l.add(domain.ExamStream("x1"), domain.ExamScheduled{ExamID: "x1", Exam: snap, OwnerID: "staff", At: at(1, 6, 0)})
	per := make([]eventLog, candidates)
	for c := range candidates {
		id := fmt.Sprintf("a%04d", c)
		l.open(id, fmt.Sprintf("Candidat %d", c), snap)
		var cl eventLog
		t := at(1, 8, 0).Add(time.Duration(r.IntN(3600)) * time.Second)
		for q := range questions {
			day := domain.J1
			if q >= questions*6/10 {
				day = domain.J2
				if t.Before(at(2, 8, 0)) {
					t = at(2, 8, 0).Add(time.Duration(r.IntN(1800)) * time.Second)
				}
			}
			var agents []scenarios.Agent
			for _, a := range sc.Agents {
				if slices.Contains(a.Days, scenarios.Day(day)) {
					agents = append(agents, a)
				}
			}
			ag := agents[r.IntN(len(agents))]
			f := ag.Facts[r.IntN(len(ag.Facts))]
			text := vague[r.IntN(len(vague))]
			if r.IntN(10) < 8 && len(f.Triggers) > 0 {
				text = f.Triggers[r.IntN(len(f.Triggers))]
			}
			qid := fmt.Sprintf("q%d", q)
			t = t.Add(time.Duration(30+r.IntN(240)) * time.Second)
			cl.ask(id, qid, ag.ID, text, day, t)
			switch n := r.IntN(20); {
			case n == 0:
				cl.add(domain.AttemptStream(id), domain.AgentAnswerFailed{QuestionID: qid, Reason: "timeout", At: t.Add(time.Second)})
			case n < 8:
				cl.answer(id, qid, t.Add(2*time.Second))
			default:
				facts := []string{f.ID}
				if r.IntN(4) == 0 {
					if g := ag.Facts[r.IntN(len(ag.Facts))]; g.ID != f.ID {
						facts = append(facts, g.ID)
					}
				}
				cl.answer(id, qid, t.Add(2*time.Second), facts...)
			}
		}
		s := domain.AttemptStream(id)
		cl.add(s, domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r1", Label: "Leads", Result: 1, Target: 2, Unit: "leads"}, At: t})
		cl.add(s, domain.CauseAdded{CauseID: "c1", Text: "Cause", At: t})
		cl.add(s, domain.CauseEvidenceLinked{CauseID: "c1", QuestionID: "q0", At: t})
		cl.add(s, domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "b1", Category: "lieu", Label: "Salle", Quantity: float64(1 + r.IntN(3)), UnitPriceCents: 100000}, At: t})
		cl.add(s, domain.ReportSubmitted{By: domain.SubmittedByDeadline, At: at(2, 17, 0)})
		if c%2 == 0 {
			e := domain.EvaluationStream(id, "j1")
			cl.add(e, domain.EvaluationOpened{AttemptID: id, JuryID: "j1", CandidateID: "u-" + id, At: at(3, 9, 0)})
			cl.add(e, domain.CompetencyAssessed{Competency: "C21", Level: domain.Levels[r.IntN(len(domain.Levels))], At: at(3, 9, 10)})
		}
		per[c] = cl
	}
	// Round-robin interleaving of the candidates' streams.
	for i := 0; ; i++ {
		done := true
		for c := range per {
			if i < len(per[c]) {
				l = append(l, per[c][i])
				done = false
			}
		}
		if done {
			return l
		}
	}
}
