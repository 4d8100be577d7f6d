package llm

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"cellule/agents"
	"cellule/agents/offline"
	"cellule/scenarios"
)

// With the real offline engine as the gate on the flagship scenario: the
// model is given the facts the offline gate earned and nothing else of the
// scenario's 100-odd facts, and a model answer stating an unearned figure
// ends in the offline answer.
func TestWithTheOfflineGateOnTheFlagship(t *testing.T) {
	s, err := scenarios.LoadBuiltin("vitalia")
	if err != nil {
		t.Skipf("the flagship scenario is not available yet: %v", err)
	}
	q := agents.Question{Scenario: s, AgentID: "data", Day: scenarios.J1,
		Text: "Quel est le taux de clic des publicités sur les réseaux sociaux ?"}
	gate := offline.New()
	want, err := gate.Answer(context.Background(), q, func(string) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(want.FactIDs) == 0 || want.Refused {
		t.Skipf("the offline gate earned nothing for %q; this test needs a precise question", q.Text)
	}
	var earnedTexts []string
	for _, id := range want.FactIDs {
		f, _, _ := s.Fact(id)
		earnedTexts = append(earnedTexts, f.Text)
	}
	// A figure of a fact of the same agent the question did not earn.
	agent, _ := s.Agent("data")
	allowed := figureSet{}
	allowed.addText(strings.Join(earnedTexts, "\n") + "\n" + q.Text)
	var foreign string
	for _, f := range agent.Facts {
		if fig, bad := allowed.firstUnallowed(f.Text); bad && !contains(want.FactIDs, f.ID) {
			foreign = fig.raw
			break
		}
	}
	if foreign == "" {
		t.Fatal("the data agent has no figure outside the earned facts: the scenario changed")
	}

	t.Run("the model phrases the earned facts", func(t *testing.T) {
		reply := strings.Join(earnedTexts, " ")
		fs := newFakeServer(t, answer(ollamaShape, splitWords(reply)...))
		var out collect
		ans, err := New(testConfig(fs.URL+"/v1"), gate, quiet).Answer(context.Background(), q, out.emit)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Engine != EngineLLM || out.text() != reply || strings.Join(ans.FactIDs, ",") != strings.Join(want.FactIDs, ",") {
			t.Fatalf("engine %q fallback %q facts %v shown %q; want the LLM's answer with the gate's facts %v",
				ans.Engine, ans.Fallback, ans.FactIDs, out.text(), want.FactIDs)
		}
		sent := requestContents(t, fs.requests()[0])
		for _, et := range earnedTexts {
			if !strings.Contains(sent, et) {
				t.Errorf("the request lacks the earned fact %q", et)
			}
		}
		// Every figure the model is given comes from the earned facts or the
		// question: none from any other fact.
		if fig, bad := allowed.firstUnallowed(sent); bad {
			t.Errorf("the request holds the figure %q, which the question did not earn", fig.raw)
		}
		for _, a := range s.Agents {
			for _, f := range a.Facts {
				if contains(want.FactIDs, f.ID) {
					continue
				}
				if strings.Contains(sent, f.Text) {
					t.Errorf("the request holds the unearned fact %s", f.ID)
				}
			}
		}
	})

	t.Run("an unearned figure ends in the offline answer", func(t *testing.T) {
		leak := strings.Join(earnedTexts, " ") + " Et nous avions aussi " + foreign + "."
		fs := newFakeServer(t, answer(openAIShape, splitWords(leak)...))
		var out collect
		ans, err := New(testConfig(fs.URL+"/v1"), gate, quiet).Answer(context.Background(), q, out.emit)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Engine != EngineOffline || ans.Fallback != "output check: unearned figure "+foreign || out.text() != want.Text {
			t.Fatalf("engine %q fallback %q shown %q; want the offline answer %q", ans.Engine, ans.Fallback, out.text(), want.Text)
		}
	})
}

// requestContents returns the messages' contents of a captured request.
func requestContents(t *testing.T, body string) string {
	t.Helper()
	var req struct {
		Messages []struct {
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.Unmarshal([]byte(body), &req); err != nil {
		t.Fatalf("request body: %v", err)
	}
	var b strings.Builder
	for _, m := range req.Messages {
		b.WriteString(m.Content + "\n")
	}
	return b.String()
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
