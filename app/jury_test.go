package app

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
	"cellule/scenarios"
)

// juryAttempt is a hand-built attempt of the vitalia scenario, submitted:
// two questions (three facts, one contradiction both sides earned, another
// half), causes with and without evidence, a cause removed after being
// linked, KPI rows (exact, another agent's figure, a free row), a budget
// over the envelope with a quoted price, a negotiated price whose
// concession was never earned, a quantity below the minimum and a line
// with no quote, a milestone linked to cause 1, the lock.
func juryAttempt(t *testing.T) ([]domain.Event, *scenarios.Scenario) {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("vitalia")
	if err != nil {
		t.Fatal(err)
	}
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	snap := domain.ExamSnapshot{ScenarioID: "vitalia", Title: "Session test", Mode: domain.ModeCertification, Schedule: sched,
		EnvelopeCents: 4_500_000}
	for _, ag := range sc.Agents {
		snap.Agents = append(snap.Agents, domain.AgentInfo{ID: ag.ID, Name: ag.Name})
	}
	auditorium, _ := sc.Offer("lieu-auditorium-confluence")
	velotypie, _ := sc.Offer("tech-velotypie")
	traiteur, _ := sc.Offer("lieu-traiteur-confluence")
	return []domain.Event{
		domain.AttemptOpened{AttemptID: "att-1", ExamID: "exam-1", CandidateID: "cand-1", Exam: snap, At: at(0)},                // 1
		domain.QuestionAsked{QuestionID: "q1", AgentID: "data", Text: "Quel taux de conversion ?", Phase: domain.J1, At: at(1)}, // 2
		domain.AgentAnswered{QuestionID: "q1", Text: "…", FactIDs: []string{"data.taux-conversion", "data.rdv-crm"},
			NewFactIDs: []string{"data.taux-conversion", "data.rdv-crm"}, At: at(2)}, // 3
		domain.QuestionAsked{QuestionID: "q2", AgentID: "direction", Text: "Et au codir ?", Phase: domain.J1, At: at(3)}, // 4
		domain.AgentAnswered{QuestionID: "q2", Text: "…", FactIDs: []string{"direction.taux-conversion-codir", "data.rdv-crm"},
			NewFactIDs: []string{"direction.taux-conversion-codir"}, At: at(4)}, // 5
		domain.CauseAdded{CauseID: "c1", Text: "Le tunnel de souscription perd les leads", At: at(5)},                                   // 6
		domain.CauseEvidenceLinked{CauseID: "c1", QuestionID: "q1", At: at(6)},                                                          // 7
		domain.EvidencePinned{QuestionID: "q2", At: at(7)},                                                                              // 8
		domain.CauseAdded{CauseID: "c2", Text: "Cause abandonnée", At: at(8)},                                                           // 9
		domain.CauseEvidenceLinked{CauseID: "c2", QuestionID: "q2", At: at(9)},                                                          // 10
		domain.CauseRemoved{CauseID: "c2", At: at(10)},                                                                                  // 11
		domain.CauseAdded{CauseID: "c3", Text: "Les conseillers ne croient pas à l'offre", At: at(11)},                                  // 12
		domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r1", KpiID: "taux-conversion", Result: 21, Target: 30, Unit: "%"}, At: at(12)}, // 13
		domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r2", KpiID: "rdv-agence", Result: 780, Target: 2400, Unit: "rendez-vous"}, At: at(13)},
		domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r3", Label: "Moral des équipes", Result: 4, Target: 7, Unit: "/10"}, At: at(14)},
		domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "l1", Category: "lieu", Supplier: "lieu", Label: auditorium.Label,
			Quantity: 1, UnitPriceCents: 1_230_000}, At: at(15)}, // negotiated price, concession not earned
		domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "l2", Category: "accessibilite", Supplier: "technique", Label: velotypie.Label,
			Quantity: 1, UnitPriceCents: 165_000}, At: at(16)},
		domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "l3", Category: "restauration", Supplier: "lieu", Label: traiteur.Label,
			Quantity: 100, UnitPriceCents: 3_800}, At: at(17)},
		domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "l4", Category: "cadeaux", Supplier: "Objets & Co", Label: "Goodies",
			Quantity: 1, UnitPriceCents: 4_000_000}, At: at(18)},
		domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: "m1", Title: "Former les conseillers", Date: "2027-01-10", Owner: "RH"}, At: at(19)},
		domain.J1J2LinkSet{ItemKind: domain.ItemMilestone, ItemID: "m1", CauseIDs: []string{"c1"}, At: at(20)}, // 21
		domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: at(21)},                                    // 22
	}, sc
}

