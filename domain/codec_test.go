package domain

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)

var sampleSchedule = Schedule{
	J1Start: t0, J1End: t0.Add(8 * time.Hour),
	J2Start: t0.Add(24 * time.Hour), J2End: t0.Add(32 * time.Hour),
	J3Start: t0.Add(48 * time.Hour), J3End: t0.Add(56 * time.Hour),
}

var sampleSnapshot = ExamSnapshot{
	ScenarioID: "salon-bio", ScenarioVersion: "3", Title: "Relance du salon", Mode: ModeCertification,
	Schedule: sampleSchedule, EnvelopeCents: 5_000_000,
	Agents: []AgentInfo{{ID: "data", Name: "Inès", Kind: "team", Days: []Day{J1, J2}}},
	KPIs:   []KPIInfo{{ID: "reach", Label: "Portée", Unit: "personnes", HigherIsBetter: true}},
}

// sampleEvents holds one non-trivial value of every event type: every field
// set, so a field that does not survive the codec shows up.
func sampleEvents() []Event {
	return []Event{
		ExamScheduled{ExamID: "e1", Exam: sampleSnapshot, OwnerID: "staff1", At: t0},
		CandidateEnrolled{ExamID: "e1", CandidateID: "u1", DisplayName: "Léa Martin", Email: "lea@ecole.fr", ExtraTimePct: 33, AttemptID: "a1", By: "staff1", At: t0},
		AccommodationGranted{ExamID: "e1", CandidateID: "u1", AttemptID: "a1", ExtraTimePct: 50, Reason: "Tiers-temps MDPH", By: "staff1", At: t0},
		JuryAssigned{ExamID: "e1", JuryID: "j1", CandidateID: "u1", OralSlot: t0.Add(50 * time.Hour), By: "staff1", At: t0},
		JuryUnassigned{ExamID: "e1", JuryID: "j1", CandidateID: "u1", By: "staff1", At: t0},
		ScheduleAdjusted{ExamID: "e1", Schedule: sampleSchedule, Reason: "Panne réseau", By: "staff1", At: t0},
		AttemptOpened{AttemptID: "a1", ExamID: "e1", CandidateID: "u1", Exam: sampleSnapshot, ExtraTimePct: 33, At: t0},
		AttemptScheduleChanged{Schedule: sampleSchedule, Reason: "Panne", At: t0},
		AttemptExtraTimeChanged{ExtraTimePct: 25, Reason: "Tiers-temps", At: t0},
		J2OpenedEarly{At: t0},
		QuestionAsked{QuestionID: "q1", AgentID: "data", Text: "Quel est le taux de conversion ?", Phase: J1, At: t0},
		AgentAnswered{QuestionID: "q1", Text: "Il est de 2 %.", FactIDs: []string{"f1", "f2"}, NewFactIDs: []string{"f2"}, Engine: "llm", Model: "gpt", Fallback: "timeout", LatencyMs: 812, Refused: true, At: t0},
		AgentAnswerFailed{QuestionID: "q1", Reason: "timeout", At: t0},
		EvidencePinned{QuestionID: "q1", Excerpt: "2 %", At: t0},
		EvidenceUnpinned{QuestionID: "q1", At: t0},
		KpiRowAdded{KpiRow: KpiRow{RowID: "r1", KpiID: "reach", Result: 3800, Target: 5000, Unit: "personnes"}, At: t0},
		KpiRowChanged{KpiRow: KpiRow{RowID: "r1", Label: "Taux de rebond", Result: 61.5, Target: 40, Unit: "%"}, At: t0},
		KpiRowRemoved{RowID: "r1", At: t0},
		CauseAdded{CauseID: "c1", Text: "Ciblage trop large", At: t0},
		CauseEdited{CauseID: "c1", Text: "Ciblage trop large des 18-25 ans", At: t0},
		CauseRemoved{CauseID: "c1", At: t0},
		CausesReordered{Order: []string{"c2", "c1"}, At: t0},
		CauseEvidenceLinked{CauseID: "c1", QuestionID: "q1", At: t0},
		CauseEvidenceUnlinked{CauseID: "c1", QuestionID: "q1", At: t0},
		ConclusionWritten{ConclusionID: "k1", Text: "Recentrer la cible", At: t0},
		ConclusionRemoved{ConclusionID: "k1", At: t0},
		ConceptFieldEdited{Field: ConceptVenue, Value: "Halle Tony-Garnier", At: t0},
		MilestoneAdded{Milestone: Milestone{MilestoneID: "m2", Title: "Signature du lieu", Date: "2026-04-01", Owner: "Chef de projet", DependsOn: []string{"m1"}}, At: t0},
		MilestoneEdited{Milestone: Milestone{MilestoneID: "m2", Title: "Signature", Date: "2026-04-02", Owner: "Direction", DependsOn: []string{"m1", "m0"}}, At: t0},
		MilestoneRemoved{MilestoneID: "m2", At: t0},
		BudgetLineAdded{BudgetLine: BudgetLine{LineID: "b1", Category: "lieu", Supplier: "venue", Label: "Location salle", Quantity: 2, UnitPriceCents: 450_000}, At: t0},
		BudgetLineEdited{BudgetLine: BudgetLine{LineID: "b1", Category: "lieu", Supplier: "venue", Label: "Location salle", Quantity: 1.5, UnitPriceCents: 450_050}, At: t0},
		BudgetLineRemoved{LineID: "b1", At: t0},
		CommunicationSupportEdited{Text: "Affiche et vidéo sous-titrée", Measures: []string{"sous-titrage", "FALC"}, At: t0},
		J1J2LinkSet{ItemKind: ItemBudgetLine, ItemID: "b1", CauseIDs: []string{"c1", "c2"}, At: t0},
		OralPrepNoteEdited{Competency: "C21", Text: "Kit argumentaire terrain", At: t0},
		ReportSubmitted{By: SubmittedByDeadline, At: t0},
		EvaluationOpened{AttemptID: "a1", JuryID: "j1", CandidateID: "u1", At: t0},
		OralStarted{At: t0},
		TimerStarted{Segment: SegmentQuestions, At: t0},
		TimerPaused{Segment: SegmentQuestions, ElapsedMs: 90_000, At: t0},
		JuryNoteWritten{Topic: "C21", Text: "Réponse structurée", At: t0},
		EventBookmarked{BookmarkID: "bk1", Revision: 42, Note: "Contradiction relevée", At: t0},
		CompetencyAssessed{Competency: "C21", Level: LevelAcquired, Comment: "Solide", At: t0},
		EvaluationFinalised{Result: ResultPassed, Comment: "Bon dossier", At: t0},
		UserRegistered{UserID: "u1", Role: RoleJury, Email: "jury@ecole.fr", DisplayName: "Marc", PasswordHash: "$argon2id$v=19$m=65536,t=1,p=4$c2FsdA$aGFzaA", By: "staff1", At: t0},
		PasswordChanged{PasswordHash: "$argon2id$v=19$m=65536,t=1,p=4$c2FsdA$bmV3", By: "u1", At: t0},
		AccessCodeIssued{CodeHash: "$argon2id$v=19$m=65536,t=1,p=4$c2FsdA$Y29kZQ", By: "staff1", At: t0},
		UserDisabled{Reason: "Départ", By: "staff1", At: t0},
		SessionStarted{SessionID: "s1", TokenHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ExpiresAt: t0.Add(12 * time.Hour), At: t0},
		SessionEnded{SessionID: "s1", Reason: "logout", At: t0},
	}
}

