package analytics

import (
	"math"
	"slices"

	"cellule/scenarios"
)

// DefaultRareThreshold is the DiscoveryRate below which a fact counts as
// RarelyFound when the caller gives no threshold: found by fewer than one
// candidate in five.
const DefaultRareThreshold = 0.2

// ExamInfo describes an exam the projection knows.
type ExamInfo struct {
	ExamID     string
	Title      string
	ScenarioID string
	Attempts   int
}

// Exams lists the exams seen so far, sorted by id.
func (p *Projection) Exams() []ExamInfo {
	p.mu.RLock()
	defer p.mu.RUnlock()
	out := make([]ExamInfo, 0, len(p.exams))
	for _, x := range p.exams {
		if !x.scheduled && len(x.attempts) == 0 {
			continue // only enrolments seen so far
		}
		out = append(out, ExamInfo{ExamID: x.id, Title: x.snapshot.Title, ScenarioID: x.snapshot.ScenarioID, Attempts: len(x.attempts)})
	}
	slices.SortFunc(out, func(a, b ExamInfo) int {
		if a.ExamID < b.ExamID {
			return -1
		}
		if a.ExamID > b.ExamID {
			return 1
		}
		return 0
	})
	return out
}

// AgentMetrics are one agent's metrics across the exam's cohort
// (docs/ANALYTICS.md, "Per agent").
type AgentMetrics struct {
	AgentID                 string
	AgentName               string
	Candidates              int
	CandidatesAsking        int
	Questions               int
	QuestionsAnswered       int
	QuestionsEarningNothing int
	NothingRate             float64
	FactsHeld               int
	CriticalFactsHeld       int
	DiscoveryRate           float64
	CriticalDiscoveryRate   float64
	// MedianTimeToFirstQuestion in seconds over the candidates who asked
	// the agent; nil when nobody did.
	MedianTimeToFirstQuestion *float64
}

// Agents returns the metrics of every agent of the exam, in the exam
// snapshot's order.
func (p *Projection) Agents(examID string) ([]AgentMetrics, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, true)
	if err != nil {
		return nil, err
	}
	s := x.scen
	idx := map[string]int{}
	out := make([]AgentMetrics, len(x.snapshot.Agents))
	for i, ag := range x.snapshot.Agents {
		idx[ag.ID] = i
		ai := s.agents[ag.ID]
		out[i] = AgentMetrics{AgentID: ag.ID, AgentName: ag.Name, Candidates: len(x.attempts), FactsHeld: ai.facts, CriticalFactsHeld: ai.critical}
	}
	discovered := make([]float64, len(out))
	critDiscovered := make([]float64, len(out))
	firsts := make([][]float64, len(out))
	for _, a := range x.attempts {
		asked := make([]bool, len(out))
		earned := map[string]bool{}
		for _, q := range a.questions {
			i, ok := idx[q.agentID]
			if !ok {
				continue
			}
			m := &out[i]
			m.Questions++
			if !asked[i] {
				asked[i] = true
				m.CandidatesAsking++
				if sq, ok := a.state.Question(q.id); ok && !q.phaseStart.IsZero() {
					firsts[i] = append(firsts[i], max(0, sq.AskedAt.Sub(q.phaseStart).Seconds()))
				}
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
			}
		}
		perAgent := make([]int, len(out))
		perAgentCrit := make([]int, len(out))
		for f := range earned {
			fi, ok := s.facts[f]
			if !ok {
				continue
			}
			if i, ok := idx[fi.agentID]; ok {
				perAgent[i]++
				if fi.importance == scenarios.Critical {
					perAgentCrit[i]++
				}
			}
		}
		for i := range out {
			if out[i].FactsHeld > 0 {
				discovered[i] += float64(perAgent[i]) / float64(out[i].FactsHeld)
			}
			if out[i].CriticalFactsHeld > 0 {
				critDiscovered[i] += float64(perAgentCrit[i]) / float64(out[i].CriticalFactsHeld)
			}
		}
	}
	for i := range out {
		m := &out[i]
		if m.QuestionsAnswered > 0 {
			m.NothingRate = float64(m.QuestionsEarningNothing) / float64(m.QuestionsAnswered)
		}
		if m.Candidates > 0 {
			m.DiscoveryRate = discovered[i] / float64(m.Candidates)
			m.CriticalDiscoveryRate = critDiscovered[i] / float64(m.Candidates)
		}
		if len(firsts[i]) > 0 {
			slices.Sort(firsts[i])
			v := quantile(firsts[i], 0.5)
			m.MedianTimeToFirstQuestion = &v
		}
	}
	return out, nil
}

