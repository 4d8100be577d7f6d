package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// EditBudgetLine replaces a budget line's values. Candidate, own attempt.
func (a *App) EditBudgetLine(ctx context.Context, actor Actor, in BudgetLineInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditBudgetLine{LineID: in.LineID, Category: in.Category, Supplier: in.Supplier, Label: in.Label,
			Quantity: in.Quantity, UnitPriceEuros: in.UnitPriceEuros, Now: now}, in.LineID
	})
}
