package app

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/eventstore"
)

func TestEnrolmentOpensTheAttemptAndTheCodeLogsIn(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	if len(s.aliceCode) != 19 {
		t.Fatalf("access code %q: want 4 groups of 4", s.aliceCode)
	}
	// typed in lower case, without dashes
	sess, err := e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: strings.ToLower(strings.ReplaceAll(s.aliceCode, "-", " ")), ClientKey: "1.2.3.4"})
	e.must(err)
	actor, err := e.app.Authenticate(e.ctx, sess.Token)
	e.must(err)
	if actor != s.alice {
		t.Fatalf("authenticated %+v, want %+v", actor, s.alice)
	}
	v, err := e.app.MyAttempt(e.ctx, actor, s.aliceAttempt)
	e.must(err)
	if v.Phase != attempt.PhaseNotStarted || v.OrderEmail != nil || v.Brief.Organisation == "" {
		t.Fatalf("before J1: phase %s, order e-mail %v, brief %q", v.Phase, v.OrderEmail != nil, v.Brief.Organisation)
	}
	for _, ag := range v.Agents {
		if ag.Open || ag.ClosedReason == "" {
			t.Fatalf("agent %s open=%v reason=%q before J1", ag.ID, ag.Open, ag.ClosedReason)
		}
	}
	list, err := e.app.MyAttempts(e.ctx, actor)
	e.must(err)
	if len(list) != 1 || list[0].AttemptID != s.aliceAttempt {
		t.Fatalf("MyAttempts = %+v", list)
	}
}

func TestAttemptViewFollowsTheDays(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	v, err := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)
	if v.Phase != attempt.PhaseJ1 || v.OrderEmail != nil {
		t.Fatalf("J1: phase %s, order e-mail visible %v", v.Phase, v.OrderEmail != nil)
	}
	open := map[string]bool{}
	for _, ag := range v.Agents {
		open[ag.ID] = ag.Open
		if ag.Kind == "supplier" && !strings.Contains(ag.ClosedReason, "jour 2") {
			t.Errorf("supplier %s closed reason %q", ag.ID, ag.ClosedReason)
		}
	}
	if !open["data"] || open["lieu"] {
		t.Fatalf("J1 open agents %v", open)
	}
	e.clock.Set(inJ2)
	v, err = e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)
	if v.Phase != attempt.PhaseJ2 || v.OrderEmail == nil || v.OrderEmail.Subject == "" {
		t.Fatalf("J2: phase %s, order e-mail %+v", v.Phase, v.OrderEmail)
	}
}

func TestAskQuestionStreamsThenRecordsTheAnswer(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	out, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data",
		Text: "Combien de personnes la campagne a-t-elle touchées ?"})
	e.must(err)
	text, final := e.waitAnswer(s.alice, s.aliceAttempt, out.ID)
	if !final.Done || text == "" {
		t.Fatalf("final %+v, text %q", final, text)
	}
	conv, err := e.app.Conversation(e.ctx, s.alice, s.aliceAttempt, "data")
	e.must(err)
	if len(conv) != 1 || conv[0].Status != attempt.QuestionAnswered || conv[0].Answer != text || conv[0].Engine != "offline" {
		t.Fatalf("conversation %+v, streamed %q", conv, text)
	}
	// A late subscriber gets the whole recorded answer, then Done.
	late, final := e.waitAnswer(s.alice, s.aliceAttempt, out.ID)
	if late != text || !final.Done {
		t.Fatalf("late subscriber got %q (%+v), want %q", late, final, text)
	}
	// A supplier is closed on J1: PHASE_CLOSED, nothing appended.
	before := e.app.Position()
	_, err = e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "lieu", Text: "Quelle est la capacité ?"})
	code(t, err, domain.CodePhaseClosed)
	if e.app.Position() != before {
		t.Fatal("a refused question appended something")
	}
}

