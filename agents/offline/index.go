package offline

import (
	"math"
	"sync"

	"cellule/scenarios"
)

// Field weights of the BM25 document of a fact: the trigger phrasings are
// what authors wrote for questions, so they weigh most; the fact's own
// text is how the agent would say it, and weighs least.
const (
	weightTrigger = 2.0
	weightTopic   = 1.5
	weightText    = 1.0
	bm25K1        = 1.2
	bm25B         = 0.75
)

// termSet is a deduplicated list of index terms, in first-seen order.
type termSet []string

func newTermSet(terms []string) termSet {
	out := make(termSet, 0, len(terms))
	for _, t := range terms {
		if !contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// factDoc is one fact as indexed.
type factDoc struct {
	fact     *scenarios.Fact
	agent    *scenarios.Agent
	order    int // position in the scenario, the last tie-break
	triggers []termSet
	topics   []termSet
	text     termSet
	tf       map[string]float64
	length   float64
	args     []termSet // negotiation arguments
}

type redirectDoc struct {
	redirect *scenarios.Redirect
	topics   []termSet
}

// index is everything the engine precomputes for one scenario.
type index struct {
	an        *analyzer
	idf       map[string]float64
	avgLen    float64
	maxIDF    float64 // idf of a term found in one fact only
	facts     []*factDoc
	byAgent   map[string][]*factDoc
	agents    map[string]*scenarios.Agent
	redirects map[string][]redirectDoc
	factByID  map[string]*factDoc
}

// indexes caches one index per loaded scenario: scenarios are immutable
// once loaded, so the index is built on the first question only.
var indexes sync.Map // *scenarios.Scenario → *index

func indexFor(s *scenarios.Scenario) *index {
	if ix, ok := indexes.Load(s); ok {
		return ix.(*index)
	}
	ix, _ := indexes.LoadOrStore(s, buildIndex(s))
	return ix.(*index)
}

func buildIndex(s *scenarios.Scenario) *index {
	var texts []string
	for ai := range s.Agents {
		a := &s.Agents[ai]
		for _, r := range a.Redirects {
			texts = append(texts, r.Topics...)
		}
		for fi := range a.Facts {
			f := &a.Facts[fi]
			texts = append(texts, f.Text)
			texts = append(texts, f.Topics...)
			texts = append(texts, f.Triggers...)
			if f.Negotiation != nil {
				texts = append(texts, f.Negotiation.Arguments...)
			}
		}
	}
	ix := &index{
		an:        newAnalyzer(texts, s.Synonyms),
		idf:       map[string]float64{},
		byAgent:   map[string][]*factDoc{},
		agents:    map[string]*scenarios.Agent{},
		redirects: map[string][]redirectDoc{},
		factByID:  map[string]*factDoc{},
	}
	df := map[string]int{}
	var total float64
	for ai := range s.Agents {
		a := &s.Agents[ai]
		ix.agents[a.ID] = a
		for ri := range a.Redirects {
			r := &a.Redirects[ri]
			rd := redirectDoc{redirect: r}
			for _, t := range r.Topics {
				rd.topics = append(rd.topics, newTermSet(ix.an.terms(t)))
			}
			ix.redirects[a.ID] = append(ix.redirects[a.ID], rd)
		}
		for fi := range a.Facts {
			f := &a.Facts[fi]
			fd := &factDoc{fact: f, agent: a, order: len(ix.facts), tf: map[string]float64{}}
			addField := func(text string, w float64) termSet {
				ts := ix.an.terms(text)
				for _, t := range ts {
					fd.tf[t] += w
					fd.length += w
				}
				return newTermSet(ts)
			}
			for _, t := range f.Triggers {
				fd.triggers = append(fd.triggers, addField(t, weightTrigger))
			}
			for _, t := range f.Topics {
				fd.topics = append(fd.topics, addField(t, weightTopic))
			}
			fd.text = addField(f.Text, weightText)
			if f.Negotiation != nil {
				// An argument must bring something the question about the
				// term itself does not: the fact's own words are left out.
				for _, arg := range f.Negotiation.Arguments {
					var own termSet
					for _, t := range ix.an.terms(arg) {
						if fd.tf[t] == 0 && !contains(own, t) {
							own = append(own, t)
						}
					}
					if len(own) == 0 {
						own = newTermSet(ix.an.terms(arg))
					}
					fd.args = append(fd.args, own)
				}
			}
			for t := range fd.tf {
				df[t]++
			}
			total += fd.length
			ix.facts = append(ix.facts, fd)
			ix.byAgent[a.ID] = append(ix.byAgent[a.ID], fd)
			ix.factByID[f.ID] = fd
		}
	}
	n := float64(len(ix.facts))
	for t, d := range df {
		ix.idf[t] = math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5))
	}
	if n > 0 {
		ix.avgLen = total / n
	}
	ix.maxIDF = math.Log(1 + (n-0.5)/1.5)
	return ix
}

