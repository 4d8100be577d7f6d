package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// BudgetLineInput is a budget line; money in euros (stored in cents).
// LineID is derived from the command id when empty (AddBudgetLine only).
type BudgetLineInput struct {
	CommandID      string
	AttemptID      string
	LineID         string
	Category       string
	Supplier       string
	Label          string
	Quantity       float64
	UnitPriceEuros float64
}

// AddBudgetLine adds a budget line (J2 only). Candidate, own attempt.
func (a *App) AddBudgetLine(ctx context.Context, actor Actor, in BudgetLineInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(cmdID string, now time.Time) (attempt.Command, string) {
		id := deriveID(cmdID, in.LineID)
		return attempt.AddBudgetLine{LineID: id, Category: in.Category, Supplier: in.Supplier, Label: in.Label,
			Quantity: in.Quantity, UnitPriceEuros: in.UnitPriceEuros, Now: now}, id
	})
}