func TestLateSubscriberGetsWhatWasAlreadySaidThenTheRest(t *testing.T) {
	eng := &scriptedEngine{chunks: []string{"Un ", "deux ", "trois."}, gate: make(chan struct{})}
	e := newEnv(t, func(d *Deps) { d.Engine = eng })
	s := e.session()
	e.clock.Set(inJ1)
	out, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Bonjour ?"})
	e.must(err)
	eng.gate <- struct{}{} // "Un " is said before anyone listens
	eng.gate <- struct{}{}
	time.Sleep(20 * time.Millisecond) // let the engine emit both
	ch, err := e.app.AnswerChunks(e.ctx, s.alice, s.aliceAttempt, out.ID)
	e.must(err)
	first, second := <-ch, <-ch
	if first.Text != "Un " || second.Text != "deux " || first.Seq != 0 || second.Seq != 1 {
		t.Fatalf("replay %+v %+v", first, second)
	}
	eng.gate <- struct{}{}
	third, final := <-ch, <-ch
	if third.Text != "trois." || !final.Done {
		t.Fatalf("live %+v then %+v", third, final)
	}
	if _, open := <-ch; open {
		t.Fatal("channel not closed after the final message")
	}
}

func TestEngineFailureIsRecordedAndTheQuestionRetried(t *testing.T) {
	eng := &scriptedEngine{fail: 1, chunks: []string{"Réponse."}}
	e := newEnv(t, func(d *Deps) { d.Engine = eng })
	s := e.session()
	e.clock.Set(inJ1)
	out, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Bonjour ?"})
	e.must(err)
	if _, final := e.waitAnswer(s.alice, s.aliceAttempt, out.ID); !final.Failed {
		t.Fatalf("final %+v, want Failed", final)
	}
	conv, _ := e.app.Conversation(e.ctx, s.alice, s.aliceAttempt, "data")
	if conv[0].Status != attempt.QuestionFailed || conv[0].Failures != 1 {
		t.Fatalf("after failure: %+v", conv[0])
	}
	_, err = e.app.RetryQuestion(e.ctx, s.alice, RetryQuestionInput{AttemptID: s.aliceAttempt, QuestionID: out.ID})
	e.must(err)
	if text, final := e.waitAnswer(s.alice, s.aliceAttempt, out.ID); !final.Done || text != "Réponse." {
		t.Fatalf("retry: %q %+v", text, final)
	}
	_, err = e.app.RetryQuestion(e.ctx, s.alice, RetryQuestionInput{AttemptID: s.aliceAttempt, QuestionID: out.ID})
	code(t, err, domain.CodeConflict)
}

func TestPendingQuestionSurvivesARestartAndCanBeRetried(t *testing.T) {
	eng := &scriptedEngine{chunks: []string{"Réponse."}, gate: make(chan struct{})}
	e := newEnv(t, func(d *Deps) { d.Engine = eng })
	s := e.session()
	e.clock.Set(inJ1)
	out, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Bonjour ?"})
	e.must(err)
	e.restart(func(d *Deps) { d.Engine = &scriptedEngine{chunks: []string{"Après redémarrage."}} }) // the engine call is abandoned
	conv, err := e.app.Conversation(e.ctx, s.alice, s.aliceAttempt, "data")
	e.must(err)
	if len(conv) != 1 || conv[0].Status != attempt.QuestionPending {
		t.Fatalf("after restart: %+v", conv)
	}
	_, err = e.app.RetryQuestion(e.ctx, s.alice, RetryQuestionInput{AttemptID: s.aliceAttempt, QuestionID: out.ID})
	e.must(err)
	if text, final := e.waitAnswer(s.alice, s.aliceAttempt, out.ID); !final.Done || text != "Après redémarrage." {
		t.Fatalf("retry after restart: %q %+v", text, final)
	}
}

func TestQuestionsAreRateLimitedPerCandidate(t *testing.T) {
	e := newEnv(t, func(d *Deps) { d.Engine = &scriptedEngine{chunks: []string{"ok"}} })
	s := e.session()
	e.clock.Set(inJ1)
	limit := e.app.questionLimit(s.aliceAttempt) // vitalia certification: 60 per hour
	if limit != 60 {
		t.Fatalf("limit %d, want the scenario's 60", limit)
	}
	for i := 0; i < limit; i++ {
		_, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Question ?"})
		e.must(err)
	}
	_, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Une de trop ?"})
	code(t, err, CodeRateLimited)
	// Another candidate is not affected.
	_, err = e.app.AskQuestion(e.ctx, s.bob, AskQuestionInput{AttemptID: s.bobAttempt, AgentID: "data", Text: "Question ?"})
	e.must(err)
	e.clock.Set(inJ1.Add(61 * time.Minute))
	_, err = e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Une heure plus tard ?"})
	e.must(err)
}

