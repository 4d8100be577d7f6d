package attempt_test

import (
	"strings"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/domain/domaintest"
)

type tc = domaintest.Case[attempt.Command]

func run(t *testing.T, cases []tc) {
	t.Helper()
	domaintest.Run(t, attempt.Decider, cases)
}

func TestOpenAttempt(t *testing.T) {
	cmd := attempt.OpenAttempt{AttemptID: "a1", ExamID: "e1", CandidateID: "u1", Exam: snapshot, Now: beforeStart}
	bad := cmd
	bad.Exam.Schedule.J2End = bad.Exam.Schedule.J2Start
	run(t, []tc{
		{Name: "opens with the exam snapshot", When: cmd, Then: events(opened)},
		{Name: "refuses opening twice", Given: events(opened), When: cmd, Refused: domain.CodeConflict},
		{Name: "refuses an invalid schedule", When: bad, Refused: domain.CodeInvalidInput, Field: "schedule.j2End"},
		{Name: "refuses any other command on an unopened attempt",
			When: attempt.AddCause{CauseID: "c1", Text: "x", Now: inJ1}, Refused: domain.CodeNotFound},
	})
}

func TestQuestionsFollowAgentsDays(t *testing.T) {
	ask := func(agent string, now time.Time) attempt.AskQuestion {
		return attempt.AskQuestion{QuestionID: "q1", AgentID: agent, Text: "Quel est le taux de conversion ?", Now: now}
	}
	long := ask("data", inJ1)
	long.Text = strings.Repeat("é", domain.MaxQuestionText+1)
	max := ask("data", inJ1)
	max.Text = strings.Repeat("é", domain.MaxQuestionText)
	run(t, []tc{
		{Name: "a team agent answers on J1", Given: events(opened), When: ask("data", inJ1), Then: events(asked("q1", "data", domain.J1, inJ1))},
		{Name: "a reactivated team agent answers on J2", Given: events(opened), When: ask("data", inJ2), Then: events(asked("q1", "data", domain.J2, inJ2))},
		{Name: "a supplier is closed on J1", Given: events(opened), When: ask("venue", inJ1), Refused: domain.CodePhaseClosed},
		{Name: "a supplier answers on J2", Given: events(opened), When: ask("venue", inJ2), Then: events(asked("q1", "venue", domain.J2, inJ2))},
		{Name: "a J1-only agent is closed on J2", Given: events(opened), When: ask("field", inJ2), Refused: domain.CodePhaseClosed},
		{Name: "nobody answers before the start", Given: events(opened), When: ask("data", beforeStart), Refused: domain.CodePhaseClosed},
		{Name: "nobody answers between the days", Given: events(opened), When: ask("data", inBreak), Refused: domain.CodePhaseClosed},
		{Name: "extra time extends J1 for the candidate", Given: events(withExtra(25)), When: ask("field", sched.J1End.Add(time.Hour)),
			Then: events(asked("q1", "field", domain.J1, sched.J1End.Add(time.Hour)))},
		{Name: "an unknown agent is not found", Given: events(opened), When: ask("ghost", inJ1), Refused: domain.CodeNotFound, Field: "agentId"},
		{Name: "an empty question is refused", Given: events(opened), When: attempt.AskQuestion{QuestionID: "q1", AgentID: "data", Text: " \n", Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "text"},
		{Name: "a question of 2 001 characters is refused", Given: events(opened), When: long, Refused: domain.CodeInvalidInput, Field: "text"},
		{Name: "a question of exactly 2 000 characters is accepted", Given: events(opened), When: max,
			Then: events(domain.QuestionAsked{QuestionID: "q1", AgentID: "data", Text: max.Text, Phase: domain.J1, At: inJ1})},
		{Name: "a reused question id is a conflict", Given: events(opened, asked("q1", "data", domain.J1, inJ1)), When: ask("data", inJ1), Refused: domain.CodeConflict},
		{Name: "a bad question id is refused", Given: events(opened), When: attempt.AskQuestion{QuestionID: "q 1", AgentID: "data", Text: "x", Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "questionId"},
	})
}

func TestAnswersAndRetries(t *testing.T) {
	q := asked("q1", "data", domain.J1, inJ1)
	rec := attempt.RecordAnswer{QuestionID: "q1", Text: answeredEv("q1").Text, FactIDs: []string{"f1"}, NewFactIDs: []string{"f1"}, Engine: "offline", LatencyMs: 40, Now: inJ1}
	failed := domain.AgentAnswerFailed{QuestionID: "q1", Reason: "timeout", At: inJ1}
	badNew := rec
	badNew.NewFactIDs = []string{"f9"}
	inBreakRec := rec
	inBreakRec.Now = inBreak
	inBreakAns := answeredEv("q1")
	inBreakAns.At = inBreak
	run(t, []tc{
		{Name: "records the answer of a pending question", Given: events(opened, q), When: rec, Then: events(answeredEv("q1"))},
		{Name: "records an engine failure", Given: events(opened, q), When: attempt.RecordAnswerFailure{QuestionID: "q1", Reason: "timeout", Now: inJ1}, Then: events(failed)},
		{Name: "a failed question can be answered by a retry", Given: events(opened, q, failed), When: rec, Then: events(answeredEv("q1"))},
		{Name: "a failed question can fail again", Given: events(opened, q, failed), When: attempt.RecordAnswerFailure{QuestionID: "q1", Reason: "timeout", Now: inJ1}, Then: events(failed)},
		{Name: "an answered question cannot be answered again", Given: events(opened, q, answeredEv("q1")), When: rec, Refused: domain.CodeConflict},
		{Name: "an answer to an unknown question is not found", Given: events(opened), When: rec, Refused: domain.CodeNotFound},
		{Name: "new facts must be among the answer's facts", Given: events(opened, q), When: badNew, Refused: domain.CodeInvalidInput, Field: "newFactIds"},
		{Name: "an answer arriving between the days is still recorded", Given: events(opened, q), When: inBreakRec, Then: events(inBreakAns)},
		{Name: "an answer after the lock is refused", Given: events(opened, q, domain.ReportSubmitted{By: "deadline", At: deadline}), When: rec, Refused: domain.CodeLocked},
	})
	s := fold(opened, q, failed, failed, answeredEv("q1"))
	got, _ := s.Question("q1")
	if got.Status != attempt.QuestionAnswered || got.Failures != 2 || got.Answer == nil || got.Answer.Text == "" {
		t.Errorf("question after two failures and a retry: %+v", got)
	}
	if facts := s.DisclosedFacts(); len(facts) != 1 || facts[0] != "f1" {
		t.Errorf("DisclosedFacts = %v", facts)
	}
}

func TestEvidencePins(t *testing.T) {
	q, a := asked("q1", "data", domain.J1, inJ1), answeredEv("q1")
	pinned := domain.EvidencePinned{QuestionID: "q1", Excerpt: "1,2 %", At: inJ1}
	run(t, []tc{
		{Name: "pins an excerpt of the answer", Given: events(opened, q, a), When: attempt.PinEvidence{QuestionID: "q1", Excerpt: "1,2 %", Now: inJ1}, Then: events(pinned)},
		{Name: "an excerpt must come from the answer", Given: events(opened, q, a), When: attempt.PinEvidence{QuestionID: "q1", Excerpt: "15 %", Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "excerpt"},
		{Name: "an unanswered question cannot be pinned", Given: events(opened, q), When: attempt.PinEvidence{QuestionID: "q1", Now: inJ1}, Refused: domain.CodeConflict},
		{Name: "pinning the same excerpt again changes nothing", Given: events(opened, q, a, pinned), When: attempt.PinEvidence{QuestionID: "q1", Excerpt: "1,2 %", Now: inJ1}, Then: nil},
		{Name: "unpins", Given: events(opened, q, a, pinned), When: attempt.UnpinEvidence{QuestionID: "q1", Now: inJ1}, Then: events(domain.EvidenceUnpinned{QuestionID: "q1", At: inJ1})},
		{Name: "unpinning what is not pinned is not found", Given: events(opened, q, a), When: attempt.UnpinEvidence{QuestionID: "q1", Now: inJ1}, Refused: domain.CodeNotFound},
	})
}

func TestKpiRows(t *testing.T) {
	add := attempt.AddKpiRow{RowID: "r1", KpiID: "reach", Result: 3800, Target: 5000, Now: inJ1}
	added := domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r1", KpiID: "reach", Result: 3800, Target: 5000, Unit: "personnes"}, At: inJ1}
	free := attempt.AddKpiRow{RowID: "r2", Label: "Taux de rebond", Result: 61.5, Target: 40, Unit: "%", Now: inJ1}
	mut := func(f func(*attempt.AddKpiRow)) attempt.AddKpiRow { c := add; f(&c); return c }
	nan := 0.0
	nan /= nan
	run(t, []tc{
		{Name: "adds a scenario KPI with the scenario's unit", Given: events(opened), When: add, Then: events(added)},
		{Name: "adds a free indicator", Given: events(opened), When: free,
			Then: events(domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r2", Label: "Taux de rebond", Result: 61.5, Target: 40, Unit: "%"}, At: inJ1})},
		{Name: "refuses a row with neither KPI nor label", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.KpiID = "" }), Refused: domain.CodeInvalidInput, Field: "label"},
		{Name: "refuses a row with both KPI and label", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.Label = "Portée" }), Refused: domain.CodeInvalidInput, Field: "label"},
		{Name: "refuses an unknown KPI", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.KpiID = "nps" }), Refused: domain.CodeNotFound, Field: "kpiId"},
		{Name: "refuses the same KPI twice", Given: events(opened, added), When: mut(func(c *attempt.AddKpiRow) { c.RowID = "r9" }), Refused: domain.CodeConflict, Field: "kpiId"},
		{Name: "refuses NaN", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.Result = nan }), Refused: domain.CodeInvalidInput, Field: "result"},
		{Name: "refuses an absurd figure", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.Target = 1e13 }), Refused: domain.CodeInvalidInput, Field: "target"},
		{Name: "changes a row", Given: events(opened, added), When: attempt.ChangeKpiRow(mut(func(c *attempt.AddKpiRow) { c.Result = 4000 })),
			Then: events(domain.KpiRowChanged{KpiRow: domain.KpiRow{RowID: "r1", KpiID: "reach", Result: 4000, Target: 5000, Unit: "personnes"}, At: inJ1})},
		{Name: "an unchanged row produces nothing", Given: events(opened, added), When: attempt.ChangeKpiRow(add), Then: nil},
		{Name: "changing an unknown row is not found", Given: events(opened), When: attempt.ChangeKpiRow(add), Refused: domain.CodeNotFound},
		{Name: "removes a row", Given: events(opened, added), When: attempt.RemoveKpiRow{RowID: "r1", Now: inJ2}, Then: events(domain.KpiRowRemoved{RowID: "r1", At: inJ2})},
		{Name: "the report is closed between the days", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.Now = inBreak }), Refused: domain.CodePhaseClosed},
		{Name: "the report is closed before the start", Given: events(opened), When: mut(func(c *attempt.AddKpiRow) { c.Now = beforeStart }), Refused: domain.CodePhaseClosed},
	})
}

