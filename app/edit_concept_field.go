package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// ConceptFieldInput sets the whole value of a concept field: format,
// venue, targets or inclusive_measures.
type ConceptFieldInput struct {
	CommandID string
	AttemptID string
	Field     string
	Value     string
}

// EditConceptField edits the S2 event concept (J2 only). Candidate, own attempt.
func (a *App) EditConceptField(ctx context.Context, actor Actor, in ConceptFieldInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditConceptField{Field: in.Field, Value: in.Value, Now: now}, in.Field
	})
}