// The pipeline forgets streams nobody writes to, keeps those in use, and
// a forgotten stream is reloaded whole: its next command decides on the
// real state and a retried command id is still recognised.
func TestIdleStreamsAreForgottenAndReloaded(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	in := CauseInput{CommandID: "cmd-idle", AttemptID: s.aliceAttempt, Text: "Ciblage trop large"}
	first, err := e.app.AddCause(e.ctx, s.alice, in)
	e.must(err)
	if n := e.app.evictIdleStreams(time.Now().Add(-time.Hour)); n != 0 {
		t.Fatalf("forgot %d streams used a moment ago", n)
	}
	if n := e.app.evictIdleStreams(time.Now().Add(time.Hour)); n == 0 {
		t.Fatal("forgot nothing when every stream was idle")
	}
	if len(e.app.attempts.aggs) != 0 {
		t.Fatalf("%d attempt streams still cached", len(e.app.attempts.aggs))
	}
	again, err := e.app.AddCause(e.ctx, s.alice, in)
	e.must(err)
	if again.Position != first.Position {
		t.Fatalf("the retried command after eviction: %+v, want the first outcome %+v", again, first)
	}
	second, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Budget mal réparti"})
	e.must(err)
	if second.Version != first.Version+1 {
		t.Fatalf("next command at version %d, want %d", second.Version, first.Version+1)
	}
}

func TestCommandIDMakesACommandIdempotent(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	in := CauseInput{CommandID: "cmd-1", AttemptID: s.aliceAttempt, Text: "Ciblage trop large"}
	first, err := e.app.AddCause(e.ctx, s.alice, in)
	e.must(err)
	second, err := e.app.AddCause(e.ctx, s.alice, in)
	e.must(err)
	if first.ID != second.ID || first.Version != second.Version || first.Position != second.Position {
		t.Fatalf("second outcome %+v, want the first %+v", second, first)
	}
	// Still idempotent after a restart (command ids are in the events' metadata).
	e.restart()
	third, err := e.app.AddCause(e.ctx, s.alice, in)
	e.must(err)
	if third.Position != first.Position {
		t.Fatalf("after restart %+v, want %+v", third, first)
	}
	v, _ := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	if len(v.Report.Causes) != 1 {
		t.Fatalf("%d causes, want 1", len(v.Report.Causes))
	}
	_, err = e.app.AddCause(e.ctx, s.alice, CauseInput{CommandID: "bad id!", AttemptID: s.aliceAttempt, Text: "x"})
	code(t, err, domain.CodeInvalidInput)
}

func TestReadYourWrites(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	for i := 0; i < 20; i++ {
		out, err := e.app.AddKpiRow(e.ctx, s.alice, KpiRowInput{AttemptID: s.aliceAttempt, Label: "Indicateur", Result: float64(i), Target: 10, Unit: "%"})
		e.must(err)
		v, _ := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
		if v.Version != out.Version || len(v.Report.KpiRows) != i+1 {
			t.Fatalf("after write %d: view version %d rows %d, outcome version %d", i, v.Version, len(v.Report.KpiRows), out.Version)
		}
	}
}

func TestConcurrentCommandsOnOneAttemptAllLand(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Cause"})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		e.must(err)
	}
	v, _ := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	if len(v.Report.Causes) != 20 {
		t.Fatalf("%d causes, want 20", len(v.Report.Causes))
	}
}

func TestConflictWithAnotherWriterIsRetried(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	_, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Première"})
	e.must(err) // the attempt is now cached
	// Another replica appends behind this process's back.
	other := e.start()
	defer other.Close()
	_, err = other.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "D'une autre instance"})
	e.must(err)
	// This process's cache is stale: its append conflicts, it reloads and re-decides.
	_, err = e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Troisième"})
	e.must(err)
	v, _ := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	if len(v.Report.Causes) != 3 {
		t.Fatalf("%d causes, want 3", len(v.Report.Causes))
	}
}

