package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// J1J2LinkInput names the causes an S2 item answers (the whole set; empty
// clears). ItemKind: concept (ItemID a concept field), milestone,
// budget_line, communication (no ItemID).
type J1J2LinkInput struct {
	CommandID string
	AttemptID string
	ItemKind  string
	ItemID    string
	CauseIDs  []string
}

// SetJ1J2Link sets a J1→J2 link (J2 only). Candidate, own attempt.
func (a *App) SetJ1J2Link(ctx context.Context, actor Actor, in J1J2LinkInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.SetJ1J2Link{ItemKind: in.ItemKind, ItemID: in.ItemID, CauseIDs: append([]string(nil), in.CauseIDs...), Now: now}, in.ItemID
	})
}
