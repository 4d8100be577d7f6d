package app

import (
	"context"
	"time"

	"cellule/domain/exam"
)

// GrantAccommodationInput sets a candidate's extra time (replaces).
type GrantAccommodationInput struct {
	CommandID    string
	ExamID       string
	CandidateID  string
	ExtraTimePct int
	Reason       string
}

// GrantAccommodation sets a candidate's extra time; their attempt's
// deadline moves with it. Staff, own session. NOT_FOUND candidate;
// CONFLICT same value or a deadline already passed.
func (a *App) GrantAccommodation(ctx context.Context, actor Actor, in GrantAccommodationInput) (Outcome, error) {
	return a.onExam(ctx, actor, in.ExamID, in.CommandID, func(now time.Time) exam.Command {
		return exam.GrantAccommodation{CandidateID: in.CandidateID, ExtraTimePct: in.ExtraTimePct, Reason: in.Reason, By: actor.UserID, Now: now}
	})
}
