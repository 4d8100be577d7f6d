package app

import (
	"context"

	"cellule/projections/analytics"
)

// CohortDistributions returns the distribution of each per-candidate
// metric across the session (docs/ANALYTICS.md, "Cohort"). Staff, own
// session.
func (a *App) CohortDistributions(ctx context.Context, actor Actor, examID string) ([]analytics.Distribution, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	out, err := a.analytics.Distributions(examID)
	return out, analyticsError(err)
}
