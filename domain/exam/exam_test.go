package exam_test

import (
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/domaintest"
	"cellule/domain/exam"
)

var (
	t0    = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC) // J1 starts
	sched = domain.Schedule{
		J1Start: t0, J1End: t0.Add(8 * time.Hour),
		J2Start: t0.Add(24 * time.Hour), J2End: t0.Add(32 * time.Hour),
		J3Start: t0.Add(48 * time.Hour), J3End: t0.Add(56 * time.Hour),
	}
	before = t0.Add(-24 * time.Hour)
	agents = []domain.AgentInfo{
		{ID: "data", Name: "Inès Morel", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
		{ID: "venue", Name: "Paul Girard", Kind: "supplier", Days: []domain.Day{domain.J2}},
	}
	kpis = []domain.KPIInfo{{ID: "reach", Label: "Portée", Unit: "personnes", HigherIsBetter: true}}
)

func scheduleCmd() exam.ScheduleExam {
	return exam.ScheduleExam{
		ExamID: "e1", ScenarioID: "salon", ScenarioVersion: "3", Title: "Session de mars",
		Mode: domain.ModeCertification, Schedule: sched, EnvelopeEuros: 50000,
		Agents: agents, KPIs: kpis, By: "staff1", Now: before,
	}
}

var scheduled = domain.ExamScheduled{
	ExamID: "e1",
	Exam: domain.ExamSnapshot{
		ScenarioID: "salon", ScenarioVersion: "3", Title: "Session de mars", Mode: domain.ModeCertification,
		Schedule: sched, EnvelopeCents: 5_000_000, Agents: agents, KPIs: kpis,
	},
	OwnerID: "staff1", At: before,
}

var enrolled = domain.CandidateEnrolled{
	ExamID: "e1", CandidateID: "u1", DisplayName: "Léa Martin", Email: "lea@ecole.fr",
	ExtraTimePct: 0, AttemptID: "a1", By: "staff1", At: before,
}

func with[T any](v T, f func(*T)) T { f(&v); return v }

func TestScheduleExam(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	domaintest.Run(t, exam.Decider, []domaintest.Case[exam.Command]{
		{Name: "schedules a session with the scenario snapshot and the owner",
			When: scheduleCmd(), Then: []domain.Event{scheduled}},
		{Name: "stores times in UTC whatever the caller's zone",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) {
				c.Schedule = domain.Schedule{
					J1Start: sched.J1Start.In(paris), J1End: sched.J1End.In(paris), J2Start: sched.J2Start.In(paris),
					J2End: sched.J2End.In(paris), J3Start: sched.J3Start.In(paris), J3End: sched.J3End.In(paris)}
			}),
			Then: []domain.Event{scheduled}},
		{Name: "refuses a second scheduling", Given: []domain.Event{scheduled}, When: scheduleCmd(), Refused: domain.CodeConflict},
		{Name: "refuses J1 ending before it starts",
			When:    with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Schedule.J1End = c.Schedule.J1Start.Add(-time.Hour) }),
			Refused: domain.CodeInvalidInput, Field: "schedule.j1End"},
		{Name: "refuses J2 starting before J1 ends",
			When:    with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Schedule.J2Start = c.Schedule.J1End.Add(-time.Minute) }),
			Refused: domain.CodeInvalidInput, Field: "schedule.j2Start"},
		{Name: "refuses a session already over",
			When:    with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Now = sched.J2End }),
			Refused: domain.CodeInvalidInput, Field: "schedule.j2End"},
		{Name: "refuses an unknown mode",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Mode = "exam" }), Refused: domain.CodeInvalidInput, Field: "mode"},
		{Name: "refuses a zero envelope",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) { c.EnvelopeEuros = 0 }), Refused: domain.CodeInvalidInput, Field: "envelopeEuros"},
		{Name: "refuses an absurd envelope",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) { c.EnvelopeEuros = 1e12 }), Refused: domain.CodeInvalidInput, Field: "envelopeEuros"},
		{Name: "refuses a scenario without agents",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Agents = nil }), Refused: domain.CodeInvalidInput, Field: "agents"},
		{Name: "refuses an agent on an unknown day",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) {
				c.Agents = []domain.AgentInfo{{ID: "x", Name: "X", Kind: "team", Days: []domain.Day{"J4"}}}
			}), Refused: domain.CodeInvalidInput, Field: "agents.days"},
		{Name: "refuses duplicate KPI ids",
			When:    with(scheduleCmd(), func(c *exam.ScheduleExam) { c.KPIs = append(c.KPIs, kpis[0]) }),
			Refused: domain.CodeInvalidInput, Field: "kpis.id"},
		{Name: "refuses an empty title",
			When: with(scheduleCmd(), func(c *exam.ScheduleExam) { c.Title = "   " }), Refused: domain.CodeInvalidInput, Field: "title"},
		{Name: "refuses any other command before scheduling",
			When:    exam.EnrolCandidate{CandidateID: "u1", DisplayName: "Léa", Email: "lea@ecole.fr", AttemptID: "a1", By: "staff1", Now: before},
			Refused: domain.CodeNotFound},
	})
}