// foldEntries folds events as the projections do.
func foldEntries(events []domain.Event) (attempt.State, []projections.Entry) {
	st := attempt.Decider.Fold(events)
	entries := make([]projections.Entry, len(events))
	for i, ev := range events {
		entries[i] = projections.Entry{Revision: uint64(i), Type: ev.EventType(), At: eventTime(ev)}
	}
	return st, entries
}

// eventTime is the event's At (every event has one).
func eventTime(ev domain.Event) time.Time {
	return reflect.ValueOf(ev).FieldByName("At").Interface().(time.Time)
}

func TestReplayTracesEachFactFromTheQuestionThatEarnedItToItsUses(t *testing.T) {
	events, sc := juryAttempt(t)
	st, entries := foldEntries(events)
	v := buildReplay(&st, events, entries, sc)
	if v.Length != len(events) {
		t.Fatalf("length %d, want %d", v.Length, len(events))
	}
	type use struct {
		kind, cause string
		version     int
		current     bool
	}
	want := []struct {
		fact            string
		earned, asked   int
		question, agent string
		uses            []use
	}{
		{"data.taux-conversion", 3, 2, "q1", "data", []use{{UseCause, "c1", 7, true}}},
		{"data.rdv-crm", 3, 2, "q1", "data", []use{{UseCause, "c1", 7, true}, {UsePin, "", 8, true}, {UseCause, "c2", 10, false}}},
		{"direction.taux-conversion-codir", 5, 4, "q2", "direction", []use{{UsePin, "", 8, true}, {UseCause, "c2", 10, false}}},
	}
	if len(v.Facts) != len(want) {
		t.Fatalf("facts %+v, want %d", v.Facts, len(want))
	}
	for i, w := range want {
		f := v.Facts[i]
		if f.FactID != w.fact || f.EarnedVersion != w.earned || f.QuestionVersion != w.asked || f.QuestionID != w.question || f.AgentID != w.agent {
			t.Errorf("fact %d = %s earned v%d by %s (asked v%d, %s), want %+v", i, f.FactID, f.EarnedVersion, f.QuestionID, f.QuestionVersion, f.AgentID, w)
		}
		if f.Text == "" || f.AgentName == "" || f.Importance == "" || f.QuestionText == "" {
			t.Errorf("fact %s lacks its text, agent name, importance or question: %+v", f.FactID, f)
		}
		var got []use
		for _, u := range f.Uses {
			got = append(got, use{u.Kind, u.CauseID, u.Version, u.Current})
		}
		if len(got) != len(w.uses) {
			t.Errorf("fact %s uses %+v, want %+v", f.FactID, got, w.uses)
			continue
		}
		for j := range got {
			if got[j] != w.uses[j] {
				t.Errorf("fact %s use %d = %+v, want %+v", f.FactID, j, got[j], w.uses[j])
			}
		}
	}
	if u := v.Facts[1].Uses[2]; u.CauseText != "Cause abandonnée" {
		t.Errorf("a removed cause keeps its last text for the jury, got %q", u.CauseText)
	}

	surfaced := map[[2]string]bool{}
	for _, c := range v.Contradictions {
		surfaced[[2]string{c.A.FactID, c.B.FactID}] = c.Surfaced
	}
	if len(v.Contradictions) != len(sc.Contradictions()) {
		t.Errorf("%d contradictions, want every pair of the scenario (%d)", len(v.Contradictions), len(sc.Contradictions()))
	}
	if !surfaced[[2]string{"data.taux-conversion", "direction.taux-conversion-codir"}] {
		t.Error("both sides of the conversion rate were earned: surfaced")
	}
	if surfaced[[2]string{"data.rdv-crm", "terrain.rdv-agences"}] {
		t.Error("only the CRM side of the appointments was earned: not surfaced")
	}
	for _, c := range v.Contradictions {
		if c.A.FactID == "data.rdv-crm" && (c.A.EarnedVersion != 3 || c.B.EarnedVersion != 0) {
			t.Errorf("sides earned at v%d and v%d, want 3 and 0", c.A.EarnedVersion, c.B.EarnedVersion)
		}
	}

	if len(v.Links) != 1 {
		t.Fatalf("links %+v, want the milestone's", v.Links)
	}
	l := v.Links[0]
	if l.ItemKind != domain.ItemMilestone || l.ItemLabel != "Jalon : Former les conseillers" || l.Version != 21 ||
		len(l.Causes) != 1 || l.Causes[0].CauseID != "c1" || l.Causes[0].Rank != 1 {
		t.Errorf("link %+v", l)
	}
}

