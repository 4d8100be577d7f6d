package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"cellule/agents/offline"
	"cellule/client"
	"cellule/server"
)

const (
	qAttempt = `query($id: ID!) { attempt(id: $id) { id phase locked version
		agents { id kind open } orderEmail { subject }
		questions { id agentId status answer { text factIds } }
		report { ...R } checklist { code } } }` + fragReport
	fragReport = ` fragment R on Report {
		kpiRows { id kpiId result target gap { absolute text } }
		causes { id rank text evidence } conclusions { id text }
		concept { format venue targets inclusiveMeasures }
		milestones { id title date dependsOn }
		budget { lines { id label quantity unitPrice { euros } total { euros } } total { euros } overrun { euros } }
		communication { text measures } links { itemKind itemId causeIds } oralPrep { competency text } }`
	mAsk    = `mutation($in: AskQuestionInput!) { askQuestion(input: $in) { id version } }`
	sChunks = `subscription($a: ID!, $q: ID!) { answerChunks(attemptId: $a, questionId: $q) {
		seq text done failure answer { text factIds } } }`
)

type attemptJSON struct {
	ID      string
	Phase   string
	Locked  bool
	Version int
	Agents  []struct {
		ID, Kind string
		Open     bool
	}
	OrderEmail *struct{ Subject string }
	Questions  []struct {
		ID, AgentID, Status string
		Answer              *struct {
			Text    string
			FactIds []string
		}
	}
	Report    json.RawMessage
	Checklist []struct{ Code string }
}

func readAttempt(t testing.TB, c *client.Client, id string) attemptJSON {
	t.Helper()
	var out struct{ Attempt attemptJSON }
	mustDo(t, c, qAttempt, vars{"id": id}, &out)
	return out.Attempt
}

type chunkJSON struct {
	Seq     int
	Text    string
	Done    bool
	Failure *string
	Answer  *struct {
		Text    string
		FactIds []string
	}
}

// follow reads an answer stream to its end.
func follow(t testing.TB, conn *client.Conn, attemptID, questionID string) []chunkJSON {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	results, err := conn.Subscribe(ctx, sChunks, vars{"a": attemptID, "q": questionID})
	if err != nil {
		t.Fatal(err)
	}
	var got []chunkJSON
	for r := range results {
		var m struct{ AnswerChunks chunkJSON }
		if err := r.Decode(&m); err != nil {
			t.Fatalf("answer stream: %v", err)
		}
		got = append(got, m.AnswerChunks)
		if m.AnswerChunks.Done {
			return got
		}
	}
	t.Fatalf("answer stream ended without done after %d messages (ctx: %v)", len(got), ctx.Err())
	return nil
}

