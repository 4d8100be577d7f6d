package offline

import (
	"math"
	"sort"
	"strings"

	"cellule/scenarios"
)

// Gating parameters. They were tuned on the flagship's evaluation set
// (scenarios/vitalia/eval.yaml, `cellule agents eval`); the package
// documentation explains each.
const (
	// Base relevance a question needs to earn a fact, by importance.
	thresholdCritical = 0.70
	thresholdUseful   = 0.58
	thresholdNoise    = 0.50
	// cooperationSpan: a persona's cooperation c (0..1) moves every
	// threshold by (0.5-c)*cooperationSpan — a reluctant agent needs a
	// more precise question.
	cooperationSpan = 0.30
	// minCriticalMass: the idf mass of the question's terms found in a
	// critical fact must reach this share of the idf of a word found in
	// one fact only, so one common word ("campagne") never earns a
	// critical figure, however short the trigger. Relative, because idf
	// grows with the number of facts.
	minCriticalMass = 0.5
	// minQuestionCover: a fact must explain at least this share of the
	// question's idf mass, so a question about something else that names
	// one of the fact's topics ("la location de la Halle", asked to the
	// technician whose fact is about the Halle's internet link) earns
	// nothing.
	minQuestionCover = 0.30
	// topicFactor and textFactor discount a match on a fact's topics or
	// on its own wording against a match on an author's trigger phrasing.
	topicFactor = 0.75
	// fullTopic: the coverage from which a topic counts as named whole,
	// and its specificity lifts topicFactor (see topicWeight).
	fullTopic = 0.999
	// fBetaWeight: how much more a trigger's coverage counts than the
	// share of the question explained (see relevance).
	fBetaWeight = 2.0
	textFactor  = 0.85
	// textFullMass: the question must bring this idf mass of the fact's
	// words before a match on the fact's own wording counts fully.
	textFullMass = 8.0
	// rankQcovWeight: how much the share of the question a fact explains
	// weighs in the ranking (not in the gate).
	rankQcovWeight = 0.5
	// secondaryGain: a second (third) fact is earned only when it explains
	// this share of the question's idf mass that the facts already earned
	// do not — the question really asks two things — so a precise
	// question does not drag its neighbours along.
	secondaryGain = 0.25
	// maxFacts earned by one answer; more candidates than stuffingLimit
	// passing their thresholds means a keyword list, not a question.
	maxFacts      = 3
	stuffingLimit = 5
	// redirectOwnMax: the agent points to a colleague whose fact the
	// question would earn only when its own best relevance is below this.
	redirectOwnMax = 0.40
	// Negotiation: an argument must cover this share of one of the
	// acceptable arguments, plus resistance*resistanceSpan.
	thresholdArgument = 0.50
	resistanceSpan    = 0.30
)

// relevance combines the match features into one score in [0,1].
//
// A match on a trigger or a topic is weighed with the share of the
// question the fact explains, as an F-measure that favours the trigger
// (β = 2): a question that says what a trigger says earns the fact even
// with a few words of context around, but a question that shares a
// trigger's generic words ("combien coûte la location…") while asking
// about something else does not.
func relevance(m match) float64 {
	text := textFactor * m.qcov * math.Min(1, m.mass/textFullMass)
	trigger := fBeta(m.trigger, m.qcov)
	return math.Max(trigger, math.Max(m.topicScore, text))
}

// fBeta combines a coverage of the fact (recall-like) with the share of
// the question explained (precision-like), favouring the first.
func fBeta(cover, explained float64) float64 {
	const b2 = fBetaWeight * fBetaWeight
	if cover == 0 || explained == 0 {
		return 0
	}
	return (1 + b2) * cover * explained / (b2*explained + cover)
}

// threshold is the relevance a question needs to earn f from an agent
// with persona p.
func threshold(f *scenarios.Fact, p scenarios.Persona) float64 {
	base := thresholdUseful
	switch f.Importance {
	case scenarios.Critical:
		base = thresholdCritical
	case scenarios.Noise:
		base = thresholdNoise
	}
	c := math.Max(0, math.Min(1, p.Cooperation))
	return base + (0.5-c)*cooperationSpan
}

