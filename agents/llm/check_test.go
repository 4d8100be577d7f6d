package llm

import (
	"errors"
	"strings"
	"testing"

	"cellule/agents"
	"cellule/scenarios"
)

// negotiatingScenario adds a supplier whose price moves when the candidate
// argues, to the test scenario.
func negotiatingScenario() *scenarios.Scenario {
	s := testScenario()
	s.Agents = append(s.Agents, scenarios.Agent{
		ID: "lieu", Name: "Sophie Garnier", Role: "responsable commerciale du centre de congrès", Kind: scenarios.Supplier,
		Days: []scenarios.Day{scenarios.J2},
		Facts: []scenarios.Fact{{
			ID: "lieu-tarif", Text: "La location de l'auditorium coûte 4 200 € la journée, hors taxes.",
			Negotiation: &scenarios.Negotiation{Concession: "Bon, pour une première collaboration je peux descendre à 3 800 € la journée, pas en dessous."},
		}},
	})
	return s
}

func TestOutputCheck(t *testing.T) {
	conv := statement{factID: "data-conv", text: "Le taux de conversion des inscriptions est de 2,4 % pour un objectif de 5 %."}
	tarif := statement{factID: "lieu-tarif", text: "La location de l'auditorium coûte 4 200 € la journée, hors taxes."}
	concession := statement{factID: "lieu-tarif", concession: true,
		text: "Bon, pour une première collaboration je peux descendre à 3 800 € la journée, pas en dessous."}
	tests := []struct {
		name    string
		agent   string
		earned  []statement
		history []agents.Turn
		known   []string // q.Disclosed
		qtext   string
		answer  string
		reason  string // "" passes
	}{
		{"an answer rephrasing the earned fact passes", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"Franchement, la conversion des inscriptions reste à 2,4 %, alors qu'on visait 5 %.", ""},
		{"an answer repeating the earned fact word for word passes", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			conv.text, ""},
		{"a figure of an unearned fact is refused", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"La conversion est à 2,4 %, et on a perdu 12 500 € de budget.", "unearned figure 12 500"},
		{"a date of an unearned fact is refused in another format", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"La conversion est à 2,4 %, depuis le 15 mars.", "unearned figure 15 mars"},
		{"an invented gap is refused", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"La conversion est à 2,4 %, soit 2,6 points sous l'objectif.", "unearned figure 2,6"},
		{"a figure the candidate gave in the question may be repeated", "data", []statement{conv}, nil, nil, "On m'a parlé de 3 %, c'est juste ?",
			"Non, pas 3 %, c'est 2,4 % pour un objectif de 5 %.", ""},
		{"a figure said earlier in the conversation may be repeated", "data", []statement{conv},
			[]agents.Turn{{Question: "Et le coût ?", Answer: "Le coût par inscription atteint 48 € contre 30 € prévus.", FactIDs: []string{"data-cpl"}}}, nil,
			"Et la conversion ?", "2,4 % de conversion, avec un coût de 48 € par inscription.", ""},
		{"the wording of an unearned fact of the agent is refused", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"2,4 %. Et la page d'inscription n'était pas adaptée aux téléphones, elle plantait sous Safari.", "unearned fact data-mobile"},
		{"the wording of another agent's unearned fact is refused", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			"2,4 %, mais la direction a décidé seule d'avancer le lancement, contre l'avis du terrain.", "unearned fact dir-decision"},
		{"the wording of a fact disclosed by another agent passes", "data", []statement{conv}, nil, []string{"dir-decision"}, "Et la conversion ?",
			"2,4 %, mais la direction a décidé seule d'avancer le lancement, contre l'avis du terrain.", ""},
		{"a concession not granted is refused", "lieu", []statement{tarif}, nil, nil, "Quel est le prix de l'auditorium ?",
			"C'est 4 200 € la journée, mais je peux descendre à 3 800 € la journée.", "unearned figure 3 800"},
		{"a granted concession passes", "lieu", []statement{tarif, concession}, nil, nil, "C'est cher, nous revenons l'an prochain.",
			"Bon, d'accord : 3 800 € la journée au lieu de 4 200 €, pas en dessous.", ""},
		{"an answer far too long is refused", "data", []statement{conv}, nil, nil, "Et la conversion ?",
			strings.Repeat("C'est une campagne décevante. ", 50), "answer too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := negotiatingScenario()
			agent, _ := s.Agent(tt.agent)
			q := agents.Question{Scenario: s, AgentID: tt.agent, Text: tt.qtext, History: tt.history, Disclosed: tt.known}
			err := newChecker(q, agent, tt.earned).check(tt.answer)
			if tt.reason == "" {
				if err != nil {
					t.Fatalf("check(%q) = %v, want pass", tt.answer, err)
				}
				return
			}
			var cerr *CheckError
			if !errors.As(err, &cerr) || cerr.Reason != tt.reason {
				t.Fatalf("check(%q) = %v, want reason %q", tt.answer, err, tt.reason)
			}
		})
	}
}

// A granted concession reaches the model; one not granted never does.
func TestConcessionsReachTheModelOnlyWhenGranted(t *testing.T) {
	s := negotiatingScenario()
	agent, _ := s.Agent("lieu")
	q := agents.Question{Scenario: s, AgentID: "lieu", Text: "Et le prix ?"}
	tarif := statement{factID: "lieu-tarif", text: s.Agents[2].Facts[0].Text}
	concession := statement{factID: "lieu-tarif", text: s.Agents[2].Facts[0].Negotiation.Concession, concession: true}
	prompt := func(earned ...statement) string { return systemPrompt(q, agent, earned) }
	if p := prompt(tarif); strings.Contains(p, "3 800") {
		t.Errorf("the concession reached the model before it was granted")
	}
	if p := prompt(tarif, concession); !strings.Contains(p, "3 800") || !strings.Contains(p, "4 200") {
		t.Errorf("the granted concession must reach the model with the fact: %s", p)
	}
}

func BenchmarkOutputCheck(b *testing.B) {
	s := negotiatingScenario()
	agent, _ := s.Agent("data")
	q := agents.Question{Scenario: s, AgentID: "data", Text: "Et la conversion ?"}
	earned := []statement{{factID: "data-conv", text: s.Agents[0].Facts[0].Text}}
	answer := "Franchement, la conversion des inscriptions reste à 2,4 %, alors qu'on visait 5 %. C'est loin du compte."
	for b.Loop() {
		if err := newChecker(q, agent, earned).check(answer); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOutputCheckFlagship measures building the check (every fact of
// the flagship scenario is guarded) and checking one answer: the cost added
// to each LLM answer, next to the model's seconds.
func BenchmarkOutputCheckFlagship(b *testing.B) {
	s, err := scenarios.LoadBuiltin("vitalia")
	if err != nil {
		b.Skipf("flagship scenario not available: %v", err)
	}
	agent, _ := s.Agent("data")
	f := agent.Facts[0]
	q := agents.Question{Scenario: s, AgentID: agent.ID, Text: "Combien de personnes la campagne a-t-elle touchées ?"}
	earned := []statement{{factID: f.ID, text: f.Text}}
	for b.Loop() {
		if err := newChecker(q, agent, earned).check(f.Text); err != nil {
			b.Fatal(err)
		}
	}
}
