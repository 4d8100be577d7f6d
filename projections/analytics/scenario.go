package analytics

import (
	"strings"

	"cellule/agents/offline"
	"cellule/scenarios"
)

// scenarioInfo is a scenario indexed for the metrics: facts by id, topics
// with their stems, the topic vocabulary and the contradiction pairs.
type scenarioInfo struct {
	sc     *scenarios.Scenario
	facts  map[string]*factInfo
	order  []*factInfo          // every fact, in file order (agents, then facts)
	agents map[string]agentInfo // by agent id
	topics []topicInfo
	// topicsByStem indexes each topic under its first stem, so finding the
	// topics a question names looks only at candidates sharing a stem.
	topicsByStem map[uint32][]int
	// vocab is the union of the topics' stems.
	vocab          map[uint32]bool
	contradictions [][2]string
}

type factInfo struct {
	id         string
	agentID    string
	importance scenarios.Importance
	topics     []int // indexes in scenarioInfo.topics
}

type agentInfo struct {
	name     string
	facts    int
	critical int
}

// topicInfo is one topic of the scenario. Topics are compared by their
// normalised words, so "Leads" on one fact and "leads" on another are one
// topic; Label is the spelling first met.
type topicInfo struct {
	key   string
	label string
	stems []uint32
}

func newScenarioInfo(sc *scenarios.Scenario, tok *tokenizer) *scenarioInfo {
	s := &scenarioInfo{
		sc:             sc,
		facts:          map[string]*factInfo{},
		agents:         map[string]agentInfo{},
		topicsByStem:   map[uint32][]int{},
		vocab:          map[uint32]bool{},
		contradictions: sc.Contradictions(),
	}
	byKey := map[string]int{}
	for _, a := range sc.Agents {
		ai := agentInfo{name: a.Name}
		for _, f := range a.Facts {
			fi := &factInfo{id: f.ID, agentID: a.ID, importance: f.Importance}
			for _, t := range f.Topics {
				key := strings.Join(offline.Words(t), " ")
				if key == "" {
					continue
				}
				i, ok := byKey[key]
				if !ok {
					i = len(s.topics)
					byKey[key] = i
					stems := tok.stemSet(t)
					s.topics = append(s.topics, topicInfo{key: key, label: t, stems: stems})
					if len(stems) > 0 {
						s.topicsByStem[stems[0]] = append(s.topicsByStem[stems[0]], i)
					}
					for _, st := range stems {
						s.vocab[st] = true
					}
				}
				fi.topics = append(fi.topics, i)
			}
			s.facts[f.ID] = fi
			s.order = append(s.order, fi)
			ai.facts++
			if f.Importance == scenarios.Critical {
				ai.critical++
			}
		}
		s.agents[a.ID] = ai
	}
	return s
}

// namedTopics returns the topics whose every stem is in the question's
// stem set (sorted), in topic order, without duplicates.
func (s *scenarioInfo) namedTopics(stems []uint32) []int {
	var out []int
	for _, st := range stems {
		for _, i := range s.topicsByStem[st] {
			if containsAll(stems, s.topics[i].stems) {
				out = append(out, i)
			}
		}
	}
	// Each topic is indexed under one stem only, so no duplicates arise.
	return out
}

// specificity is the share of the question's content stems that belong
// to the scenario's topic vocabulary or are numbers (see ANALYTICS.md).
func (s *scenarioInfo) specificity(stems []uint32, tok *tokenizer) float64 {
	if len(stems) == 0 {
		return 0
	}
	n := 0
	for _, st := range stems {
		if s.vocab[st] || tok.numeric[st] {
			n++
		}
	}
	return float64(n) / float64(len(stems))
}