func TestReplayAtAnEarlierVersionKnowsOnlyWhatWasEarnedThen(t *testing.T) {
	events, sc := juryAttempt(t)
	prefix := events[:4] // before the director's answer
	st, entries := foldEntries(prefix)
	v := buildReplay(&st, prefix, entries, sc)
	if len(v.Facts) != 2 {
		t.Fatalf("facts %+v, want the two of the first answer", v.Facts)
	}
	for _, c := range v.Contradictions {
		if c.Surfaced {
			t.Errorf("nothing is surfaced after one answer: %+v", c)
		}
	}
}

func TestIndicatorsCompareTheReportWithTheGroundTruth(t *testing.T) {
	events, sc := juryAttempt(t)
	st, _ := foldEntries(events)
	in := buildIndicators(&st, sc)

	kpis := map[string]KpiIndicator{}
	for _, k := range in.Kpis {
		kpis[k.KpiID+"|"+k.Label] = k
	}
	byID := func(id string) KpiIndicator {
		for _, k := range in.Kpis {
			if k.KpiID == id {
				return k
			}
		}
		t.Fatalf("no indicator for %s", id)
		return KpiIndicator{}
	}
	if k := byID("taux-conversion"); k.Status != KpiAlternate || k.AlternateAgent != "Hélène Vasseur" || k.Question == nil ||
		k.Question.Competency != "C28" || !strings.Contains(k.Question.Text, "21") || !k.FactEarned || k.TruthResult != 13.1 {
		t.Errorf("conversion rate %+v: the director's figure, C28", k)
	}
	if k := byID("rdv-agence"); k.Status != KpiExact || k.Question != nil {
		t.Errorf("appointments %+v: exact, nothing to ask", k)
	}
	if k := byID("couverture"); k.Status != KpiMissing || k.Written || k.Question != nil {
		t.Errorf("coverage %+v: missing, and its fact was never earned so no question", k)
	}
	if k := kpis["|Moral des équipes"]; k.Status != KpiFree || k.Question == nil {
		t.Errorf("free row %+v", k)
	}
	if len(in.Kpis) != len(sc.KPIs)+1 {
		t.Errorf("%d KPI indicators, want every scenario KPI and the free row", len(in.Kpis))
	}

	b := in.Budget
	if b.TotalCents != 1_230_000+165_000+380_000+4_000_000 || b.EnvelopeCents != 4_500_000 || b.OverrunCents != 1_275_000 {
		t.Errorf("budget %d / %d, overrun %d", b.TotalCents, b.EnvelopeCents, b.OverrunCents)
	}
	if b.Question == nil || b.Question.Competency != "C19" || !strings.Contains(b.Question.Text, "12\u202f750\u00a0€") {
		t.Errorf("budget question %+v", b.Question)
	}
	wantLines := map[string]string{"l1": PriceDiffers, "l2": PriceQuoted, "l3": PriceBelowMin, "l4": PriceNoQuote}
	for _, l := range b.Lines {
		if l.Status != wantLines[l.LineID] {
			t.Errorf("line %s: %s, want %s", l.LineID, l.Status, wantLines[l.LineID])
		}
	}
	if l := b.Lines[0]; l.QuotedCents != 1_450_000 || l.NegotiatedCents != 1_230_000 || l.Question == nil || l.Question.Competency != "C22" {
		t.Errorf("auditorium at the negotiated price without the concession: %+v", l)
	}

	if !in.Inclusive.Present || len(in.Inclusive.AccessibilityLines) != 1 || in.Inclusive.Question.Competency != "C18" {
		t.Errorf("inclusive %+v: the speech-to-text line counts", in.Inclusive)
	}
	if len(in.CausesWithoutEvidence) != 1 || in.CausesWithoutEvidence[0].CauseID != "c3" || in.CausesWithoutEvidence[0].Rank != 2 {
		t.Errorf("causes without evidence %+v, want c3 (rank 2)", in.CausesWithoutEvidence)
	}
	if len(in.CausesNotAddressed) != 1 || in.CausesNotAddressed[0].CauseID != "c3" {
		t.Errorf("causes not addressed %+v, want c3", in.CausesNotAddressed)
	}
	for _, f := range in.MissedCriticalFacts {
		if f.FactID == "data.taux-conversion" {
			t.Error("an earned fact is not missed")
		}
		if f.Question == nil || f.AgentName == "" {
			t.Errorf("missed fact %+v", f)
		}
	}
	if len(in.MissedCriticalFacts) == 0 {
		t.Error("most critical facts were never earned")
	}
	for _, c := range in.MissedContradictions {
		if c.A.FactID == "data.taux-conversion" {
			t.Error("a surfaced contradiction is not missed")
		}
	}
	if len(in.MissedContradictions) != len(sc.Contradictions())-1 {
		t.Errorf("%d missed contradictions, want all but one", len(in.MissedContradictions))
	}

	if len(in.Questions) == 0 || in.Questions[0].Competency != "C21" || !in.Questions[0].Prescribed || in.Questions[0].Text == "" {
		t.Fatalf("the prescribed C21 question comes first: %+v", in.Questions)
	}
	seen := map[string]bool{}
	last := 0
	order := map[string]int{}
	for i, c := range domain.Competencies {
		order[c] = i
	}
	for _, q := range in.Questions[1:] {
		if seen[q.Text] {
			t.Errorf("question twice: %q", q.Text)
		}
		seen[q.Text] = true
		if order[q.Competency] < last {
			t.Errorf("questions not in grid order at %s", q.Competency)
		}
		last = order[q.Competency]
		if q.CompetencyTitle == "" || q.Reason == "" {
			t.Errorf("question without its competency title or reason: %+v", q)
		}
	}
}

