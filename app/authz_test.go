package app

import (
	"testing"

	"cellule/domain"
)

// lockAlice writes three conclusions and submits Alice's report on J2.
func (e *env) lockAlice(s session) {
	e.t.Helper()
	e.clock.Set(inJ1)
	for i := 0; i < 3; i++ {
		_, err := e.app.WriteConclusion(e.ctx, s.alice, ConclusionInput{AttemptID: s.aliceAttempt, Text: "Conclusion"})
		e.must(err)
	}
	e.clock.Set(inJ2)
	_, err := e.app.SubmitReport(e.ctx, s.alice, SubmitReportInput{AttemptID: s.aliceAttempt})
	e.must(err)
}

func TestACandidateReachesOnlyTheirOwnAttempt(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	q, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Quelle est la couverture de la campagne ?"})
	e.must(err)
	e.waitAnswer(s.alice, s.aliceAttempt, q.ID)
	bob := s.bob
	attempts := []struct {
		name string
		run  func() error
	}{
		{"read the attempt", func() error { _, err := e.app.MyAttempt(e.ctx, bob, s.aliceAttempt); return err }},
		{"read a conversation", func() error { _, err := e.app.Conversation(e.ctx, bob, s.aliceAttempt, "data"); return err }},
		{"listen to an answer", func() error { _, err := e.app.AnswerChunks(e.ctx, bob, s.aliceAttempt, q.ID); return err }},
		{"follow the updates", func() error { _, err := e.app.AttemptUpdates(e.ctx, bob, s.aliceAttempt); return err }},
		{"ask in their name", func() error {
			_, err := e.app.AskQuestion(e.ctx, bob, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "?"})
			return err
		}},
		{"edit the report", func() error {
			_, err := e.app.AddCause(e.ctx, bob, CauseInput{AttemptID: s.aliceAttempt, Text: "sabotage"})
			return err
		}},
		{"pin evidence", func() error {
			_, err := e.app.PinEvidence(e.ctx, bob, PinEvidenceInput{AttemptID: s.aliceAttempt, QuestionID: q.ID})
			return err
		}},
		{"submit it", func() error {
			_, err := e.app.SubmitReport(e.ctx, bob, SubmitReportInput{AttemptID: s.aliceAttempt})
			return err
		}},
		{"retry a question", func() error {
			_, err := e.app.RetryQuestion(e.ctx, bob, RetryQuestionInput{AttemptID: s.aliceAttempt, QuestionID: q.ID})
			return err
		}},
	}
	before := e.app.Position()
	for _, c := range attempts {
		t.Run(c.name, func(t *testing.T) { code(t, c.run(), domain.CodeForbidden) })
	}
	if e.app.Position() != before {
		t.Fatal("a refused command appended events")
	}
	// An attempt that does not exist is NOT_FOUND.
	_, err = e.app.MyAttempt(e.ctx, bob, "no-such-attempt")
	code(t, err, domain.CodeNotFound)
	// Other roles' use cases are forbidden to a candidate.
	forbidden := []struct {
		name string
		run  func() error
	}{
		{"read the locked report", func() error { _, err := e.app.LockedReport(e.ctx, bob, s.bobAttempt); return err }},
		{"read the timeline", func() error { _, err := e.app.Timeline(e.ctx, bob, s.bobAttempt); return err }},
		{"evaluate", func() error {
			_, err := e.app.WriteJuryNote(e.ctx, bob, JuryNoteInput{AttemptID: s.bobAttempt, Topic: "C21", Text: "20/20"})
			return err
		}},
		{"create a session", func() error {
			_, err := e.app.CreateExam(e.ctx, bob, CreateExamInput{ScenarioID: "vitalia", Mode: domain.ModePractice, Schedule: sched})
			return err
		}},
		{"grant themselves extra time", func() error {
			_, err := e.app.GrantAccommodation(e.ctx, bob, GrantAccommodationInput{ExamID: s.examID, CandidateID: bob.UserID, ExtraTimePct: 100, Reason: "x"})
			return err
		}},
		{"add a user", func() error {
			_, err := e.app.AddUser(e.ctx, bob, AddUserInput{Role: domain.RoleStaff, Email: "x@y.fr", DisplayName: "x", Password: "0123456789ab"})
			return err
		}},
	}
	for _, c := range forbidden {
		t.Run(c.name, func(t *testing.T) { code(t, c.run(), domain.CodeForbidden) })
	}
	// Their own attempt works.
	_, err = e.app.AddCause(e.ctx, bob, CauseInput{AttemptID: s.bobAttempt, Text: "Ma cause"})
	e.must(err)
}

func TestNoActorIsUnauthenticated(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	var nobody Actor
	for name, err := range map[string]error{
		"attempt": func() error { _, err := e.app.MyAttempt(e.ctx, nobody, s.aliceAttempt); return err }(),
		"exam":    func() error { _, err := e.app.Exam(e.ctx, nobody, s.examID); return err }(),
		"me":      func() error { _, err := e.app.Me(e.ctx, nobody); return err }(),
		"list":    func() error { _, err := e.app.MyCandidates(e.ctx, nobody); return err }(),
	} {
		t.Run(name, func(t *testing.T) { code(t, err, CodeUnauthenticated) })
	}
}

