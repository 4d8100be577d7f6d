package app

import (
	"context"

	"cellule/projections/analytics"
)

// AgentAnalytics returns each agent's metrics across the session's cohort
// (docs/ANALYTICS.md, "Per agent"), in the scenario's order. Staff, own
// session.
func (a *App) AgentAnalytics(ctx context.Context, actor Actor, examID string) ([]analytics.AgentMetrics, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	out, err := a.analytics.Agents(examID)
	return out, analyticsError(err)
}
