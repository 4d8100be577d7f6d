package app

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"cellule/domain"
)

// problem is what a test expects of one reported problem.
type problem struct {
	line   int
	column string
	text   string // a part of the French message
}

func hasProblem(ps []ImportProblem, want problem) bool {
	for _, p := range ps {
		if p.Line == want.line && p.Column == want.column && strings.Contains(p.Message, want.text) {
			return true
		}
	}
	return false
}

func latin1(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every malformed file or line is reported with its line, its column as
// the file names it, and a French message; the file's good lines are
// still previewed.
func TestPreviewCandidateImportReportsEachProblem(t *testing.T) {
	e := newEnv(t)
	s := e.session() // alice@etu.fr is enrolled; staff@ecole.fr and jury@ecole.fr are accounts
	tests := []struct {
		name     string
		file     []byte
		encoding string
		valid    int
		invalid  int
		problems []problem
		names    []string // DisplayName of each row, in order (when checked)
	}{
		{name: "clean UTF-8 with BOM, semicolons, French headers",
			file:     []byte("\ufeffNom;Adresse e-mail;Tiers-temps\r\nHélène Dupré;helene@etu.fr;33 %\r\nJean Roux;JEAN@etu.fr;\r\n"),
			encoding: "UTF-8", valid: 2, names: []string{"Hélène Dupré", "Jean Roux"}},
		{name: "commas and English headers, extra columns ignored",
			file:     []byte("name,email,group,extra_time_pct\nAna,ana@etu.fr,B,0\n"),
			encoding: "UTF-8", valid: 1},
		{name: "Windows-1252 from French Excel is converted",
			file:     latin1(t, "nom;email\nHélène Œuvrard;helene@etu.fr\n"),
			encoding: "Windows-1252", valid: 1, names: []string{"Hélène Œuvrard"}},
		{name: "UTF-8 and Latin-1 mixed: refused with the line",
			file:     append([]byte("nom;email\nHélène;h@etu.fr\n"), latin1(t, "Zoé;z@etu.fr\n")...),
			problems: []problem{{3, "", "Encodage non reconnu"}}},
		{name: "UTF-16 refused", file: []byte{0xFF, 0xFE, 'n', 0, 'o', 0, 'm', 0},
			problems: []problem{{0, "", "UTF-16"}}},
		{name: "a spreadsheet instead of a CSV", file: []byte("PK\x03\x04\x14\x00binary"),
			problems: []problem{{0, "", "classeur (XLSX)"}}},
		{name: "header without the e-mail column",
			file:     []byte("nom;telephone\nAna;0600000000\n"),
			encoding: "UTF-8", problems: []problem{{1, "", "« email »"}}},
		{name: "header without any known column",
			file:     []byte("a;b\n1;2\n"),
			encoding: "UTF-8", problems: []problem{{1, "", "« nom » et « email »"}}},
		{name: "only a header", file: []byte("nom;email\n"), encoding: "UTF-8", problems: []problem{{0, "", "Aucun candidat"}}},
		{name: "empty file", file: []byte(""), encoding: "UTF-8", problems: []problem{{0, "", "vide"}}},
		{name: "bad lines each reported, good ones kept",
			file: []byte("nom;email;temps_supplementaire\n" +
				"Ana;ana@etu.fr;0\n" + // 2 ok
				"Ben;pas-une-adresse;0\n" + // 3 bad e-mail
				"Chloé\n" + // 4 e-mail column missing on the line
				";dan@etu.fr\n" + // 5 name missing
				"Eve;ANA@etu.fr\n" + // 6 duplicate of line 2
				"Fred;fred@etu.fr;150\n" + // 7 extra time out of range
				"Gus;gus@etu.fr;beaucoup\n" + // 8 extra time not a number
				"\"=HYPERLINK(\"\"http://x\"\")\";hyp@etu.fr\n" + // 9 formula
				"Alice;alice@etu.fr\n" + // 10 already enrolled
				"Staff;staff@ecole.fr\n" + // 11 staff account
				";;\n" + // blank: skipped
				"Hana;hana@etu.fr;25%\n"), // 13 ok
			encoding: "UTF-8", valid: 2, invalid: 9,
			problems: []problem{
				{3, "email", "invalide"},
				{4, "email", "Colonne manquante"},
				{5, "nom", "Nom manquant"},
				{6, "email", "déjà présente ligne 2"},
				{7, "temps_supplementaire", "entre 0 et 100"},
				{8, "temps_supplementaire", "« beaucoup »"},
				{9, "nom", "formule"},
				{10, "email", "Déjà inscrit"},
				{11, "email", "personnel ou du jury"},
			}},
		{name: "unterminated quote", file: []byte("nom;email\nAna;ana@etu.fr\n\"Ben;ben@etu.fr\n"),
			encoding: "UTF-8", valid: 1, invalid: 1, problems: []problem{{3, "", "guillemet"}}},
		{name: "10 MB file refused whole", file: bytes.Repeat([]byte("Nom Prénom;adresse@etu.fr;0\n"), 10<<20/28+1),
			problems: []problem{{0, "", "trop volumineux : 2 Mo au plus"}}},
		{name: "more rows than allowed", file: manyRows(MaxImportRows + 1),
			encoding: "UTF-8", problems: []problem{{0, "", "Trop de lignes"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := e.app.PreviewCandidateImport(e.ctx, s.staff, s.examID, tt.file)
			e.must(err)
			all := p.Problems()
			if p.Encoding != tt.encoding || p.Valid != tt.valid || p.Invalid != tt.invalid {
				t.Fatalf("encoding %q valid %d invalid %d, want %q %d %d; problems %+v", p.Encoding, p.Valid, p.Invalid, tt.encoding, tt.valid, tt.invalid, all)
			}
			if len(all) != len(tt.problems) {
				t.Fatalf("%d problems, want %d: %+v", len(all), len(tt.problems), all)
			}
			for _, want := range tt.problems {
				if !hasProblem(all, want) {
					t.Errorf("missing problem %+v in %+v", want, all)
				}
			}
			for i, n := range tt.names {
				if p.Rows[i].DisplayName != n {
					t.Errorf("row %d name %q, want %q", i, p.Rows[i].DisplayName, n)
				}
			}
		})
	}
}

func manyRows(n int) []byte {
	var b strings.Builder
	b.WriteString("nom;email;temps_supplementaire\n")
	for i := range n {
		fmt.Fprintf(&b, "Candidat n°%d;candidat%04d@etu.fr;%d\n", i, i, i%4*10)
	}
	return []byte(b.String())
}

// A file with one bad line imports nobody; asked explicitly, the valid
// lines are imported and the bad one is not; the access codes work.
func TestImportCandidatesAllOrNothingUnlessValidOnly(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	count := func() int {
		v, err := e.app.Exam(e.ctx, s.staff, s.examID)
		e.must(err)
		return len(v.Candidates)
	}
	before := count()
	file := []byte("nom;email;temps_supplementaire\nAna Lopez;ana@etu.fr;33\nBen;pas-une-adresse;0\nChloé;chloe@etu.fr;\n")

	res, err := e.app.ImportCandidates(e.ctx, s.staff, ImportCandidatesInput{ExamID: s.examID, CSV: file})
	code(t, err, domain.CodeInvalidInput)
	if len(res.Imported) != 0 || res.Preview.Invalid != 1 || !hasProblem(res.Preview.Problems(), problem{3, "email", "invalide"}) {
		t.Fatalf("refused import: %+v", res)
	}
	if n := count(); n != before {
		t.Fatalf("%d candidates after a refused import, want %d", n, before)
	}

	res, err = e.app.ImportCandidates(e.ctx, s.staff, ImportCandidatesInput{ExamID: s.examID, CSV: file, ValidOnly: true})
	e.must(err)
	if len(res.Imported) != 2 || len(res.Failed) != 0 || count() != before+2 {
		t.Fatalf("valid-only import: %+v, %d candidates", res, count())
	}
	byEmail := map[string]ImportedCandidate{}
	for _, c := range res.Imported {
		byEmail[c.Email] = c
	}
	ana := byEmail["ana@etu.fr"]
	if ana.Line != 2 || ana.ExtraTimePct != 33 || ana.AccessCode == "" || ana.AttemptID == "" {
		t.Fatalf("ana: %+v", ana)
	}
	sess, err := e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: ana.AccessCode, ClientKey: "t"})
	e.must(err)
	if sess.User.UserID != ana.CandidateID {
		t.Fatalf("the code signs in %s, want %s", sess.User.UserID, ana.CandidateID)
	}
	v, err := e.app.MyAttempt(e.ctx, Actor{UserID: ana.CandidateID, Role: domain.RoleCandidate}, ana.AttemptID)
	e.must(err)
	if v.ExtraTimePct != 33 {
		t.Fatalf("extra time %d, want 33", v.ExtraTimePct)
	}

	// The same file again: everyone valid is now enrolled, nothing twice.
	res, err = e.app.ImportCandidates(e.ctx, s.staff, ImportCandidatesInput{ExamID: s.examID, CSV: file, ValidOnly: true})
	e.must(err)
	if len(res.Imported) != 0 || res.Preview.Valid != 0 || count() != before+2 {
		t.Fatalf("second import: %+v", res)
	}

	// An unusable file imports nothing even when only valid lines are asked for.
	_, err = e.app.ImportCandidates(e.ctx, s.staff, ImportCandidatesInput{ExamID: s.examID, CSV: []byte("nom\nAna\n"), ValidOnly: true})
	code(t, err, domain.CodeInvalidInput)
}

