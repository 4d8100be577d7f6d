package scenarios

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"
)

// Problem is one thing wrong in a scenario, reported to its author as
// "file:line: message". Line is 0 when the problem concerns a whole file
// (a missing file, for instance).
type Problem struct {
	File    string
	Line    int
	Message string
	// Warning: the content loads, but probably not as its author meant
	// (see Scenario.Warnings); a problem without it stops the scenario.
	Warning bool
}

// String formats the problem the way editors and CI logs link to a line;
// a warning's message starts with "attention : ".
func (p Problem) String() string {
	msg := p.Message
	if p.Warning {
		msg = "attention : " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// LintError is returned by Load when a scenario has problems: a scenario
// that fails lint never loads.
type LintError struct {
	Problems []Problem
}

// Error prints one "file:line: message" per line.
func (e *LintError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Files of a scenario folder. eval.yaml belongs to the agents' evaluation
// and is read by its own tool, not by the loader.
const (
	fileScenario     = "scenario.yaml"
	fileBrief        = "brief.yaml"
	fileKPIs         = "kpis.yaml"
	fileOffers       = "offers.yaml"
	fileOrderEmail   = "order_email.yaml"
	fileCompetencies = "competencies.yaml"
	fileSynonyms     = "synonyms.yaml"
	fileEval         = "eval.yaml"
	dirAgents        = "agents"
)

// The files that wrap a list under one key.
type kpisFile struct {
	KPIs []KPI `yaml:"kpis"`
}
type offersFile struct {
	Offers []Offer `yaml:"offers"`
}
type competenciesFile struct {
	Competencies []Competency `yaml:"competencies"`
}
type synonymsFile struct {
	Synonyms [][]string `yaml:"synonyms"`
}

// Load reads, then lints, the scenario in the folder dir. Problems are
// reported with paths under dir, so that "scenarios/vitalia/kpis.yaml:12"
// opens in an editor. It returns a *LintError when the scenario has any
// problem, and another error when dir cannot be read at all.
func Load(dir string) (*Scenario, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("scénario %s : %w", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("scénario %s : ce n'est pas un dossier", dir)
	}
	id := filepath.Base(dir)
	if abs, err := filepath.Abs(dir); err == nil {
		id = filepath.Base(abs)
	}
	return load(os.DirFS(dir), ".", dir, id)
}

// LoadFS is Load for a folder dir inside fsys (for instance the scenarios
// embedded in the binary, see Builtin). Problems name files as dir/file.
func LoadFS(fsys fs.FS, dir string) (*Scenario, error) {
	if !fs.ValidPath(dir) {
		return nil, fmt.Errorf("scénario %s : chemin invalide", dir)
	}
	info, err := fs.Stat(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("scénario %s : %w", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("scénario %s : ce n'est pas un dossier", dir)
	}
	return load(fsys, dir, dir, path.Base(dir))
}

// load parses every file of the folder root of fsys. display is the folder
// as shown to the author; folderID is the name the scenario id must match
// ("." when there is no meaningful folder name).
func load(fsys fs.FS, root, display, folderID string) (*Scenario, error) {
	d := &decoder{fsys: fsys, root: root, display: display, lines: map[lineKey]int{}}
	s := &Scenario{Dir: display}

	d.file(fileScenario, s)
	d.file(fileBrief, &s.Brief)
	var kf kpisFile
	if d.file(fileKPIs, &kf) {
		s.KPIs = kf.KPIs
		for i := range s.KPIs {
			s.KPIs[i].File = d.name(fileKPIs)
			s.KPIs[i].Line = d.line(fileKPIs, fmt.Sprintf("kpis[%d]", i))
		}
	}
	var of offersFile
	if d.file(fileOffers, &of) {
		s.Offers = of.Offers
		for i := range s.Offers {
			s.Offers[i].File = d.name(fileOffers)
			s.Offers[i].Line = d.line(fileOffers, fmt.Sprintf("offers[%d]", i))
		}
	}
	d.file(fileOrderEmail, &s.OrderEmail)
	var cf competenciesFile
	if d.file(fileCompetencies, &cf) {
		s.Competencies = cf.Competencies
	}
	var sf synonymsFile
	if d.file(fileSynonyms, &sf) {
		s.Synonyms = sf.Synonyms
	}
	s.Agents = d.agents()
	d.strayFiles()

	if len(d.problems) > 0 {
		// Cross-file checks on a half-parsed scenario would only add noise
		// (every reference to a fact of an unreadable file would fail).
		sortProblems(d.problems)
		return nil, &LintError{Problems: d.problems}
	}
	s.lines = d.lines
	probs, warnings := lint(s)
	if folderID != "." && folderID != "" && s.ID != "" && s.ID != folderID {
		probs = append(probs, Problem{
			File:    d.name(fileScenario),
			Line:    s.line(d.name(fileScenario), "id", 1),
			Message: fmt.Sprintf("l'id « %s » doit être le nom du dossier « %s »", s.ID, folderID),
		})
		sortProblems(probs)
	}
	if len(probs) > 0 {
		return nil, &LintError{Problems: probs}
	}
	s.Warnings = warnings
	return s, nil
}

// DecodeYAML decodes data, the content of file, into out (a pointer to a
// struct) with the checks every scenario file gets: one document, valid
// syntax, no unknown or repeated key (with a suggestion for a typo), the
// right kind of value for each field, no anchor or alias. Other files of
// a scenario folder (the agents' evaluation set) use it so that authors
// get the same French "file:line: message" everywhere. It returns the
// problems (nil when out was filled) and the line of every value, by
// path: "questions[3].expect[0]".
func DecodeYAML(file string, data []byte, out any) (lines map[string]int, problems []Problem) {
	d := &decoder{display: ".", lines: map[lineKey]int{}}
	d.decode(file, data, out)
	lines = make(map[string]int, len(d.lines))
	for k, n := range d.lines {
		lines[k.path] = n
	}
	sortProblems(d.problems)
	return lines, d.problems
}

// lineKey locates a value: the file and a path such as "facts[2].triggers[0]".
type lineKey struct{ file, path string }

// line returns the line of path in file, walking up to the closest
// enclosing value that has one (a missing field is reported on the block
// that should hold it), or fallback when the scenario was not loaded
// from files.
func (s *Scenario) line(file, p string, fallback int) int {
	for {
		if n, ok := s.lines[lineKey{file, p}]; ok {
			return n
		}
		if p == "" {
			return fallback
		}
		p = parentPath(p)
	}
}

// parentPath strips the last ".field" or "[n]" of a value path.
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

type decoder struct {
	fsys     fs.FS
	root     string
	display  string
	lines    map[lineKey]int
	problems []Problem
}

func (d *decoder) name(rel string) string {
	if d.display == "." {
		return rel
	}
	return path.Join(d.display, rel)
}

func (d *decoder) line(rel, p string) int {
	return d.lines[lineKey{d.name(rel), p}]
}

func (d *decoder) problem(file string, line int, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// file decodes the required file rel into out and reports whether it was
// read without problems.
func (d *decoder) file(rel string, out any) bool {
	data, err := fs.ReadFile(d.fsys, path.Join(d.root, rel))
	if errors.Is(err, fs.ErrNotExist) {
		d.problem(d.name(rel), 0, "fichier manquant")
		return false
	}
	if err != nil {
		d.problem(d.name(rel), 0, "lecture impossible : %v", err)
		return false
	}
	return d.decode(d.name(rel), data, out)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserErrors are the messages of the YAML library's parser stage, whose
// line numbers are 0-based (see decode).
var parserErrors = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"found undefined tag handle":             true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
}

// decode parses data as one YAML document, checks its shape against out's
// type (unknown keys, lists where a list is expected, numbers where a
// number is expected) and only then decodes it.
func (d *decoder) decode(file string, data []byte, out any) bool {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.problem(file, 0, "fichier vide")
			return false
		}
		msg := err.Error()
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		if parserErrors[msg] {
			// The YAML library numbers its parser's (not its scanner's)
			// errors from 0 (go-yaml/yaml#205): authors count from 1.
			line++
		}
		d.problem(file, line, "syntaxe YAML invalide : %s", msg)
		return false
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		line := extra.Line
		d.problem(file, line, "un seul document YAML par fichier (retirez le « --- » supplémentaire)")
		return false
	}
	if len(doc.Content) == 0 {
		d.problem(file, 0, "fichier vide")
		return false
	}
	root := doc.Content[0]
	before := len(d.problems)
	d.check(file, root, reflect.TypeOf(out).Elem(), "")
	if len(d.problems) > before {
		return false
	}
	if err := root.Decode(out); err != nil {
		// check accepts only what decodes; this is a safety net.
		d.problem(file, root.Line, "contenu illisible : %v", err)
		return false
	}
	return true
}

// check walks node against the Go type t, recording the line of every
// value and reporting, in French, whatever would not decode or would be
// silently ignored.
func (d *decoder) check(file string, n *yaml.Node, t reflect.Type, p string) {
	if _, seen := d.lines[lineKey{file, p}]; !seen {
		d.lines[lineKey{file, p}] = n.Line
	}
	if d.reference(file, n) {
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an empty value: the zero value, which lint judges
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			d.problem(file, n.Line, "%s : une table de champs (clé: valeur) est attendue", where(p))
			return
		}
		fields := yamlFields(t)
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			if d.reference(file, k) {
				continue
			}
			if k.Kind != yaml.ScalarNode {
				d.problem(file, k.Line, "%s : clé invalide", where(p))
				continue
			}
			if prev, dup := seen[key]; dup {
				d.problem(file, k.Line, "clé « %s » en double (déjà à la ligne %d)", key, prev)
				continue
			}
			seen[key] = k.Line
			f, ok := fields[key]
			if !ok {
				d.problem(file, k.Line, "%s", unknownKey(key, p, fields))
				continue
			}
			cp := join(p, key)
			d.lines[lineKey{file, cp}] = k.Line
			if f.Tag.Get("scalar") == "text" && !d.quotedText(file, key, v) {
				continue
			}
			d.check(file, v, f.Type, cp)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.problem(file, n.Line, "%s : une liste (lignes commençant par « - ») est attendue", where(p))
			return
		}
		for i, item := range n.Content {
			d.check(file, item, t.Elem(), fmt.Sprintf("%s[%d]", p, i))
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.problem(file, n.Line, "%s : une table (clé: valeur) est attendue", where(p))
			return
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if d.reference(file, k) {
				continue
			}
			if k.Kind != yaml.ScalarNode {
				d.problem(file, k.Line, "%s : clé invalide", where(p))
				continue
			}
			if prev, dup := seen[k.Value]; dup {
				d.problem(file, k.Line, "clé « %s » en double (déjà à la ligne %d)", k.Value, prev)
				continue
			}
			seen[k.Value] = k.Line
			cp := join(p, k.Value)
			d.lines[lineKey{file, cp}] = k.Line
			d.check(file, v, t.Elem(), cp)
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.problem(file, n.Line, "%s : un texte est attendu", where(p))
		}
	case reflect.Float64, reflect.Float32:
		var f float64
		if n.Kind != yaml.ScalarNode || n.Decode(&f) != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			hint := ""
			if n.Kind == yaml.ScalarNode && strings.Contains(n.Value, ",") {
				hint = " (séparateur décimal : le point, par exemple 2.4)"
			}
			d.problem(file, n.Line, "%s : un nombre est attendu, pas « %s »%s", where(p), short(n), hint)
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		var i int
		if n.Kind != yaml.ScalarNode || n.Decode(&i) != nil {
			d.problem(file, n.Line, "%s : un nombre entier est attendu, pas « %s »", where(p), short(n))
		}
	case reflect.Bool:
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
			d.problem(file, n.Line, "%s : true ou false est attendu, pas « %s »", where(p), short(n))
		}
	default:
		d.problem(file, n.Line, "%s : type non pris en charge", where(p))
	}
}