func TestEveryRegisteredTypeRoundTrips(t *testing.T) {
	covered := map[string]bool{}
	for _, e := range sampleEvents() {
		name, data, err := EncodeEvent(e)
		if err != nil {
			t.Fatalf("encode %T: %v", e, err)
		}
		if name != e.EventType() {
			t.Errorf("encode %T: type %q, want %q", e, name, e.EventType())
		}
		if !bytes.HasPrefix(data, []byte(`{"v":1,`)) {
			t.Errorf("%s: data does not start with the schema version: %s", name, data)
		}
		got, err := DecodeEvent(name, data)
		if err != nil {
			t.Fatalf("decode %s: %v", name, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("%s round trip:\n got %#v\nwant %#v", name, got, e)
		}
		covered[name] = true
	}
	for _, name := range EventTypes() {
		if !covered[name] {
			t.Errorf("event type %s has no sample in sampleEvents: its round trip is untested", name)
		}
	}
}

func TestEncodeNormalisesNothingButAddsVersion(t *testing.T) {
	_, data, err := EncodeEvent(OralStarted{At: t0})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m["v"] != float64(1) || m["at"] != "2026-03-09T08:00:00Z" || len(m) != 2 {
		t.Errorf("unexpected data %s", data)
	}
}

func TestDecodeRefusals(t *testing.T) {
	cases := []struct {
		name, typ, data string
		unknown         bool
	}{
		{"unknown type", "QuestionVanished", `{"v":1}`, true},
		{"missing version", "OralStarted", `{"at":"2026-03-09T08:00:00Z"}`, false},
		{"future version", "OralStarted", `{"v":2,"at":"2026-03-09T08:00:00Z"}`, false},
		{"version zero", "OralStarted", `{"v":0}`, false},
		{"not an object", "OralStarted", `[1,2]`, false},
		{"truncated", "QuestionAsked", `{"v":1,"questionId":"q`, false},
		{"wrong field type", "QuestionAsked", `{"v":1,"questionId":7}`, false},
		{"empty", "QuestionAsked", ``, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := DecodeEvent(c.typ, []byte(c.data))
			if err == nil {
				t.Fatalf("decoded %#v, want an error", e)
			}
			if got := errors.Is(err, ErrUnknownEventType); got != c.unknown {
				t.Errorf("errors.Is(err, ErrUnknownEventType) = %v, want %v (%v)", got, c.unknown, err)
			}
		})
	}
}

