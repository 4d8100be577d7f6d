package app

import (
	"context"

	"cellule/projections"
)

// Conversation lists the questions asked to one agent, in order, with
// their answers. Candidate own attempt, staff own session, jury assigned
// after the lock.
func (a *App) Conversation(ctx context.Context, actor Actor, attemptID, agentID string) ([]QuestionView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, liveRead)
	if err != nil {
		return nil, err
	}
	var out []QuestionView
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		for i := range p.State.Questions {
			if q := &p.State.Questions[i]; q.AgentID == agentID {
				out = append(out, buildQuestion(q, a.streaming))
			}
		}
	})
	return out, nil
}

// streaming reports whether an engine call is producing this answer now.
func (a *App) streaming(questionID string) bool {
	_, ok := a.inflight.Load(questionID)
	return ok
}