// passes reports whether m clears the fact's gate (prerequisites aside).
func (ix *index) passes(m match) bool {
	if m.relevance < threshold(m.fd.fact, m.fd.agent.Persona) || m.qcov < minQuestionCover {
		return false
	}
	if m.fd.fact.Importance == scenarios.Critical && m.mass < minCriticalMass*ix.maxIDF {
		return false
	}
	return true
}

// rank scores q against every fact of the agent, best first. The order
// weighs relevance by how much of the question the fact explains, so that
// a short generic trigger ("combien de contrats ?") does not outrank the
// fact that answers the whole question; ties break on the scenario's
// order so the outcome never depends on map order.
func (ix *index) rank(agentID string, q query) []match {
	fds := ix.byAgent[agentID]
	ms := make([]match, 0, len(fds))
	for _, fd := range fds {
		ms = append(ms, ix.score(fd, q))
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if a, b := ms[i].rankScore(), ms[j].rankScore(); a != b {
			return a > b
		}
		if ms[i].bm25 != ms[j].bm25 {
			return ms[i].bm25 > ms[j].bm25
		}
		return ms[i].fd.order < ms[j].fd.order
	})
	return ms
}

func (m match) rankScore() float64 { return m.relevance * (1 - rankQcovWeight + rankQcovWeight*m.qcov) }

// selection is the outcome of gating one question.
type selection struct {
	earned []match // facts the answer states, best first
	// blocked: the best candidates passed their gate but lack a
	// prerequisite.
	blocked bool
	// stuffing: too many facts at once — a keyword list.
	stuffing bool
	best     float64
}

// gate decides which facts q earns. known holds the fact ids disclosed
// before this question (prerequisites).
func (ix *index) gate(agentID string, q query, known map[string]bool) selection {
	ms := ix.rank(agentID, q)
	var sel selection
	if len(ms) == 0 {
		return sel
	}
	sel.best = ms[0].relevance
	var passing []match
	for _, m := range ms {
		if ix.passes(m) {
			passing = append(passing, m)
		}
	}
	if len(passing) > stuffingLimit {
		sel.stuffing = true
		return sel
	}
	for _, m := range passing {
		if !prerequisitesMet(m.fd.fact, known) {
			if len(sel.earned) == 0 {
				sel.blocked = true
			}
			continue
		}
		if len(sel.earned) > 0 && !ix.addsToAnswer(m, sel.earned, q) {
			continue
		}
		sel.earned = append(sel.earned, m)
		if len(sel.earned) == maxFacts {
			break
		}
	}
	if len(sel.earned) > 0 {
		sel.blocked = false
	}
	return sel
}

// addsToAnswer reports whether m explains enough of the question that the
// facts already earned leave unexplained.
func (ix *index) addsToAnswer(m match, earned []match, q query) bool {
	var gain float64
	for _, t := range q.terms {
		if m.fd.tf[t] == 0 {
			continue
		}
		explained := false
		for _, e := range earned {
			if e.fd.tf[t] > 0 {
				explained = true
				break
			}
		}
		if !explained {
			gain += ix.idf[t]
		}
	}
	return q.mass > 0 && gain/q.mass >= secondaryGain
}

func prerequisitesMet(f *scenarios.Fact, known map[string]bool) bool {
	for _, r := range f.Requires {
		if !known[r] {
			return false
		}
	}
	return true
}

// argues reports whether q carries an acceptable argument for the
// negotiable term of fd.
func (ix *index) argues(fd *factDoc, q query) bool {
	need := thresholdArgument + math.Max(0, math.Min(1, fd.agent.Persona.Resistance))*resistanceSpan
	// Argument words are mostly absent from the facts, so they have no
	// idf: each word of an argument counts the same.
	for _, ts := range fd.args {
		have := 0
		for _, t := range ts {
			for _, u := range q.all {
				if sameRoot(t, u) {
					have++
					break
				}
			}
		}
		if len(ts) > 0 && float64(have)/float64(len(ts)) >= need {
			return true
		}
	}
	return false
}

// sameRoot: equal stems, or one a prefix of the other of at least four
// letters — an argument is often a conjugated verb Snowball leaves apart
// ("on prend" / "nous prenons").
func sameRoot(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a)
}
