package analytics

import (
	"errors"
	"time"

	"cellule/domain"
	"cellule/scenarios"
)

// The hand-built scenario of the metric tests: few facts, so every
// expected value below can be worked out by hand.
//
//	data    (team, J1 J2): d.leads critical [leads, taux de conversion]
//	                       d.couv useful [couverture], d.meteo noise [météo]
//	terrain (team, J1):    t.leads critical [leads] (contradicts d.leads)
//	                       t.form critical [formation, conseillers]
//	lieu    (supplier J2): l.salle critical [salle]
func testScenario() *scenarios.Scenario {
	return &scenarios.Scenario{
		ID: "tiny", Version: "1",
		Agents: []scenarios.Agent{
			{ID: "data", Name: "Inès", Kind: scenarios.Team, Days: []scenarios.Day{scenarios.J1, scenarios.J2}, Facts: []scenarios.Fact{
				{ID: "d.leads", Importance: scenarios.Critical, Topics: []string{"leads", "taux de conversion"}},
				{ID: "d.couv", Importance: scenarios.Useful, Topics: []string{"couverture"}},
				{ID: "d.meteo", Importance: scenarios.Noise, Topics: []string{"météo"}},
			}},
			{ID: "terrain", Name: "Karim", Kind: scenarios.Team, Days: []scenarios.Day{scenarios.J1}, Facts: []scenarios.Fact{
				{ID: "t.leads", Importance: scenarios.Critical, Topics: []string{"Leads"}, Contradicts: []string{"d.leads"}},
				{ID: "t.form", Importance: scenarios.Critical, Topics: []string{"formation", "conseillers"}},
			}},
			{ID: "lieu", Name: "Salle", Kind: scenarios.Supplier, Days: []scenarios.Day{scenarios.J2}, Facts: []scenarios.Fact{
				{ID: "l.salle", Importance: scenarios.Critical, Topics: []string{"salle"}},
			}},
		},
	}
}

func loadTiny(id string) (*scenarios.Scenario, error) {
	if id == "tiny" {
		return testScenario(), nil
	}
	return nil, errors.New("no such scenario")
}

// at is an instant of the test exam: day 1 = J1 (2026-12-01), day 2 = J2.
func at(day, h, m int) time.Time {
	return time.Date(2026, 12, day, h, m, 0, 0, time.UTC)
}

func tinySnapshot(scenarioID string) domain.ExamSnapshot {
	return domain.ExamSnapshot{
		ScenarioID: scenarioID, ScenarioVersion: "1", Title: "Examen test", Mode: domain.ModePractice,
		Schedule: domain.Schedule{
			J1Start: at(1, 8, 0), J1End: at(1, 17, 0),
			J2Start: at(2, 8, 0), J2End: at(2, 17, 0),
			J3Start: at(3, 8, 0), J3End: at(3, 17, 0),
		},
		EnvelopeCents: 250000,
		Agents: []domain.AgentInfo{
			{ID: "data", Name: "Inès", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "terrain", Name: "Karim", Kind: "team", Days: []domain.Day{domain.J1}},
			{ID: "lieu", Name: "Salle", Kind: "supplier", Days: []domain.Day{domain.J2}},
		},
	}
}

// stored is an event as a subscription delivers it.
type stored struct {
	stream string
	event  domain.Event
}

// eventLog builds a global log in order.
type eventLog []stored

func (l *eventLog) add(stream string, e domain.Event) { *l = append(*l, stored{stream, e}) }

func (l *eventLog) open(attemptID, name string, snap domain.ExamSnapshot) {
	l.add(domain.ExamStream("x1"), domain.CandidateEnrolled{ExamID: "x1", CandidateID: "u-" + attemptID, DisplayName: name, AttemptID: attemptID, At: at(1, 7, 0)})
	l.add(domain.AttemptStream(attemptID), domain.AttemptOpened{AttemptID: attemptID, ExamID: "x1", CandidateID: "u-" + attemptID, Exam: snap, At: at(1, 7, 0)})
}

func (l *eventLog) ask(attemptID, qid, agent, text string, phase domain.Day, t time.Time) {
	l.add(domain.AttemptStream(attemptID), domain.QuestionAsked{QuestionID: qid, AgentID: agent, Text: text, Phase: phase, At: t})
}

func (l *eventLog) answer(attemptID, qid string, t time.Time, facts ...string) {
	l.add(domain.AttemptStream(attemptID), domain.AgentAnswered{QuestionID: qid, Text: "réponse", FactIDs: facts, Engine: "offline", LatencyMs: 40, At: t})
}

// feed applies the log with positions 1..n.
func feed(p *Projection, l eventLog) {
	for i, s := range l {
		p.Apply(s.stream, uint64(i+1), s.event, time.Time{})
	}
}

