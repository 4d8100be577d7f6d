package app

import (
	"context"

	"cellule/projections/analytics"
)

// CandidateAnalytics returns the question-quality metrics of every
// candidate of the session (docs/ANALYTICS.md, "Per candidate"), in
// enrolment order. Staff, own session.
func (a *App) CandidateAnalytics(ctx context.Context, actor Actor, examID string) ([]analytics.CandidateMetrics, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	out, err := a.analytics.Candidates(examID)
	return out, analyticsError(err)
}
