package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// RetryQuestionInput names a failed question.
type RetryQuestionInput struct {
	CommandID  string
	AttemptID  string
	QuestionID string
}

// RetryQuestion runs the engine again on a failed question, or on a
// pending one nobody is answering any more (the server restarted
// mid-answer): a question is never lost. Sent while the answer is being
// produced, it changes nothing. Candidate, own attempt; NOT_FOUND unknown
// question; CONFLICT already answered; LOCKED after the lock.
func (a *App) RetryQuestion(ctx context.Context, actor Actor, in RetryQuestionInput) (Outcome, error) {
	if err := ensureCommandID(&in.CommandID); err != nil {
		return Outcome{}, err
	}
	ref, err := a.authorizeAttempt(actor, in.AttemptID, candidateWrite)
	if err != nil {
		return Outcome{}, err
	}
	var (
		status string
		found  bool
		closed bool
	)
	now := a.now()
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		if q, ok := p.State.Question(in.QuestionID); ok {
			found, status = true, q.Status
		}
		closed = p.State.Locked() || !now.Before(p.State.Deadline())
	})
	switch {
	case !found:
		return Outcome{}, domain.NotFound("questionId", "Question introuvable.")
	case status == attempt.QuestionAnswered:
		return Outcome{}, domain.Conflict("questionId", "Cette question a déjà une réponse.")
	case closed:
		return Outcome{}, domain.Locked("Le rapport est verrouillé : plus aucune question ne peut être relancée.")
	}
	a.startAnswer(ref.ID, in.QuestionID, in.CommandID) // no-op if already running
	return Outcome{ID: in.QuestionID}, nil
}
