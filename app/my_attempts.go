package app

import (
	"context"
	"sort"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// AttemptSummary is one of a candidate's attempts.
type AttemptSummary struct {
	AttemptID string
	ExamID    string
	Title     string
	Mode      domain.Mode
	Phase     attempt.Phase
	Deadline  time.Time
	Locked    bool
}

// MyAttempts lists the candidate's attempts, the latest session first.
// Candidate only.
func (a *App) MyAttempts(ctx context.Context, actor Actor) ([]AttemptSummary, error) {
	if err := requireRole(actor, domain.RoleCandidate); err != nil {
		return nil, err
	}
	now := a.now()
	var out []AttemptSummary
	a.proj.EachAttempt(func(p *projections.Attempt) {
		if p.CandidateID != actor.UserID {
			return
		}
		s := &p.State
		out = append(out, AttemptSummary{AttemptID: p.ID, ExamID: p.ExamID, Title: s.Exam.Title, Mode: s.Exam.Mode,
			Phase: s.PhaseAt(now), Deadline: s.Deadline(), Locked: s.Locked()})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Deadline.After(out[j].Deadline) })
	return out, nil
}
