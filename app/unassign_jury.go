package app

import (
	"context"
	"time"

	"cellule/domain/exam"
)

// UnassignJuryInput removes a jury member from a candidate.
type UnassignJuryInput struct {
	CommandID   string
	ExamID      string
	JuryID      string
	CandidateID string
}

// UnassignJury removes an assignment. Staff, own session. NOT_FOUND
// candidate or assignment.
func (a *App) UnassignJury(ctx context.Context, actor Actor, in UnassignJuryInput) (Outcome, error) {
	return a.onExam(ctx, actor, in.ExamID, in.CommandID, func(now time.Time) exam.Command {
		return exam.UnassignJury{JuryID: in.JuryID, CandidateID: in.CandidateID, By: actor.UserID, Now: now}
	})
}
