package analytics

import (
	"slices"

	"cellule/domain"
	"cellule/scenarios"
)

// CandidateMetrics are one attempt's metrics (docs/ANALYTICS.md, "Per
// candidate").
type CandidateMetrics struct {
	ExamID      string
	AttemptID   string
	CandidateID string
	DisplayName string

	Questions         int
	QuestionsAnswered int
	FactsEarned       int // distinct facts earned
	// QuestionsPerFact is Questions / FactsEarned; nil when no fact was earned.
	QuestionsPerFact        *float64
	QuestionsEarningNothing int
	RedundantQuestions      int
	MeanSpecificity         float64
	OpenQuestionShare       float64

	CriticalFactsEarned     int
	CriticalFactsTotal      int
	CriticalCoverage        float64
	CriticalCoverageByAgent []AgentCoverage

	AgentsNeverAsked []string

	ContradictionsSurfaced      []Contradiction
	ContradictionsSurfacedCount int
	ContradictionsTotal         int

	TriangulatedTopics      []TriangulatedTopic
	TriangulatedTopicsCount int

	TimeToFirstQuestion []FirstQuestion
}

// AgentCoverage is the share of one agent's critical facts a candidate earned.
type AgentCoverage struct {
	AgentID  string
	Earned   int
	Total    int
	Coverage float64 // Earned / Total; 0 when the agent holds no critical fact
}

// Contradiction is a pair of facts of the scenario that contradict each
// other (ids in lexical order).
type Contradiction struct {
	FactA string
	FactB string
}

// TriangulatedTopic is a topic the candidate asked several agents about.
type TriangulatedTopic struct {
	Topic  string
	Agents []string // in the order first asked
}

// FirstQuestion is how long after its day opened an agent was first asked.
type FirstQuestion struct {
	AgentID    string
	Phase      domain.Day
	QuestionID string
	Seconds    float64
}

// candidate computes an attempt's metrics. Callers hold the read lock and
// have checked a.scen.
func (a *attemptAcc) candidate() CandidateMetrics {
	s := a.scen
	st := &a.state
	m := CandidateMetrics{
		ExamID: st.ExamID, AttemptID: st.AttemptID, CandidateID: st.CandidateID,
		DisplayName:         a.exam.names[st.AttemptID],
		Questions:           len(a.questions),
		ContradictionsTotal: len(s.contradictions),
	}
	earned := map[string]bool{}
	asked := map[string]bool{}
	var specSum float64
	open := 0
	// Topic → agents it was asked to, in first-asked order.
	topicAgents := map[int][]string{}
	var topicOrder []int
	addTopic := func(t int, agent string) {
		ags, seen := topicAgents[t]
		if !seen {
			topicOrder = append(topicOrder, t)
		}
		if !slices.Contains(ags, agent) {
			topicAgents[t] = append(ags, agent)
		}
	}
	for _, q := range a.questions {
		specSum += q.specificity
		if q.form == Open {
			open++
		}
		if q.redundancy >= RedundancyThreshold {
			m.RedundantQuestions++
		}
		if !asked[q.agentID] {
			asked[q.agentID] = true
			sq, _ := st.Question(q.id)
			fq := FirstQuestion{AgentID: q.agentID, QuestionID: q.id}
			if sq != nil {
				fq.Phase = sq.Phase
				if !q.phaseStart.IsZero() {
					fq.Seconds = max(0, sq.AskedAt.Sub(q.phaseStart).Seconds())
				}
			}
			m.TimeToFirstQuestion = append(m.TimeToFirstQuestion, fq)
		}
		for _, t := range q.topics {
			addTopic(t, q.agentID)
		}
		ans := a.answer(q)
		if ans == nil {
			continue
		}
		m.QuestionsAnswered++
		if len(ans.FactIDs) == 0 {
			m.QuestionsEarningNothing++
		}
		for _, f := range ans.FactIDs {
			earned[f] = true
			if fi, ok := s.facts[f]; ok {
				for _, t := range fi.topics {
					addTopic(t, q.agentID)
				}
			}
		}
	}
	m.FactsEarned = len(earned)
	if m.FactsEarned > 0 {
		v := float64(m.Questions) / float64(m.FactsEarned)
		m.QuestionsPerFact = &v
	}
	if m.Questions > 0 {
		m.MeanSpecificity = specSum / float64(m.Questions)
		m.OpenQuestionShare = float64(open) / float64(m.Questions)
	}

	// Coverage per agent of the candidate's exam, in the snapshot's order.
	for _, ag := range st.Exam.Agents {
		c := AgentCoverage{AgentID: ag.ID, Total: s.agents[ag.ID].critical}
		for f := range earned {
			if fi, ok := s.facts[f]; ok && fi.agentID == ag.ID && fi.importance == scenarios.Critical {
				c.Earned++
			}
		}
		if c.Total > 0 {
			c.Coverage = float64(c.Earned) / float64(c.Total)
		}
		m.CriticalFactsEarned += c.Earned
		m.CriticalFactsTotal += c.Total
		m.CriticalCoverageByAgent = append(m.CriticalCoverageByAgent, c)
		if !asked[ag.ID] {
			m.AgentsNeverAsked = append(m.AgentsNeverAsked, ag.ID)
		}
	}
	if m.CriticalFactsTotal > 0 {
		m.CriticalCoverage = float64(m.CriticalFactsEarned) / float64(m.CriticalFactsTotal)
	}

	for _, pair := range s.contradictions {
		if earned[pair[0]] && earned[pair[1]] {
			m.ContradictionsSurfaced = append(m.ContradictionsSurfaced, Contradiction{pair[0], pair[1]})
		}
	}
	m.ContradictionsSurfacedCount = len(m.ContradictionsSurfaced)

	for _, t := range topicOrder {
		if ags := topicAgents[t]; len(ags) >= 2 {
			m.TriangulatedTopics = append(m.TriangulatedTopics, TriangulatedTopic{Topic: s.topics[t].label, Agents: ags})
		}
	}
	m.TriangulatedTopicsCount = len(m.TriangulatedTopics)
	return m
}

// Candidates returns the metrics of every attempt of the exam, in opening order.
func (p *Projection) Candidates(examID string) ([]CandidateMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, true)
	if err != nil {
		return nil, err
	}
	out := make([]CandidateMetrics, len(x.attempts))
	for i, a := range x.attempts {
		out[i] = a.candidate()
	}
	return out, nil
}

// Candidate returns the metrics of one attempt.
func (p *Projection) Candidate(attemptID string) (CandidateMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	a, ok := p.attempts[attemptID]
	if !ok {
		return CandidateMetrics{}, ErrUnknownAttempt
	}
	if a.scenErr != nil {
		return CandidateMetrics{}, a.scenErr
	}
	return a.candidate(), nil
}
