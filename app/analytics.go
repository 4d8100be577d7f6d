package app

import (
	"errors"

	"cellule/domain"
	"cellule/projections/analytics"
	"cellule/scenarios"
)

// wireAnalytics builds the question-quality read model and feeds it from
// the projections' own fold (projections.Set.Observe): one subscription,
// one position, and a command's caller reads its own write in the
// analytics too, since WaitFor returns after the observer ran.
func (a *App) wireAnalytics(load func(string) (*scenarios.Scenario, error)) {
	a.analytics = analytics.New(analytics.ScenarioLoader(load))
	a.proj.Observe(a.analytics.Apply)
}

// analyticsError turns a read model error into a refusal: an exam the
// analytics has not seen (authorized, so it exists: nothing folded yet)
// reads as empty upstream; a scenario that cannot be loaded any more is
// said in French, since the staff can do nothing but report it.
func analyticsError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, analytics.ErrScenarioUnavailable):
		return domain.NotFound("scenarioId", "Le scénario de cette session n'est plus disponible : ces indicateurs ne peuvent pas être calculés.")
	case errors.Is(err, analytics.ErrUnknownExam):
		return notFound("examId")
	case errors.Is(err, analytics.ErrUnknownAttempt):
		return notFound("attemptId")
	}
	return err
}