func TestBadInputIsRefusedAndAppendsNothing(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ2)
	nan := func() float64 { var z float64; return z / z }()
	cases := []struct {
		name string
		run  func() error
		want domain.Code
	}{
		{"quantity zero", func() error {
			_, err := e.app.AddBudgetLine(e.ctx, s.alice, BudgetLineInput{AttemptID: s.aliceAttempt, Category: "lieu", Label: "Salle", Quantity: 0, UnitPriceEuros: 10})
			return err
		}, domain.CodeInvalidInput},
		{"negative price", func() error {
			_, err := e.app.AddBudgetLine(e.ctx, s.alice, BudgetLineInput{AttemptID: s.aliceAttempt, Category: "lieu", Label: "Salle", Quantity: 1, UnitPriceEuros: -1})
			return err
		}, domain.CodeInvalidInput},
		{"NaN result", func() error {
			_, err := e.app.AddKpiRow(e.ctx, s.alice, KpiRowInput{AttemptID: s.aliceAttempt, Label: "x", Result: nan, Target: 1})
			return err
		}, domain.CodeInvalidInput},
		{"text too long", func() error {
			_, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: strings.Repeat("a", domain.MaxLongText+1)})
			return err
		}, domain.CodeInvalidInput},
		{"unknown attempt", func() error {
			_, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: "nope", Text: "x"})
			return err
		}, domain.CodeNotFound},
		{"milestone cycle", func() error {
			if _, err := e.app.AddMilestone(e.ctx, s.alice, MilestoneInput{AttemptID: s.aliceAttempt, MilestoneID: "m1", Title: "A", Date: "2026-04-01", Owner: "moi"}); err != nil {
				return err
			}
			if _, err := e.app.AddMilestone(e.ctx, s.alice, MilestoneInput{AttemptID: s.aliceAttempt, MilestoneID: "m2", Title: "B", Date: "2026-04-02", Owner: "moi", DependsOn: []string{"m1"}}); err != nil {
				return err
			}
			_, err := e.app.EditMilestone(e.ctx, s.alice, MilestoneInput{AttemptID: s.aliceAttempt, MilestoneID: "m1", Title: "A", Date: "2026-04-01", Owner: "moi", DependsOn: []string{"m2"}})
			return err
		}, domain.CodeInvalidInput},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := e.app.Position()
			err := c.run()
			code(t, err, c.want)
			var de *domain.Error
			if !errors.As(err, &de) || de.Message == "" {
				t.Fatalf("refusal without a French message: %v", err)
			}
			if c.name != "milestone cycle" && e.app.Position() != before {
				t.Fatal("a refused command appended events")
			}
		})
	}
}

func TestSubmissionLocksEveryEdit(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	for i := 0; i < 3; i++ {
		_, err := e.app.WriteConclusion(e.ctx, s.alice, ConclusionInput{AttemptID: s.aliceAttempt, Text: "Conclusion"})
		e.must(err)
	}
	_, err := e.app.SubmitReport(e.ctx, s.alice, SubmitReportInput{AttemptID: s.aliceAttempt})
	code(t, err, domain.CodePhaseClosed) // J1: submission is on J2
	e.clock.Set(inJ2)
	_, err = e.app.SubmitReport(e.ctx, s.alice, SubmitReportInput{AttemptID: s.aliceAttempt})
	e.must(err)
	_, err = e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Trop tard"})
	code(t, err, domain.CodeLocked)
	_, err = e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data", Text: "Encore ?"})
	code(t, err, domain.CodeLocked)
}

