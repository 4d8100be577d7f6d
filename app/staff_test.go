package app

import (
	"context"
	"testing"
	"time"

	"cellule/domain"
	"cellule/scenarios"
)

// Every staff use case of issue 7 is refused to a candidate and a jury
// member (FORBIDDEN), to an anonymous caller (UNAUTHENTICATED), to
// another staff member for a session that is not theirs (FORBIDDEN), and
// answers NOT_FOUND for a session that does not exist.
func TestStaffUseCasesAuthorization(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	otherStaff := e.addUser(domain.RoleStaff, "autre@ecole.fr")
	csv := []byte("nom;email\nZoé;zoe@etu.fr\n")
	uses := []struct {
		name     string
		examWide bool // refused to another staff member's session
		call     func(actor Actor, examID string) error
	}{
		{"Scenarios", false, func(a Actor, _ string) error { _, err := e.app.Scenarios(e.ctx, a); return err }},
		{"ExamLive", true, func(a Actor, x string) error { _, err := e.app.ExamLive(e.ctx, a, x); return err }},
		{"ExamChangeLog", true, func(a Actor, x string) error { _, err := e.app.ExamChangeLog(e.ctx, a, x); return err }},
		{"PreviewCandidateImport", true, func(a Actor, x string) error {
			_, err := e.app.PreviewCandidateImport(e.ctx, a, x, csv)
			return err
		}},
		{"ImportCandidates", true, func(a Actor, x string) error {
			_, err := e.app.ImportCandidates(e.ctx, a, ImportCandidatesInput{ExamID: x, CSV: csv})
			return err
		}},
		{"QuestionAnalytics", true, func(a Actor, x string) error {
			_, err := e.app.QuestionAnalytics(e.ctx, a, QuestionQuery{ExamID: x})
			return err
		}},
		{"CandidateAnalytics", true, func(a Actor, x string) error { _, err := e.app.CandidateAnalytics(e.ctx, a, x); return err }},
		{"AgentAnalytics", true, func(a Actor, x string) error { _, err := e.app.AgentAnalytics(e.ctx, a, x); return err }},
		{"FactAnalytics", true, func(a Actor, x string) error { _, err := e.app.FactAnalytics(e.ctx, a, x, 0); return err }},
		{"CohortDistributions", true, func(a Actor, x string) error { _, err := e.app.CohortDistributions(e.ctx, a, x); return err }},
		{"AllQuestions", true, func(a Actor, x string) error { _, err := e.app.AllQuestions(e.ctx, a, x); return err }},
		{"ReportSummaries", true, func(a Actor, x string) error { _, err := e.app.ReportSummaries(e.ctx, a, x); return err }},
		{"EvaluationAssessments", true, func(a Actor, x string) error {
			_, err := e.app.EvaluationAssessments(e.ctx, a, x)
			return err
		}},
		{"AddUser", false, func(a Actor, _ string) error {
			_, err := e.app.AddUser(e.ctx, a, AddUserInput{Role: domain.RoleJury, Email: "nouveau-jury@ecole.fr", DisplayName: "Jury", Password: "motdepasse-solide"})
			return err
		}},
	}
	for _, u := range uses {
		t.Run(u.name, func(t *testing.T) {
			code(t, u.call(s.alice, s.examID), domain.CodeForbidden)
			code(t, u.call(s.jury, s.examID), domain.CodeForbidden)
			code(t, u.call(Actor{}, s.examID), CodeUnauthenticated)
			if u.examWide {
				code(t, u.call(otherStaff, s.examID), domain.CodeForbidden)
				code(t, u.call(s.staff, "no-such-exam"), domain.CodeNotFound)
			}
			if err := u.call(s.staff, s.examID); err != nil {
				t.Fatalf("the session's staff: %v", err)
			}
		})
	}
	// Nothing the refused calls tried was imported.
	v, err := e.app.Exam(e.ctx, s.staff, s.examID)
	e.must(err)
	if len(v.Candidates) != 3 { // alice, bob and the staff's own import
		t.Fatalf("%d candidates, want 3", len(v.Candidates))
	}
}

