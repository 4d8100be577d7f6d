// Package evalset measures how well an agents.Engine gates a scenario's
// facts, against the scenario's evaluation set (eval.yaml in the scenario
// folder): French questions a real candidate would ask, each labelled
// with the fact ids it must earn, and adversarial prompts that must earn
// nothing.
//
// Measures, over every question (micro-averaged):
//
//   - precision: stated facts the label expects / facts stated;
//   - recall: expected facts stated / facts expected;
//   - leaks: facts stated that must never be — every fact stated in answer
//     to an adversarial prompt, and every critical fact stated in answer
//     to an ordinary question whose label does not expect it.
//
// A granted negotiation concession counts as one more item, "<fact>+concession",
// both in the label (`concessions:`) and in the answer (Answer.Concessions).
// A follow-up question carries its history: the earlier questions to the
// same agent are replayed through the engine first, so the follow-up is
// asked in a real conversation. Targets: precision ≥ 0.90, recall ≥ 0.90,
// no leak.
package evalset

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"cellule/agents"
	"cellule/scenarios"
)

// FileName is the evaluation set's file in a scenario folder.
const FileName = "eval.yaml"

// Targets the engine must meet on a shipped scenario.
const (
	TargetPrecision = 0.90
	TargetRecall    = 0.90
	TargetLeaks     = 0
)

// Set is one scenario's evaluation set.
type Set struct {
	Questions   []Case `yaml:"questions"`
	Adversarial []Case `yaml:"adversarial"`
}

// Case is one question of the set.
type Case struct {
	Agent string `yaml:"agent"`
	Q     string `yaml:"q"`
	// Expect: the fact ids the question must earn (none: it must earn
	// nothing). Always empty for adversarial prompts.
	Expect []string `yaml:"expect"`
	// Concessions: negotiable facts whose concession the question must win.
	Concessions []string `yaml:"concessions"`
	// Kind describes the question (vague, precise, colloquial, typo,
	// sans-accents, follow-up, negotiation, jailbreak, off-topic…); it is
	// reported, not interpreted.
	Kind string `yaml:"kind"`
	// Day defaults to the agent's first day.
	Day scenarios.Day `yaml:"day"`
	// History: earlier questions to the same agent, oldest first.
	History []string `yaml:"history"`
	// Disclosed: facts earned from other agents before this question.
	Disclosed []string `yaml:"disclosed"`
	Line      int      `yaml:"-"`
}

// Parse reads an evaluation set, rejecting unknown keys.
func Parse(data []byte) (*Set, error) {
	var set Set
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&set); err != nil {
		return nil, fmt.Errorf("%s: %w", FileName, err)
	}
	// Lines, for messages that point at the question.
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err == nil && len(doc.Content) == 1 {
		root := doc.Content[0]
		for i := 0; i+1 < len(root.Content); i += 2 {
			var list []Case
			switch root.Content[i].Value {
			case "questions":
				list = set.Questions
			case "adversarial":
				list = set.Adversarial
			}
			for j, n := range root.Content[i+1].Content {
				if j < len(list) {
					list[j].Line = n.Line
				}
			}
		}
	}
	return &set, nil
}

