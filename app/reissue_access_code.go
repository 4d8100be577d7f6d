package app

import (
	"context"

	"cellule/domain"
	"cellule/projections"
)

// ReissueAccessCodeInput names an enrolled candidate.
type ReissueAccessCodeInput struct {
	CommandID   string
	ExamID      string
	CandidateID string
}

// ReissueAccessCode gives an enrolled candidate a new access code (shown
// once; the previous one stops working). Staff, own session; NOT_FOUND
// candidate not enrolled in it.
func (a *App) ReissueAccessCode(ctx context.Context, actor Actor, in ReissueAccessCodeInput) (string, error) {
	if err := ensureCommandID(&in.CommandID); err != nil {
		return "", err
	}
	if err := a.authorizeExam(actor, in.ExamID); err != nil {
		return "", err
	}
	enrolled := false
	a.proj.ViewExam(in.ExamID, func(x *projections.Exam) { _, enrolled = x.State.Candidates[in.CandidateID] })
	if !enrolled {
		return "", domain.NotFound("candidateId", "Candidat introuvable dans cette session.")
	}
	return a.issueCode(ctx, actor, in.CandidateID, in.CommandID, in.CommandID)
}