// reference refuses an anchor (&name) or an alias (*name) on n, whether n
// is a value, a list item or a key ("- &c id: x" anchors the key "id"):
// content shared by reference would change in two places at once, and
// authors are asked to write it out. It reports whether n had one.
func (d *decoder) reference(file string, n *yaml.Node) bool {
	switch {
	case n.Kind == yaml.AliasNode:
		d.problem(file, n.Line, "les alias YAML (*%s) sont interdits : recopiez le contenu", n.Value)
		return true
	case n.Anchor != "":
		d.problem(file, n.Line, "les ancres YAML (&%s) sont interdites : recopiez le contenu", n.Anchor)
		return true
	}
	return false
}

// quotedText checks a field tagged `scalar:"text"` (a version "1.10"):
// unquoted, YAML reads 1.10 as the number 1.1 and 2 as an integer, so
// such a value must be written in quotes. It reports whether v is sound.
func (d *decoder) quotedText(file, key string, v *yaml.Node) bool {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!str" || v.Tag == "!!null" {
		return true
	}
	as := "un nombre : 1.10 deviendrait 1.1"
	if v.Tag == "!!bool" {
		as = "une valeur true/false"
	}
	d.problem(file, v.Line, "%s doit être un texte entre guillemets, par exemple %s: \"%s\" (sans guillemets, %s est lu comme %s)", key, key, v.Value, v.Value, as)
	return false
}