// query is an analysed question.
type query struct {
	terms termSet // known terms only (the scenario's vocabulary)
	mass  float64 // Σ idf of terms
	all   termSet // every term, known or not
}

func (ix *index) analyse(text string) query {
	all := newTermSet(ix.an.terms(text))
	q := query{all: all}
	for _, t := range all {
		if w := ix.idf[t]; w > 0 {
			q.terms = append(q.terms, t)
			q.mass += w
		}
	}
	return q
}

// coverage is the share of ts's idf mass that the query contains: 1 when
// the question says everything a trigger phrasing says.
func (ix *index) coverage(ts termSet, q query) float64 {
	var have, want float64
	for _, t := range ts {
		w := ix.idf[t]
		want += w
		if contains(q.terms, t) {
			have += w
		}
	}
	if want == 0 {
		return 0
	}
	return have / want
}

// match is how well a question matches one fact.
type match struct {
	fd *factDoc
	// trigger: best coverage of one trigger phrasing; topic: of one topic.
	trigger, topic float64
	// topicScore: the best topic's match, weighed by how specific the
	// topic is (topicWeight) and by the share of the question explained.
	topicScore float64
	// qcov: share of the question's idf mass found anywhere in the fact.
	qcov float64
	// mass: idf mass of the question terms found in the fact (specificity).
	mass float64
	bm25 float64
	// relevance combines the above into the gating score (see gate.go).
	relevance float64
}

func (ix *index) score(fd *factDoc, q query) match {
	m := match{fd: fd}
	for _, ts := range fd.triggers {
		m.trigger = math.Max(m.trigger, ix.coverage(ts, q))
	}
	norm := bm25K1 * (1 - bm25B + bm25B*fd.length/ix.avgLen)
	for _, t := range q.terms {
		tf := fd.tf[t]
		if tf == 0 {
			continue
		}
		w := ix.idf[t]
		m.mass += w
		m.bm25 += w * tf * (bm25K1 + 1) / (tf + norm)
	}
	if q.mass > 0 {
		m.qcov = m.mass / q.mass
	}
	for _, ts := range fd.topics {
		cov := ix.coverage(ts, q)
		m.topic = math.Max(m.topic, cov)
		w := topicFactor
		if cov >= fullTopic {
			w = ix.topicWeight(ts)
		}
		m.topicScore = math.Max(m.topicScore, w*fBeta(cov, m.qcov))
	}
	m.relevance = relevance(m)
	return m
}

// topicWeight discounts a match on a whole topic (every term of it is in
// the question: a part of a topic keeps topicFactor) against a match on a
// trigger, the less the more specific the topic: naming a precise topic ("le
// sous-titrage en direct", "le prix de l'auditorium": a multi-word topic
// or a word of one fact) is as good as asking an author's phrasing, while
// naming a common one ("tarif") is not. Specificity is the topic's idf
// mass against that of a word found in one fact only.
func (ix *index) topicWeight(ts termSet) float64 {
	var mass float64
	for _, t := range ts {
		mass += ix.idf[t]
	}
	specific := 0.0
	if ix.maxIDF > 0 {
		specific = math.Min(1, mass/ix.maxIDF)
	}
	return topicFactor + (1-topicFactor)*specific
}
