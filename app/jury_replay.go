package app

import (
	"context"
	"slices"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
	"cellule/scenarios"
)

// Kinds of timeline entries, for the replay's filters. They group event
// types by what the jury looks for ("show me only the budget edits").
const (
	KindSetup         = "setup"         // opening, schedule, extra time, J2 opened early
	KindQuestion      = "question"      // a question to an agent
	KindAnswer        = "answer"        // an answer (or its failure)
	KindEvidence      = "evidence"      // pins and cause ↔ answer links
	KindKpi           = "kpi"           // the KPI gap table
	KindCause         = "cause"         // causes and their ranking
	KindConclusion    = "conclusion"    // operational conclusions
	KindConcept       = "concept"       // the S2 event concept
	KindPlanning      = "planning"      // milestones
	KindBudget        = "budget"        // budget lines
	KindCommunication = "communication" // the communication support
	KindLink          = "link"          // J1→J2 links
	KindOralPrep      = "oral_prep"     // the candidate's oral preparation notes
	KindLock          = "lock"          // the submission
)

// TimelineKinds lists the kinds in the order the replay offers them.
var TimelineKinds = []string{KindQuestion, KindAnswer, KindEvidence, KindKpi, KindCause, KindConclusion,
	KindConcept, KindPlanning, KindBudget, KindCommunication, KindLink, KindOralPrep, KindLock, KindSetup}

// timelineKind classifies an attempt event.
func timelineKind(ev domain.Event) string {
	switch ev.(type) {
	case domain.QuestionAsked:
		return KindQuestion
	case domain.AgentAnswered, domain.AgentAnswerFailed:
		return KindAnswer
	case domain.EvidencePinned, domain.EvidenceUnpinned, domain.CauseEvidenceLinked, domain.CauseEvidenceUnlinked:
		return KindEvidence
	case domain.KpiRowAdded, domain.KpiRowChanged, domain.KpiRowRemoved:
		return KindKpi
	case domain.CauseAdded, domain.CauseEdited, domain.CauseRemoved, domain.CausesReordered:
		return KindCause
	case domain.ConclusionWritten, domain.ConclusionRemoved:
		return KindConclusion
	case domain.ConceptFieldEdited:
		return KindConcept
	case domain.MilestoneAdded, domain.MilestoneEdited, domain.MilestoneRemoved:
		return KindPlanning
	case domain.BudgetLineAdded, domain.BudgetLineEdited, domain.BudgetLineRemoved:
		return KindBudget
	case domain.CommunicationSupportEdited:
		return KindCommunication
	case domain.J1J2LinkSet:
		return KindLink
	case domain.OralPrepNoteEdited:
		return KindOralPrep
	case domain.ReportSubmitted:
		return KindLock
	}
	return KindSetup
}

// ReplayView is what the jury's replay shows beside the timeline: every
// fact the candidate earned (when, by which question, where it served as
// evidence), the scenario's contradictions surfaced or missed, and the
// J1→J2 links of the report as submitted.
type ReplayView struct {
	AttemptID string
	// Length is the number of events of the attempt (the last version).
	Length         int
	Facts          []FactTrace
	Contradictions []ContradictionView
	Links          []LinkTrace
}

// FactTrace is one fact the candidate earned.
type FactTrace struct {
	FactID     string
	Text       string
	AgentID    string
	AgentName  string
	Importance string // critical, useful or noise
	// EarnedVersion is the timeline version of the answer that first
	// disclosed it; QuestionID/QuestionText/QuestionVersion the question
	// that earned it.
	EarnedVersion   int
	EarnedAt        time.Time
	QuestionID      string
	QuestionText    string
	QuestionVersion int
	// Uses are the moments the candidate used an answer stating this fact
	// as evidence, in order.
	Uses []FactUse
}

// Uses of an answer as evidence.
const (
	UseCause = "cause" // linked to a cause of S1
	UsePin   = "pin"   // pinned
)

// FactUse is one use of an answer stating a fact as evidence.
type FactUse struct {
	Kind       string // UseCause or UsePin
	QuestionID string
	CauseID    string // for UseCause
	CauseText  string // the cause's text when linked (its last text if it still exists)
	Version    int
	At         time.Time
	// Current: the use is still in the submitted report (not unlinked,
	// unpinned, or its cause removed).
	Current bool
}

// ContradictionView is a pair of contradicting facts of the scenario and
// whether the candidate earned each side.
type ContradictionView struct {
	A, B ContradictionSide
	// Surfaced: both sides earned.
	Surfaced bool
}

// ContradictionSide is one fact of a contradiction.
type ContradictionSide struct {
	FactID        string
	Text          string
	AgentID       string
	AgentName     string
	EarnedVersion int // 0 when never earned
}

// LinkTrace is an S2 item of the submitted report and the J1 causes it
// answers.
type LinkTrace struct {
	ItemKind  string // domain.Item*
	ItemID    string
	ItemLabel string // French: the concept field, milestone title, budget line label…
	Causes    []CauseRef
	Version   int // when the link was last set
}

// CauseRef names a cause of S1.
type CauseRef struct {
	CauseID string
	Rank    int // 0 when the cause was removed since
	Text    string
}

// Replay analyses the attempt's whole history for the jury. Jury assigned
// after the lock; staff, own session.
func (a *App) Replay(ctx context.Context, actor Actor, attemptID string) (ReplayView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return ReplayView{}, err
	}
	var v ReplayView
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		sc, _ := a.loadScenario(p.State.Exam.ScenarioID)
		v = buildReplay(&p.State, p.Events, p.Entries, sc)
	})
	return v, nil
}

