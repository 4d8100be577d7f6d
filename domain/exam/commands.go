package exam

import (
	"time"

	"cellule/domain"
)

// Command is one of the command types of this package.
type Command interface{ examCommand() }

// ScheduleExam creates the session. The app fills the scenario part from
// the loaded scenario; the decider copies it into the event.
type ScheduleExam struct {
	ExamID          string
	ScenarioID      string
	ScenarioVersion string
	Title           string
	Mode            domain.Mode
	Schedule        domain.Schedule
	EnvelopeEuros   float64
	Agents          []domain.AgentInfo
	KPIs            []domain.KPIInfo
	By              string // the staff owner
	Now             time.Time
}

// EnrolCandidate enrols a candidate; AttemptID is the id the app will open
// the attempt stream with.
type EnrolCandidate struct {
	CandidateID  string
	DisplayName  string
	Email        string
	ExtraTimePct int
	AttemptID    string
	By           string
	Now          time.Time
}

// GrantAccommodation sets a candidate's extra time.
type GrantAccommodation struct {
	CandidateID  string
	ExtraTimePct int
	Reason       string
	By           string
	Now          time.Time
}

// AssignJury assigns a jury member to a candidate at an oral slot (or moves
// the slot of an existing assignment).
type AssignJury struct {
	JuryID      string
	CandidateID string
	OralSlot    time.Time
	By          string
	Now         time.Time
}

// UnassignJury removes a jury member from a candidate.
type UnassignJury struct {
	JuryID      string
	CandidateID string
	By          string
	Now         time.Time
}

// AdjustSchedule replaces the schedule.
type AdjustSchedule struct {
	Schedule domain.Schedule
	Reason   string
	By       string
	Now      time.Time
}

func (ScheduleExam) examCommand()       {}
func (EnrolCandidate) examCommand()     {}
func (GrantAccommodation) examCommand() {}
func (AssignJury) examCommand()         {}
func (UnassignJury) examCommand()       {}
func (AdjustSchedule) examCommand()     {}