func TestCausesAndConclusions(t *testing.T) {
	q, a := asked("q1", "data", domain.J1, inJ1), answeredEv("q1")
	five := events(opened, conclusion("k1"), conclusion("k2"), conclusion("k3"), conclusion("k4"), conclusion("k5"))
	run(t, []tc{
		{Name: "adds a cause", Given: events(opened), When: attempt.AddCause{CauseID: "c1", Text: "Cause c1", Now: inJ1}, Then: events(cause("c1"))},
		{Name: "refuses an empty cause", Given: events(opened), When: attempt.AddCause{CauseID: "c1", Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "text"},
		{Name: "refuses a cause over 10 000 characters", Given: events(opened),
			When: attempt.AddCause{CauseID: "c1", Text: strings.Repeat("a", domain.MaxLongText+1), Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "text"},
		{Name: "reorders the causes", Given: events(opened, cause("c1"), cause("c2")), When: attempt.ReorderCauses{Order: []string{"c2", "c1"}, Now: inJ1},
			Then: events(domain.CausesReordered{Order: []string{"c2", "c1"}, At: inJ1})},
		{Name: "an order missing a cause is refused", Given: events(opened, cause("c1"), cause("c2")), When: attempt.ReorderCauses{Order: []string{"c2"}, Now: inJ1}, Refused: domain.CodeInvalidInput},
		{Name: "an order with an unknown cause is not found", Given: events(opened, cause("c1")), When: attempt.ReorderCauses{Order: []string{"c9"}, Now: inJ1}, Refused: domain.CodeNotFound},
		{Name: "links a cause to an answer", Given: events(opened, q, a, cause("c1")), When: attempt.LinkCauseEvidence{CauseID: "c1", QuestionID: "q1", Now: inJ1},
			Then: events(domain.CauseEvidenceLinked{CauseID: "c1", QuestionID: "q1", At: inJ1})},
		{Name: "refuses evidence without an answer", Given: events(opened, q, cause("c1")), When: attempt.LinkCauseEvidence{CauseID: "c1", QuestionID: "q1", Now: inJ1}, Refused: domain.CodeConflict},
		{Name: "refuses evidence from an unknown question", Given: events(opened, cause("c1")), When: attempt.LinkCauseEvidence{CauseID: "c1", QuestionID: "q1", Now: inJ1}, Refused: domain.CodeNotFound},
		{Name: "writes a fifth conclusion", Given: five[:5], When: attempt.WriteConclusion{ConclusionID: "k5", Text: "Conclusion k5", Now: inJ1}, Then: events(conclusion("k5"))},
		{Name: "refuses a sixth conclusion", Given: five, When: attempt.WriteConclusion{ConclusionID: "k6", Text: "Encore une", Now: inJ1}, Refused: domain.CodeInvalidInput},
		{Name: "still edits one of five conclusions", Given: five, When: attempt.WriteConclusion{ConclusionID: "k5", Text: "Reformulée", Now: inJ1},
			Then: events(domain.ConclusionWritten{ConclusionID: "k5", Text: "Reformulée", At: inJ1})},
		{Name: "removes a conclusion", Given: five, When: attempt.RemoveConclusion{ConclusionID: "k1", Now: inJ1}, Then: events(domain.ConclusionRemoved{ConclusionID: "k1", At: inJ1})},
	})
}

func TestS2OpensOnJ2(t *testing.T) {
	m1, m2 := milestone("m1", "2026-04-01"), milestone("m2", "2026-04-10", "m1")
	addM := attempt.AddMilestone{MilestoneID: "m3", Title: "Jalon m3", Date: "2026-04-20", Owner: "Chef de projet", DependsOn: []string{"m2"}, Now: inJ2}
	line := attempt.AddBudgetLine{LineID: "b1", Category: "lieu", Supplier: "venue", Label: "Location", Quantity: 2, UnitPriceEuros: 19.99, Now: inJ2}
	mutB := func(f func(*attempt.AddBudgetLine)) attempt.AddBudgetLine { c := line; f(&c); return c }
	inf := 1.0
	for range 400 {
		inf *= 10
	}
	run(t, []tc{
		{Name: "S2 is closed on J1", Given: events(opened), When: attempt.EditConceptField{Field: domain.ConceptFormat, Value: "Salon", Now: inJ1}, Refused: domain.CodePhaseClosed},
		{Name: "edits a concept field on J2", Given: events(opened), When: attempt.EditConceptField{Field: domain.ConceptFormat, Value: "Salon", Now: inJ2},
			Then: events(domain.ConceptFieldEdited{Field: domain.ConceptFormat, Value: "Salon", At: inJ2})},
		{Name: "an unchanged concept field produces nothing", Given: events(opened, domain.ConceptFieldEdited{Field: domain.ConceptFormat, Value: "Salon"}),
			When: attempt.EditConceptField{Field: domain.ConceptFormat, Value: "Salon", Now: inJ2}, Then: nil},
		{Name: "refuses an unknown concept field", Given: events(opened), When: attempt.EditConceptField{Field: "budget", Value: "x", Now: inJ2}, Refused: domain.CodeInvalidInput, Field: "field"},
		{Name: "adds a milestone with a dependency", Given: events(opened, m1, m2), When: addM,
			Then: events(domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: "m3", Title: "Jalon m3", Date: "2026-04-20", Owner: "Chef de projet", DependsOn: []string{"m2"}}, At: inJ2})},
		{Name: "refuses a dependency cycle", Given: events(opened, m1, m2, milestone("m3", "2026-04-20", "m2")),
			When:    attempt.EditMilestone{MilestoneID: "m1", Title: "Jalon m1", Date: "2026-04-01", Owner: "Chef de projet", DependsOn: []string{"m3"}, Now: inJ2},
			Refused: domain.CodeInvalidInput, Field: "dependsOn"},
		{Name: "refuses a milestone depending on itself", Given: events(opened, m1),
			When: attempt.EditMilestone{MilestoneID: "m1", Title: "Jalon m1", Date: "2026-04-01", Owner: "X", DependsOn: []string{"m1"}, Now: inJ2}, Refused: domain.CodeInvalidInput, Field: "dependsOn"},
		{Name: "refuses an unknown dependency", Given: events(opened), When: addM, Refused: domain.CodeNotFound, Field: "dependsOn"},
		{Name: "refuses a bad date", Given: events(opened, m1, m2), When: func() attempt.AddMilestone { c := addM; c.Date = "20/04/2026"; return c }(), Refused: domain.CodeInvalidInput, Field: "date"},
		{Name: "refuses a milestone without owner", Given: events(opened, m1, m2), When: func() attempt.AddMilestone { c := addM; c.Owner = ""; return c }(), Refused: domain.CodeInvalidInput, Field: "owner"},
		{Name: "adds a budget line in cents", Given: events(opened), When: line,
			Then: events(domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "b1", Category: "lieu", Supplier: "venue", Label: "Location", Quantity: 2, UnitPriceCents: 1999}, At: inJ2})},
		{Name: "refuses a zero quantity", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.Quantity = 0 }), Refused: domain.CodeInvalidInput, Field: "quantity"},
		{Name: "refuses a negative quantity", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.Quantity = -1 }), Refused: domain.CodeInvalidInput, Field: "quantity"},
		{Name: "refuses an infinite quantity", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.Quantity = inf }), Refused: domain.CodeInvalidInput, Field: "quantity"},
		{Name: "refuses a negative unit price", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.UnitPriceEuros = -5 }), Refused: domain.CodeInvalidInput, Field: "unitPriceEuros"},
		{Name: "refuses an absurd unit price", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.UnitPriceEuros = 2e6 }), Refused: domain.CodeInvalidInput, Field: "unitPriceEuros"},
		{Name: "accepts a free item", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.UnitPriceEuros = 0 }),
			Then: events(domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "b1", Category: "lieu", Supplier: "venue", Label: "Location", Quantity: 2}, At: inJ2})},
		{Name: "refuses a line without label", Given: events(opened), When: mutB(func(c *attempt.AddBudgetLine) { c.Label = "" }), Refused: domain.CodeInvalidInput, Field: "label"},
		{Name: "edits the communication support", Given: events(opened),
			When: attempt.EditCommunicationSupport{Text: "Affiche", Measures: []string{"Sous-titrage"}, Now: inJ2},
			Then: events(domain.CommunicationSupportEdited{Text: "Affiche", Measures: []string{"Sous-titrage"}, At: inJ2})},
		{Name: "refuses an empty measure", Given: events(opened), When: attempt.EditCommunicationSupport{Text: "Affiche", Measures: []string{" "}, Now: inJ2}, Refused: domain.CodeInvalidInput, Field: "measures"},
		{Name: "links a budget line to causes", Given: events(opened, cause("c1"), budget("b1", 1, 100)),
			When: attempt.SetJ1J2Link{ItemKind: domain.ItemBudgetLine, ItemID: "b1", CauseIDs: []string{"c1"}, Now: inJ2},
			Then: events(domain.J1J2LinkSet{ItemKind: domain.ItemBudgetLine, ItemID: "b1", CauseIDs: []string{"c1"}, At: inJ2})},
		{Name: "refuses a link to an unknown cause", Given: events(opened, budget("b1", 1, 100)),
			When: attempt.SetJ1J2Link{ItemKind: domain.ItemBudgetLine, ItemID: "b1", CauseIDs: []string{"c1"}, Now: inJ2}, Refused: domain.CodeNotFound, Field: "causeIds"},
		{Name: "refuses a link from an unknown item", Given: events(opened, cause("c1")),
			When: attempt.SetJ1J2Link{ItemKind: domain.ItemMilestone, ItemID: "m1", CauseIDs: []string{"c1"}, Now: inJ2}, Refused: domain.CodeNotFound, Field: "itemId"},
		{Name: "refuses an unknown item kind", Given: events(opened, cause("c1")),
			When: attempt.SetJ1J2Link{ItemKind: "gantt", ItemID: "x", CauseIDs: []string{"c1"}, Now: inJ2}, Refused: domain.CodeInvalidInput, Field: "itemKind"},
		{Name: "links the communication support", Given: events(opened, cause("c1")),
			When: attempt.SetJ1J2Link{ItemKind: domain.ItemCommunication, CauseIDs: []string{"c1"}, Now: inJ2},
			Then: events(domain.J1J2LinkSet{ItemKind: domain.ItemCommunication, CauseIDs: []string{"c1"}, At: inJ2})},
		{Name: "edits the C21 preparation note on J1", Given: events(opened), When: attempt.EditOralPrepNote{Competency: "C21", Text: "Kit terrain", Now: inJ1},
			Then: events(domain.OralPrepNoteEdited{Competency: "C21", Text: "Kit terrain", At: inJ1})},
		{Name: "refuses a note for an unknown competency", Given: events(opened), When: attempt.EditOralPrepNote{Competency: "C30", Text: "x", Now: inJ1}, Refused: domain.CodeInvalidInput, Field: "competency"},
	})
}

