package app

import "context"

// ExamMonitor notifies every attempt event of a session, for the staff's
// live monitor. Same closing rules as AttemptUpdates. Staff, own session.
func (a *App) ExamMonitor(ctx context.Context, actor Actor, examID string) (<-chan MonitorUpdate, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	sub := addSub(a.updates, a.updates.exams, examID)
	go func() {
		select {
		case <-ctx.Done():
			removeSub(a.updates, a.updates.exams, examID, sub)
		case <-sub.done:
		}
	}()
	return sub.ch, nil
}