// A thousand candidates in one file, each with a working, distinct code.
func TestImportCandidatesThousandRows(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	res, err := e.app.ImportCandidates(e.ctx, s.staff, ImportCandidatesInput{ExamID: s.examID, CSV: manyRows(1000)})
	e.must(err)
	if len(res.Imported) != 1000 || len(res.Failed) != 0 {
		t.Fatalf("imported %d, failed %v", len(res.Imported), res.Failed)
	}
	codes := map[string]bool{}
	for _, c := range res.Imported {
		if c.AccessCode == "" || codes[c.AccessCode] {
			t.Fatalf("line %d: code %q empty or repeated", c.Line, c.AccessCode)
		}
		codes[c.AccessCode] = true
	}
	v, err := e.app.Exam(e.ctx, s.staff, s.examID)
	e.must(err)
	if len(v.Candidates) != 1002 {
		t.Fatalf("%d candidates, want 1002", len(v.Candidates))
	}
	last := res.Imported[999]
	if _, err := e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: last.AccessCode, ClientKey: "t"}); err != nil {
		t.Fatalf("code of line %d: %v", last.Line, err)
	}
}

// The parser never panics and its counts always add up.
func FuzzParseCandidateCSV(f *testing.F) {
	f.Add([]byte("nom;email;temps_supplementaire\nAna;ana@etu.fr;33\n"))
	f.Add([]byte("\ufeffname,email\n\"A, B\",a@b.fr\n\"x"))
	f.Add([]byte("nom;email\n\xe9l\xe8ve;e@x.fr\n"))
	f.Add([]byte("nom\temail\n=1+1\t@\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := parseCandidateCSV(data)
		if p.Valid+p.Invalid != len(p.Rows) {
			t.Fatalf("valid %d + invalid %d != rows %d", p.Valid, p.Invalid, len(p.Rows))
		}
		if len(p.FileProblems) > 0 && len(p.Rows) > 0 {
			t.Fatal("rows kept with a file problem")
		}
		for _, r := range p.Rows {
			if r.Valid() && (r.Email == "" || r.DisplayName == "" || startsLikeFormula(r.DisplayName)) {
				t.Fatalf("valid row %+v", r)
			}
		}
	})
}