func TestDeadlineSchedulerLocksOnceWithExtraTimeAndSurvivesRestart(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	_, err := e.app.GrantAccommodation(e.ctx, s.staff, GrantAccommodationInput{ExamID: s.examID, CandidateID: s.bob.UserID, ExtraTimePct: 25, Reason: "Tiers-temps"})
	e.must(err)
	bob, _ := e.app.MyAttempt(e.ctx, s.bob, s.bobAttempt)
	if want := sched.J2End.Add(2 * time.Hour); !bob.Deadline.Equal(want) {
		t.Fatalf("Bob's deadline %v, want %v (25 %% of an 8-hour J2)", bob.Deadline, want)
	}
	e.clock.Set(inJ2)
	n, err := e.app.LockDue(e.ctx)
	e.must(err)
	if n != 0 {
		t.Fatalf("locked %d before the deadline", n)
	}
	// Past J2's end: Alice is locked, Bob (extra time) is not.
	e.clock.Set(afterJ2)
	e.restart() // the scheduler re-derives what is due from the events
	n, err = e.app.LockDue(e.ctx)
	e.must(err)
	if n != 1 {
		t.Fatalf("locked %d, want 1 (Alice)", n)
	}
	a, _ := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	b, _ := e.app.MyAttempt(e.ctx, s.bob, s.bobAttempt)
	if !a.Locked || a.SubmittedBy != domain.SubmittedByDeadline || b.Locked {
		t.Fatalf("alice locked=%v by %q, bob locked=%v", a.Locked, a.SubmittedBy, b.Locked)
	}
	if n, _ := e.app.LockDue(e.ctx); n != 0 {
		t.Fatalf("second pass locked %d", n)
	}
	// Bob can still write during his extra time, then is locked once.
	_, err = e.app.AddCause(e.ctx, s.bob, CauseInput{AttemptID: s.bobAttempt, Text: "Tiers-temps"})
	e.must(err)
	e.clock.Set(sched.J2End.Add(2 * time.Hour))
	_, err = e.app.AddCause(e.ctx, s.bob, CauseInput{AttemptID: s.bobAttempt, Text: "Après l'échéance"})
	code(t, err, domain.CodeLocked) // refused even before the lock event
	if n, _ := e.app.LockDue(e.ctx); n != 1 {
		t.Fatalf("locked %d, want 1 (Bob)", n)
	}
	// Exactly one ReportSubmitted in each stream.
	for _, id := range []string{s.aliceAttempt, s.bobAttempt} {
		evs, err := e.store.ReadStream(e.ctx, domain.AttemptStream(id), eventstore.Forwards, 0, 1000)
		e.must(err)
		locks := 0
		for _, ev := range evs {
			if ev.Type == "ReportSubmitted" {
				locks++
			}
		}
		if locks != 1 {
			t.Fatalf("%s: %d locks", id, locks)
		}
	}
}

func TestScheduleAdjustmentReachesEveryAttempt(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	moved := sched
	moved.J2End = moved.J2End.Add(time.Hour)
	_, err := e.app.AdjustSchedule(e.ctx, s.staff, AdjustScheduleInput{ExamID: s.examID, Schedule: moved, Reason: "Panne réseau"})
	e.must(err)
	for _, c := range []struct {
		who Actor
		id  string
	}{{s.alice, s.aliceAttempt}, {s.bob, s.bobAttempt}} {
		v, _ := e.app.MyAttempt(e.ctx, c.who, c.id)
		if !v.Deadline.Equal(moved.J2End) {
			t.Fatalf("%s deadline %v, want %v", c.id, v.Deadline, moved.J2End)
		}
	}
}

func TestLoginLogoutAndRateLimit(t *testing.T) {
	e := newEnv(t)
	staff := e.addUser(domain.RoleStaff, "Staff@Ecole.fr")
	_, err := e.app.AddUser(e.ctx, System, AddUserInput{Role: domain.RoleJury, Email: "staff@ecole.fr", DisplayName: "Doublon", Password: "motdepasse-solide"})
	code(t, err, domain.CodeConflict)
	_, err = e.app.AddUser(e.ctx, System, AddUserInput{Role: domain.RoleJury, Email: "j@ecole.fr", DisplayName: "Court", Password: "court"})
	code(t, err, domain.CodeInvalidInput)
	sess, err := e.app.Login(e.ctx, LoginInput{Email: " STAFF@ecole.fr", Password: "motdepasse-solide", ClientKey: "ip1"})
	e.must(err)
	if a, err := e.app.Authenticate(e.ctx, sess.Token); err != nil || a != staff {
		t.Fatalf("authenticate: %+v %v", a, err)
	}
	// The session survives a restart.
	e.restart()
	if _, err := e.app.Authenticate(e.ctx, sess.Token); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	e.must(e.app.Logout(e.ctx, sess.Token))
	_, err = e.app.Authenticate(e.ctx, sess.Token)
	code(t, err, CodeUnauthenticated)
	// Expiry.
	sess, err = e.app.Login(e.ctx, LoginInput{Email: "staff@ecole.fr", Password: "motdepasse-solide"})
	e.must(err)
	e.clock.Set(beforeStart.Add(13 * time.Hour))
	_, err = e.app.Authenticate(e.ctx, sess.Token)
	code(t, err, CodeUnauthenticated)
	// Wrong password: UNAUTHENTICATED, then RATE_LIMITED even with the right one.
	for i := 0; i < 5; i++ {
		_, err = e.app.Login(e.ctx, LoginInput{Email: "staff@ecole.fr", Password: "mauvais-mot-de-passe", ClientKey: "ip2"})
		code(t, err, CodeUnauthenticated)
	}
	_, err = e.app.Login(e.ctx, LoginInput{Email: "staff@ecole.fr", Password: "motdepasse-solide", ClientKey: "ip3"})
	code(t, err, CodeRateLimited)
	e.clock.Set(beforeStart.Add(14 * time.Hour))
	_, err = e.app.Login(e.ctx, LoginInput{Email: "staff@ecole.fr", Password: "motdepasse-solide", ClientKey: "ip3"})
	e.must(err)
	// Unknown e-mail and bad tokens.
	_, err = e.app.Login(e.ctx, LoginInput{Email: "personne@ecole.fr", Password: "motdepasse-solide"})
	code(t, err, CodeUnauthenticated)
	_, err = e.app.Authenticate(e.ctx, "forged-token")
	code(t, err, CodeUnauthenticated)
}

