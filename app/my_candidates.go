package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/projections"
)

// JuryCandidate is one of a jury member's candidates.
type JuryCandidate struct {
	ExamID      string
	ExamTitle   string
	CandidateID string
	DisplayName string
	AttemptID   string
	OralSlot    time.Time
	OralEnd     time.Time
	// Status: in_progress until the report locks, then locked.
	Status string
	// Evaluation: none, open or finalised (the member's own).
	Evaluation string
}

// MyCandidates lists the jury member's candidates by oral slot. Jury.
func (a *App) MyCandidates(ctx context.Context, actor Actor) ([]JuryCandidate, error) {
	if err := requireRole(actor, domain.RoleJury); err != nil {
		return nil, err
	}
	var out []JuryCandidate
	for _, as := range a.proj.JuryAssignments(actor.UserID) {
		jc := JuryCandidate{ExamID: as.ExamID, CandidateID: as.CandidateID, AttemptID: as.AttemptID,
			OralSlot: as.OralSlot, OralEnd: as.OralSlot.Add(30 * time.Minute), Status: "in_progress", Evaluation: "none"}
		a.proj.ViewExam(as.ExamID, func(x *projections.Exam) {
			jc.ExamTitle = x.State.Exam.Title
			if c := x.State.Candidates[as.CandidateID]; c != nil {
				jc.DisplayName = c.DisplayName
			}
		})
		a.proj.ViewAttempt(as.AttemptID, func(p *projections.Attempt) {
			if p.State.Locked() {
				jc.Status = "locked"
			}
		})
		a.proj.ViewEvaluations(as.AttemptID, func(evs []*projections.Evaluation) {
			for _, e := range evs {
				if e.State.JuryID == actor.UserID {
					jc.Evaluation = "open"
					if e.State.Finalised != nil {
						jc.Evaluation = "finalised"
					}
				}
			}
		})
		out = append(out, jc)
	}
	return out, nil
}
