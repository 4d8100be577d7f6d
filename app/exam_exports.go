package app

import (
	"context"

	"cellule/projections/analytics"
)

// The three exports of a session (docs/ANALYTICS.md, "Exports"): the
// server writes them as CSV or XLSX with package export. Staff, own
// session.

// AllQuestions returns every question of the session with its metrics,
// in ask order per candidate (the questions export).
func (a *App) AllQuestions(ctx context.Context, actor Actor, examID string) ([]analytics.QuestionMetrics, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	return a.examQuestions(examID)
}

// ReportSummaries returns one line per candidate's report (the reports
// export).
func (a *App) ReportSummaries(ctx context.Context, actor Actor, examID string) ([]analytics.ReportSummary, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	out, err := a.analytics.Reports(examID)
	return out, analyticsError(err)
}

// EvaluationAssessments returns the jury's competency assessments (the
// evaluations export), only for the candidates whose deliberation is
// open: before, each jury member's evaluation is their own and staff see
// none of it (the rule of Evaluations).
func (a *App) EvaluationAssessments(ctx context.Context, actor Actor, examID string) ([]analytics.Assessment, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	all, err := a.analytics.Assessments(examID)
	if err != nil {
		return nil, analyticsError(err)
	}
	open := map[string]bool{}
	out := all[:0]
	for _, as := range all {
		ok, seen := open[as.AttemptID]
		if !seen {
			if ref, found := a.lookupAttempt(as.AttemptID); found {
				ok = a.deliberationOpen(ref, a.evaluationsOf(ref.ID))
			}
			open[as.AttemptID] = ok
		}
		if ok {
			out = append(out, as)
		}
	}
	return out, nil
}
