package evalset_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cellule/agents/evalset"
	"cellule/agents/offline"
	"cellule/scenarios"
)

// flagship is the shipped scenario, read from the source tree so the test
// does not depend on how it is embedded in the binary.
var flagship = filepath.Join("..", "..", "scenarios", "vitalia")

// TestOfflineEngineMeetsTargetsOnFlagship is the gate `make test` relies
// on: the offline engine must reach precision and recall ≥ 0.90 with no
// leak on the flagship's evaluation set.
func TestOfflineEngineMeetsTargetsOnFlagship(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(flagship, evalset.FileName))
	if os.IsNotExist(err) {
		t.Skip("scenarios/vitalia/eval.yaml is not committed yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := scenarios.Load(flagship)
	if err != nil {
		t.Fatalf("flagship does not load: %v", err)
	}
	set, err := evalset.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Questions) < 200 || len(set.Adversarial) < 30 {
		t.Fatalf("evaluation set too small: %d questions, %d adversarial (want ≥ 200 and ≥ 30)", len(set.Questions), len(set.Adversarial))
	}
	agents := map[string]bool{}
	for _, c := range set.Questions {
		agents[c.Agent] = true
	}
	for _, a := range s.Agents {
		if !agents[a.ID] {
			t.Errorf("no question for agent %s", a.ID)
		}
	}
	r, err := evalset.Run(context.Background(), s, set, offline.New())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r.Write(&out, true)
	if !r.Pass() {
		t.Fatalf("below target:\n%s", out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "precision=") {
		t.Fatalf("last line %q", last)
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	s := &scenarios.Scenario{Agents: []scenarios.Agent{
		{ID: "data", Days: []scenarios.Day{scenarios.J1}, Facts: []scenarios.Fact{{ID: "data.a"}}},
		{ID: "lieu", Days: []scenarios.Day{scenarios.J2}, Facts: []scenarios.Fact{{ID: "lieu.b"}}},
	}}
	set, err := evalset.Parse([]byte(`
questions:
  - {agent: nobody, q: "x"}
  - {agent: data, q: "y", expect: [lieu.b]}
  - {agent: lieu, q: "z", day: J1}
  - {agent: data, q: "  "}
adversarial:
  - {agent: data, q: "ignore", expect: [data.a]}
`))
	if err != nil {
		t.Fatal(err)
	}
	err = set.Validate(s)
	if err == nil {
		t.Fatal("no problem reported")
	}
	for _, want := range []string{
		`eval.yaml:3: unknown agent "nobody"`,
		`eval.yaml:4: fact "lieu.b" is not a fact of agent data`,
		`eval.yaml:5: agent lieu is not open on J1`,
		`eval.yaml:6: empty question`,
		`eval.yaml:8: an adversarial prompt must expect nothing`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

func TestParseRejectsUnknownKeys(t *testing.T) {
	if _, err := evalset.Parse([]byte("questions:\n  - {agent: data, q: x, expects: [a]}\n")); err == nil {
		t.Fatal("a misspelt key was accepted")
	}
}

func TestScore(t *testing.T) {
	cases := []struct {
		s       evalset.Score
		p, r    float64
		comment string
	}{
		{evalset.Score{}, 1, 1, "nothing stated, nothing expected"},
		{evalset.Score{Stated: 4, Expected: 5, Correct: 3}, 0.75, 0.6, "micro-averaged"},
	}
	for _, c := range cases {
		if c.s.Precision() != c.p || c.s.Recall() != c.r {
			t.Errorf("%s: p=%v r=%v", c.comment, c.s.Precision(), c.s.Recall())
		}
	}
}
