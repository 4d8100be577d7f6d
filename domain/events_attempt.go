package domain

import "time"

// ---- attempt-<id> ----------------------------------------------------------
//
// Every attempt event carries At, the instant of the command (its Now), so
// the jury's timeline needs no store timestamp.

// AttemptOpened starts a candidate's attempt with the snapshot of the exam
// its decisions need. First event of attempt-<id>.
type AttemptOpened struct {
	AttemptID    string       `json:"attemptId"`
	ExamID       string       `json:"examId"`
	CandidateID  string       `json:"candidateId"`
	Exam         ExamSnapshot `json:"exam"`
	ExtraTimePct int          `json:"extraTimePct"`
	At           time.Time    `json:"at"`
}

// AttemptScheduleChanged propagates an exam's ScheduleAdjusted to the attempt.
type AttemptScheduleChanged struct {
	Schedule Schedule  `json:"schedule"`
	Reason   string    `json:"reason"`
	At       time.Time `json:"at"`
}

// AttemptExtraTimeChanged propagates an AccommodationGranted to the attempt.
type AttemptExtraTimeChanged struct {
	ExtraTimePct int       `json:"extraTimePct"`
	Reason       string    `json:"reason"`
	At           time.Time `json:"at"`
}

// J2OpenedEarly: in practice mode the candidate moved on to J2 before its
// scheduled start.
type J2OpenedEarly struct {
	At time.Time `json:"at"`
}

// QuestionAsked: the candidate asked an agent a question. Phase is the
// exam day it was asked on.
type QuestionAsked struct {
	QuestionID string    `json:"questionId"`
	AgentID    string    `json:"agentId"`
	Text       string    `json:"text"`
	Phase      Day       `json:"phase"`
	At         time.Time `json:"at"`
}

// AgentAnswered records the agent's answer to a question (pending or failed).
type AgentAnswered struct {
	QuestionID string   `json:"questionId"`
	Text       string   `json:"text"`
	FactIDs    []string `json:"factIds"`
	NewFactIDs []string `json:"newFactIds"`
	// Engine ("offline" | "llm"), Model (empty offline), Fallback (why the
	// offline engine answered for the LLM one; empty otherwise).
	Engine    string    `json:"engine"`
	Model     string    `json:"model"`
	Fallback  string    `json:"fallback"`
	LatencyMs int64     `json:"latencyMs"`
	Refused   bool      `json:"refused"` // out-of-role question, politely refused
	At        time.Time `json:"at"`
}

// AgentAnswerFailed records that the engine could not answer; the question
// stays and can be answered by a retry.
type AgentAnswerFailed struct {
	QuestionID string    `json:"questionId"`
	Reason     string    `json:"reason"`
	At         time.Time `json:"at"`
}

// EvidencePinned pins an answer (or an excerpt of it) as evidence. Pinning
// an already pinned answer replaces its excerpt.
type EvidencePinned struct {
	QuestionID string    `json:"questionId"`
	Excerpt    string    `json:"excerpt"` // empty: the whole answer
	At         time.Time `json:"at"`
}

// EvidenceUnpinned removes a pin.
type EvidenceUnpinned struct {
	QuestionID string    `json:"questionId"`
	At         time.Time `json:"at"`
}

// KpiRow is the value of a row of the S1 gap table. Exactly one of KpiID
// (a scenario KPI) and Label (free text) is set.
type KpiRow struct {
	RowID  string  `json:"rowId"`
	KpiID  string  `json:"kpiId,omitempty"`
	Label  string  `json:"label,omitempty"`
	Result float64 `json:"result"`
	Target float64 `json:"target"`
	Unit   string  `json:"unit"`
}

// KpiRowAdded adds a row at the end of the gap table.
type KpiRowAdded struct {
	KpiRow
	At time.Time `json:"at"`
}

// KpiRowChanged replaces a row's values.
type KpiRowChanged struct {
	KpiRow
	At time.Time `json:"at"`
}

// KpiRowRemoved removes a row.
type KpiRowRemoved struct {
	RowID string    `json:"rowId"`
	At    time.Time `json:"at"`
}

