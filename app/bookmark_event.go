package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
	"cellule/projections"
)

// BookmarkInput marks a timeline entry (its Version) with a note.
// BookmarkID is derived from the command id when empty.
type BookmarkInput struct {
	CommandID  string
	AttemptID  string
	BookmarkID string
	Version    int
	Note       string
}

// BookmarkEvent marks a moment of the candidate's timeline. Jury
// assigned; NOT_FOUND version outside the timeline.
func (a *App) BookmarkEvent(ctx context.Context, actor Actor, in BookmarkInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(ref attemptRef, now time.Time) evaluation.Command {
		var n uint64
		a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) { n = uint64(len(p.Events)) })
		rev := uint64(0)
		if in.Version > 0 {
			rev = uint64(in.Version - 1)
		} else {
			rev = n // refused as unknown by the decider
		}
		return evaluation.BookmarkEvent{JuryID: actor.UserID, BookmarkID: deriveID(in.CommandID+":bookmark", in.BookmarkID),
			Revision: rev, AttemptEvents: n, Note: in.Note, Now: now}
	})
}
