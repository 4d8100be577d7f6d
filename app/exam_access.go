package app

import "context"

// ExamAccess checks that actor may read the session's staff data (staff,
// own session), for an api field that only hands out a handle whose
// sub-fields call the use cases (each authorizing again).
func (a *App) ExamAccess(ctx context.Context, actor Actor, examID string) error {
	return a.authorizeExam(actor, examID)
}