func TestIndicatorsOfAnEmptyReportStillAskC21(t *testing.T) {
	events, sc := juryAttempt(t)
	st, _ := foldEntries(events[:1])
	in := buildIndicators(&st, sc)
	if in.Inclusive.Present || in.Inclusive.Question == nil {
		t.Errorf("no inclusive measure: %+v", in.Inclusive)
	}
	if in.Budget.Question != nil {
		t.Errorf("no budget, no budget question: %+v", in.Budget.Question)
	}
	if in.Questions[0].Competency != domain.PrescribedCompetency {
		t.Errorf("C21 first even for an empty report: %+v", in.Questions[0])
	}
}

func TestTimelineKinds(t *testing.T) {
	cases := []struct {
		ev   domain.Event
		want string
	}{
		{domain.AttemptOpened{}, KindSetup},
		{domain.AttemptExtraTimeChanged{}, KindSetup},
		{domain.QuestionAsked{}, KindQuestion},
		{domain.AgentAnswered{}, KindAnswer},
		{domain.AgentAnswerFailed{}, KindAnswer},
		{domain.EvidencePinned{}, KindEvidence},
		{domain.CauseEvidenceUnlinked{}, KindEvidence},
		{domain.KpiRowChanged{}, KindKpi},
		{domain.CausesReordered{}, KindCause},
		{domain.ConclusionWritten{}, KindConclusion},
		{domain.ConceptFieldEdited{}, KindConcept},
		{domain.MilestoneRemoved{}, KindPlanning},
		{domain.BudgetLineEdited{}, KindBudget},
		{domain.CommunicationSupportEdited{}, KindCommunication},
		{domain.J1J2LinkSet{}, KindLink},
		{domain.OralPrepNoteEdited{}, KindOralPrep},
		{domain.ReportSubmitted{}, KindLock},
	}
	for _, c := range cases {
		if got := timelineKind(c.ev); got != c.want {
			t.Errorf("%s: %s, want %s", c.ev.EventType(), got, c.want)
		}
	}
}

