// Package attempt is the decider of one candidate's attempt at one exam
// session (stream attempt-<id>): questions to the agents and their answers,
// the mission report (S1, S2), the oral preparation notes and the lock.
//
// The state doubles as the report view: projections fold the same events
// with Evolve and read the State (and Checklist) rather than re-implement
// the rules.
package attempt

import (
	"fmt"
	"strings"
	"time"

	"cellule/domain"
)

// Question statuses.
const (
	QuestionPending  = "pending"  // asked, no answer recorded yet
	QuestionAnswered = "answered" // answered (possibly a polite refusal)
	QuestionFailed   = "failed"   // the engine failed; a retry may answer it
)

// Question is a question to an agent and what came of it.
type Question struct {
	QuestionID string
	AgentID    string
	Text       string
	Phase      domain.Day
	AskedAt    time.Time
	Status     string
	// Answer is set once Status is QuestionAnswered.
	Answer *domain.AgentAnswered
	// Failures counts the recorded engine failures; LastFailure is the last reason.
	Failures    int
	LastFailure string
	// Pinned as evidence, with an optional excerpt of the answer.
	Pinned  bool
	Excerpt string
}

// Cause is a diagnosed cause; its rank is its position in State.Causes.
type Cause struct {
	CauseID string
	Text    string
	// Evidence: ids of answered questions supporting the cause, in link order.
	Evidence []string
}

// Conclusion is an operational conclusion of J1.
type Conclusion struct {
	ConclusionID string
	Text         string
}

// Communication is the S2 communication support.
type Communication struct {
	Text     string
	Measures []string
}

// LinkKey names an S2 item for J1→J2 links.
type LinkKey struct {
	Kind string // domain.ItemConcept | ItemMilestone | ItemBudgetLine | ItemCommunication
	ID   string
}

// Submission describes the lock.
type Submission struct {
	By string // domain.SubmittedByCandidate | SubmittedByDeadline
	At time.Time
}

// State of an attempt; it is also the report as it stands.
type State struct {
	Opened       bool
	AttemptID    string
	ExamID       string
	CandidateID  string
	Exam         domain.ExamSnapshot // the schedule in it follows AttemptScheduleChanged
	ExtraTimePct int
	// J2OpenedEarly is set when a practice candidate moved on to J2 early.
	J2OpenedEarly time.Time

	Questions   []Question // in the order asked
	questionIdx map[string]int

	// S1
	KpiRows     []domain.KpiRow
	Causes      []Cause // ranked, most important first
	Conclusions []Conclusion
	// S2
	Concept       map[string]string // by domain.Concept* field
	Milestones    []domain.Milestone
	Budget        []domain.BudgetLine
	Communication Communication
	Links         map[LinkKey][]string // S2 item → cause ids
	// Oral preparation notes by competency.
	OralPrep map[string]string

	// Submitted is non-nil once the report is locked.
	Submitted *Submission
	// Version is the number of events folded (the stream revision + 1).
	Version int
}

// Initial is the state before the first event.
func Initial() State {
	return State{
		questionIdx: map[string]int{},
		Concept:     map[string]string{},
		Links:       map[LinkKey][]string{},
		OralPrep:    map[string]string{},
	}
}

// Decider bundles Initial, Decide and Evolve.
var Decider = domain.Decider[State, Command]{Initial: Initial, Decide: Decide, Evolve: Evolve}

// Locked reports whether the lock event has been folded.
func (s State) Locked() bool { return s.Submitted != nil }

// Deadline is when the report locks at the latest for this candidate.
func (s State) Deadline() time.Time { return s.Exam.Schedule.Deadline(s.ExtraTimePct) }

// Question returns the question with this id.
func (s State) Question(id string) (*Question, bool) {
	i, ok := s.questionIdx[id]
	if !ok {
		return nil, false
	}
	return &s.Questions[i], true
}

// CauseRank returns the 1-based rank of a cause, 0 if unknown.
func (s State) CauseRank(id string) int {
	for i, c := range s.Causes {
		if c.CauseID == id {
			return i + 1
		}
	}
	return 0
}

func (s State) cause(id string) (int, bool) {
	for i, c := range s.Causes {
		if c.CauseID == id {
			return i, true
		}
	}
	return 0, false
}

func (s State) kpiRow(id string) (int, bool) {
	for i, r := range s.KpiRows {
		if r.RowID == id {
			return i, true
		}
	}
	return 0, false
}

func (s State) conclusion(id string) (int, bool) {
	for i, c := range s.Conclusions {
		if c.ConclusionID == id {
			return i, true
		}
	}
	return 0, false
}

func (s State) milestone(id string) (int, bool) {
	for i, m := range s.Milestones {
		if m.MilestoneID == id {
			return i, true
		}
	}
	return 0, false
}

func (s State) budgetLine(id string) (int, bool) {
	for i, l := range s.Budget {
		if l.LineID == id {
			return i, true
		}
	}
	return 0, false
}

// BudgetTotal is the sum of the budget lines.
func (s State) BudgetTotal() domain.Cents {
	var t domain.Cents
	for _, l := range s.Budget {
		t += l.Total()
	}
	return t
}

// BudgetOverrun is how much the budget exceeds the envelope (0 if within).
func (s State) BudgetOverrun() domain.Cents {
	if d := s.BudgetTotal() - s.Exam.EnvelopeCents; d > 0 {
		return d
	}
	return 0
}

// CausesAnswered returns, for each cause id, whether some S2 item links to it.
func (s State) CausesAnswered() map[string]bool {
	out := map[string]bool{}
	for _, ids := range s.Links {
		for _, id := range ids {
			out[id] = true
		}
	}
	return out
}

// DisclosedFacts lists the fact ids earned so far, in order of first
// disclosure, without duplicates.
func (s State) DisclosedFacts() []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range s.Questions {
		if q.Answer == nil {
			continue
		}
		for _, f := range q.Answer.FactIDs {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// MarshalText renders the key as "kind/id", so that Links serialises as a
// JSON object (for projections and the API).
func (k LinkKey) MarshalText() ([]byte, error) { return []byte(k.Kind + "/" + k.ID), nil }

// UnmarshalText parses "kind/id".
func (k *LinkKey) UnmarshalText(b []byte) error {
	kind, id, ok := strings.Cut(string(b), "/")
	if !ok {
		return fmt.Errorf("attempt: link key %q is not kind/id", b)
	}
	k.Kind, k.ID = kind, id
	return nil
}
