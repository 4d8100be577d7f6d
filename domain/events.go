package domain

import "time"

// Event is a fact that happened. Every event type has a stable, past-tense
// name (its EventType) that is stored with it: renaming one breaks every
// stored stream, so never do it; add a new type or a new schema version
// instead (see codec.go).
type Event interface {
	EventType() string
}

// AgentInfo is what an attempt needs to know of a scenario agent: which
// days it can be questioned.
type AgentInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Kind is "team" (J1 project team) or "supplier" (J2).
	Kind string `json:"kind"`
	Days []Day  `json:"days"`
}

// OpenOn reports whether the agent can be questioned on day d.
func (a AgentInfo) OpenOn(d Day) bool {
	for _, x := range a.Days {
		if x == d {
			return true
		}
	}
	return false
}

// KPIInfo is what an attempt needs to know of a scenario KPI: enough to
// reference it in the gap table and to tell a favourable gap. The ground
// truth (result, target) is deliberately NOT copied: the candidate must
// earn it from the agents.
type KPIInfo struct {
	ID             string `json:"id"`
	Label          string `json:"label"`
	Unit           string `json:"unit"`
	HigherIsBetter bool   `json:"higherIsBetter"`
}

// ExamSnapshot is the part of the scenario and of the session that the
// attempt decider needs. It is copied into ExamScheduled and AttemptOpened
// so that no decision ever reads the scenario (which may be edited later).
type ExamSnapshot struct {
	ScenarioID      string      `json:"scenarioId"`
	ScenarioVersion string      `json:"scenarioVersion"`
	Title           string      `json:"title"`
	Mode            Mode        `json:"mode"`
	Schedule        Schedule    `json:"schedule"`
	EnvelopeCents   Cents       `json:"envelopeCents"`
	Agents          []AgentInfo `json:"agents"`
	KPIs            []KPIInfo   `json:"kpis"`
}

// Agent returns the agent of the snapshot with this id.
func (s ExamSnapshot) Agent(id string) (AgentInfo, bool) {
	for _, a := range s.Agents {
		if a.ID == id {
			return a, true
		}
	}
	return AgentInfo{}, false
}

// KPI returns the KPI of the snapshot with this id.
func (s ExamSnapshot) KPI(id string) (KPIInfo, bool) {
	for _, k := range s.KPIs {
		if k.ID == id {
			return k, true
		}
	}
	return KPIInfo{}, false
}

// ---- exam-<id> -------------------------------------------------------------

// ExamScheduled opens an exam session on a scenario. First event of exam-<id>.
type ExamScheduled struct {
	ExamID  string       `json:"examId"`
	Exam    ExamSnapshot `json:"exam"`
	OwnerID string       `json:"ownerId"` // the staff member who owns the session
	At      time.Time    `json:"at"`
}

// CandidateEnrolled enrols a candidate; the app then opens AttemptID.
type CandidateEnrolled struct {
	ExamID       string    `json:"examId"`
	CandidateID  string    `json:"candidateId"` // the candidate's user id
	DisplayName  string    `json:"displayName"`
	Email        string    `json:"email"` // normalised (see NormaliseEmail)
	ExtraTimePct int       `json:"extraTimePct"`
	AttemptID    string    `json:"attemptId"`
	By           string    `json:"by"`
	At           time.Time `json:"at"`
}

// AccommodationGranted sets a candidate's extra time (it replaces, not adds).
type AccommodationGranted struct {
	ExamID       string    `json:"examId"`
	CandidateID  string    `json:"candidateId"`
	AttemptID    string    `json:"attemptId"`
	ExtraTimePct int       `json:"extraTimePct"`
	Reason       string    `json:"reason"`
	By           string    `json:"by"`
	At           time.Time `json:"at"`
}

// JuryAssigned assigns a jury member to a candidate with the oral slot. A
// second JuryAssigned for the same pair moves the slot.
type JuryAssigned struct {
	ExamID      string    `json:"examId"`
	JuryID      string    `json:"juryId"`
	CandidateID string    `json:"candidateId"`
	OralSlot    time.Time `json:"oralSlot"`
	By          string    `json:"by"`
	At          time.Time `json:"at"`
}

// JuryUnassigned removes a jury member from a candidate.
type JuryUnassigned struct {
	ExamID      string    `json:"examId"`
	JuryID      string    `json:"juryId"`
	CandidateID string    `json:"candidateId"`
	By          string    `json:"by"`
	At          time.Time `json:"at"`
}

// ScheduleAdjusted replaces the session's schedule.
type ScheduleAdjusted struct {
	ExamID   string    `json:"examId"`
	Schedule Schedule  `json:"schedule"`
	Reason   string    `json:"reason"`
	By       string    `json:"by"`
	At       time.Time `json:"at"`
}

func (ExamScheduled) EventType() string        { return "ExamScheduled" }
func (CandidateEnrolled) EventType() string    { return "CandidateEnrolled" }
func (AccommodationGranted) EventType() string { return "AccommodationGranted" }
func (JuryAssigned) EventType() string         { return "JuryAssigned" }
func (JuryUnassigned) EventType() string       { return "JuryUnassigned" }
func (ScheduleAdjusted) EventType() string     { return "ScheduleAdjusted" }
