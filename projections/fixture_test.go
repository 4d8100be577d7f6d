package projections_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"cellule/domain"
	"cellule/eventstore"
)

var (
	t0    = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	sched = domain.Schedule{
		J1Start: t0, J1End: t0.Add(8 * time.Hour),
		J2Start: t0.Add(24 * time.Hour), J2End: t0.Add(32 * time.Hour),
		J3Start: t0.Add(48 * time.Hour), J3End: t0.Add(56 * time.Hour),
	}
	snapshot = domain.ExamSnapshot{
		ScenarioID: "vitalia", ScenarioVersion: "1", Title: "Session", Mode: domain.ModeCertification,
		Schedule: sched, EnvelopeCents: 4_500_000,
		Agents: []domain.AgentInfo{
			{ID: "data", Name: "Data", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "lieu", Name: "Lieu", Kind: "supplier", Days: []domain.Day{domain.J2}},
		},
		KPIs: []domain.KPIInfo{{ID: "couverture", Label: "Couverture", Unit: "personnes", HigherIsBetter: true}},
	}
)

// attemptEvents is a realistic attempt of n events: questions and answers
// (about a third), then edits of every report section, as a candidate
// produces them (debounced whole values, rows and causes edited again and
// again), and the lock last when locked.
func attemptEvents(id, examID, candidateID string, n int, locked bool) []domain.Event {
	evs := []domain.Event{domain.AttemptOpened{AttemptID: id, ExamID: examID, CandidateID: candidateID, Exam: snapshot, At: t0}}
	at := t0.Add(time.Minute)
	q, rows, causes := 0, 0, 0
	for i := 1; len(evs) < n-1 || (!locked && len(evs) < n); i++ {
		at = at.Add(time.Second)
		switch i % 12 {
		case 0, 1:
			q++
			qid := fmt.Sprintf("q%d", q)
			evs = append(evs, domain.QuestionAsked{QuestionID: qid, AgentID: "data", Text: "Combien de personnes la campagne a-t-elle touchées ?", Phase: domain.J1, At: at})
		case 2, 3:
			qid := fmt.Sprintf("q%d", q)
			evs = append(evs, domain.AgentAnswered{QuestionID: qid, Text: "La campagne a touché 38 000 personnes, contre 50 000 visées.",
				FactIDs: []string{"f-couverture"}, NewFactIDs: []string{}, Engine: "offline", LatencyMs: 12, At: at})
		case 4:
			if rows < 40 {
				rows++
				evs = append(evs, domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: fmt.Sprintf("r%d", rows), Label: fmt.Sprintf("Indicateur %d", rows), Result: 38000, Target: 50000, Unit: "personnes"}, At: at})
			} else {
				evs = append(evs, domain.KpiRowChanged{KpiRow: domain.KpiRow{RowID: fmt.Sprintf("r%d", 1+i%rows), Label: "Indicateur", Result: float64(i), Target: 50000, Unit: "personnes"}, At: at})
			}
		case 5:
			if causes < 15 {
				causes++
				evs = append(evs, domain.CauseAdded{CauseID: fmt.Sprintf("c%d", causes), Text: "Ciblage trop large : la moitié de l'audience hors cible.", At: at})
			} else {
				evs = append(evs, domain.CauseEdited{CauseID: fmt.Sprintf("c%d", 1+i%causes), Text: fmt.Sprintf("Ciblage trop large, version %d.", i), At: at})
			}
		case 6:
			evs = append(evs, domain.CauseEvidenceLinked{CauseID: fmt.Sprintf("c%d", 1+i%max(causes, 1)), QuestionID: fmt.Sprintf("q%d", q), At: at})
		case 7:
			evs = append(evs, domain.ConclusionWritten{ConclusionID: fmt.Sprintf("k%d", 1+i%5), Text: fmt.Sprintf("Recentrer la cible (%d).", i), At: at})
		case 8:
			evs = append(evs, domain.OralPrepNoteEdited{Competency: domain.Competencies[i%12], Text: fmt.Sprintf("Préparation %d", i), At: at})
		case 9:
			evs = append(evs, domain.ConceptFieldEdited{Field: domain.ConceptFields[i%4], Value: fmt.Sprintf("Valeur %d", i), At: at})
		case 10:
			evs = append(evs, domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: fmt.Sprintf("b%d", i), Category: "lieu", Supplier: "lieu", Label: "Location", Quantity: 1, UnitPriceCents: 120_000}, At: at})
		case 11:
			evs = append(evs, domain.BudgetLineRemoved{LineID: fmt.Sprintf("b%d", i-1), At: at})
		}
	}
	if locked {
		evs = append(evs, domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: at.Add(time.Second)})
	}
	return evs
}