func join(p, key string) string {
	if p == "" {
		return key
	}
	return p + "." + key
}

// where names a value path for a message ("facts[2].triggers", or "le
// fichier" for the root).
func where(p string) string {
	if p == "" {
		return "le fichier"
	}
	return p
}

// short shows a scalar (or the kind of a block) in a message.
func short(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "table"
	case yaml.SequenceNode:
		return "liste"
	}
	v := n.Value
	if r := []rune(v); len(r) > 40 {
		v = string(r[:40]) + "…"
	}
	return v
}

// yamlFields maps the YAML keys of a struct to its fields; fields tagged
// "-" are filled by the loader from other files and are not keys.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || name == "" {
			continue
		}
		out[name] = f
	}
	return out
}

// unknownKey explains an unknown key, suggesting the closest known one:
// a typo in a field name must not silently drop content.
func unknownKey(key, p string, fields map[string]reflect.StructField) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	best, bestDist := "", 3
	for _, n := range names {
		if dist := levenshtein.ComputeDistance(strings.ToLower(key), n); dist < bestDist {
			best, bestDist = n, dist
		}
	}
	in := ""
	if p != "" {
		in = " dans " + p
	}
	if best != "" {
		return fmt.Sprintf("clé inconnue « %s »%s : vouliez-vous dire « %s » ?", key, in, best)
	}
	return fmt.Sprintf("clé inconnue « %s »%s (clés possibles : %s)", key, in, strings.Join(names, ", "))
}