// buildReplay folds the history into the replay's panels. st is the state
// after every event; sc may be nil (an unknown scenario: fact texts and
// contradictions are then missing).
func buildReplay(st *attempt.State, events []domain.Event, entries []projections.Entry, sc *scenarios.Scenario) ReplayView {
	v := ReplayView{AttemptID: st.AttemptID, Length: len(events)}
	agentName := func(id string) string {
		if ag, ok := st.Exam.Agent(id); ok {
			return ag.Name
		}
		return id
	}
	askedAt := map[string]int{}          // question id → version asked
	answerFacts := map[string][]string{} // question id → facts its answer states
	factIdx := map[string]int{}          // fact id → index in v.Facts
	for i, ev := range events {
		version := i + 1
		at := entries[i].At
		switch e := ev.(type) {
		case domain.QuestionAsked:
			askedAt[e.QuestionID] = version
		case domain.AgentAnswered:
			answerFacts[e.QuestionID] = e.FactIDs
			q, _ := st.Question(e.QuestionID)
			for _, f := range e.FactIDs {
				if _, seen := factIdx[f]; seen {
					continue
				}
				ft := FactTrace{FactID: f, EarnedVersion: version, EarnedAt: at, QuestionID: e.QuestionID,
					QuestionVersion: askedAt[e.QuestionID]}
				if q != nil {
					ft.QuestionText, ft.AgentID = q.Text, q.AgentID
				}
				if sc != nil {
					if fact, ag, ok := sc.Fact(f); ok {
						ft.Text, ft.Importance, ft.AgentID = fact.Text, string(fact.Importance), ag.ID
					}
				}
				ft.AgentName = agentName(ft.AgentID)
				factIdx[f] = len(v.Facts)
				v.Facts = append(v.Facts, ft)
			}
		case domain.CauseEvidenceLinked:
			for _, f := range answerFacts[e.QuestionID] {
				if i, ok := factIdx[f]; ok {
					v.Facts[i].Uses = append(v.Facts[i].Uses, FactUse{Kind: UseCause, QuestionID: e.QuestionID, CauseID: e.CauseID, Version: version, At: at})
				}
			}
		case domain.EvidencePinned:
			for _, f := range answerFacts[e.QuestionID] {
				if i, ok := factIdx[f]; ok {
					v.Facts[i].Uses = append(v.Facts[i].Uses, FactUse{Kind: UsePin, QuestionID: e.QuestionID, Version: version, At: at})
				}
			}
		}
	}
	// Which uses survive in the submitted report, and the causes' texts.
	causeText := map[string]string{}
	for _, ev := range events {
		switch e := ev.(type) {
		case domain.CauseAdded:
			causeText[e.CauseID] = e.Text
		case domain.CauseEdited:
			causeText[e.CauseID] = e.Text
		}
	}
	for i := range v.Facts {
		for j := range v.Facts[i].Uses {
			u := &v.Facts[i].Uses[j]
			switch u.Kind {
			case UseCause:
				u.CauseText = causeText[u.CauseID]
				if r := st.CauseRank(u.CauseID); r > 0 {
					u.Current = slices.Contains(st.Causes[r-1].Evidence, u.QuestionID)
				}
			case UsePin:
				if q, ok := st.Question(u.QuestionID); ok {
					u.Current = q.Pinned
				}
			}
		}
	}

	if sc != nil {
		side := func(id string) ContradictionSide {
			s := ContradictionSide{FactID: id}
			if fact, ag, ok := sc.Fact(id); ok {
				s.Text, s.AgentID = fact.Text, ag.ID
			}
			s.AgentName = agentName(s.AgentID)
			if i, ok := factIdx[id]; ok {
				s.EarnedVersion = v.Facts[i].EarnedVersion
			}
			return s
		}
		for _, pair := range sc.Contradictions() {
			c := ContradictionView{A: side(pair[0]), B: side(pair[1])}
			c.Surfaced = c.A.EarnedVersion > 0 && c.B.EarnedVersion > 0
			v.Contradictions = append(v.Contradictions, c)
		}
	}

	// J1→J2 links of the submitted report, in a stable order: concept
	// fields, milestones, budget lines, then the communication support.
	lastSet := map[attempt.LinkKey]int{}
	for i, ev := range events {
		if e, ok := ev.(domain.J1J2LinkSet); ok {
			lastSet[attempt.LinkKey{Kind: e.ItemKind, ID: e.ItemID}] = i + 1
		}
	}
	add := func(kind, id, label string) {
		key := attempt.LinkKey{Kind: kind, ID: id}
		ids := st.Links[key]
		if len(ids) == 0 {
			return
		}
		lt := LinkTrace{ItemKind: kind, ItemID: id, ItemLabel: label, Version: lastSet[key]}
		for _, c := range ids {
			lt.Causes = append(lt.Causes, CauseRef{CauseID: c, Rank: st.CauseRank(c), Text: causeText[c]})
		}
		v.Links = append(v.Links, lt)
	}
	for _, f := range domain.ConceptFields {
		add(domain.ItemConcept, f, "Concept : "+conceptLabel(f))
	}
	for _, m := range st.Milestones {
		add(domain.ItemMilestone, m.MilestoneID, "Jalon : "+m.Title)
	}
	for _, l := range st.Budget {
		add(domain.ItemBudgetLine, l.LineID, "Budget : "+l.Label)
	}
	add(domain.ItemCommunication, "", "Support de communication")
	return v
}

// conceptLabel is the French name of a concept field.
func conceptLabel(field string) string {
	switch field {
	case domain.ConceptFormat:
		return "format"
	case domain.ConceptVenue:
		return "lieu"
	case domain.ConceptTargets:
		return "cibles"
	case domain.ConceptInclusiveMeasures:
		return "mesures inclusives"
	}
	return field
}