// FactMetrics are one fact's metrics across the exam's cohort
// (docs/ANALYTICS.md, "Per fact").
type FactMetrics struct {
	FactID        string
	AgentID       string
	Importance    scenarios.Importance
	Candidates    int
	FoundBy       int
	DiscoveryRate float64
	RarelyFound   bool
	// TimesEarned counts the answers that contained the fact, repeats included.
	TimesEarned int
}

// Facts returns the metrics of every fact of the exam's scenario, in the
// scenario's order. A fact is RarelyFound when its DiscoveryRate is below
// rareThreshold (DefaultRareThreshold when rareThreshold ≤ 0 or NaN).
func (p *Projection) Facts(examID string, rareThreshold float64) ([]FactMetrics, error) {
	if !(rareThreshold > 0) {
		rareThreshold = DefaultRareThreshold
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	x, err := p.examFor(examID, true)
	if err != nil {
		return nil, err
	}
	s := x.scen
	idx := make(map[string]int, len(s.order))
	out := make([]FactMetrics, len(s.order))
	for i, f := range s.order {
		idx[f.id] = i
		out[i] = FactMetrics{FactID: f.id, AgentID: f.agentID, Importance: f.importance, Candidates: len(x.attempts)}
	}
	for _, a := range x.attempts {
		for _, q := range a.questions {
			ans := a.answer(q)
			if ans == nil {
				continue
			}
			for _, f := range ans.FactIDs {
				if i, ok := idx[f]; ok {
					out[i].TimesEarned++
				}
			}
			// A fact is found once per candidate: at its first (new) earning.
			for _, f := range q.newFacts {
				if i, ok := idx[f]; ok {
					out[i].FoundBy++
				}
			}
		}
	}
	for i := range out {
		if out[i].Candidates > 0 {
			out[i].DiscoveryRate = float64(out[i].FoundBy) / float64(out[i].Candidates)
		}
		out[i].RarelyFound = out[i].DiscoveryRate < rareThreshold
	}
	return out, nil
}

// Distribution summarises one per-candidate metric over the cohort.
type Distribution struct {
	// Metric is the CandidateMetrics field summarised.
	Metric string
	// N is the number of candidates for whom the metric is defined.
	N      int
	Min    float64
	Q1     float64
	Median float64
	Q3     float64
	Max    float64
	Mean   float64
	Bins   []Bin
}

// Bin is one bar of a histogram: values in [Lo, Hi) (the last bin
// includes Hi).
type Bin struct {
	Lo    float64
	Hi    float64
	Count int
}

// HistogramBins is the number of equal-width bins of a Distribution.
const HistogramBins = 10

// distributionMetrics lists the per-candidate metrics summarised by
// Distributions, with how to read each (ok=false: undefined for that candidate).
var distributionMetrics = []struct {
	name string
	get  func(*CandidateMetrics) (float64, bool)
}{
	{"Questions", func(m *CandidateMetrics) (float64, bool) { return float64(m.Questions), true }},
	{"FactsEarned", func(m *CandidateMetrics) (float64, bool) { return float64(m.FactsEarned), true }},
	{"QuestionsPerFact", func(m *CandidateMetrics) (float64, bool) {
		if m.QuestionsPerFact == nil {
			return 0, false
		}
		return *m.QuestionsPerFact, true
	}},
	{"QuestionsEarningNothing", func(m *CandidateMetrics) (float64, bool) { return float64(m.QuestionsEarningNothing), true }},
	{"RedundantQuestions", func(m *CandidateMetrics) (float64, bool) { return float64(m.RedundantQuestions), true }},
	{"MeanSpecificity", func(m *CandidateMetrics) (float64, bool) { return m.MeanSpecificity, m.Questions > 0 }},
	{"OpenQuestionShare", func(m *CandidateMetrics) (float64, bool) { return m.OpenQuestionShare, m.Questions > 0 }},
	{"CriticalCoverage", func(m *CandidateMetrics) (float64, bool) { return m.CriticalCoverage, m.CriticalFactsTotal > 0 }},
	{"AgentsNeverAsked", func(m *CandidateMetrics) (float64, bool) { return float64(len(m.AgentsNeverAsked)), true }},
	{"ContradictionsSurfacedCount", func(m *CandidateMetrics) (float64, bool) { return float64(m.ContradictionsSurfacedCount), true }},
	{"TriangulatedTopicsCount", func(m *CandidateMetrics) (float64, bool) { return float64(m.TriangulatedTopicsCount), true }},
}

// Distributions summarises the per-candidate metrics of the exam's
// cohort: quantiles and a histogram per metric, in a fixed order.
func (p *Projection) Distributions(examID string) ([]Distribution, error) {
	cands, err := p.Candidates(examID)
	if err != nil {
		return nil, err
	}
	return Distributions(cands), nil
}

// Distributions summarises the given per-candidate metrics (see the
// method of the same name); exported so that a caller holding the
// candidates (e.g. filtered) need not query twice.
func Distributions(cands []CandidateMetrics) []Distribution {
	out := make([]Distribution, 0, len(distributionMetrics))
	vals := make([]float64, 0, len(cands))
	for _, dm := range distributionMetrics {
		vals = vals[:0]
		for i := range cands {
			if v, ok := dm.get(&cands[i]); ok {
				vals = append(vals, v)
			}
		}
		out = append(out, summarise(dm.name, vals))
	}
	return out
}

// summarise computes a Distribution (vals is reordered).
func summarise(name string, vals []float64) Distribution {
	d := Distribution{Metric: name, N: len(vals)}
	if len(vals) == 0 {
		return d
	}
	slices.Sort(vals)
	var sum float64
	for _, v := range vals {
		sum += v
	}
	d.Min, d.Max, d.Mean = vals[0], vals[len(vals)-1], sum/float64(len(vals))
	d.Q1, d.Median, d.Q3 = quantile(vals, 0.25), quantile(vals, 0.5), quantile(vals, 0.75)
	d.Bins = histogram(vals, HistogramBins)
	return d
}

// quantile is the q-quantile of sorted values by linear interpolation
// between closest ranks (Hyndman & Fan type 7: R's default, Excel's
// QUARTILE.INC), so the figures match what staff get in a spreadsheet.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	h := q * float64(len(sorted)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-lo)*(sorted[i+1]-sorted[i])
}

// histogram counts sorted values in k equal-width bins from min to max;
// one bin when all values are equal.
func histogram(sorted []float64, k int) []Bin {
	lo, hi := sorted[0], sorted[len(sorted)-1]
	if lo == hi {
		return []Bin{{Lo: lo, Hi: hi, Count: len(sorted)}}
	}
	w := (hi - lo) / float64(k)
	bins := make([]Bin, k)
	for i := range bins {
		bins[i].Lo = lo + float64(i)*w
		bins[i].Hi = lo + float64(i+1)*w
	}
	bins[k-1].Hi = hi
	for _, v := range sorted {
		i := int((v - lo) / w)
		if i >= k {
			i = k - 1
		}
		bins[i].Count++
	}
	return bins
}
