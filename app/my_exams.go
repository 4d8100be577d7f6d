package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/projections"
)

// ExamSummary is one session in the staff's list.
type ExamSummary struct {
	ExamID     string
	Title      string
	ScenarioID string
	Mode       domain.Mode
	Schedule   domain.Schedule
	Candidates int
	Created    time.Time
}

// MyExams lists the sessions the staff member created, newest first. Staff.
func (a *App) MyExams(ctx context.Context, actor Actor) ([]ExamSummary, error) {
	if err := requireRole(actor, domain.RoleStaff); err != nil {
		return nil, err
	}
	ids := a.proj.ExamsOwnedBy(actor.UserID)
	out := make([]ExamSummary, 0, len(ids))
	for i := len(ids) - 1; i >= 0; i-- {
		a.proj.ViewExam(ids[i], func(x *projections.Exam) {
			s := &x.State
			out = append(out, ExamSummary{ExamID: x.ID, Title: s.Exam.Title, ScenarioID: s.Exam.ScenarioID, Mode: s.Exam.Mode,
				Schedule: s.Exam.Schedule, Candidates: len(s.Order), Created: x.Created})
		})
	}
	return out, nil
}
