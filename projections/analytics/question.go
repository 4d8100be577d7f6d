package analytics

import (
	"slices"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/scenarios"
)

// RedundancyThreshold is the Redundancy from which a question counts as
// Redundant: at 0.6 two questions share most of their content words
// ("combien de leads en octobre ?" / "combien de leads avez-vous eu en
// octobre ?"), while a follow-up on the same topic with a new angle stays
// below.
const RedundancyThreshold = 0.6

// question holds what is computed when a question is asked or answered;
// its status and answer are read from the attempt's domain state.
type question struct {
	id      string
	index   int // 1-based, in the attempt's ask order
	agentID string
	stems   []uint32
	topics  []int // named in the text (scenario topic indexes)

	specificity   float64
	form          Form
	redundancy    float64
	redundantWith string
	// phaseStart is when the day the question was asked on opened for
	// this candidate (for TimeToFirstQuestion).
	phaseStart time.Time

	newFacts []string // facts of the answer not earned by any earlier answer
}

func (p *Projection) newQuestion(a *attemptAcc, e domain.QuestionAsked) *question {
	q := &question{
		id:      e.QuestionID,
		index:   len(a.questions) + 1,
		agentID: e.AgentID,
		stems:   p.tok.stemSet(e.Text),
		form:    questionForm(e.Text),
	}
	if a.scen != nil {
		q.topics = a.scen.namedTopics(q.stems)
		q.specificity = a.scen.specificity(q.stems, &p.tok)
	}
	// Redundancy looks at earlier questions to the same agent only: the
	// same question to another agent is triangulation, a good practice.
	for _, prev := range a.questions {
		if prev.agentID != e.AgentID {
			continue
		}
		if j := jaccard(q.stems, prev.stems); j > q.redundancy {
			q.redundancy, q.redundantWith = j, prev.id
		}
	}
	sch := a.state.Exam.Schedule
	switch e.Phase {
	case domain.J1:
		q.phaseStart = sch.J1Start
	case domain.J2:
		q.phaseStart = sch.J2Start
		if early := a.state.J2OpenedEarly; !early.IsZero() && early.Before(q.phaseStart) {
			q.phaseStart = early
		}
	}
	return q
}

// QuestionMetrics is one question with its metrics (docs/ANALYTICS.md,
// "Per question").
type QuestionMetrics struct {
	ExamID      string
	AttemptID   string
	CandidateID string
	DisplayName string
	QuestionID  string
	Index       int // 1-based order in the attempt
	AgentID     string
	Phase       domain.Day
	Text        string
	AskedAt     time.Time
	// Status is attempt.QuestionPending, QuestionAnswered or QuestionFailed.
	Status     string
	AnsweredAt time.Time // zero unless answered
	Engine     string
	Refused    bool
	LatencyMs  int64

	FactIDs             []string
	NewFactIDs          []string
	FactsEarned         int
	NewFacts            int
	RepeatedFacts       int
	CriticalFactsEarned int
	EarnedNothing       bool

	Specificity   float64
	TopicsNamed   []string
	Form          Form
	Redundancy    float64
	RedundantWith string
	Redundant     bool
}

// metrics builds the exported view of a question. Callers hold the read lock.
func (a *attemptAcc) metrics(q *question) QuestionMetrics {
	m := QuestionMetrics{
		ExamID:        a.state.ExamID,
		AttemptID:     a.state.AttemptID,
		CandidateID:   a.state.CandidateID,
		DisplayName:   a.exam.names[a.state.AttemptID],
		QuestionID:    q.id,
		Index:         q.index,
		AgentID:       q.agentID,
		Specificity:   q.specificity,
		Form:          q.form,
		Redundancy:    q.redundancy,
		RedundantWith: q.redundantWith,
		Redundant:     q.redundancy >= RedundancyThreshold,
		Status:        attempt.QuestionPending,
	}
	if sq, ok := a.state.Question(q.id); ok {
		m.Phase, m.Text, m.AskedAt, m.Status = sq.Phase, sq.Text, sq.AskedAt, sq.Status
		if ans := sq.Answer; ans != nil && sq.Status == attempt.QuestionAnswered {
			m.AnsweredAt, m.Engine, m.Refused, m.LatencyMs = ans.At, ans.Engine, ans.Refused, ans.LatencyMs
			m.FactIDs = slices.Clone(ans.FactIDs)
			m.NewFactIDs = slices.Clone(q.newFacts)
			m.FactsEarned = len(ans.FactIDs)
			m.NewFacts = len(q.newFacts)
			m.RepeatedFacts = m.FactsEarned - m.NewFacts
			m.EarnedNothing = m.FactsEarned == 0
			if a.scen != nil {
				for _, f := range ans.FactIDs {
					if fi, ok := a.scen.facts[f]; ok && fi.importance == scenarios.Critical {
						m.CriticalFactsEarned++
					}
				}
			}
		}
	}
	if a.scen != nil {
		for _, t := range q.topics {
			m.TopicsNamed = append(m.TopicsNamed, a.scen.topics[t].label)
		}
	}
	return m
}

// answer returns the recorded answer of a question, nil unless answered.
func (a *attemptAcc) answer(q *question) *domain.AgentAnswered {
	if sq, ok := a.state.Question(q.id); ok && sq.Status == attempt.QuestionAnswered {
		return sq.Answer
	}
	return nil
}

// Questions returns every question of the exam's attempts with its
// metrics, attempts in opening order and questions in ask order.
func (p *Projection) Questions(examID string) ([]QuestionMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, true)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, a := range x.attempts {
		n += len(a.questions)
	}
	out := make([]QuestionMetrics, 0, n)
	for _, a := range x.attempts {
		for _, q := range a.questions {
			out = append(out, a.metrics(q))
		}
	}
	return out, nil
}

// AttemptQuestions returns the questions of one attempt with their metrics.
func (p *Projection) AttemptQuestions(attemptID string) ([]QuestionMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	a, ok := p.attempts[attemptID]
	if !ok {
		return nil, ErrUnknownAttempt
	}
	if a.scenErr != nil {
		return nil, a.scenErr
	}
	out := make([]QuestionMetrics, 0, len(a.questions))
	for _, q := range a.questions {
		out = append(out, a.metrics(q))
	}
	return out, nil
}

// NothingEarned returns the answered questions of the exam that earned no
// fact (refusals included), most specific first, at most limit (all when
// limit ≤ 0): a specific question that earned nothing often shows a
// missing trigger in the scenario.
func (p *Projection) NothingEarned(examID string, limit int) ([]QuestionMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, true)
	if err != nil {
		return nil, err
	}
	type ref struct {
		a *attemptAcc
		q *question
	}
	var refs []ref
	for _, a := range x.attempts {
		for _, q := range a.questions {
			if ans := a.answer(q); ans != nil && len(ans.FactIDs) == 0 {
				refs = append(refs, ref{a, q})
			}
		}
	}
	// Stable: equal specificities keep attempt and ask order.
	slices.SortStableFunc(refs, func(x, y ref) int {
		switch {
		case x.q.specificity > y.q.specificity:
			return -1
		case x.q.specificity < y.q.specificity:
			return 1
		}
		return 0
	})
	if limit > 0 && len(refs) > limit {
		refs = refs[:limit]
	}
	out := make([]QuestionMetrics, len(refs))
	for i, r := range refs {
		out[i] = r.a.metrics(r.q)
	}
	return out, nil
}