func TestReportFilenameIsSafe(t *testing.T) {
	cases := []struct{ name, id, want string }{
		{"Léa Dubois", "5f0c1a2b-9e", "rapport-lea-dubois-5f0c1a2b.pdf"},
		{`Zoë "O'Brien"; rm -rf /`, "att", "rapport-zoe-o-brien-rm-rf-att.pdf"},
		{"", "x", "rapport-x.pdf"},
		{"李雷", "a1", "rapport-a1.pdf"},
		{"../../etc/passwd\r\nX-Evil: 1", "id", "rapport-etc-passwd-x-evil-1-id.pdf"},
	}
	for _, c := range cases {
		if got := reportFilename(c.name, c.id); got != c.want {
			t.Errorf("reportFilename(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// The jury's bench through the app: who may read it, and what it holds.
func TestJuryBenchAuthorization(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	reads := map[string]func(Actor) error{
		"replay":     func(a Actor) error { _, err := e.app.Replay(e.ctx, a, s.aliceAttempt); return err },
		"indicators": func(a Actor) error { _, err := e.app.Indicators(e.ctx, a, s.aliceAttempt); return err },
		// "grid" is also the candidate's: TestCompetencyGridAuthorization.
		"pdf": func(a Actor) error { _, err := e.app.ReportPDF(e.ctx, a, s.aliceAttempt); return err },
	}
	for _, read := range reads {
		code(t, read(s.jury), domain.CodeForbidden) // before the lock
		code(t, read(s.alice), domain.CodeForbidden)
	}
	e.lockAlice(s)
	for name, read := range reads {
		t.Run(name, func(t *testing.T) {
			e.must(read(s.jury))
			e.must(read(s.staff))
			code(t, read(s.alice), domain.CodeForbidden) // the candidate never reads the jury's bench
			code(t, read(s.bob), domain.CodeForbidden)
			code(t, read(s.other), domain.CodeForbidden) // a jury member not assigned
			code(t, read(Actor{}), CodeUnauthenticated)
		})
	}
	_, err := e.app.Replay(e.ctx, s.jury, "no-such-attempt")
	code(t, err, domain.CodeNotFound)

	grid, err := e.app.CompetencyGrid(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if len(grid) != len(domain.Competencies) {
		t.Fatalf("grid of %d competencies, want C18–C29", len(grid))
	}
	for _, c := range grid {
		if c.ID == domain.PrescribedCompetency && (!c.Mandatory || len(c.Questions) == 0) {
			t.Errorf("C21 is mandatory with its typical question: %+v", c)
		}
	}
	doc, err := e.app.ReportPDF(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if doc.Report.Candidate != "Alice" || doc.Report.State == nil || !doc.Report.State.Locked() || !strings.HasPrefix(doc.Filename, "rapport-alice-") {
		t.Errorf("pdf document %+v", doc)
	}
	tl, err := e.app.Timeline(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if last := tl.Entries[len(tl.Entries)-1]; last.Kind != KindLock {
		t.Errorf("the last entry is the lock: %+v", last)
	}
}

// Everything the jury does goes to the evaluation stream: the candidate's
// attempt, its updates and its views never show it.
func TestTheCandidateNeverSeesTheJurysWork(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.lockAlice(s)
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	updates, err := e.app.AttemptUpdates(ctx, s.alice, s.aliceAttempt)
	e.must(err)
	before, err := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)

	e.clock.Set(oralSlot)
	_, err = e.app.BookmarkEvent(e.ctx, s.jury, BookmarkInput{AttemptID: s.aliceAttempt, Version: 2, Note: "à creuser"})
	e.must(err)
	_, err = e.app.WriteJuryNote(e.ctx, s.jury, JuryNoteInput{AttemptID: s.aliceAttempt, Topic: "C21", Text: "hésitant"})
	e.must(err)
	_, err = e.app.AssessCompetency(e.ctx, s.jury, AssessmentInput{AttemptID: s.aliceAttempt, Competency: "C21", Level: domain.LevelAcquired})
	e.must(err)

	// The candidate's own lock may still be on its way to this new
	// subscriber (the broker publishes after the fold); anything else — a
	// jury event, or any version past what the candidate saw — is a leak.
	deadline := time.After(100 * time.Millisecond)
	for waiting := true; waiting; {
		select {
		case u := <-updates:
			ownLate := u.Version <= before.Version && u.Type == (domain.ReportSubmitted{}).EventType()
			if !ownLate {
				t.Fatalf("the candidate was notified of the jury's %s (v%d)", u.Type, u.Version)
			}
		case <-deadline:
			waiting = false
		}
	}
	after, err := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)
	if after.Version != before.Version {
		t.Errorf("the attempt moved from v%d to v%d with the jury's work", before.Version, after.Version)
	}
	_, err = e.app.MyEvaluation(e.ctx, s.alice, s.aliceAttempt)
	code(t, err, domain.CodeForbidden)
	_, err = e.app.Evaluations(e.ctx, s.alice, s.aliceAttempt)
	code(t, err, domain.CodeForbidden)
	_, err = e.app.Timeline(e.ctx, s.alice, s.aliceAttempt)
	code(t, err, domain.CodeForbidden)
}