// tinyLog is the cohort of the metric tests (see the expected values in
// metrics_test.go):
//
//	A: q1 data J1 08:10 "Combien de leads en octobre ?"            → d.leads
//	   q2 data J1 08:20 "Combien de leads avez-vous eu en octobre ?" → d.leads (repeat)
//	   q3 terrain J1 09:00 "Parlez-moi de la formation des conseillers" → t.form, t.leads
//	   q4 terrain J1 09:30 "Le budget 2026 est-il validé ?"         → nothing
//	   q5 data J2 08:45 "Est-ce que la salle est accessible ?"      → failed
//	B: q1 terrain J1 10:00 "Comment ça va ?"                         → nothing (refused)
//	   q2 data J2 08:30 "Quelle est la couverture ?"                 → d.couv
//	C: J2 opened early on day 1 at 18:00
//	   q1 lieu J2 18:30 "La salle est-elle accessible ?"             → l.salle
func tinyLog() eventLog {
	var l eventLog
	snap := tinySnapshot("tiny")
	l.add(domain.ExamStream("x1"), domain.ExamScheduled{ExamID: "x1", Exam: snap, OwnerID: "staff", At: at(1, 6, 0)})
	l.open("A", "Alice Martin", snap)
	l.open("B", "Bruno Petit", snap)
	l.open("C", "=Chloé", snap)

	l.ask("A", "q1", "data", "Combien de leads en octobre ?", domain.J1, at(1, 8, 10))
	l.answer("A", "q1", at(1, 8, 11), "d.leads")
	l.ask("A", "q2", "data", "Combien de leads avez-vous eu en octobre ?", domain.J1, at(1, 8, 20))
	l.answer("A", "q2", at(1, 8, 21), "d.leads")
	l.ask("B", "q1", "terrain", "Comment ça va ?", domain.J1, at(1, 10, 0))
	l.add(domain.AttemptStream("B"), domain.AgentAnswered{QuestionID: "q1", Text: "Je reste dans mon rôle.", Refused: true, Engine: "offline", At: at(1, 10, 1)})
	l.ask("A", "q3", "terrain", "Parlez-moi de la formation des conseillers", domain.J1, at(1, 9, 0))
	l.answer("A", "q3", at(1, 9, 1), "t.form", "t.leads")
	l.ask("A", "q4", "terrain", "Le budget 2026 est-il validé ?", domain.J1, at(1, 9, 30))
	l.answer("A", "q4", at(1, 9, 31))
	l.add(domain.AttemptStream("C"), domain.J2OpenedEarly{At: at(1, 18, 0)})
	l.ask("C", "q1", "lieu", "La salle est-elle accessible ?", domain.J2, at(1, 18, 30))
	l.answer("C", "q1", at(1, 18, 31), "l.salle")
	l.ask("A", "q5", "data", "Est-ce que la salle est accessible ?", domain.J2, at(2, 8, 45))
	l.add(domain.AttemptStream("A"), domain.AgentAnswerFailed{QuestionID: "q5", Reason: "timeout", At: at(2, 8, 46)})
	l.ask("B", "q2", "data", "Quelle est la couverture ?", domain.J2, at(2, 8, 30))
	l.answer("B", "q2", at(2, 8, 31), "d.couv")

	// A's report, then the lock; B locked at the deadline.
	a := domain.AttemptStream("A")
	l.add(a, domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r1", Label: "Leads", Result: 3800, Target: 5000, Unit: "leads"}, At: at(1, 11, 0)})
	l.add(a, domain.CauseAdded{CauseID: "c1", Text: "Formation insuffisante", At: at(1, 11, 5)})
	l.add(a, domain.CauseAdded{CauseID: "c2", Text: "Ciblage", At: at(1, 11, 6)})
	l.add(a, domain.CauseEvidenceLinked{CauseID: "c1", QuestionID: "q3", At: at(1, 11, 7)})
	for i, id := range []string{"k1", "k2", "k3"} {
		l.add(a, domain.ConclusionWritten{ConclusionID: id, Text: "Conclusion", At: at(1, 12, i)})
	}
	l.add(a, domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "b1", Category: "lieu", Label: "Salle", Quantity: 2, UnitPriceCents: 150000}, At: at(2, 10, 0)})
	l.add(a, domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: at(2, 16, 0)})
	l.add(domain.AttemptStream("B"), domain.ReportSubmitted{By: domain.SubmittedByDeadline, At: at(2, 17, 0)})

	// Two jury members evaluate A.
	e2 := domain.EvaluationStream("A", "j2")
	l.add(e2, domain.EvaluationOpened{AttemptID: "A", JuryID: "j2", CandidateID: "u-A", At: at(3, 9, 0)})
	l.add(e2, domain.CompetencyAssessed{Competency: "C21", Level: domain.LevelAcquired, Comment: "Solide", At: at(3, 9, 20)})
	l.add(e2, domain.CompetencyAssessed{Competency: "C18", Level: domain.LevelInProgress, Comment: "+ à revoir", At: at(3, 9, 25)})
	l.add(e2, domain.EvaluationFinalised{Result: domain.ResultPassed, At: at(3, 9, 40)})
	e1 := domain.EvaluationStream("A", "j1")
	l.add(e1, domain.EvaluationOpened{AttemptID: "A", JuryID: "j1", CandidateID: "u-A", At: at(3, 9, 0)})
	l.add(e1, domain.CompetencyAssessed{Competency: "C21", Level: domain.LevelMastered, At: at(3, 9, 30)})
	return l
}
