package attempt_test

import (
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
)

var (
	t0    = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	sched = domain.Schedule{
		J1Start: t0, J1End: t0.Add(8 * time.Hour),
		J2Start: t0.Add(24 * time.Hour), J2End: t0.Add(32 * time.Hour),
		J3Start: t0.Add(48 * time.Hour), J3End: t0.Add(56 * time.Hour),
	}
	beforeStart = t0.Add(-time.Hour)
	inJ1        = t0.Add(time.Hour)
	inBreak     = t0.Add(12 * time.Hour)
	inJ2        = t0.Add(25 * time.Hour)
	deadline    = sched.J2End

	snapshot = domain.ExamSnapshot{
		ScenarioID: "salon", ScenarioVersion: "3", Title: "Session de mars", Mode: domain.ModeCertification,
		Schedule: sched, EnvelopeCents: 5_000_000,
		Agents: []domain.AgentInfo{
			{ID: "data", Name: "Inès Morel", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "field", Name: "Karim Benali", Kind: "team", Days: []domain.Day{domain.J1}},
			{ID: "venue", Name: "Paul Girard", Kind: "supplier", Days: []domain.Day{domain.J2}},
		},
		KPIs: []domain.KPIInfo{
			{ID: "reach", Label: "Portée", Unit: "personnes", HigherIsBetter: true},
			{ID: "cpl", Label: "Coût par contact", Unit: "€", HigherIsBetter: false},
		},
	}
	opened = domain.AttemptOpened{AttemptID: "a1", ExamID: "e1", CandidateID: "u1", Exam: snapshot, At: beforeStart}
)

func practice() domain.AttemptOpened {
	o := opened
	o.Exam.Mode = domain.ModePractice
	return o
}

func withExtra(pct int) domain.AttemptOpened {
	o := opened
	o.ExtraTimePct = pct
	return o
}

func asked(id, agent string, phase domain.Day, at time.Time) domain.QuestionAsked {
	return domain.QuestionAsked{QuestionID: id, AgentID: agent, Text: "Quel est le taux de conversion ?", Phase: phase, At: at}
}

func answeredEv(id string) domain.AgentAnswered {
	return domain.AgentAnswered{QuestionID: id, Text: "Le taux de conversion est de 1,2 %, contre 3 % visés.",
		FactIDs: []string{"f1"}, NewFactIDs: []string{"f1"}, Engine: "offline", LatencyMs: 40, At: inJ1}
}

func cause(id string) domain.CauseAdded {
	return domain.CauseAdded{CauseID: id, Text: "Cause " + id, At: inJ1}
}

func conclusion(id string) domain.ConclusionWritten {
	return domain.ConclusionWritten{ConclusionID: id, Text: "Conclusion " + id, At: inJ1}
}

func milestone(id string, date string, deps ...string) domain.MilestoneAdded {
	return domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: id, Title: "Jalon " + id, Date: date, Owner: "Chef de projet", DependsOn: deps}, At: inJ2}
}

func budget(id string, qty float64, cents domain.Cents) domain.BudgetLineAdded {
	return domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: id, Category: "lieu", Label: "Ligne " + id, Quantity: qty, UnitPriceCents: cents}, At: inJ2}
}

func events(es ...domain.Event) []domain.Event { return es }

func fold(es ...domain.Event) attempt.State { return attempt.Decider.Fold(es) }