func TestAJuryMemberReachesOnlyAssignedCandidatesAfterTheLock(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	// Before the lock, even the assigned jury member cannot read the report.
	for name, err := range map[string]error{
		"report":   func() error { _, err := e.app.LockedReport(e.ctx, s.jury, s.aliceAttempt); return err }(),
		"timeline": func() error { _, err := e.app.Timeline(e.ctx, s.jury, s.aliceAttempt); return err }(),
		"replay":   func() error { _, err := e.app.ReportAt(e.ctx, s.jury, s.aliceAttempt, 1); return err }(),
		"live":     func() error { _, err := e.app.MyAttempt(e.ctx, s.jury, s.aliceAttempt); return err }(),
		"evaluate": func() error {
			_, err := e.app.StartEvaluation(e.ctx, s.jury, EvaluationInput{AttemptID: s.aliceAttempt})
			return err
		}(),
	} {
		t.Run("before the lock: "+name, func(t *testing.T) { code(t, err, domain.CodeForbidden) })
	}
	e.lockAlice(s)
	e.clock.Set(afterJ2)
	_, err := e.app.LockDue(e.ctx) // Bob is locked at the deadline
	e.must(err)
	// Assigned and locked: allowed.
	r, err := e.app.LockedReport(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if !r.Locked || len(r.Report.Conclusions) != 3 {
		t.Fatalf("locked report %+v", r.Report.Conclusions)
	}
	// Bob is locked too, but not assigned to this jury member: FORBIDDEN;
	// an unknown attempt: NOT_FOUND.
	for name, err := range map[string]error{
		"report":   func() error { _, err := e.app.LockedReport(e.ctx, s.jury, s.bobAttempt); return err }(),
		"timeline": func() error { _, err := e.app.Timeline(e.ctx, s.jury, s.bobAttempt); return err }(),
		"replay":   func() error { _, err := e.app.ReportAt(e.ctx, s.jury, s.bobAttempt, 1); return err }(),
		"evaluate": func() error {
			_, err := e.app.AssessCompetency(e.ctx, s.jury, AssessmentInput{AttemptID: s.bobAttempt, Competency: "C21", Level: domain.LevelAcquired})
			return err
		}(),
		"unknown":                    func() error { _, err := e.app.LockedReport(e.ctx, s.jury, "no-such-attempt"); return err }(),
		"other jury member on Alice": func() error { _, err := e.app.LockedReport(e.ctx, s.other, s.aliceAttempt); return err }(),
	} {
		want := domain.CodeForbidden
		if name == "unknown" {
			want = domain.CodeNotFound
		}
		t.Run("not assigned: "+name, func(t *testing.T) { code(t, err, want) })
	}
	// A jury member never edits a candidate's report.
	_, err = e.app.AddCause(e.ctx, s.jury, CauseInput{AttemptID: s.aliceAttempt, Text: "x"})
	code(t, err, domain.CodeForbidden)
	list, err := e.app.MyCandidates(e.ctx, s.jury)
	e.must(err)
	if len(list) != 1 || list[0].AttemptID != s.aliceAttempt || list[0].Status != "locked" || !list[0].OralSlot.Equal(oralSlot) {
		t.Fatalf("jury candidates %+v", list)
	}
	if l, _ := e.app.MyCandidates(e.ctx, s.other); len(l) != 0 {
		t.Fatalf("unassigned jury member sees %+v", l)
	}
	// Unassigning removes access.
	_, err = e.app.UnassignJury(e.ctx, s.staff, UnassignJuryInput{ExamID: s.examID, JuryID: s.jury.UserID, CandidateID: s.alice.UserID})
	e.must(err)
	_, err = e.app.LockedReport(e.ctx, s.jury, s.aliceAttempt)
	code(t, err, domain.CodeForbidden)
}

func TestEvaluationNotesStayPrivateUntilDeliberation(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	_, err := e.app.AssignJury(e.ctx, s.staff, AssignJuryInput{ExamID: s.examID, JuryID: s.other.UserID, CandidateID: s.alice.UserID, OralSlot: oralSlot})
	e.must(err)
	e.lockAlice(s)
	e.clock.Set(oralSlot)
	for _, j := range []Actor{s.jury, s.other} {
		_, err := e.app.WriteJuryNote(e.ctx, j, JuryNoteInput{AttemptID: s.aliceAttempt, Topic: "C21", Text: "Note de " + j.UserID})
		e.must(err)
	}
	seen := func(who Actor) []EvaluationView {
		t.Helper()
		evs, err := e.app.Evaluations(e.ctx, who, s.aliceAttempt)
		e.must(err)
		return evs
	}
	if evs := seen(s.jury); len(evs) != 1 || evs[0].JuryID != s.jury.UserID {
		t.Fatalf("before deliberation the jury member sees %d evaluations", len(evs))
	}
	if evs := seen(s.staff); len(evs) != 0 {
		t.Fatalf("before deliberation staff see %d evaluations", len(evs))
	}
	mine, err := e.app.MyEvaluation(e.ctx, s.other, s.aliceAttempt)
	e.must(err)
	if len(mine.Notes) != 1 || mine.Notes[0].Text != "Note de "+s.other.UserID {
		t.Fatalf("own evaluation %+v", mine.Notes)
	}
	// Finalising without C21 is refused.
	_, err = e.app.FinaliseEvaluation(e.ctx, s.jury, FinaliseInput{AttemptID: s.aliceAttempt, Result: domain.ResultPassed})
	code(t, err, domain.CodeConflict)
	for _, j := range []Actor{s.jury, s.other} {
		_, err := e.app.AssessCompetency(e.ctx, j, AssessmentInput{AttemptID: s.aliceAttempt, Competency: "C21", Level: domain.LevelAcquired})
		e.must(err)
	}
	_, err = e.app.FinaliseEvaluation(e.ctx, s.jury, FinaliseInput{AttemptID: s.aliceAttempt, Result: domain.ResultPassed})
	e.must(err)
	if evs := seen(s.jury); len(evs) != 1 {
		t.Fatalf("one member finalised: still %d evaluations visible", len(evs))
	}
	_, err = e.app.WriteJuryNote(e.ctx, s.jury, JuryNoteInput{AttemptID: s.aliceAttempt, Topic: "general", Text: "après"})
	code(t, err, domain.CodeLocked)
	_, err = e.app.FinaliseEvaluation(e.ctx, s.other, FinaliseInput{AttemptID: s.aliceAttempt, Result: domain.ResultPassed})
	e.must(err)
	if evs := seen(s.jury); len(evs) != 2 {
		t.Fatalf("deliberation open: jury sees %d evaluations", len(evs))
	}
	if evs := seen(s.staff); len(evs) != 2 {
		t.Fatalf("deliberation open: staff see %d evaluations", len(evs))
	}
}

func TestStaffReachOnlyTheirOwnSessions(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	intruder := e.addUser(domain.RoleStaff, "autre@ecole.fr")
	e.clock.Set(inJ1)
	for name, err := range map[string]error{
		"read the session": func() error { _, err := e.app.Exam(e.ctx, intruder, s.examID); return err }(),
		"enrol": func() error {
			_, err := e.app.EnrolCandidate(e.ctx, intruder, EnrolCandidateInput{ExamID: s.examID, Email: "x@etu.fr", DisplayName: "X"})
			return err
		}(),
		"grant extra time": func() error {
			_, err := e.app.GrantAccommodation(e.ctx, intruder, GrantAccommodationInput{ExamID: s.examID, CandidateID: s.alice.UserID, ExtraTimePct: 50, Reason: "x"})
			return err
		}(),
		"assign a jury": func() error {
			_, err := e.app.AssignJury(e.ctx, intruder, AssignJuryInput{ExamID: s.examID, JuryID: s.other.UserID, CandidateID: s.alice.UserID, OralSlot: oralSlot})
			return err
		}(),
		"move the schedule": func() error {
			_, err := e.app.AdjustSchedule(e.ctx, intruder, AdjustScheduleInput{ExamID: s.examID, Schedule: sched, Reason: "x"})
			return err
		}(),
		"reissue a code": func() error {
			_, err := e.app.ReissueAccessCode(e.ctx, intruder, ReissueAccessCodeInput{ExamID: s.examID, CandidateID: s.alice.UserID})
			return err
		}(),
		"monitor":         func() error { _, err := e.app.ExamMonitor(e.ctx, intruder, s.examID); return err }(),
		"read an attempt": func() error { _, err := e.app.MyAttempt(e.ctx, intruder, s.aliceAttempt); return err }(),
		"read a timeline": func() error { _, err := e.app.Timeline(e.ctx, intruder, s.aliceAttempt); return err }(),
		"unknown session": func() error { _, err := e.app.Exam(e.ctx, intruder, "no-such-exam"); return err }(),
	} {
		want := domain.CodeForbidden
		if name == "unknown session" {
			want = domain.CodeNotFound
		}
		t.Run(name, func(t *testing.T) { code(t, err, want) })
	}
	if l, _ := e.app.MyExams(e.ctx, intruder); len(l) != 0 {
		t.Fatalf("intruder lists %+v", l)
	}
	// The owner can do all of it.
	l, err := e.app.MyExams(e.ctx, s.staff)
	e.must(err)
	if len(l) != 1 || l[0].ExamID != s.examID || l[0].Candidates != 2 {
		t.Fatalf("owner's sessions %+v", l)
	}
	v, err := e.app.Exam(e.ctx, s.staff, s.examID)
	e.must(err)
	if len(v.Candidates) != 2 || len(v.Candidates[0].Juries) != 1 || v.Candidates[0].Phase != "J1" {
		t.Fatalf("exam view %+v", v.Candidates)
	}
	_, err = e.app.Timeline(e.ctx, s.staff, s.aliceAttempt)
	e.must(err)
	// Staff never write in a candidate's report.
	_, err = e.app.AddCause(e.ctx, s.staff, CauseInput{AttemptID: s.aliceAttempt, Text: "x"})
	code(t, err, domain.CodeForbidden)
}