func enrolCmd() exam.EnrolCandidate {
	return exam.EnrolCandidate{CandidateID: "u1", DisplayName: "Léa Martin", Email: " Lea@Ecole.FR ", AttemptID: "a1", By: "staff1", Now: before}
}

func TestEnrolCandidate(t *testing.T) {
	domaintest.Run(t, exam.Decider, []domaintest.Case[exam.Command]{
		{Name: "enrols with a normalised e-mail", Given: []domain.Event{scheduled}, When: enrolCmd(), Then: []domain.Event{enrolled}},
		{Name: "enrols with extra time during J1", Given: []domain.Event{scheduled},
			When: with(enrolCmd(), func(c *exam.EnrolCandidate) { c.ExtraTimePct = 33; c.Now = t0.Add(time.Hour) }),
			Then: []domain.Event{with(enrolled, func(e *domain.CandidateEnrolled) { e.ExtraTimePct = 33; e.At = t0.Add(time.Hour) })}},
		{Name: "refuses a duplicate enrolment", Given: []domain.Event{scheduled, enrolled},
			When:    with(enrolCmd(), func(c *exam.EnrolCandidate) { c.AttemptID = "a2"; c.Email = "autre@ecole.fr" }),
			Refused: domain.CodeConflict, Field: "candidateId"},
		{Name: "refuses a reused attempt id", Given: []domain.Event{scheduled, enrolled},
			When:    with(enrolCmd(), func(c *exam.EnrolCandidate) { c.CandidateID = "u2"; c.Email = "autre@ecole.fr" }),
			Refused: domain.CodeConflict, Field: "attemptId"},
		{Name: "refuses a second candidate with the same e-mail", Given: []domain.Event{scheduled, enrolled},
			When:    with(enrolCmd(), func(c *exam.EnrolCandidate) { c.CandidateID = "u2"; c.AttemptID = "a2"; c.Email = "LEA@ecole.fr" }),
			Refused: domain.CodeConflict, Field: "email"},
		{Name: "refuses extra time over 100 %", Given: []domain.Event{scheduled},
			When: with(enrolCmd(), func(c *exam.EnrolCandidate) { c.ExtraTimePct = 101 }), Refused: domain.CodeInvalidInput, Field: "extraTimePct"},
		{Name: "refuses negative extra time", Given: []domain.Event{scheduled},
			When: with(enrolCmd(), func(c *exam.EnrolCandidate) { c.ExtraTimePct = -1 }), Refused: domain.CodeInvalidInput, Field: "extraTimePct"},
		{Name: "refuses an invalid e-mail", Given: []domain.Event{scheduled},
			When: with(enrolCmd(), func(c *exam.EnrolCandidate) { c.Email = "lea at ecole" }), Refused: domain.CodeInvalidInput, Field: "email"},
		{Name: "refuses an enrolment once J2 is over", Given: []domain.Event{scheduled},
			When: with(enrolCmd(), func(c *exam.EnrolCandidate) { c.Now = sched.J2End }), Refused: domain.CodeConflict},
	})
}

