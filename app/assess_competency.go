package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/domain/evaluation"
)

// AssessmentInput is the level given to a competency.
type AssessmentInput struct {
	CommandID  string
	AttemptID  string
	Competency string
	Level      domain.Level
	Comment    string
}

// AssessCompetency records a competency's level. Jury assigned.
func (a *App) AssessCompetency(ctx context.Context, actor Actor, in AssessmentInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(_ attemptRef, now time.Time) evaluation.Command {
		return evaluation.AssessCompetency{JuryID: actor.UserID, Competency: in.Competency, Level: in.Level, Comment: in.Comment, Now: now}
	})
}