func TestAccessCodesAreStoredHashedAndReplaceable(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	all, err := e.store.ReadAll(e.ctx, 0, 10000)
	e.must(err)
	plain := strings.ReplaceAll(s.aliceCode, "-", "")
	for _, ev := range all {
		if strings.Contains(string(ev.Data), plain) || strings.Contains(string(ev.Data), s.aliceCode) || strings.Contains(string(ev.Data), "motdepasse-solide") {
			t.Fatalf("a secret is stored in clear in %s", ev.Type)
		}
	}
	code2, err := e.app.ReissueAccessCode(e.ctx, s.staff, ReissueAccessCodeInput{ExamID: s.examID, CandidateID: s.alice.UserID})
	e.must(err)
	_, err = e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: s.aliceCode})
	code(t, err, CodeUnauthenticated)
	_, err = e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: code2})
	e.must(err)
	// A retried enrolment returns the same ids and no new code.
	in := EnrolCandidateInput{CommandID: "enrol-carol", ExamID: s.examID, Email: "carol@etu.fr", DisplayName: "Carol"}
	first, err := e.app.EnrolCandidate(e.ctx, s.staff, in)
	e.must(err)
	again, err := e.app.EnrolCandidate(e.ctx, s.staff, in)
	e.must(err)
	if again.AttemptID != first.AttemptID || again.CandidateID != first.CandidateID || again.AccessCode != "" || first.AccessCode == "" {
		t.Fatalf("retry %+v after %+v", again, first)
	}
	_, err = e.app.EnrolCandidate(e.ctx, s.staff, EnrolCandidateInput{ExamID: s.examID, Email: "jury@ecole.fr", DisplayName: "Jury"})
	code(t, err, domain.CodeConflict)
}

// Edits racing the submission from other connections: each either lands
// before the lock or is refused with LOCKED; nothing follows the lock.
func TestNoEditLandsAfterTheLockEvenWhenRacing(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ2)
	for i := 0; i < 3; i++ {
		_, err := e.app.WriteConclusion(e.ctx, s.alice, ConclusionInput{AttemptID: s.aliceAttempt, Text: "Conclusion"})
		e.must(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var err error
			if i == 15 {
				_, err = e.app.SubmitReport(e.ctx, s.alice, SubmitReportInput{AttemptID: s.aliceAttempt})
			} else {
				_, err = e.app.EditOralPrepNote(e.ctx, s.alice, OralPrepNoteInput{AttemptID: s.aliceAttempt, Competency: "C21", Text: strings.Repeat("x", i+1)})
				if err != nil && domain.CodeOf(err) != domain.CodeLocked {
					t.Errorf("edit %d: %v", i, err)
				}
				return
			}
			if err != nil {
				t.Errorf("submit: %v", err)
			}
		}(i)
	}
	wg.Wait()
	evs, err := e.store.ReadStream(e.ctx, domain.AttemptStream(s.aliceAttempt), eventstore.Forwards, 0, 1000)
	e.must(err)
	if last := evs[len(evs)-1]; last.Type != "ReportSubmitted" {
		t.Fatalf("last event %s, want the lock", last.Type)
	}
}
