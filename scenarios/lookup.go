package scenarios

import (
	"slices"
	"strings"
)

// Lookups used by the engines, the exam and the jury. Scenarios hold a few
// hundred items at most, so a linear scan is simpler than an index that
// would have to be kept in step with the slices.

// Agent returns the agent with this id.
func (s *Scenario) Agent(id string) (*Agent, bool) {
	for i := range s.Agents {
		if s.Agents[i].ID == id {
			return &s.Agents[i], true
		}
	}
	return nil, false
}

// Fact returns the fact with this id and the agent who holds it.
func (s *Scenario) Fact(id string) (*Fact, *Agent, bool) {
	if id == "" {
		return nil, nil, false
	}
	for i := range s.Agents {
		a := &s.Agents[i]
		for j := range a.Facts {
			if a.Facts[j].ID == id {
				return &a.Facts[j], a, true
			}
		}
	}
	return nil, nil, false
}

// KPI returns the indicator with this id.
func (s *Scenario) KPI(id string) (*KPI, bool) {
	for i := range s.KPIs {
		if s.KPIs[i].ID == id {
			return &s.KPIs[i], true
		}
	}
	return nil, false
}

// Offer returns the supplier offer with this id.
func (s *Scenario) Offer(id string) (*Offer, bool) {
	for i := range s.Offers {
		if s.Offers[i].ID == id {
			return &s.Offers[i], true
		}
	}
	return nil, false
}

// Competency returns the competency with this id ("C21").
func (s *Scenario) Competency(id string) (*Competency, bool) {
	for i := range s.Competencies {
		if s.Competencies[i].ID == id {
			return &s.Competencies[i], true
		}
	}
	return nil, false
}

// AgentsOn returns the agents a candidate can question on day, in the
// scenario's order (team agents available on J2 are reactivated there).
func (s *Scenario) AgentsOn(day Day) []Agent {
	var out []Agent
	for _, a := range s.Agents {
		if slices.Contains(a.Days, day) {
			out = append(out, a)
		}
	}
	return out
}

// Contradictions returns the pairs of facts that contradict each other,
// from every fact's contradicts list: each pair once, its two ids in
// lexical order, pairs sorted.
func (s *Scenario) Contradictions() [][2]string {
	var out [][2]string
	for _, a := range s.Agents {
		for _, f := range a.Facts {
			for _, c := range f.Contradicts {
				p := [2]string{f.ID, c}
				if p[1] < p[0] {
					p[0], p[1] = p[1], p[0]
				}
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y [2]string) int {
		if x[0] != y[0] {
			return strings.Compare(x[0], y[0])
		}
		return strings.Compare(x[1], y[1])
	})
	return out
}

// CriticalFacts returns the critical facts of an agent, in file order
// (nil for an unknown agent).
func (s *Scenario) CriticalFacts(agentID string) []Fact {
	a, ok := s.Agent(agentID)
	if !ok {
		return nil
	}
	var out []Fact
	for _, f := range a.Facts {
		if f.Importance == Critical {
			out = append(out, f)
		}
	}
	return out
}
