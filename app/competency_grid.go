package app

import (
	"context"

	"cellule/projections"
)

// CompetencyView is one competency of the grid C18–C29 with the jury's
// typical questions, as the attempt's scenario words them.
type CompetencyView struct {
	ID    string
	Title string
	// Assessed: "written" (on the report) or "oral".
	Assessed string
	// Mandatory: the prescribed question (C21), which the jury must ask.
	Mandatory bool
	// Point is the « point défendu » of the exam guide.
	Point     string
	Questions []string
}

// CompetencyGrid is the competency grid of the attempt's scenario, for the
// oral console and the candidate's oral preparation. The candidate, own
// attempt (the grid is the exam guide's, public to candidates); jury assigned
// after the lock; staff, own session: that is liveRead.
func (a *App) CompetencyGrid(ctx context.Context, actor Actor, attemptID string) ([]CompetencyView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, liveRead)
	if err != nil {
		return nil, err
	}
	scenarioID := ""
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) { scenarioID = p.State.Exam.ScenarioID })
	sc, err := a.loadScenario(scenarioID)
	if err != nil {
		return nil, err
	}
	out := make([]CompetencyView, 0, len(sc.Competencies))
	for _, c := range sc.Competencies {
		out = append(out, CompetencyView{ID: c.ID, Title: c.Title, Assessed: c.Assessed, Mandatory: c.Mandatory,
			Point: c.Point, Questions: append([]string(nil), c.Questions...)})
	}
	return out, nil
}
