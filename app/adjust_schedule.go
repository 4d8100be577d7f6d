package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/domain/exam"
)

// AdjustScheduleInput replaces a session's schedule.
type AdjustScheduleInput struct {
	CommandID string
	ExamID    string
	Schedule  domain.Schedule
	Reason    string
}

// AdjustSchedule moves the session's days; every attempt follows (its
// phases and deadline). Staff, own session. INVALID_INPUT order, reason,
// new J2 end already past; CONFLICT unchanged, J1/J2 moved after J2 ended.
func (a *App) AdjustSchedule(ctx context.Context, actor Actor, in AdjustScheduleInput) (Outcome, error) {
	return a.onExam(ctx, actor, in.ExamID, in.CommandID, func(now time.Time) exam.Command {
		return exam.AdjustSchedule{Schedule: in.Schedule, Reason: in.Reason, By: actor.UserID, Now: now}
	})
}