func TestDecodeIgnoresFieldsOfANewerBuild(t *testing.T) {
	e, err := DecodeEvent("CauseAdded", []byte(`{"v":1,"causeId":"c1","text":"x","at":"2026-03-09T08:00:00Z","mood":"new"}`))
	if err != nil {
		t.Fatal(err)
	}
	if e.(CauseAdded).CauseID != "c1" {
		t.Errorf("got %#v", e)
	}
}

// FuzzDecodeEvent: the decoder never panics on stored bytes, and whatever
// it accepts re-encodes to a stable form (decode∘encode is idempotent).
func FuzzDecodeEvent(f *testing.F) {
	for _, e := range sampleEvents() {
		name, data, _ := EncodeEvent(e)
		f.Add(name, data)
	}
	f.Add("OralStarted", []byte(`{"v":1,"at":"not a time"}`))
	f.Add("KpiRowAdded", []byte(`{"v":1,"result":1e400}`))
	f.Add("Nope", []byte(`{}`))
	types := EventTypes()
	f.Fuzz(func(t *testing.T, typ string, data []byte) {
		if len(typ) > 0 && typ[0] < 'A' {
			// Steer some inputs onto registered types so the JSON paths get fuzzed.
			typ = types[int(typ[0])%len(types)]
		}
		e, err := DecodeEvent(typ, data)
		if err != nil {
			return
		}
		name, b1, err := EncodeEvent(e)
		if err != nil {
			t.Fatalf("decoded %s but cannot re-encode it: %v", typ, err)
		}
		if name != typ {
			t.Fatalf("decoded %s re-encodes as %s", typ, name)
		}
		e2, err := DecodeEvent(name, b1)
		if err != nil {
			t.Fatalf("re-encoded %s does not decode: %v\n%s", name, err, b1)
		}
		_, b2, _ := EncodeEvent(e2)
		if !bytes.Equal(b1, b2) {
			t.Fatalf("unstable encoding of %s:\n%s\n%s", name, b1, b2)
		}
	})
}

func TestEventTypesArePastTenseAndUnique(t *testing.T) {
	for _, name := range EventTypes() {
		if strings.ContainsAny(name, " -_") || name[0] < 'A' || name[0] > 'Z' {
			t.Errorf("event type %q is not a PascalCase name", name)
		}
	}
}