// A question shows up in the analytics as soon as the command returns
// (the analytics fold with the projections), and the live monitor counts
// it for its agent and its candidate, who is online.
func TestAnalyticsAndLiveMonitorFollowTheExam(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	out, err := e.app.AskQuestion(e.ctx, s.alice, AskQuestionInput{AttemptID: s.aliceAttempt, AgentID: "data",
		Text: "Combien de personnes la campagne a-t-elle touchées ?"})
	e.must(err)
	page, err := e.app.QuestionAnalytics(e.ctx, s.staff, QuestionQuery{ExamID: s.examID})
	e.must(err)
	if page.Total != 1 || page.Items[0].QuestionID != out.ID || page.Items[0].AgentID != "data" {
		t.Fatalf("questions right after asking: %+v", page)
	}
	e.waitAnswer(s.alice, s.aliceAttempt, out.ID)
	cands, err := e.app.CandidateAnalytics(e.ctx, s.staff, s.examID)
	e.must(err)
	if len(cands) != 2 || cands[0].AttemptID != s.aliceAttempt || cands[0].Questions != 1 || cands[0].QuestionsAnswered != 1 {
		t.Fatalf("candidates: %+v", cands)
	}
	facts, err := e.app.FactAnalytics(e.ctx, s.staff, s.examID, 0.5)
	e.must(err)
	found := 0
	for _, f := range facts {
		if f.Text == "" {
			t.Fatalf("fact %s without its text", f.FactID)
		}
		found += f.FoundBy
	}
	if found != cands[0].FactsEarned {
		t.Fatalf("facts found %d across the cohort, alice earned %d", found, cands[0].FactsEarned)
	}
	_, err = e.app.FactAnalytics(e.ctx, s.staff, s.examID, 1.5)
	code(t, err, domain.CodeInvalidInput)

	live, err := e.app.ExamLive(e.ctx, s.staff, s.examID)
	e.must(err)
	if live.Questions != 1 || live.Online != 1 || len(live.Candidates) != 2 {
		t.Fatalf("live: %+v", live)
	}
	alice := live.Candidates[0]
	if !alice.Online || alice.Questions != 1 || len(alice.PerAgent) != 1 || alice.PerAgent[0].AgentID != "data" || alice.Missing == 0 {
		t.Fatalf("alice live: %+v", alice)
	}
	if live.Candidates[1].Online {
		t.Fatal("bob has done nothing and is shown online")
	}
	for _, ag := range live.PerAgent {
		if want := map[bool]int{true: 1, false: 0}[ag.AgentID == "data"]; ag.Questions != want {
			t.Fatalf("agent %s: %d questions, want %d", ag.AgentID, ag.Questions, want)
		}
	}
	e.clock.Set(inJ1.Add(OnlineWindow + time.Minute))
	live, err = e.app.ExamLive(e.ctx, s.staff, s.examID)
	e.must(err)
	if live.Online != 0 {
		t.Fatalf("online %d after %s without action", live.Online, OnlineWindow)
	}

	// Bad queries are refused.
	_, err = e.app.QuestionAnalytics(e.ctx, s.staff, QuestionQuery{ExamID: s.examID, Sort: "nope"})
	code(t, err, domain.CodeInvalidInput)
	_, err = e.app.QuestionAnalytics(e.ctx, s.staff, QuestionQuery{ExamID: s.examID, Limit: maxQuestionPage + 1})
	code(t, err, domain.CodeInvalidInput)
}

// Question pages filter, sort and page on the server.
func TestQuestionAnalyticsFiltersSortsAndPages(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	texts := []string{"Quel est le budget ?", "Combien de personnes la campagne a-t-elle touchées ?", "Quel était le taux de conversion ?"}
	for i, txt := range texts {
		who, att := s.alice, s.aliceAttempt
		if i == 2 {
			who, att = s.bob, s.bobAttempt
		}
		out, err := e.app.AskQuestion(e.ctx, who, AskQuestionInput{AttemptID: att, AgentID: "data", Text: txt})
		e.must(err)
		e.waitAnswer(who, att, out.ID)
		e.clock.Set(e.clock.Now().Add(time.Minute))
	}
	tests := []struct {
		name  string
		q     QuestionQuery
		total int
		first string
	}{
		{"all in ask order", QuestionQuery{}, 3, texts[0]},
		{"newest first", QuestionQuery{Desc: true}, 3, texts[2]},
		{"one candidate", QuestionQuery{AttemptID: s.bobAttempt}, 1, texts[2]},
		{"search, case-insensitive", QuestionQuery{Search: "CAMPAGNE"}, 1, texts[1]},
		{"second page", QuestionQuery{Offset: 1, Limit: 1}, 3, texts[1]},
		{"by candidate name, descending", QuestionQuery{Sort: "candidate", Desc: true}, 3, texts[2]},
		{"past the end", QuestionQuery{Offset: 10}, 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.ExamID = s.examID
			p, err := e.app.QuestionAnalytics(e.ctx, s.staff, tt.q)
			e.must(err)
			first := ""
			if len(p.Items) > 0 {
				first = p.Items[0].Text
			}
			if p.Total != tt.total || first != tt.first {
				t.Fatalf("total %d first %q, want %d %q", p.Total, first, tt.total, tt.first)
			}
		})
	}
}

