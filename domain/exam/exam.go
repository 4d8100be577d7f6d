// Package exam is the decider of an exam session (stream exam-<id>): the
// scenario snapshot and schedule, enrolment, accommodations, jury
// assignment and schedule adjustments.
//
// Authorization (who may send these commands) lives in the app layer; the
// deciders record the actor in By.
package exam

import (
	"time"

	"cellule/domain"
)

// OralDuration is the length of one oral (15 min presentation + 15 min
// questions); a jury member's slots may not overlap.
const OralDuration = 30 * time.Minute

// Candidate is an enrolled candidate as the exam knows them.
type Candidate struct {
	CandidateID  string
	DisplayName  string
	Email        string
	AttemptID    string
	ExtraTimePct int
	// Juries maps each assigned jury member to the oral slot.
	Juries map[string]time.Time
}

// State of an exam session.
type State struct {
	ExamID    string
	Scheduled bool
	Exam      domain.ExamSnapshot
	OwnerID   string
	// Candidates by candidate id; Order is the enrolment order.
	Candidates map[string]*Candidate
	Order      []string
	// Version is the number of events folded.
	Version int
}

// Initial is the state before the first event.
func Initial() State { return State{Candidates: map[string]*Candidate{}} }

// Decider bundles Initial, Decide and Evolve.
var Decider = domain.Decider[State, Command]{Initial: Initial, Decide: Decide, Evolve: Evolve}

// CandidateByAttempt returns the candidate whose attempt is attemptID.
func (s State) CandidateByAttempt(attemptID string) (*Candidate, bool) {
	for _, c := range s.Candidates {
		if c.AttemptID == attemptID {
			return c, true
		}
	}
	return nil, false
}

// Evolve applies one event. Unknown events leave the state unchanged
// except for the version, so that a stream's version stays its length.
func Evolve(s State, e domain.Event) State {
	if s.Candidates == nil {
		s.Candidates = map[string]*Candidate{}
	}
	s.Version++
	switch e := e.(type) {
	case domain.ExamScheduled:
		s.ExamID, s.Scheduled, s.Exam, s.OwnerID = e.ExamID, true, e.Exam, e.OwnerID
	case domain.CandidateEnrolled:
		s.Candidates[e.CandidateID] = &Candidate{
			CandidateID: e.CandidateID, DisplayName: e.DisplayName, Email: e.Email,
			AttemptID: e.AttemptID, ExtraTimePct: e.ExtraTimePct, Juries: map[string]time.Time{},
		}
		s.Order = append(s.Order, e.CandidateID)
	case domain.AccommodationGranted:
		if c := s.Candidates[e.CandidateID]; c != nil {
			c.ExtraTimePct = e.ExtraTimePct
		}
	case domain.JuryAssigned:
		if c := s.Candidates[e.CandidateID]; c != nil {
			c.Juries[e.JuryID] = e.OralSlot
		}
	case domain.JuryUnassigned:
		if c := s.Candidates[e.CandidateID]; c != nil {
			delete(c.Juries, e.JuryID)
		}
	case domain.ScheduleAdjusted:
		s.Exam.Schedule = e.Schedule
	}
	return s
}
