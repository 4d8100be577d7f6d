package app

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"cellule/domain"
	"cellule/projections/analytics"
)

// QuestionQuery selects, orders and pages the questions of a session.
type QuestionQuery struct {
	ExamID string
	// AttemptID and AgentID narrow to one candidate or one agent ("": all).
	AttemptID string
	AgentID   string
	// EarnedNothing keeps only the answered questions that earned no fact.
	EarnedNothing bool
	// Search keeps the questions whose text contains it (case-insensitive).
	Search string
	// Sort is one of QuestionSorts ("": ask order); Desc reverses it.
	Sort string
	Desc bool
	// Offset and Limit page the result (Limit 0: 100; at most 1,000).
	Offset, Limit int
}

// QuestionSorts are the keys a question list can be sorted by.
var QuestionSorts = []string{"asked", "candidate", "agent", "facts", "newFacts", "specificity", "redundancy"}

// QuestionPage is one page of questions with the count of all that match.
type QuestionPage struct {
	Total int
	Items []analytics.QuestionMetrics
}

// maxQuestionPage bounds one page: a 500 × 100 cohort has 50,000
// questions, far more than a browser table should receive at once (the
// exports give them all).
const maxQuestionPage = 1000

// QuestionAnalytics returns the session's questions with their metrics
// (docs/ANALYTICS.md, "Per question"), filtered, sorted and paged on the
// server. Staff, own session; INVALID_INPUT unknown sort, bad page.
func (a *App) QuestionAnalytics(ctx context.Context, actor Actor, q QuestionQuery) (QuestionPage, error) {
	if err := a.authorizeExam(actor, q.ExamID); err != nil {
		return QuestionPage{}, err
	}
	if q.Sort != "" && !slices.Contains(QuestionSorts, q.Sort) {
		return QuestionPage{}, domain.Invalid("sort", "Tri inconnu.")
	}
	if q.Limit == 0 {
		q.Limit = 100
	}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > maxQuestionPage {
		return QuestionPage{}, domain.Invalid("limit", "Page invalide : 1 000 questions au plus.")
	}
	if err := domain.CheckText("search", q.Search, domain.MaxShortText, false); err != nil {
		return QuestionPage{}, err
	}
	all, err := a.examQuestions(q.ExamID)
	if err != nil {
		return QuestionPage{}, err
	}
	search := strings.ToLower(strings.TrimSpace(q.Search))
	items := all[:0]
	for _, m := range all {
		if (q.AttemptID != "" && m.AttemptID != q.AttemptID) || (q.AgentID != "" && m.AgentID != q.AgentID) ||
			(q.EarnedNothing && !m.EarnedNothing) || (search != "" && !strings.Contains(strings.ToLower(m.Text), search)) {
			continue
		}
		items = append(items, m)
	}
	if q.Sort != "" {
		by := questionOrder(q.Sort)
		slices.SortStableFunc(items, func(x, y analytics.QuestionMetrics) int {
			if q.Desc {
				return by(y, x)
			}
			return by(x, y)
		})
	} else if q.Desc {
		slices.Reverse(items)
	}
	page := QuestionPage{Total: len(items)}
	if q.Offset < len(items) {
		page.Items = slices.Clone(items[q.Offset:min(len(items), q.Offset+q.Limit)])
	}
	return page, nil
}

// examQuestions is every question of the session in ask order (no
// authorization: callers have checked).
func (a *App) examQuestions(examID string) ([]analytics.QuestionMetrics, error) {
	all, err := a.analytics.Questions(examID)
	return all, analyticsError(err)
}

func questionOrder(key string) func(x, y analytics.QuestionMetrics) int {
	switch key {
	case "candidate":
		return func(x, y analytics.QuestionMetrics) int {
			return cmp.Or(strings.Compare(x.DisplayName, y.DisplayName), cmp.Compare(x.Index, y.Index))
		}
	case "agent":
		return func(x, y analytics.QuestionMetrics) int { return strings.Compare(x.AgentID, y.AgentID) }
	case "facts":
		return func(x, y analytics.QuestionMetrics) int { return cmp.Compare(x.FactsEarned, y.FactsEarned) }
	case "newFacts":
		return func(x, y analytics.QuestionMetrics) int { return cmp.Compare(x.NewFacts, y.NewFacts) }
	case "specificity":
		return func(x, y analytics.QuestionMetrics) int { return cmp.Compare(x.Specificity, y.Specificity) }
	case "redundancy":
		return func(x, y analytics.QuestionMetrics) int { return cmp.Compare(x.Redundancy, y.Redundancy) }
	}
	return func(x, y analytics.QuestionMetrics) int { return x.AskedAt.Compare(y.AskedAt) }
}