// Extra time granted during the exam and a moved schedule each appear in
// the change log with who and why, newest first; a change without a
// reason is refused and logs nothing.
func TestExamChangeLogSaysWhoAndWhy(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	_, err := e.app.GrantAccommodation(e.ctx, s.staff, GrantAccommodationInput{ExamID: s.examID, CandidateID: s.alice.UserID, ExtraTimePct: 33})
	code(t, err, domain.CodeInvalidInput)
	_, err = e.app.GrantAccommodation(e.ctx, s.staff, GrantAccommodationInput{ExamID: s.examID, CandidateID: s.alice.UserID, ExtraTimePct: 33, Reason: "Tiers-temps MDPH"})
	e.must(err)
	later := sched
	later.J2End = later.J2End.Add(time.Hour)
	_, err = e.app.AdjustSchedule(e.ctx, s.staff, AdjustScheduleInput{ExamID: s.examID, Schedule: later, Reason: "Panne réseau"})
	e.must(err)
	log, err := e.app.ExamChangeLog(e.ctx, s.staff, s.examID)
	e.must(err)
	// newest first: schedule, extra time, jury assignment (session()), creation
	if len(log) != 4 {
		t.Fatalf("%d entries: %+v", len(log), log)
	}
	adj, extra, jury, created := log[0], log[1], log[2], log[3]
	if adj.Kind != ChangeScheduleAdjusted || adj.Reason != "Panne réseau" || adj.ByName != "Nom staff@ecole.fr" ||
		!adj.Schedule.J2End.Equal(later.J2End) || !adj.Previous.J2End.Equal(sched.J2End) {
		t.Fatalf("adjustment: %+v", adj)
	}
	if extra.Kind != ChangeExtraTime || extra.Reason != "Tiers-temps MDPH" || extra.CandidateName != "Alice" || extra.ExtraTimePct != 33 || !extra.At.Equal(inJ1) {
		t.Fatalf("extra time: %+v", extra)
	}
	if jury.Kind != ChangeJuryAssigned || jury.JuryName != "Nom jury@ecole.fr" || created.Kind != ChangeScheduled {
		t.Fatalf("jury %+v, creation %+v", jury, created)
	}
	// The monitor subscription sees the attempt follow the extra time.
	ctx, cancel := context.WithTimeout(e.ctx, 5*time.Second)
	defer cancel()
	ch, err := e.app.ExamMonitor(ctx, s.staff, s.examID)
	e.must(err)
	_, err = e.app.GrantAccommodation(e.ctx, s.staff, GrantAccommodationInput{ExamID: s.examID, CandidateID: s.bob.UserID, ExtraTimePct: 10, Reason: "Malaise"})
	e.must(err)
	select {
	case u := <-ch:
		if u.AttemptID != s.bobAttempt {
			t.Fatalf("monitor update %+v", u)
		}
	case <-ctx.Done():
		t.Fatal("no monitor update for the extra time")
	}
}

// The catalogue lists the shipped scenario as valid, with its numbers.
func TestScenarioCatalogue(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	list, err := e.app.Scenarios(e.ctx, s.staff)
	e.must(err)
	var v *ScenarioInfo
	for i := range list {
		if list[i].ID == "vitalia" {
			v = &list[i]
		}
	}
	if v == nil || !v.Valid || v.Title == "" || v.Agents == 0 || v.Facts == 0 || len(v.Problems) != 0 {
		t.Fatalf("vitalia: %+v", v)
	}
	lint := &scenarios.LintError{Problems: []scenarios.Problem{{File: "broken/agents/data.yaml", Line: 12, Message: "fait inconnu"}}}
	bad := scenarioInfo("broken", func(string) (*scenarios.Scenario, error) { return nil, lint })
	if bad.Valid || len(bad.Problems) != 1 || bad.Problems[0] != "broken/agents/data.yaml:12: fait inconnu" {
		t.Fatalf("a scenario that fails lint: %+v", bad)
	}
}