// CauseAdded adds a cause at the end of the ranking (lowest rank).
type CauseAdded struct {
	CauseID string    `json:"causeId"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

// CauseEdited replaces a cause's text.
type CauseEdited struct {
	CauseID string    `json:"causeId"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

// CauseRemoved removes a cause, its evidence links and its J1→J2 links.
type CauseRemoved struct {
	CauseID string    `json:"causeId"`
	At      time.Time `json:"at"`
}

// CausesReordered sets the ranking: Order is every cause id, most
// important first.
type CausesReordered struct {
	Order []string  `json:"order"`
	At    time.Time `json:"at"`
}

// CauseEvidenceLinked links a cause to an answered question as evidence.
type CauseEvidenceLinked struct {
	CauseID    string    `json:"causeId"`
	QuestionID string    `json:"questionId"`
	At         time.Time `json:"at"`
}

// CauseEvidenceUnlinked removes such a link.
type CauseEvidenceUnlinked struct {
	CauseID    string    `json:"causeId"`
	QuestionID string    `json:"questionId"`
	At         time.Time `json:"at"`
}

// ConclusionWritten adds a conclusion or replaces its text.
type ConclusionWritten struct {
	ConclusionID string    `json:"conclusionId"`
	Text         string    `json:"text"`
	At           time.Time `json:"at"`
}

// ConclusionRemoved removes a conclusion.
type ConclusionRemoved struct {
	ConclusionID string    `json:"conclusionId"`
	At           time.Time `json:"at"`
}

// Concept fields of S2.
const (
	ConceptFormat            = "format"
	ConceptVenue             = "venue"
	ConceptTargets           = "targets"
	ConceptInclusiveMeasures = "inclusive_measures"
)

// ConceptFields lists the concept fields in report order.
var ConceptFields = []string{ConceptFormat, ConceptVenue, ConceptTargets, ConceptInclusiveMeasures}

// ConceptFieldEdited sets the whole new value of one concept field.
type ConceptFieldEdited struct {
	Field string    `json:"field"`
	Value string    `json:"value"`
	At    time.Time `json:"at"`
}

// Milestone is the value of a planning milestone.
type Milestone struct {
	MilestoneID string   `json:"milestoneId"`
	Title       string   `json:"title"`
	Date        string   `json:"date"` // calendar date, YYYY-MM-DD
	Owner       string   `json:"owner"`
	DependsOn   []string `json:"dependsOn"`
}

// MilestoneAdded adds a milestone.
type MilestoneAdded struct {
	Milestone
	At time.Time `json:"at"`
}

// MilestoneEdited replaces a milestone's values.
type MilestoneEdited struct {
	Milestone
	At time.Time `json:"at"`
}

// MilestoneRemoved removes a milestone; the milestones that depended on it
// lose that dependency (they are not removed).
type MilestoneRemoved struct {
	MilestoneID string    `json:"milestoneId"`
	At          time.Time `json:"at"`
}

// BudgetLine is the value of a budget line. Money is in cents.
type BudgetLine struct {
	LineID         string  `json:"lineId"`
	Category       string  `json:"category"`
	Supplier       string  `json:"supplier"`
	Label          string  `json:"label"`
	Quantity       float64 `json:"quantity"`
	UnitPriceCents Cents   `json:"unitPriceCents"`
}

// Total is the line's amount.
func (l BudgetLine) Total() Cents { return LineTotal(l.Quantity, l.UnitPriceCents) }

// BudgetLineAdded adds a budget line.
type BudgetLineAdded struct {
	BudgetLine
	At time.Time `json:"at"`
}

// BudgetLineEdited replaces a budget line's values.
type BudgetLineEdited struct {
	BudgetLine
	At time.Time `json:"at"`
}

// BudgetLineRemoved removes a budget line.
type BudgetLineRemoved struct {
	LineID string    `json:"lineId"`
	At     time.Time `json:"at"`
}

// CommunicationSupportEdited sets the whole communication support.
type CommunicationSupportEdited struct {
	Text     string    `json:"text"`
	Measures []string  `json:"measures"` // accessibility / diversity measures
	At       time.Time `json:"at"`
}

// Kinds of S2 items a J1→J2 link starts from.
const (
	ItemConcept       = "concept"       // ItemID: a concept field name
	ItemMilestone     = "milestone"     // ItemID: a milestone id
	ItemBudgetLine    = "budget_line"   // ItemID: a budget line id
	ItemCommunication = "communication" // ItemID: empty (there is one support)
)

// J1J2LinkSet sets the causes an S2 item answers (the whole set; empty
// clears it).
type J1J2LinkSet struct {
	ItemKind string    `json:"itemKind"`
	ItemID   string    `json:"itemId"`
	CauseIDs []string  `json:"causeIds"`
	At       time.Time `json:"at"`
}

// OralPrepNoteEdited sets the candidate's oral preparation note for one
// competency (whole new value).
type OralPrepNoteEdited struct {
	Competency string    `json:"competency"`
	Text       string    `json:"text"`
	At         time.Time `json:"at"`
}

// Who submitted a report.
const (
	SubmittedByCandidate = "candidate"
	SubmittedByDeadline  = "deadline"
)

// ReportSubmitted is the lock: after it the attempt refuses every command.
type ReportSubmitted struct {
	By string    `json:"by"` // SubmittedByCandidate | SubmittedByDeadline
	At time.Time `json:"at"`
}

func (AttemptOpened) EventType() string              { return "AttemptOpened" }
func (AttemptScheduleChanged) EventType() string     { return "AttemptScheduleChanged" }
func (AttemptExtraTimeChanged) EventType() string    { return "AttemptExtraTimeChanged" }
func (J2OpenedEarly) EventType() string              { return "J2OpenedEarly" }
func (QuestionAsked) EventType() string              { return "QuestionAsked" }
func (AgentAnswered) EventType() string              { return "AgentAnswered" }
func (AgentAnswerFailed) EventType() string          { return "AgentAnswerFailed" }
func (EvidencePinned) EventType() string             { return "EvidencePinned" }
func (EvidenceUnpinned) EventType() string           { return "EvidenceUnpinned" }
func (KpiRowAdded) EventType() string                { return "KpiRowAdded" }
func (KpiRowChanged) EventType() string              { return "KpiRowChanged" }
func (KpiRowRemoved) EventType() string              { return "KpiRowRemoved" }
func (CauseAdded) EventType() string                 { return "CauseAdded" }
func (CauseEdited) EventType() string                { return "CauseEdited" }
func (CauseRemoved) EventType() string               { return "CauseRemoved" }
func (CausesReordered) EventType() string            { return "CausesReordered" }
func (CauseEvidenceLinked) EventType() string        { return "CauseEvidenceLinked" }
func (CauseEvidenceUnlinked) EventType() string      { return "CauseEvidenceUnlinked" }
func (ConclusionWritten) EventType() string          { return "ConclusionWritten" }
func (ConclusionRemoved) EventType() string          { return "ConclusionRemoved" }
func (ConceptFieldEdited) EventType() string         { return "ConceptFieldEdited" }
func (MilestoneAdded) EventType() string             { return "MilestoneAdded" }
func (MilestoneEdited) EventType() string            { return "MilestoneEdited" }
func (MilestoneRemoved) EventType() string           { return "MilestoneRemoved" }
func (BudgetLineAdded) EventType() string            { return "BudgetLineAdded" }
func (BudgetLineEdited) EventType() string           { return "BudgetLineEdited" }
func (BudgetLineRemoved) EventType() string          { return "BudgetLineRemoved" }
func (CommunicationSupportEdited) EventType() string { return "CommunicationSupportEdited" }
func (J1J2LinkSet) EventType() string                { return "J1J2LinkSet" }
func (OralPrepNoteEdited) EventType() string         { return "OralPrepNoteEdited" }
func (ReportSubmitted) EventType() string            { return "ReportSubmitted" }
