package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/domain/exam"
)

// onExam runs one staff command on a session they own, then brings the
// session's attempts in line with it (schedule, extra time, openings).
func (a *App) onExam(ctx context.Context, actor Actor, examID, commandID string,
	build func(now time.Time) exam.Command) (Outcome, error) {
	if err := ensureCommandID(&commandID); err != nil {
		return Outcome{}, err
	}
	if err := a.authorizeExam(actor, examID); err != nil {
		return Outcome{}, err
	}
	cmd := build(a.now())
	out, err := run(ctx, a, a.exams, command[exam.State]{
		stream: domain.ExamStream(examID), id: commandID, actor: actor,
		decide: func(s exam.State) ([]domain.Event, error) { return exam.Decide(s, cmd) },
	})
	if err != nil {
		return Outcome{}, err
	}
	out.ID = examID
	if err := a.reconcileExam(ctx, examID); err != nil {
		return out, err
	}
	return out, nil
}