func TestGrantAccommodation(t *testing.T) {
	granted := domain.AccommodationGranted{ExamID: "e1", CandidateID: "u1", AttemptID: "a1", ExtraTimePct: 33, Reason: "Tiers-temps", By: "staff1", At: before}
	cmd := exam.GrantAccommodation{CandidateID: "u1", ExtraTimePct: 33, Reason: "Tiers-temps", By: "staff1", Now: before}
	domaintest.Run(t, exam.Decider, []domaintest.Case[exam.Command]{
		{Name: "grants extra time and names the attempt to propagate to", Given: []domain.Event{scheduled, enrolled}, When: cmd, Then: []domain.Event{granted}},
		{Name: "refuses an unknown candidate", Given: []domain.Event{scheduled},
			When: cmd, Refused: domain.CodeNotFound, Field: "candidateId"},
		{Name: "refuses the extra time already granted", Given: []domain.Event{scheduled, enrolled, granted},
			When: cmd, Refused: domain.CodeConflict},
		{Name: "refuses a missing reason", Given: []domain.Event{scheduled, enrolled},
			When: with(cmd, func(c *exam.GrantAccommodation) { c.Reason = "" }), Refused: domain.CodeInvalidInput, Field: "reason"},
		{Name: "grants during the candidate's extra time", Given: []domain.Event{scheduled, enrolled, granted},
			When: with(cmd, func(c *exam.GrantAccommodation) { c.ExtraTimePct = 50; c.Now = sched.J2End.Add(time.Hour) }),
			Then: []domain.Event{with(granted, func(e *domain.AccommodationGranted) { e.ExtraTimePct = 50; e.At = sched.J2End.Add(time.Hour) })}},
		{Name: "refuses to reopen a report whose deadline passed", Given: []domain.Event{scheduled, enrolled},
			When: with(cmd, func(c *exam.GrantAccommodation) { c.Now = sched.J2End }), Refused: domain.CodeConflict},
		{Name: "refuses to shrink extra time into the past", Given: []domain.Event{scheduled, enrolled, granted},
			When: with(cmd, func(c *exam.GrantAccommodation) { c.ExtraTimePct = 0; c.Now = sched.J2End.Add(time.Minute) }), Refused: domain.CodeConflict},
	})
}

func TestAssignJury(t *testing.T) {
	slot := sched.J3Start.Add(time.Hour)
	assigned := domain.JuryAssigned{ExamID: "e1", JuryID: "j1", CandidateID: "u1", OralSlot: slot, By: "staff1", At: before}
	cmd := exam.AssignJury{JuryID: "j1", CandidateID: "u1", OralSlot: slot, By: "staff1", Now: before}
	enrolled2 := with(enrolled, func(e *domain.CandidateEnrolled) { e.CandidateID, e.AttemptID, e.Email = "u2", "a2", "u2@ecole.fr" })
	domaintest.Run(t, exam.Decider, []domaintest.Case[exam.Command]{
		{Name: "assigns a jury member with the oral slot", Given: []domain.Event{scheduled, enrolled}, When: cmd, Then: []domain.Event{assigned}},
		{Name: "moves the slot of an existing assignment", Given: []domain.Event{scheduled, enrolled, assigned},
			When: with(cmd, func(c *exam.AssignJury) { c.OralSlot = slot.Add(time.Hour) }),
			Then: []domain.Event{with(assigned, func(e *domain.JuryAssigned) { e.OralSlot = slot.Add(time.Hour) })}},
		{Name: "refuses the same assignment twice", Given: []domain.Event{scheduled, enrolled, assigned}, When: cmd, Refused: domain.CodeConflict},
		{Name: "refuses an unknown candidate", Given: []domain.Event{scheduled}, When: cmd, Refused: domain.CodeNotFound, Field: "candidateId"},
		{Name: "refuses a slot outside J3", Given: []domain.Event{scheduled, enrolled},
			When: with(cmd, func(c *exam.AssignJury) { c.OralSlot = sched.J2End }), Refused: domain.CodeInvalidInput, Field: "oralSlot"},
		{Name: "refuses a slot that overruns J3", Given: []domain.Event{scheduled, enrolled},
			When: with(cmd, func(c *exam.AssignJury) { c.OralSlot = sched.J3End.Add(-10 * time.Minute) }), Refused: domain.CodeInvalidInput, Field: "oralSlot"},
		{Name: "refuses overlapping orals for one jury member", Given: []domain.Event{scheduled, enrolled, enrolled2, assigned},
			When: with(cmd, func(c *exam.AssignJury) { c.CandidateID = "u2"; c.OralSlot = slot.Add(20 * time.Minute) }), Refused: domain.CodeConflict, Field: "oralSlot"},
		{Name: "accepts back-to-back orals", Given: []domain.Event{scheduled, enrolled, enrolled2, assigned},
			When: with(cmd, func(c *exam.AssignJury) { c.CandidateID = "u2"; c.OralSlot = slot.Add(exam.OralDuration) }),
			Then: []domain.Event{with(assigned, func(e *domain.JuryAssigned) { e.CandidateID = "u2"; e.OralSlot = slot.Add(exam.OralDuration) })}},
		{Name: "refuses a candidate as their own jury", Given: []domain.Event{scheduled, enrolled},
			When: with(cmd, func(c *exam.AssignJury) { c.JuryID = "u1" }), Refused: domain.CodeInvalidInput},
		{Name: "unassigns", Given: []domain.Event{scheduled, enrolled, assigned},
			When: exam.UnassignJury{JuryID: "j1", CandidateID: "u1", By: "staff1", Now: before},
			Then: []domain.Event{domain.JuryUnassigned{ExamID: "e1", JuryID: "j1", CandidateID: "u1", By: "staff1", At: before}}},
		{Name: "refuses to unassign a jury member not assigned", Given: []domain.Event{scheduled, enrolled},
			When: exam.UnassignJury{JuryID: "j1", CandidateID: "u1", By: "staff1", Now: before}, Refused: domain.CodeNotFound, Field: "juryId"},
	})
}