// TestEndToEnd is issue 4's scenario over real HTTP and WebSocket: a
// candidate questions the J1 agents (streamed), builds S1, moves to J2,
// questions suppliers, builds S2 and submits; nothing changes after the
// lock, even racing it; the jury reads the locked report and the
// timeline; another candidate reaches nothing of the first; and after a
// restart on the same data, everything is still there.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	clk := &testClock{t: duringJ1.Add(-2 * time.Hour)} // before J1: sessions can be scheduled
	engine := slowEngine{Engine: offline.New(), pause: 15 * time.Millisecond}
	ts := startServer(t, dir, clk, engine, server.HTTPConfig{})
	s := seed(t, ts, 2)
	clk.Set(duringJ1)
	ctx := context.Background()

	// --- J1: a candidate signs in and questions the team agents.
	cand := loginCandidate(t, ts, s.codes[0])
	var my struct{ MyAttempts []struct{ ID, Phase string } }
	mustDo(t, cand, `query { myAttempts { id phase } }`, nil, &my)
	if len(my.MyAttempts) != 1 || my.MyAttempts[0].ID != s.attemptIDs[0] || my.MyAttempts[0].Phase != "J1" {
		t.Fatalf("myAttempts = %+v, want the attempt in J1", my.MyAttempts)
	}
	att := s.attemptIDs[0]
	conn, err := cand.Dial(ctx, client.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { conn.Close() }()

	a := readAttempt(t, cand, att)
	if a.OrderEmail != nil {
		t.Error("the order e-mail is visible on J1")
	}
	for _, ag := range a.Agents {
		if ag.Open != (ag.Kind == "TEAM") {
			t.Errorf("on J1 agent %s (%s) open = %v", ag.ID, ag.Kind, ag.Open)
		}
	}

	var asked struct{ AskQuestion struct{ ID string } }
	if err := conn.Do(ctx, mAsk, vars{"in": vars{"attemptId": att, "agentId": "data",
		"text": "Combien de leads la campagne a-t-elle produits, par rapport à l'objectif ?"}}, &asked); err != nil {
		t.Fatal(err)
	}
	q1 := asked.AskQuestion.ID
	chunks := follow(t, conn, att, q1)
	if len(chunks) < 3 {
		t.Fatalf("got %d messages, want several streamed chunks then done", len(chunks))
	}
	var said strings.Builder
	for i, c := range chunks[:len(chunks)-1] {
		if c.Seq != i || c.Done {
			t.Fatalf("chunk %d = %+v: want seq %d, not done", i, c, i)
		}
		said.WriteString(c.Text)
	}
	last := chunks[len(chunks)-1]
	if last.Failure != nil || last.Answer == nil || last.Answer.Text != said.String() {
		t.Fatalf("final message %+v: want the recorded answer equal to the chunks %q", last, said.String())
	}
	if len(last.Answer.FactIds) == 0 {
		t.Error("a precise question to the data agent earned no fact")
	}
	// A late subscriber gets what was already said, then the end.
	again := follow(t, conn, att, q1)
	var replay strings.Builder
	for _, c := range again {
		replay.WriteString(c.Text)
	}
	if replay.String() != said.String() || !again[len(again)-1].Done {
		t.Errorf("late subscriber got %q, want %q then done", replay.String(), said.String())
	}

	// --- S1.
	var add struct{ AddCause struct{ ID string } }
	mustDo(t, cand, `mutation($in: KpiRowInput!) { addKpiRow(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "kpiId": "leads", "result": 1840, "target": 3000}}, nil)
	mustDo(t, cand, `mutation($in: CauseInput!) { addCause(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "text": "Le tunnel de souscription n'était pas prêt au lancement."}}, &add)
	cause := add.AddCause.ID
	mustDo(t, cand, `mutation($in: CauseEvidenceInput!) { linkCauseEvidence(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "causeId": cause, "questionId": q1}}, nil)
	for i := range 3 {
		mustDo(t, cand, `mutation($in: ConclusionInput!) { writeConclusion(input: $in) { id } }`,
			vars{"in": vars{"attemptId": att, "text": fmt.Sprintf("Conclusion opérationnelle n° %d.", i+1)}}, nil)
	}
	mustDo(t, cand, `mutation($in: OralPrepNoteInput!) { editOralPrepNote(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "competency": "C21", "text": "Défendre le choix du lieu."}}, nil)
	if code := codeOf(t, cand, `mutation($in: ConceptFieldInput!) { editConceptField(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "field": "FORMAT", "value": "Soirée"}}); code != "PHASE_CLOSED" {
		t.Errorf("S2 edit on J1: code %q, want PHASE_CLOSED", code)
	}
	if code := codeOf(t, cand, `mutation($in: ConclusionInput!) { writeConclusion(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "text": "  "}}); code != "INVALID_INPUT" {
		t.Errorf("blank conclusion: code %q, want INVALID_INPUT", code)
	}

	// --- J2 opens the next day: the J1 session has expired (12 h), the
	// candidate signs in again; suppliers, the order e-mail, S2.
	clk.Set(duringJ2)
	if code := codeOf(t, cand, `query { myAttempts { id } }`, nil); code != "UNAUTHENTICATED" {
		t.Errorf("yesterday's session: code %q, want UNAUTHENTICATED", code)
	}
	mustDo(t, cand, `mutation($c: String!) { loginWithCode(code: $c) { user { id } } }`, vars{"c": s.codes[0]}, nil)
	conn.Close()
	if conn, err = cand.Dial(ctx, client.DialOptions{}); err != nil {
		t.Fatal(err)
	}
	a = readAttempt(t, cand, att)
	if a.Phase != "J2" || a.OrderEmail == nil {
		t.Fatalf("on J2: phase %s, order e-mail %v", a.Phase, a.OrderEmail)
	}
	if err := conn.Do(ctx, mAsk, vars{"in": vars{"attemptId": att, "agentId": "lieu",
		"text": "Combien coûte la location de l'auditorium de l'Espace Confluence pour une journée ?"}}, &asked); err != nil {
		t.Fatal(err)
	}
	if c := follow(t, conn, att, asked.AskQuestion.ID); c[len(c)-1].Answer == nil {
		t.Fatalf("supplier answer: %+v", c[len(c)-1])
	}
	for _, f := range []string{"FORMAT", "VENUE", "TARGETS", "INCLUSIVE_MEASURES"} {
		mustDo(t, cand, `mutation($in: ConceptFieldInput!) { editConceptField(input: $in) { version } }`,
			vars{"in": vars{"attemptId": att, "field": f, "value": "Valeur de " + f}}, nil)
	}
	var ms1, ms2 struct{ AddMilestone struct{ ID string } }
	mustDo(t, cand, `mutation($in: MilestoneInput!) { addMilestone(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "title": "Réserver le lieu", "date": "2030-02-01", "owner": "Cheffe de projet"}}, &ms1)
	mustDo(t, cand, `mutation($in: MilestoneInput!) { addMilestone(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "title": "Envoyer les invitations", "date": "2030-02-08", "owner": "Agence", "dependsOn": []string{ms1.AddMilestone.ID}}}, &ms2)
	if code := codeOf(t, cand, `mutation($in: MilestoneInput!) { editMilestone(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "id": ms1.AddMilestone.ID, "title": "Réserver le lieu", "date": "2030-02-01", "owner": "Cheffe de projet",
			"dependsOn": []string{ms2.AddMilestone.ID}}}); code != "INVALID_INPUT" {
		t.Errorf("milestone cycle: code %q, want INVALID_INPUT", code)
	}
	mustDo(t, cand, `mutation($in: BudgetLineInput!) { addBudgetLine(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "category": "lieu", "supplier": "lieu", "label": "Auditorium", "quantity": 1, "unitPriceEuros": 14500}}, nil)
	if code := codeOf(t, cand, `mutation($in: BudgetLineInput!) { addBudgetLine(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "category": "lieu", "label": "Gratuit ?", "quantity": 0, "unitPriceEuros": 10}}); code != "INVALID_INPUT" {
		t.Errorf("quantity 0: code %q, want INVALID_INPUT", code)
	}
	mustDo(t, cand, `mutation($in: CommunicationInput!) { editCommunicationSupport(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "text": "Invitation accessible.", "measures": []string{"Sous-titrage"}}}, nil)
	mustDo(t, cand, `mutation($in: J1J2LinkInput!) { setJ1J2Link(input: $in) { version } }`,
		vars{"in": vars{"attemptId": att, "itemKind": "CONCEPT", "itemId": "format", "causeIds": []string{cause}}}, nil)

	// --- The lock, raced by an edit from another connection.
	other, err := cand.Dial(ctx, client.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var wg sync.WaitGroup
	var submitVersion, editVersion int
	var submitErr, editErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		var out struct{ SubmitReport struct{ Version int } }
		submitErr = conn.Do(ctx, `mutation($in: AttemptRefInput!) { submitReport(input: $in) { version } }`, vars{"in": vars{"attemptId": att}}, &out)
		submitVersion = out.SubmitReport.Version
	}()
	go func() {
		defer wg.Done()
		var out struct{ EditCause struct{ Version int } }
		editErr = other.Do(ctx, `mutation($in: CauseInput!) { editCause(input: $in) { version } }`,
			vars{"in": vars{"attemptId": att, "id": cause, "text": "Dernière retouche, au moment du dépôt."}}, &out)
		editVersion = out.EditCause.Version
	}()
	wg.Wait()
	if submitErr != nil {
		t.Fatalf("submit: %v", submitErr)
	}
	switch {
	case editErr == nil && editVersion >= submitVersion:
		t.Fatalf("an edit landed after the lock: edit version %d, lock version %d", editVersion, submitVersion)
	case editErr != nil && client.CodeOf(editErr) != "LOCKED":
		t.Fatalf("edit racing the lock: %v, want success before it or LOCKED", editErr)
	}
	locked := readAttempt(t, cand, att)
	if !locked.Locked || locked.Version != submitVersion {
		t.Fatalf("after submit: locked %v version %d, want locked at version %d", locked.Locked, locked.Version, submitVersion)
	}

	// Every edit after the lock is refused with LOCKED, over both transports.
	edits := []struct {
		doc string
		in  vars
	}{
		{`mutation($in: AskQuestionInput!) { askQuestion(input: $in) { id } }`, vars{"agentId": "data", "text": "Encore une question ?"}},
		{`mutation($in: KpiRowInput!) { addKpiRow(input: $in) { id } }`, vars{"label": "Libre", "result": 1, "target": 2}},
		{`mutation($in: CauseInput!) { addCause(input: $in) { id } }`, vars{"text": "Une cause de plus"}},
		{`mutation($in: CauseInput!) { editCause(input: $in) { id } }`, vars{"id": cause, "text": "Modifiée"}},
		{`mutation($in: ItemRefInput!) { removeCause(input: $in) { id } }`, vars{"id": cause}},
		{`mutation($in: ConclusionInput!) { writeConclusion(input: $in) { id } }`, vars{"text": "Une quatrième"}},
		{`mutation($in: ConceptFieldInput!) { editConceptField(input: $in) { id } }`, vars{"field": "VENUE", "value": "Ailleurs"}},
		{`mutation($in: MilestoneInput!) { addMilestone(input: $in) { id } }`, vars{"title": "Bilan", "date": "2030-03-01", "owner": "Moi"}},
		{`mutation($in: BudgetLineInput!) { addBudgetLine(input: $in) { id } }`, vars{"category": "com", "label": "Flyers", "quantity": 100, "unitPriceEuros": 1}},
		{`mutation($in: CommunicationInput!) { editCommunicationSupport(input: $in) { id } }`, vars{"text": "Autre", "measures": []string{}}},
		{`mutation($in: J1J2LinkInput!) { setJ1J2Link(input: $in) { id } }`, vars{"itemKind": "COMMUNICATION", "causeIds": []string{cause}}},
		{`mutation($in: OralPrepNoteInput!) { editOralPrepNote(input: $in) { id } }`, vars{"competency": "C18", "text": "Après coup"}},
		{`mutation($in: PinEvidenceInput!) { pinEvidence(input: $in) { id } }`, vars{"questionId": q1}},
		{`mutation($in: AttemptRefInput!) { submitReport(input: $in) { id } }`, vars{}},
	}
	for i, e := range edits {
		e.in["attemptId"] = att
		var via interface {
			Do(context.Context, string, map[string]any, any) error
		} = cand
		if i%2 == 1 {
			via = other
		}
		if code := codeOf(t, via, e.doc, vars{"in": e.in}); code != "LOCKED" {
			t.Errorf("%s after the lock: code %q, want LOCKED", firstLine(e.doc), code)
		}
	}
	if v := readAttempt(t, cand, att).Version; v != submitVersion {
		t.Fatalf("refused edits changed the attempt: version %d, want %d", v, submitVersion)
	}

	// --- The jury (signed in today) reads the locked report and the timeline.
	mustDo(t, s.jury, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": juryEmail, "p": testPass}, nil)
	var jc struct {
		JuryCandidates []struct {
			AttemptID string
			Locked    bool
		}
	}
	mustDo(t, s.jury, `query { juryCandidates { attemptId locked } }`, nil, &jc)
	if len(jc.JuryCandidates) != 2 {
		t.Fatalf("jury candidates = %+v, want 2", jc.JuryCandidates)
	}
	for _, c := range jc.JuryCandidates {
		if c.Locked != (c.AttemptID == att) {
			t.Errorf("jury candidate %s locked = %v", c.AttemptID, c.Locked)
		}
	}
	juryView := readAttempt(t, s.jury, att)
	if string(juryView.Report) != string(locked.Report) {
		t.Errorf("the jury's report differs from the candidate's locked report:\n%s\n%s", juryView.Report, locked.Report)
	}
	var tl struct {
		Timeline struct {
			Events []struct {
				Version    int
				Type       string
				Summary    string
				QuestionID *string
			}
		}
	}
	mustDo(t, s.jury, `query($a: ID!) { timeline(attemptId: $a) { events { version type summary questionId } } }`, vars{"a": att}, &tl)
	evs := tl.Timeline.Events
	if len(evs) != submitVersion || evs[len(evs)-1].Type != "ReportSubmitted" {
		t.Fatalf("timeline has %d events (last %+v), want %d ending with ReportSubmitted", len(evs), evs[len(evs)-1], submitVersion)
	}
	for i, e := range evs {
		if e.Version != i+1 || e.Summary == "" {
			t.Fatalf("timeline event %d = %+v", i, e)
		}
	}
	// The report as it stood before the first cause: no cause yet.
	firstCause := 0
	for _, e := range evs {
		if e.Type == "CauseAdded" {
			firstCause = e.Version
			break
		}
	}
	var before struct {
		AttemptAt struct {
			Version int
			Report  struct{ Causes []struct{ ID string } }
		}
	}
	mustDo(t, s.jury, `query($a: ID!, $v: Int!) { attemptAt(id: $a, version: $v) { version report { causes { id } } } }`,
		vars{"a": att, "v": firstCause - 1}, &before)
	if before.AttemptAt.Version != firstCause-1 || len(before.AttemptAt.Report.Causes) != 0 {
		t.Errorf("attemptAt(%d) = %+v, want no cause yet", firstCause-1, before.AttemptAt)
	}
	// The jury cannot read the other candidate's report before its lock.
	if code := codeOf(t, s.jury, qAttempt, vars{"id": s.attemptIDs[1]}); code != "FORBIDDEN" {
		t.Errorf("jury reading an unlocked report: code %q, want FORBIDDEN", code)
	}

	// --- A second candidate reaches nothing of the first: FORBIDDEN on
	// every read, write and subscription.
	second := loginCandidate(t, ts, s.codes[1])
	for _, c := range []struct {
		doc  string
		v    vars
		want string
	}{
		{qAttempt, vars{"id": att}, "FORBIDDEN"},
		{`query($a: ID!) { conversation(attemptId: $a, agentId: "data") { id } }`, vars{"a": att}, "FORBIDDEN"},
		{`query($a: ID!) { timeline(attemptId: $a) { attemptId } }`, vars{"a": att}, "FORBIDDEN"},
		{`query($a: ID!) { attemptAt(id: $a, version: 1) { id } }`, vars{"a": att}, "FORBIDDEN"},
		{`mutation($in: CauseInput!) { addCause(input: $in) { id } }`, vars{"in": vars{"attemptId": att, "text": "Intrusion"}}, "FORBIDDEN"},
		{mAsk, vars{"in": vars{"attemptId": att, "agentId": "data", "text": "Intrusion"}}, "FORBIDDEN"},
		{`mutation($in: AttemptRefInput!) { openEvaluation(input: $in) { id } }`, vars{"in": vars{"attemptId": att}}, "FORBIDDEN"},
	} {
		if code := codeOf(t, second, c.doc, c.v); code != c.want {
			t.Errorf("second candidate, %s: code %q, want %s", firstLine(c.doc), code, c.want)
		}
	}
	secondConn, err := second.Dial(ctx, client.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer secondConn.Close()
	subCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	results, err := secondConn.Subscribe(subCtx, sChunks, vars{"a": att, "q": q1})
	if err != nil {
		t.Fatal(err)
	}
	r, ok := <-results
	cancel()
	if !ok || client.CodeOf(r.Err) != "FORBIDDEN" {
		t.Errorf("second candidate subscribing to the first's answer: %+v, want FORBIDDEN", r)
	}

	// --- Restart on the same data: everything is still there.
	conn.Close()
	other.Close()
	secondConn.Close()
	timelineBefore, _ := json.Marshal(tl)
	ts.stop()
	ts2 := startServer(t, dir, clk, engine, server.HTTPConfig{})
	cand2 := loginCandidate(t, ts2, s.codes[0])
	after := readAttempt(t, cand2, att)
	if !after.Locked || after.Version != submitVersion || string(after.Report) != string(locked.Report) {
		t.Fatalf("after restart: locked %v version %d report\n%s\nwant\n%s", after.Locked, after.Version, after.Report, locked.Report)
	}
	if code := codeOf(t, cand2, `mutation($in: CauseInput!) { addCause(input: $in) { id } }`,
		vars{"in": vars{"attemptId": att, "text": "Après redémarrage"}}); code != "LOCKED" {
		t.Errorf("edit after restart: code %q, want LOCKED", code)
	}
	jury2 := ts2.client()
	mustDo(t, jury2, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": juryEmail, "p": testPass}, nil)
	var tl2 struct {
		Timeline struct {
			Events []struct {
				Version    int
				Type       string
				Summary    string
				QuestionID *string
			}
		}
	}
	mustDo(t, jury2, `query($a: ID!) { timeline(attemptId: $a) { events { version type summary questionId } } }`, vars{"a": att}, &tl2)
	if timelineAfter, _ := json.Marshal(tl2); string(timelineAfter) != string(timelineBefore) {
		t.Error("the timeline changed across the restart")
	}
}
