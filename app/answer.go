package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cellule/agents"
	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
	"cellule/scenarios"
)

// engineActor records answers: the engine speaks, not the candidate.
var engineActor = Actor{UserID: "engine", Role: RoleSystem}

// startAnswer runs the engine for a question in a goroutine owned by the
// App: it streams chunks to the broker, then records AgentAnswered (or
// AgentAnswerFailed, so the question can be retried). The stream is
// opened before returning, so a subscriber arriving right after
// AskQuestion finds it.
func (a *App) startAnswer(attemptID, questionID, causation string) {
	if a.ctx.Err() != nil {
		return // closing: the question stays pending and can be retried
	}
	if _, busy := a.inflight.LoadOrStore(questionID, struct{}{}); busy {
		return
	}
	stream := a.answers.open(questionID)
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		final := a.answer(attemptID, questionID, causation, stream)
		// Free the question before its subscribers learn the outcome: a
		// retry sent on a Failed message must start a new engine call,
		// not find this one still "in flight" and do nothing. A retry
		// landing in between opens a new stream; end below only removes
		// this one.
		a.inflight.Delete(questionID)
		a.answers.end(questionID, stream, final)
	}()
}

// answer does one engine call and records its outcome; it returns the
// final message for the subscribers.
func (a *App) answer(attemptID, questionID, causation string, stream *answerStream) AnswerChunk {
	select {
	case a.answerSem <- struct{}{}:
		defer func() { <-a.answerSem }()
	case <-a.ctx.Done():
		return AnswerChunk{Failed: true, Error: "Le service s'arrête : relancez la question."}
	}
	q, failures, ok := a.engineQuestion(attemptID, questionID)
	if !ok {
		return AnswerChunk{Failed: true, Error: "Question introuvable."}
	}
	ctx, cancel := context.WithTimeout(a.ctx, a.cfg.AnswerTimeout)
	defer cancel()
	started := time.Now()
	ans, err := a.engine.Answer(ctx, q, func(chunk string) error {
		stream.emit(questionID, chunk)
		return nil
	})
	if a.ctx.Err() != nil {
		return AnswerChunk{Failed: true, Error: "Le service s'arrête : relancez la question."}
	}
	stream2 := domain.AttemptStream(attemptID)
	// The record must land even if the asking request is gone.
	rctx, rcancel := context.WithTimeout(a.ctx, 30*time.Second)
	defer rcancel()
	if err != nil {
		a.log.Warn("agent engine failed", "attempt", attemptID, "question", questionID, "agent", q.AgentID, "err", err)
		reason := "Le moteur de l'agent n'a pas pu répondre."
		if errors.Is(err, context.DeadlineExceeded) {
			reason = "Le moteur de l'agent n'a pas répondu à temps."
		}
		_, rerr := run(rctx, a, a.attempts, command[attempt.State]{
			stream: stream2, id: fmt.Sprintf("answer-failure:%s:%d", questionID, failures+1), actor: engineActor, causation: causation,
			decide: func(s attempt.State) ([]domain.Event, error) {
				return attempt.Decide(s, attempt.RecordAnswerFailure{QuestionID: questionID, Reason: reason, Now: a.now()})
			},
		})
		if rerr != nil {
			a.log.Error("record answer failure", "attempt", attemptID, "question", questionID, "err", rerr)
		}
		return AnswerChunk{Failed: true, Error: reason + " Vous pouvez relancer la question."}
	}
	latency := ans.Latency
	if latency <= 0 {
		latency = time.Since(started)
	}
	_, rerr := run(rctx, a, a.attempts, command[attempt.State]{
		stream: stream2, id: "answer:" + questionID, actor: engineActor, causation: causation,
		decide: func(s attempt.State) ([]domain.Event, error) {
			return attempt.Decide(s, attempt.RecordAnswer{QuestionID: questionID, Text: ans.Text,
				FactIDs: ans.FactIDs, NewFactIDs: ans.NewFactIDs, Engine: ans.Engine, Model: ans.Model,
				Fallback: ans.Fallback, LatencyMs: latency.Milliseconds(), Refused: ans.Refused, Now: a.now()})
		},
	})
	if rerr != nil {
		var de *domain.Error
		if errors.As(rerr, &de) {
			// E.g. the report locked while the agent was speaking: the
			// question stays in the stream, unanswered.
			return AnswerChunk{Failed: true, Error: de.Message}
		}
		a.log.Error("record answer", "attempt", attemptID, "question", questionID, "err", rerr)
		return AnswerChunk{Failed: true, Error: "La réponse n'a pas pu être enregistrée : relancez la question."}
	}
	return AnswerChunk{Done: true}
}

// engineQuestion builds the engine's input from the projections: the
// question, the conversation so far with that agent and every fact
// already earned.
func (a *App) engineQuestion(attemptID, questionID string) (agents.Question, int, bool) {
	var (
		q        agents.Question
		failures int
		found    bool
		scenID   string
	)
	a.proj.ViewAttempt(attemptID, func(p *projections.Attempt) {
		s := &p.State
		cur, ok := s.Question(questionID)
		if !ok {
			return
		}
		found, failures, scenID = true, cur.Failures, s.Exam.ScenarioID
		q = agents.Question{AgentID: cur.AgentID, Text: cur.Text, Day: scenarios.Day(cur.Phase),
			Disclosed: s.DisclosedFacts()}
		for i := range s.Questions {
			h := &s.Questions[i]
			if h.QuestionID == questionID {
				break
			}
			if h.AgentID == cur.AgentID && h.Answer != nil {
				q.History = append(q.History, agents.Turn{Question: h.Text, Answer: h.Answer.Text,
					FactIDs: append([]string(nil), h.Answer.FactIDs...)})
			}
		}
	})
	if !found {
		return q, 0, false
	}
	sc, err := a.loadScenario(scenID)
	if err != nil {
		return q, 0, false
	}
	q.Scenario = sc
	return q, failures, true
}