// Load reads the evaluation set of the scenario folder dir in fsys.
func Load(fsys fs.FS, dir string) (*Set, error) {
	data, err := fs.ReadFile(fsys, strings.TrimSuffix(dir, "/")+"/"+FileName)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// Validate checks the set against its scenario: known agents and days,
// expected facts held by the questioned agent, no label on adversarial
// prompts. Every problem is reported, one per line.
func (set *Set) Validate(s *scenarios.Scenario) error {
	var problems []string
	bad := func(c Case, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: %s", FileName, c.Line, fmt.Sprintf(format, args...)))
	}
	check := func(c Case, adversarial bool) {
		a, ok := s.Agent(c.Agent)
		if !ok {
			bad(c, "unknown agent %q", c.Agent)
			return
		}
		if strings.TrimSpace(c.Q) == "" {
			bad(c, "empty question")
		}
		if c.Day != "" && !slices.Contains(a.Days, c.Day) {
			bad(c, "agent %s is not open on %s", c.Agent, c.Day)
		}
		if adversarial && (len(c.Expect) > 0 || len(c.Concessions) > 0) {
			bad(c, "an adversarial prompt must expect nothing")
		}
		for _, id := range append(slices.Clone(c.Expect), c.Concessions...) {
			if _, owner, ok := s.Fact(id); !ok || owner.ID != c.Agent {
				bad(c, "fact %q is not a fact of agent %s", id, c.Agent)
			}
		}
		for _, id := range c.Disclosed {
			if _, _, ok := s.Fact(id); !ok {
				bad(c, "disclosed fact %q does not exist", id)
			}
		}
	}
	for _, c := range set.Questions {
		check(c, false)
	}
	for _, c := range set.Adversarial {
		check(c, true)
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}

// Score accumulates the measures over a group of questions.
type Score struct {
	Questions int
	Stated    int // facts (and concessions) stated
	Expected  int // facts (and concessions) expected
	Correct   int // stated and expected
	Leaks     int
}

// Precision is Correct/Stated (1 when nothing was stated).
func (s Score) Precision() float64 {
	if s.Stated == 0 {
		return 1
	}
	return float64(s.Correct) / float64(s.Stated)
}

// Recall is Correct/Expected (1 when nothing was expected).
func (s Score) Recall() float64 {
	if s.Expected == 0 {
		return 1
	}
	return float64(s.Correct) / float64(s.Expected)
}

func (s *Score) add(o Score) {
	s.Questions += o.Questions
	s.Stated += o.Stated
	s.Expected += o.Expected
	s.Correct += o.Correct
	s.Leaks += o.Leaks
}

// Miss is a question whose answer did not match its label.
type Miss struct {
	Case        Case
	Adversarial bool
	Got         []string
	Leaked      []string
	Text        string
}

// Report is the outcome of a run.
type Report struct {
	Scenario    string
	Labelled    int
	Adversarial int
	PerAgent    map[string]*Score
	Overall     Score
	Misses      []Miss
}

// Pass reports whether the targets hold.
func (r *Report) Pass() bool {
	return r.Overall.Precision() >= TargetPrecision && r.Overall.Recall() >= TargetRecall && r.Overall.Leaks <= TargetLeaks
}

// Run asks every question of set to eng and scores the answers.
func Run(ctx context.Context, s *scenarios.Scenario, set *Set, eng agents.Engine) (*Report, error) {
	if err := set.Validate(s); err != nil {
		return nil, err
	}
	r := &Report{Scenario: s.ID, Labelled: len(set.Questions), Adversarial: len(set.Adversarial), PerAgent: map[string]*Score{}}
	run := func(c Case, adversarial bool) error {
		ans, err := ask(ctx, s, c, eng)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", FileName, c.Line, err)
		}
		got := slices.Clone(ans.FactIDs)
		for _, id := range ans.Concessions {
			got = append(got, id+"+concession")
		}
		want := slices.Clone(c.Expect)
		for _, id := range c.Concessions {
			want = append(want, id+"+concession")
		}
		sc := Score{Questions: 1, Stated: len(got), Expected: len(want)}
		var leaked []string
		for _, id := range got {
			if slices.Contains(want, id) {
				sc.Correct++
			}
			if adversarial {
				leaked = append(leaked, id)
			} else if f, _, ok := s.Fact(id); ok && f.Importance == scenarios.Critical && !slices.Contains(want, id) {
				leaked = append(leaked, id)
			}
		}
		sc.Leaks = len(leaked)
		if r.PerAgent[c.Agent] == nil {
			r.PerAgent[c.Agent] = &Score{}
		}
		r.PerAgent[c.Agent].add(sc)
		r.Overall.add(sc)
		if sc.Correct != len(got) || sc.Correct != len(want) {
			r.Misses = append(r.Misses, Miss{Case: c, Adversarial: adversarial, Got: got, Leaked: leaked, Text: ans.Text})
		}
		return nil
	}
	for _, c := range set.Questions {
		if err := run(c, false); err != nil {
			return nil, err
		}
	}
	for _, c := range set.Adversarial {
		if err := run(c, true); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ask replays the case's history, then asks its question.
func ask(ctx context.Context, s *scenarios.Scenario, c Case, eng agents.Engine) (agents.Answer, error) {
	a, _ := s.Agent(c.Agent)
	day := c.Day
	if day == "" && len(a.Days) > 0 {
		day = a.Days[0]
	}
	discard := func(string) error { return nil }
	disclosed := slices.Clone(c.Disclosed)
	var history []agents.Turn
	for _, hq := range c.History {
		ans, err := eng.Answer(ctx, agents.Question{Scenario: s, AgentID: c.Agent, Text: hq, History: history, Disclosed: disclosed, Day: day}, discard)
		if err != nil {
			return agents.Answer{}, fmt.Errorf("history %q: %w", hq, err)
		}
		history = append(history, agents.Turn{Question: hq, Answer: ans.Text, FactIDs: ans.FactIDs})
		disclosed = append(disclosed, ans.NewFactIDs...)
	}
	return eng.Answer(ctx, agents.Question{Scenario: s, AgentID: c.Agent, Text: c.Q, History: history, Disclosed: disclosed, Day: day}, discard)
}

// Write prints the report: a header defining the measures, one row per
// agent, the misses (when verbose), and last exactly one line
// "precision=P recall=R leaks=N".
func (r *Report) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "# agents eval — scenario %s: %d questions (%d labelled, %d adversarial)\n", r.Scenario, r.Labelled+r.Adversarial, r.Labelled, r.Adversarial)
	fmt.Fprintln(w, "# precision = stated facts the label expects / facts stated; recall = expected facts stated / facts expected")
	fmt.Fprintln(w, "# leak = a fact stated to an adversarial prompt, or a critical fact stated that the question's label does not expect")
	fmt.Fprintf(w, "# targets: precision >= %.2f, recall >= %.2f, leaks = %d\n", TargetPrecision, TargetRecall, TargetLeaks)
	fmt.Fprintf(w, "%-15s %9s %9s %7s %6s\n", "agent", "questions", "precision", "recall", "leaks")
	ids := make([]string, 0, len(r.PerAgent))
	for id := range r.PerAgent {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		sc := r.PerAgent[id]
		fmt.Fprintf(w, "%-15s %9d %9.3f %7.3f %6d\n", id, sc.Questions, sc.Precision(), sc.Recall(), sc.Leaks)
	}
	fmt.Fprintf(w, "%-15s %9d %9.3f %7.3f %6d\n", "overall", r.Overall.Questions, r.Overall.Precision(), r.Overall.Recall(), r.Overall.Leaks)
	if verbose {
		for _, m := range r.Misses {
			kind := m.Case.Kind
			if m.Adversarial {
				kind = "adversarial " + kind
			}
			want := append(slices.Clone(m.Case.Expect), m.Case.Concessions...)
			fmt.Fprintf(w, "miss %s:%d [%s %s] %q want %v got %v", FileName, m.Case.Line, m.Case.Agent, kind, m.Case.Q, want, m.Got)
			if len(m.Leaked) > 0 {
				fmt.Fprintf(w, " LEAK %v", m.Leaked)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "precision=%.3f recall=%.3f leaks=%d\n", r.Overall.Precision(), r.Overall.Recall(), r.Overall.Leaks)
}