// agents reads agents/*.yaml, in file-name order.
func (d *decoder) agents() []Agent {
	dir := path.Join(d.root, dirAgents)
	entries, err := fs.ReadDir(d.fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		d.problem(d.name(dirAgents), 0, "dossier manquant (un fichier .yaml par agent)")
		return nil
	}
	if err != nil {
		d.problem(d.name(dirAgents), 0, "lecture impossible : %v", err)
		return nil
	}
	var agents []Agent
	for _, e := range entries {
		rel := path.Join(dirAgents, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".yaml") {
			if !strings.HasPrefix(e.Name(), ".") {
				d.problem(d.name(rel), 0, "agents/ ne doit contenir que des fichiers .yaml (celui-ci ne serait pas lu)")
			}
			continue
		}
		data, err := fs.ReadFile(d.fsys, path.Join(d.root, rel))
		if err != nil {
			d.problem(d.name(rel), 0, "lecture impossible : %v", err)
			continue
		}
		var a Agent
		if !d.decode(d.name(rel), data, &a) {
			continue
		}
		a.File = d.name(rel)
		a.Line = d.line(rel, "")
		for i := range a.Facts {
			a.Facts[i].File = a.File
			a.Facts[i].Line = d.line(rel, fmt.Sprintf("facts[%d]", i))
		}
		if want := strings.TrimSuffix(e.Name(), ".yaml"); a.ID != want {
			line := d.line(rel, "id")
			if line == 0 {
				line = a.Line
			}
			d.problem(a.File, line, "l'id de l'agent « %s » doit être le nom du fichier « %s »", a.ID, want)
		}
		agents = append(agents, a)
	}
	if len(agents) == 0 && len(d.problems) == 0 {
		d.problem(d.name(dirAgents), 0, "il faut au moins un agent (un fichier .yaml par agent)")
	}
	return agents
}

// strayFiles reports YAML files the loader would not read: a misspelt
// file name must not silently drop content.
func (d *decoder) strayFiles() {
	entries, err := fs.ReadDir(d.fsys, d.root)
	if err != nil {
		return
	}
	known := map[string]bool{
		fileScenario: true, fileBrief: true, fileKPIs: true, fileOffers: true,
		fileOrderEmail: true, fileCompetencies: true, fileSynonyms: true, fileEval: true,
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || known[n] || !(strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			continue
		}
		d.problem(d.name(n), 0, "fichier inconnu, il ne serait pas lu (fichiers attendus : %s)",
			"scenario.yaml, brief.yaml, kpis.yaml, offers.yaml, order_email.yaml, competencies.yaml, synonyms.yaml, eval.yaml, agents/*.yaml")
	}
}

// sortProblems orders problems by file then line, keeping the order in
// which they were found for the same line.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}
