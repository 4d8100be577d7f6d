package app

import (
	"context"
	"sort"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// ExamView is a session with its candidates, for its staff owner.
type ExamView struct {
	ExamSummary
	EnvelopeCents domain.Cents
	Candidates    []CandidateView
}

// CandidateView is an enrolled candidate and where they are.
type CandidateView struct {
	CandidateID  string
	DisplayName  string
	Email        string
	AttemptID    string
	ExtraTimePct int
	Phase        attempt.Phase
	Deadline     time.Time
	Locked       bool
	SubmittedBy  string
	Questions    int
	Version      int
	Juries       []JurySlot
}

// JurySlot is a jury member's oral slot with a candidate.
type JurySlot struct {
	JuryID   string
	OralSlot time.Time
}

// Exam is a session with its candidates (phase, deadline, lock, juries
// and slots, progress). Staff, own session.
func (a *App) Exam(ctx context.Context, actor Actor, examID string) (ExamView, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return ExamView{}, err
	}
	var v ExamView
	a.proj.ViewExam(examID, func(x *projections.Exam) {
		s := &x.State
		v.ExamSummary = ExamSummary{ExamID: x.ID, Title: s.Exam.Title, ScenarioID: s.Exam.ScenarioID, Mode: s.Exam.Mode,
			Schedule: s.Exam.Schedule, Candidates: len(s.Order), Created: x.Created}
		v.EnvelopeCents = s.Exam.EnvelopeCents
		for _, id := range s.Order {
			c := s.Candidates[id]
			cv := CandidateView{CandidateID: c.CandidateID, DisplayName: c.DisplayName, Email: c.Email,
				AttemptID: c.AttemptID, ExtraTimePct: c.ExtraTimePct}
			for j, slot := range c.Juries {
				cv.Juries = append(cv.Juries, JurySlot{JuryID: j, OralSlot: slot})
			}
			sort.Slice(cv.Juries, func(i, k int) bool { return cv.Juries[i].JuryID < cv.Juries[k].JuryID })
			v.Candidates = append(v.Candidates, cv)
		}
	})
	now := a.now()
	for i := range v.Candidates {
		cv := &v.Candidates[i]
		a.proj.ViewAttempt(cv.AttemptID, func(p *projections.Attempt) {
			st := &p.State
			cv.Phase, cv.Deadline, cv.Locked, cv.Questions, cv.Version = st.PhaseAt(now), st.Deadline(), st.Locked(), len(st.Questions), st.Version
			if st.Submitted != nil {
				cv.SubmittedBy = st.Submitted.By
			}
		})
	}
	return v, nil
}