func TestAdjustSchedule(t *testing.T) {
	later := sched
	later.J2End = sched.J2End.Add(time.Hour)
	cmd := exam.AdjustSchedule{Schedule: later, Reason: "Panne réseau", By: "staff1", Now: t0.Add(25 * time.Hour)}
	movedOral := sched
	movedOral.J3Start, movedOral.J3End = sched.J3Start.Add(24*time.Hour), sched.J3End.Add(24*time.Hour)
	domaintest.Run(t, exam.Decider, []domaintest.Case[exam.Command]{
		{Name: "extends J2 during J2", Given: []domain.Event{scheduled}, When: cmd,
			Then: []domain.Event{domain.ScheduleAdjusted{ExamID: "e1", Schedule: later, Reason: "Panne réseau", By: "staff1", At: cmd.Now}}},
		{Name: "refuses an unchanged schedule", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Schedule = sched }), Refused: domain.CodeConflict},
		{Name: "refuses a J2 end already past", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Schedule.J2End = c.Now.Add(-time.Minute) }), Refused: domain.CodeInvalidInput},
		{Name: "refuses an invalid schedule", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Schedule.J3Start = c.Schedule.J2End.Add(-time.Hour) }), Refused: domain.CodeInvalidInput, Field: "schedule.j3Start"},
		{Name: "refuses moving J2 once production is over", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Now = sched.J2End.Add(time.Minute) }), Refused: domain.CodeConflict},
		{Name: "still moves J3 once production is over", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Schedule = movedOral; c.Now = sched.J2End.Add(time.Minute) }),
			Then: []domain.Event{domain.ScheduleAdjusted{ExamID: "e1", Schedule: movedOral, Reason: "Panne réseau", By: "staff1", At: sched.J2End.Add(time.Minute)}}},
		{Name: "refuses a missing reason", Given: []domain.Event{scheduled},
			When: with(cmd, func(c *exam.AdjustSchedule) { c.Reason = "" }), Refused: domain.CodeInvalidInput, Field: "reason"},
	})
}

func TestEvolveFoldsTheSession(t *testing.T) {
	slot := sched.J3Start
	s := exam.Decider.Fold([]domain.Event{
		scheduled, enrolled,
		domain.AccommodationGranted{CandidateID: "u1", ExtraTimePct: 25},
		domain.JuryAssigned{JuryID: "j1", CandidateID: "u1", OralSlot: slot},
		domain.JuryAssigned{JuryID: "j2", CandidateID: "u1", OralSlot: slot},
		domain.JuryUnassigned{JuryID: "j1", CandidateID: "u1"},
	})
	c := s.Candidates["u1"]
	if s.Version != 6 || !s.Scheduled || s.OwnerID != "staff1" || c == nil {
		t.Fatalf("state %+v", s)
	}
	if c.ExtraTimePct != 25 || len(c.Juries) != 1 || !c.Juries["j2"].Equal(slot) {
		t.Errorf("candidate %+v", c)
	}
	if got, ok := s.CandidateByAttempt("a1"); !ok || got.CandidateID != "u1" {
		t.Errorf("CandidateByAttempt = %v, %v", got, ok)
	}
}