func TestSubmissionAndLock(t *testing.T) {
	three := events(opened, conclusion("k1"), conclusion("k2"), conclusion("k3"))
	submitted := domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: inJ2}
	locked := append(append([]domain.Event{}, three...), submitted)
	late := deadline.Add(time.Second)
	run(t, []tc{
		{Name: "the candidate submits on J2 with 3 conclusions", Given: three, When: attempt.SubmitReport{Now: inJ2}, Then: events(submitted)},
		{Name: "a submission with 2 conclusions is refused", Given: three[:3], When: attempt.SubmitReport{Now: inJ2}, Refused: domain.CodeInvalidInput, Field: "conclusions"},
		{Name: "a submission on J1 is refused", Given: three, When: attempt.SubmitReport{Now: inJ1}, Refused: domain.CodePhaseClosed},
		{Name: "every edit after the lock is refused", Given: locked, When: attempt.AddCause{CauseID: "c1", Text: "x", Now: inJ2}, Refused: domain.CodeLocked},
		{Name: "even an unchanged edit after the lock is refused", Given: locked, When: attempt.WriteConclusion{ConclusionID: "k1", Text: "Conclusion k1", Now: inJ2}, Refused: domain.CodeLocked},
		{Name: "a second submission is refused", Given: locked, When: attempt.SubmitReport{Now: inJ2}, Refused: domain.CodeLocked},
		{Name: "a question after the lock is refused", Given: locked, When: attempt.AskQuestion{QuestionID: "q1", AgentID: "data", Text: "x", Now: inJ2}, Refused: domain.CodeLocked},
		{Name: "an edit past the deadline is refused before any lock event", Given: three, When: attempt.AddCause{CauseID: "c1", Text: "x", Now: deadline}, Refused: domain.CodeLocked},
		{Name: "a submission past the deadline is refused", Given: three, When: attempt.SubmitReport{Now: late}, Refused: domain.CodeLocked},
		{Name: "extra time keeps the report open after J2's end", Given: events(withExtra(50)), When: attempt.AddCause{CauseID: "c1", Text: "x", Now: late},
			Then: events(domain.CauseAdded{CauseID: "c1", Text: "x", At: late})},
		{Name: "extra time ends too", Given: events(withExtra(50)), When: attempt.AddCause{CauseID: "c1", Text: "x", Now: deadline.Add(4 * time.Hour)}, Refused: domain.CodeLocked},
		{Name: "the scheduler locks at the deadline whatever the content", Given: events(opened), When: attempt.LockAtDeadline{Now: late},
			Then: events(domain.ReportSubmitted{By: domain.SubmittedByDeadline, At: late})},
		{Name: "the scheduler does not lock before the deadline", Given: events(opened), When: attempt.LockAtDeadline{Now: deadline.Add(-time.Second)}, Refused: domain.CodeConflict},
		{Name: "the scheduler waits for the candidate's extra time", Given: events(withExtra(50)), When: attempt.LockAtDeadline{Now: late}, Refused: domain.CodeConflict},
		{Name: "the scheduler never locks twice", Given: locked, When: attempt.LockAtDeadline{Now: late}, Refused: domain.CodeLocked},
	})
}

