package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// AnswerChunks streams a question's answer: first everything already said
// (so a late subscriber misses nothing), then live chunks, then a final
// message with Done (or Failed). For an answer already recorded it sends
// the whole text as one chunk and Done. The channel is closed after the
// final message, when ctx ends, or when the subscriber is too slow (then
// without a final message: subscribe again). Candidate own attempt, staff
// own session, jury assigned after the lock.
func (a *App) AnswerChunks(ctx context.Context, actor Actor, attemptID, questionID string) (<-chan AnswerChunk, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, liveRead)
	if err != nil {
		return nil, err
	}
	exists := false
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) { _, exists = p.State.Question(questionID) })
	if !exists {
		return nil, domain.NotFound("questionId", "Question introuvable.")
	}
	if stream, sub := a.answers.subscribe(questionID); sub != nil {
		go func() {
			select {
			case <-ctx.Done():
				stream.unsubscribe(sub)
			case <-sub.done:
			}
		}()
		return sub.ch, nil
	}
	// No live stream: the outcome is in the projections (the broker ends a
	// stream only after its record has been folded).
	ch := make(chan AnswerChunk, 2)
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		q, _ := p.State.Question(questionID)
		switch q.Status {
		case attempt.QuestionAnswered:
			ch <- AnswerChunk{QuestionID: questionID, Seq: 0, Text: q.Answer.Text}
			ch <- AnswerChunk{QuestionID: questionID, Seq: 1, Done: true}
		case attempt.QuestionFailed:
			ch <- AnswerChunk{QuestionID: questionID, Failed: true, Error: "L'agent n'a pas pu répondre : vous pouvez relancer la question."}
		default:
			ch <- AnswerChunk{QuestionID: questionID, Failed: true, Error: "La réponse a été interrompue : vous pouvez relancer la question."}
		}
	})
	close(ch)
	return ch, nil
}
