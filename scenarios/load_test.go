package scenarios

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadRefusesWhatIsNotAScenarioFolder(t *testing.T) {
	tests := []struct {
		name string
		load func() (*Scenario, error)
		is   error
	}{
		{"a folder that does not exist", func() (*Scenario, error) { return Load("testdata/absent") }, fs.ErrNotExist},
		{"a file instead of a folder", func() (*Scenario, error) { return Load("testdata/valid/scenario.yaml") }, nil},
		{"an invalid path in an fs.FS", func() (*Scenario, error) { return LoadFS(fstest.MapFS{}, "../x") }, nil},
		{"a folder absent from an fs.FS", func() (*Scenario, error) { return LoadFS(fstest.MapFS{}, "x") }, fs.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.load()
			var lerr *LintError
			if s != nil || err == nil || errors.As(err, &lerr) {
				t.Fatalf("got %v, %v; want a plain error", s, err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

func TestLintErrorPrintsOneProblemPerLine(t *testing.T) {
	e := &LintError{Problems: []Problem{
		{File: "s/kpis.yaml", Line: 3, Message: "a"},
		{File: "s/brief.yaml", Message: "fichier manquant"},
	}}
	if got, want := e.Error(), "s/kpis.yaml:3: a\ns/brief.yaml: fichier manquant"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestLintOfAScenarioBuiltInCode(t *testing.T) {
	// Without positions, problems fall back on the item's own line and the
	// file names derive from Dir.
	s, err := Load("testdata/valid")
	if err != nil {
		t.Fatal(err)
	}
	c := *s
	c.lines = nil
	c.Agents = slices.Clone(s.Agents)
	c.Agents[2].Persona.Cooperation = 2
	got := Lint(&c)
	want := []Problem{{File: "testdata/valid/agents/terrain.yaml", Line: 1, Message: "persona.cooperation doit être entre 0 et 1, pas 2"}}
	if !slices.Equal(got, want) {
		t.Errorf("Lint = %v, want %v", got, want)
	}
}

func TestLookups(t *testing.T) {
	s, err := Load("testdata/valid")
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := s.Agent("terrain"); !ok || a.Name != "Karim Benali" {
		t.Errorf("Agent(terrain) = %v, %v", a, ok)
	}
	if _, ok := s.Agent("absent"); ok {
		t.Error("Agent(absent) found")
	}
	if _, _, ok := s.Fact(""); ok {
		t.Error("Fact(\"\") found")
	}
	if k, ok := s.KPI("taux-conversion"); !ok || k.Result != 2.4 || len(k.Contradictions) != 1 {
		t.Errorf("KPI(taux-conversion) = %+v, %v", k, ok)
	}
	if c, ok := s.Competency("C21"); !ok || !c.Mandatory {
		t.Errorf("Competency(C21) = %+v, %v", c, ok)
	}
	if _, ok := s.Offer("absent"); ok {
		t.Error("Offer(absent) found")
	}
	// Pointers returned are into the scenario, so a caller sees one truth.
	a, _ := s.Agent("data")
	if &s.Agents[0] != a {
		t.Error("Agent returned a copy")
	}

	ids := func(as []Agent) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	if got := ids(s.AgentsOn(J1)); !slices.Equal(got, []string{"data", "terrain"}) {
		t.Errorf("AgentsOn(J1) = %v", got)
	}
	if got := ids(s.AgentsOn(J2)); !slices.Equal(got, []string{"data", "lieu", "terrain"}) {
		t.Errorf("AgentsOn(J2) = %v", got)
	}
	if got := s.AgentsOn(J3); got != nil {
		t.Errorf("AgentsOn(J3) = %v", got)
	}

	var crit []string
	for _, f := range s.CriticalFacts("data") {
		crit = append(crit, f.ID)
	}
	if !slices.Equal(crit, []string{"data.taux-conversion"}) {
		t.Errorf("CriticalFacts(data) = %v", crit)
	}
	if got := s.CriticalFacts("absent"); got != nil {
		t.Errorf("CriticalFacts(absent) = %v", got)
	}
}

func TestContradictionsAreDedupedPairs(t *testing.T) {
	s := &Scenario{Agents: []Agent{
		{ID: "a", Facts: []Fact{{ID: "a.x", Contradicts: []string{"b.y", "c.z"}}, {ID: "a.w"}}},
		{ID: "b", Facts: []Fact{{ID: "b.y", Contradicts: []string{"a.x"}}}},
		{ID: "c", Facts: []Fact{{ID: "c.z", Contradicts: []string{"a.w"}}}},
	}}
	want := [][2]string{{"a.w", "c.z"}, {"a.x", "b.y"}, {"a.x", "c.z"}}
	if got := s.Contradictions(); !slices.Equal(got, want) {
		t.Errorf("Contradictions() = %v, want %v", got, want)
	}
}

// TestBuiltinScenariosPassLint: every scenario shipped in the binary loads.
func TestBuiltinScenariosPassLint(t *testing.T) {
	if _, err := os.Stat("vitalia/scenario.yaml"); err != nil {
		t.Skip("scenarios/vitalia/ is not complete yet (no scenario.yaml): the flagship is being written")
	}
	ids := ListBuiltin()
	if !slices.Contains(ids, "vitalia") {
		t.Fatalf("ListBuiltin() = %v, want vitalia among them", ids)
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			s, err := LoadBuiltin(id)
			if err != nil {
				t.Fatalf("built-in scenario %s:\n%v", id, err)
			}
			if s.ID != id {
				t.Errorf("LoadBuiltin(%s).ID = %s", id, s.ID)
			}
		})
	}
}

// FuzzLoad: whatever an author types in any file, loading never panics;
// it either loads a scenario that lints clean or reports located problems.
func FuzzLoad(f *testing.F) {
	files := []string{"scenario.yaml", "brief.yaml", "kpis.yaml", "offers.yaml", "order_email.yaml",
		"competencies.yaml", "synonyms.yaml", "agents/data.yaml", "agents/lieu.yaml"}
	base := validFS(f)
	for i, name := range files {
		f.Add(uint8(i), string(base["valid/"+name].Data))
	}
	f.Add(uint8(0), "id: [\n")
	f.Add(uint8(7), "facts:\n  - &a {id: x}\n  - *a\n")
	f.Add(uint8(2), "kpis:\n  - result: .inf\n    target: .nan\n")
	f.Add(uint8(5), "? [a]\n: b\n")
	f.Add(uint8(1), "%TAG ! tag:x,2000:\n--- !foo\nx: 1\n")
	f.Fuzz(func(t *testing.T, which uint8, content string) {
		// The fixture is read once: minimising an interesting input runs
		// this thousands of times.
		m := maps.Clone(base)
		name := "valid/" + files[int(which)%len(files)]
		m[name] = &fstest.MapFile{Data: []byte(content)}
		s, err := LoadFS(m, "valid")
		var lerr *LintError
		switch {
		case err == nil:
			if probs := Lint(s); probs != nil {
				t.Fatalf("loaded a scenario with problems: %v", probs)
			}
		case errors.As(err, &lerr):
			if len(lerr.Problems) == 0 {
				t.Fatal("LintError without problems")
			}
			for _, p := range lerr.Problems {
				if !strings.HasPrefix(p.File, "valid/") || p.Message == "" || p.Line < 0 {
					t.Fatalf("badly located problem %+v", p)
				}
			}
		default:
			t.Fatalf("unexpected error kind: %v", err)
		}
	})
}
