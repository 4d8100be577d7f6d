package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/domain/exam"
)

// AssignJuryInput assigns a jury member to a candidate with an oral slot
// (within J3; the oral lasts 30 minutes). Again for the same pair moves
// the slot.
type AssignJuryInput struct {
	CommandID   string
	ExamID      string
	JuryID      string
	CandidateID string
	OralSlot    time.Time
}

// AssignJury assigns a jury member. Staff, own session. NOT_FOUND jury
// account (or not a jury member), candidate; INVALID_INPUT slot outside
// J3; CONFLICT overlapping oral.
func (a *App) AssignJury(ctx context.Context, actor Actor, in AssignJuryInput) (Outcome, error) {
	if err := a.authorizeExam(actor, in.ExamID); err != nil {
		return Outcome{}, err
	}
	if err := domain.CheckID("juryId", in.JuryID); err != nil {
		return Outcome{}, err
	}
	if v, _, ok := a.user(in.JuryID); !ok || v.Role != domain.RoleJury || v.Disabled {
		return Outcome{}, domain.NotFound("juryId", "Membre du jury introuvable.")
	}
	return a.onExam(ctx, actor, in.ExamID, in.CommandID, func(now time.Time) exam.Command {
		return exam.AssignJury{JuryID: in.JuryID, CandidateID: in.CandidateID, OralSlot: in.OralSlot.UTC(), By: actor.UserID, Now: now}
	})
}
