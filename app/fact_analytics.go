package app

import (
	"context"

	"cellule/domain"
	"cellule/projections"
	"cellule/projections/analytics"
)

// FactView is one fact's metrics with what the fact says, so that staff
// and the scenario's authors read which fact is rarely found.
type FactView struct {
	analytics.FactMetrics
	// Text is the fact as the scenario states it ("" when the scenario
	// cannot be loaded any more).
	Text string
}

// FactAnalytics returns each fact's discovery across the session's cohort
// (docs/ANALYTICS.md, "Per fact"); a fact found by fewer than
// rareThreshold of the candidates is RarelyFound (0: the default, one in
// five). Staff, own session; INVALID_INPUT threshold outside 0–1.
func (a *App) FactAnalytics(ctx context.Context, actor Actor, examID string, rareThreshold float64) ([]FactView, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	if !(rareThreshold >= 0 && rareThreshold <= 1) {
		return nil, domain.Invalid("rareThreshold", "Le seuil doit être compris entre 0 et 1.")
	}
	facts, err := a.analytics.Facts(examID, rareThreshold)
	if err != nil {
		return nil, analyticsError(err)
	}
	texts := map[string]string{}
	scenarioID := ""
	a.proj.ViewExam(examID, func(x *projections.Exam) { scenarioID = x.State.Exam.ScenarioID })
	if s, err := a.loadScenario(scenarioID); err == nil {
		for _, ag := range s.Agents {
			for _, f := range ag.Facts {
				texts[f.ID] = f.Text
			}
		}
	}
	out := make([]FactView, len(facts))
	for i, f := range facts {
		out[i] = FactView{FactMetrics: f, Text: texts[f.FactID]}
	}
	return out, nil
}
