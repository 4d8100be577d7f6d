package analytics

import (
	"slices"
	"strings"
	"time"

	"cellule/domain"
)

// ReportSummary is one attempt's report as it stands, summarised for the
// exports (docs/ANALYTICS.md, "Reports"). Counts come from the domain's
// own attempt state, folded with attempt.Evolve.
type ReportSummary struct {
	ExamID      string
	AttemptID   string
	CandidateID string
	DisplayName string

	Questions          int
	KpiRows            int
	Causes             int
	CausesWithEvidence int
	Conclusions        int
	Milestones         int
	BudgetLines        int
	BudgetTotalCents   domain.Cents
	EnvelopeCents      domain.Cents
	BudgetOverrunCents domain.Cents

	Submitted   bool
	SubmittedAt time.Time // zero unless submitted
	SubmittedBy string    // domain.SubmittedByCandidate | SubmittedByDeadline | ""
}

// Reports returns a summary of every attempt's report, in opening order.
// It does not need the scenario.
func (p *Projection) Reports(examID string) ([]ReportSummary, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, false)
	if err != nil {
		return nil, err
	}
	out := make([]ReportSummary, len(x.attempts))
	for i, a := range x.attempts {
		st := &a.state
		r := ReportSummary{
			ExamID: st.ExamID, AttemptID: st.AttemptID, CandidateID: st.CandidateID,
			DisplayName:        x.names[st.AttemptID],
			Questions:          len(st.Questions),
			KpiRows:            len(st.KpiRows),
			Causes:             len(st.Causes),
			Conclusions:        len(st.Conclusions),
			Milestones:         len(st.Milestones),
			BudgetLines:        len(st.Budget),
			BudgetTotalCents:   st.BudgetTotal(),
			EnvelopeCents:      st.Exam.EnvelopeCents,
			BudgetOverrunCents: st.BudgetOverrun(),
		}
		for _, c := range st.Causes {
			if len(c.Evidence) > 0 {
				r.CausesWithEvidence++
			}
		}
		if sub := st.Submitted; sub != nil {
			r.Submitted, r.SubmittedAt, r.SubmittedBy = true, sub.At, sub.By
		}
		out[i] = r
	}
	return out, nil
}

// Assessment is one competency level given by one jury member to one
// attempt, with the evaluation's outcome once finalised.
type Assessment struct {
	ExamID      string
	AttemptID   string
	CandidateID string
	DisplayName string
	JuryID      string
	Competency  string // C18–C29
	Level       domain.Level
	LevelLabel  string // French, as the jury saw it
	Comment     string
	AssessedAt  time.Time
	// Result is domain.ResultPassed or ResultFailed once the evaluation
	// is finalised, empty before.
	Result      string
	FinalisedAt time.Time
}

// Assessments returns every competency assessment of the exam's
// evaluations: by attempt (opening order), jury member (id order) and
// competency (grid order).
func (p *Projection) Assessments(examID string) ([]Assessment, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, false)
	if err != nil {
		return nil, err
	}
	var out []Assessment
	for _, a := range x.attempts {
		evs := slices.Clone(a.evals)
		slices.SortFunc(evs, func(u, v *evalAcc) int { return strings.Compare(u.ev.JuryID, v.ev.JuryID) })
		for _, e := range evs {
			for _, c := range domain.Competencies {
				as, ok := e.ev.Assessments[c]
				if !ok {
					continue
				}
				row := Assessment{
					ExamID: a.state.ExamID, AttemptID: a.state.AttemptID, CandidateID: a.state.CandidateID,
					DisplayName: x.names[a.state.AttemptID], JuryID: e.ev.JuryID,
					Competency: c, Level: as.Level, LevelLabel: as.Level.Label(), Comment: as.Comment, AssessedAt: as.At,
				}
				if f := e.ev.Finalised; f != nil {
					row.Result, row.FinalisedAt = f.Result, f.At
				}
				out = append(out, row)
			}
		}
	}
	return out, nil
}
