package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// AskQuestionInput is a question to an agent. QuestionID is derived from
// the command id when empty.
type AskQuestionInput struct {
	CommandID  string
	AttemptID  string
	QuestionID string
	AgentID    string
	Text       string
}

// AskQuestion records the question (QuestionAsked) and returns at once
// with its id in Outcome.ID; the answer streams on AnswerChunks and is
// recorded as AgentAnswered, or AgentAnswerFailed (then RetryQuestion).
// Candidate, own attempt; RATE_LIMITED past the scenario mode's questions
// per hour; the attempt decider's refusals (agent closed today: PHASE_CLOSED).
func (a *App) AskQuestion(ctx context.Context, actor Actor, in AskQuestionInput) (Outcome, error) {
	if err := ensureCommandID(&in.CommandID); err != nil {
		return Outcome{}, err
	}
	ref, err := a.authorizeAttempt(actor, in.AttemptID, candidateWrite)
	if err != nil {
		return Outcome{}, err
	}
	limit, key := a.questionLimit(ref.ID), actor.UserID+"/"+ref.ID
	if wait := a.questions.wait(key, limit); wait > 0 {
		return Outcome{}, rateLimited(wait)
	}
	id := deriveID(in.CommandID, in.QuestionID)
	now := a.now()
	out, err := run(ctx, a, a.attempts, command[attempt.State]{
		stream: domain.AttemptStream(ref.ID), id: in.CommandID, actor: actor,
		decide: func(s attempt.State) ([]domain.Event, error) {
			return attempt.Decide(s, attempt.AskQuestion{QuestionID: id, AgentID: in.AgentID, Text: in.Text, Now: now})
		},
	})
	if err != nil {
		return Outcome{}, err
	}
	out.ID = id
	if !out.replayed {
		a.questions.hit(key, limit)
		a.startAnswer(ref.ID, id, in.CommandID)
	}
	return out, nil
}

// questionLimit is the scenario mode's questions per hour (60 when the
// scenario says nothing).
func (a *App) questionLimit(attemptID string) int {
	var scenID string
	var mode domain.Mode
	a.proj.ViewAttempt(attemptID, func(p *projections.Attempt) {
		scenID, mode = p.State.Exam.ScenarioID, p.State.Exam.Mode
	})
	if sc, err := a.loadScenario(scenID); err == nil {
		if m, ok := sc.Modes[string(mode)]; ok && m.QuestionsPerHour > 0 {
			return m.QuestionsPerHour
		}
	}
	return 60
}