func TestScheduleChangesAndPractice(t *testing.T) {
	longer := sched
	longer.J2End = sched.J2End.Add(time.Hour)
	changed := domain.AttemptScheduleChanged{Schedule: longer, Reason: "Panne", At: inJ2}
	run(t, []tc{
		{Name: "a schedule change is recorded", Given: events(opened), When: attempt.ChangeSchedule{Schedule: longer, Reason: "Panne", Now: inJ2}, Then: events(changed)},
		{Name: "an extended J2 keeps the report open past the old deadline", Given: events(opened, changed),
			When: attempt.AddCause{CauseID: "c1", Text: "x", Now: deadline}, Then: events(domain.CauseAdded{CauseID: "c1", Text: "x", At: deadline})},
		{Name: "the same schedule produces nothing", Given: events(opened, changed), When: attempt.ChangeSchedule{Schedule: longer, Reason: "Panne", Now: inJ2}, Then: nil},
		{Name: "a schedule that would lock in the past is refused", Given: events(opened),
			When: attempt.ChangeSchedule{Schedule: func() domain.Schedule { s := sched; s.J2End = inJ2; return s }(), Now: inJ2.Add(time.Minute)}, Refused: domain.CodeConflict},
		{Name: "an extra-time change is recorded", Given: events(opened), When: attempt.ChangeExtraTime{ExtraTimePct: 33, Reason: "Tiers-temps", Now: inJ1},
			Then: events(domain.AttemptExtraTimeChanged{ExtraTimePct: 33, Reason: "Tiers-temps", At: inJ1})},
		{Name: "extra time over 100 % is refused", Given: events(opened), When: attempt.ChangeExtraTime{ExtraTimePct: 150, Now: inJ1}, Refused: domain.CodeInvalidInput},
		{Name: "a schedule change after the lock is refused", Given: events(opened, domain.ReportSubmitted{By: "candidate", At: inJ2}),
			When: attempt.ChangeSchedule{Schedule: longer, Now: inJ2}, Refused: domain.CodeLocked},
		{Name: "certification never opens J2 early", Given: events(opened), When: attempt.OpenJ2Early{Now: inJ1}, Refused: domain.CodeForbidden},
		{Name: "practice opens J2 early", Given: events(practice()), When: attempt.OpenJ2Early{Now: inJ1}, Then: events(domain.J2OpenedEarly{At: inJ1})},
		{Name: "practice cannot open J2 twice", Given: events(practice(), domain.J2OpenedEarly{At: inJ1}), When: attempt.OpenJ2Early{Now: inJ1}, Refused: domain.CodeConflict},
		{Name: "after opening J2 early, suppliers answer", Given: events(practice(), domain.J2OpenedEarly{At: inJ1}),
			When: attempt.AskQuestion{QuestionID: "q1", AgentID: "venue", Text: "Prix ?", Now: inJ1.Add(time.Minute)},
			Then: events(domain.QuestionAsked{QuestionID: "q1", AgentID: "venue", Text: "Prix ?", Phase: domain.J2, At: inJ1.Add(time.Minute)})},
	})
}

func TestPhaseAt(t *testing.T) {
	s := fold(withExtra(50))
	cases := []struct {
		at   time.Time
		want attempt.Phase
	}{
		{beforeStart, attempt.PhaseNotStarted},
		{t0, attempt.PhaseJ1},
		{sched.J1End.Add(3 * time.Hour), attempt.PhaseJ1}, // 50 % of 8 h
		{sched.J1End.Add(4 * time.Hour), attempt.PhaseBreak},
		{sched.J2Start, attempt.PhaseJ2},
		{sched.J2End.Add(3 * time.Hour), attempt.PhaseJ2},
		{sched.J2End.Add(4 * time.Hour), attempt.PhaseClosed},
	}
	for _, c := range cases {
		if got := s.PhaseAt(c.at); got != c.want {
			t.Errorf("PhaseAt(%v) = %s, want %s", c.at, got, c.want)
		}
	}
	locked := fold(opened, domain.ReportSubmitted{By: "candidate", At: inJ2})
	if got := locked.PhaseAt(inJ2); got != attempt.PhaseClosed {
		t.Errorf("locked attempt in J2 is %s", got)
	}
}