// appendEvents writes evs to a stream in appends of up to 1,000 events.
func appendEvents(tb testing.TB, st eventstore.Store, stream string, evs []domain.Event) {
	tb.Helper()
	ctx := context.Background()
	for off := 0; off < len(evs); off += eventstore.MaxAppendEvents {
		end := min(off+eventstore.MaxAppendEvents, len(evs))
		data := make([]eventstore.EventData, 0, end-off)
		for _, e := range evs[off:end] {
			typ, body, err := domain.EncodeEvent(e)
			if err != nil {
				tb.Fatal(err)
			}
			data = append(data, eventstore.EventData{Type: typ, Data: body})
		}
		var exp eventstore.ExpectedRevision = eventstore.NoStream{}
		if off > 0 {
			exp = eventstore.Exact(uint64(off - 1))
		}
		if _, err := st.Append(ctx, stream, exp, data...); err != nil {
			tb.Fatal(err)
		}
	}
}

// cohort writes an exam with `attempts` candidates of `perAttempt` events
// each (every other one locked), their accounts, and a jury member
// assigned to the first.
func cohort(tb testing.TB, st eventstore.Store, attempts, perAttempt int) {
	tb.Helper()
	examEvs := []domain.Event{domain.ExamScheduled{ExamID: "e1", Exam: snapshot, OwnerID: "staff", At: t0.Add(-time.Hour)}}
	appendEvents(tb, st, domain.UserStream("staff"), []domain.Event{domain.UserRegistered{UserID: "staff", Role: domain.RoleStaff, Email: "staff@ecole.fr", DisplayName: "Staff", PasswordHash: "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", By: "system", At: t0}})
	appendEvents(tb, st, domain.UserStream("jury"), []domain.Event{domain.UserRegistered{UserID: "jury", Role: domain.RoleJury, Email: "jury@ecole.fr", DisplayName: "Jury", PasswordHash: "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", By: "system", At: t0}})
	for i := 0; i < attempts; i++ {
		cid, aid := fmt.Sprintf("u%d", i), fmt.Sprintf("a%d", i)
		examEvs = append(examEvs, domain.CandidateEnrolled{ExamID: "e1", CandidateID: cid, DisplayName: "Candidat", Email: cid + "@etu.fr", AttemptID: aid, By: "staff", At: t0.Add(-time.Hour)})
		appendEvents(tb, st, domain.UserStream(cid), []domain.Event{
			domain.UserRegistered{UserID: cid, Role: domain.RoleCandidate, Email: cid + "@etu.fr", DisplayName: "Candidat", By: "staff", At: t0},
			domain.AccessCodeIssued{CodeHash: "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$" + cid, By: "staff", At: t0},
		})
	}
	examEvs = append(examEvs, domain.JuryAssigned{ExamID: "e1", JuryID: "jury", CandidateID: "u0", OralSlot: sched.J3Start, By: "staff", At: t0})
	appendEvents(tb, st, domain.ExamStream("e1"), examEvs)
	for i := 0; i < attempts; i++ {
		appendEvents(tb, st, domain.AttemptStream(fmt.Sprintf("a%d", i)), attemptEvents(fmt.Sprintf("a%d", i), "e1", fmt.Sprintf("u%d", i), perAttempt, i%2 == 0))
	}
}
