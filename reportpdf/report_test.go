package reportpdf_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/reportpdf"
)

var generatedAt = time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)

func render(t testing.TB, r reportpdf.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := reportpdf.Render(&buf, r); err != nil {
		t.Fatalf("Render: %v", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("output is not a PDF: %q", buf.Bytes()[:min(20, buf.Len())])
	}
	return buf.Bytes()
}

// pdftotext extracts the text with poppler's pdftotext -layout; pages are
// separated by form feeds. The test is skipped when poppler is absent.
func pdftotext(t *testing.T, pdf []byte) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not on PATH: install poppler-utils (apt-get install -y poppler-utils) to check the PDF's text")
	}
	in := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", "-layout", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
	if os.Getenv("REPORTPDF_DUMP") != "" { // to look at the output by hand
		_ = os.WriteFile(os.Getenv("REPORTPDF_DUMP"), pdf, 0o600)
	}
	return pages
}

func fullReport(t testing.TB, nBudget, nMilestones, nCauses int) (reportpdf.Report, full) {
	s, f := buildFull(t, nBudget, nMilestones, nCauses)
	return reportpdf.Report{State: s, Candidate: f.candidate, Session: f.session, Scenario: f.scenario, GeneratedAt: generatedAt}, f
}

// squash joins the words of the text with single spaces, so that a text
// wrapped over several lines can be found. Poppler extracts the no-break
// spaces (U+00A0, U+202F) as plain spaces, so they separate words too on
// both sides of a comparison; TestNoBreakSpacesAreEmbedded checks that the
// PDF really holds them.
func squash(s string) string { return strings.Join(strings.FieldsFunc(s, isBreakable), " ") }

func isBreakable(r rune) bool {
	switch r {
	case ' ', '\n', '\t', '\f', '\r', '\u00a0', '\u202f':
		return true
	}
	return false
}

// has reports whether the squashed text holds want, compared squashed.
func has(flat, want string) bool { return strings.Contains(flat, squash(want)) }

// words reports the words of want missing from text: a long text wraps in
// a table or a column, so only its words can be looked for.
func missingWords(text, want string) []string {
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, isBreakable) {
		have[w] = true
	}
	var out []string
	for _, w := range strings.FieldsFunc(want, isBreakable) {
		if !have[w] {
			out = append(out, w)
		}
	}
	return out
}

// budgetRow is a row of the fixture's budget table (not the same label in
// the J1→J2 links table, which has no supplier column).
var budgetRow = regexp.MustCompile(`Poste \d\d — prestation été\s+Régie`)

func TestFullReportTextIsExtractableAndComplete(t *testing.T) {
	r, f := fullReport(t, 40, 12, 3)
	pdf := render(t, r)
	pages := pdftotext(t, pdf)
	all := strings.Join(pages, "\n")
	flat := squash(all)

	t.Run("every page has the candidate, the session and page N / M", func(t *testing.T) {
		n := len(pages)
		if n < 3 {
			t.Fatalf("a report with 40 budget lines should span several pages, got %d", n)
		}
		for i, p := range pages {
			want := "page " + strconv.Itoa(i+1) + " / " + strconv.Itoa(n)
			if !strings.Contains(p, want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
			if !strings.Contains(p, f.candidate) || !strings.Contains(p, f.session) {
				t.Errorf("page %d lacks the candidate or the session in its header/footer", i+1)
			}
		}
	})

	t.Run("title block says who, which session, when and how it was submitted", func(t *testing.T) {
		for _, want := range []string{
			"Rapport de mission — La cellule de crise", f.scenario,
			// Submitted at 14:00 UTC: 15 h 00 in Paris (UTC+1 in March).
			"10\u00a0mars\u00a02026 à 15\u00a0h\u00a000 (heure de Paris)",
			"manuel — remis par le candidat",
		} {
			if !has(flat, want) {
				t.Errorf("title block lacks %q", want)
			}
		}
	})

	t.Run("S1: KPI rows with units and signed gaps, causes ranked, evidence, conclusions", func(t *testing.T) {
		for _, want := range append(append([]string{"S1 — Analyse de performance", "Indicateur", "Écart"}, f.gaps...),
			"182\u202f400", "0,42\u00a0%", "412,5\u00a0€", "non atteint", "atteint",
			"Cause n° 1", "Cause n° 2", "Cause n° 3", f.agentName+" (équipe projet) — J1", f.excerpt) {
			if !has(flat, want) {
				t.Errorf("S1 lacks %q", want)
			}
		}
		for _, k := range f.kpis {
			if m := missingWords(all, k); len(m) > 0 {
				t.Errorf("KPI %q: words missing %q", k, m)
			}
		}
		for i, c := range f.causes {
			if !has(flat, c) {
				t.Errorf("cause %d is not printed in full", i+1)
			}
		}
		for i, c := range f.conclusions {
			if !strings.Contains(flat, strconv.Itoa(i+1)+". "+squash(c)) {
				t.Errorf("conclusion %d missing or not numbered: %q", i+1, c)
			}
		}
		// Ranking: cause 1 is printed before cause 2.
		if strings.Index(flat, squash(f.causes[1])) < strings.Index(flat, squash(f.causes[0])) {
			t.Error("causes are not printed in rank order")
		}
	})

	t.Run("S2: concept, milestones, every budget line, totals, communication, links", func(t *testing.T) {
		for _, want := range []string{"S2 — Projet événementiel de relancement", "Dépend de", "Prix unitaire",
			"Enveloppe", "45\u202f000\u00a0€", "Dépassement de l'enveloppe", "Causes J1 auxquelles il répond",
			"Concept — Cibles", "Support de communication", "Frise du planning"} {
			if !has(flat, want) {
				t.Errorf("S2 lacks %q", want)
			}
		}
		for _, v := range f.concept {
			if !has(flat, v) {
				t.Errorf("concept text missing: %q", v)
			}
		}
		if !has(flat, f.communication) {
			t.Error("communication text missing")
		}
		for _, m := range f.measures {
			if !has(flat, m) {
				t.Errorf("measure %q missing", m)
			}
		}
		for _, m := range f.milestones {
			if !has(flat, m) {
				t.Errorf("milestone %q missing", m)
			}
		}
		for _, l := range f.budgetLabels {
			if !has(flat, l) {
				t.Errorf("budget line %q missing", l)
			}
		}
		// The total as the domain computes it.
		if total := domain.FormatEuros(r.State.BudgetTotal()); !has(flat, "Total du budget "+total) {
			t.Errorf("budget total %q missing", total)
		}
		if over := domain.FormatEuros(r.State.BudgetOverrun()); !has(flat, "Dépassement de l'enveloppe +"+over) {
			t.Errorf("overrun %q missing", over)
		}
	})

	t.Run("budget table header is repeated on every page it spans", func(t *testing.T) {
		spanned := 0
		for i, p := range pages {
			if !budgetRow.MatchString(p) {
				continue
			}
			spanned++
			if !strings.Contains(p, "Prix unitaire") {
				t.Errorf("page %d has budget lines without the table header", i+1)
			}
		}
		if spanned < 2 {
			t.Errorf("40 budget lines should span at least 2 pages, spanned %d", spanned)
		}
	})

	t.Run("oral-prep notes are not in the report", func(t *testing.T) {
		if strings.Contains(all, "NOTE-ORALE-PRIVEE") {
			t.Error("the candidate's oral preparation note leaked into the report")
		}
	})

	t.Run("French characters survive", func(t *testing.T) {
		for _, want := range []string{"œ", "€", "’", "«", "»", "\u2212", "Nguyễn", "≥", "·"} {
			if !strings.Contains(all, want) {
				t.Errorf("character %q (%U) lost", want, []rune(want)[0])
			}
		}
	})
}

func TestEmptyReportLockedAtDeadlineShowsPlaceholders(t *testing.T) {
	b := newBuilder(t)
	b.do(attempt.LockAtDeadline{Now: sched.J2End})
	s := b.s
	pdf := render(t, reportpdf.Report{State: &s, Candidate: "Léa Martin", Session: "Session de mars", Scenario: "Vitalia", GeneratedAt: generatedAt})
	pages := pdftotext(t, pdf)
	flat := squash(strings.Join(pages, "\n"))

	// One placeholder for each part left empty: KPI table, causes,
	// conclusions, pinned answers, four concept fields, planning, budget,
	// communication text, measures, links.
	if got := strings.Count(flat, "(non renseigné)"); got != 13 {
		t.Errorf("placeholders: got %d, want 13", got)
	}
	for _, want := range []string{
		"à l'échéance — verrouillage automatique",
		"10\u00a0mars\u00a02026 à 17\u00a0h\u00a000 (heure de Paris)", // J2End 16:00 UTC
		// (poppler drops the no-break space of a lone "0 €")
		"Total du budget 0", "Reste disponible 45\u202f000\u00a0€",
		"page 1 / " + strconv.Itoa(len(pages)),
	} {
		if !has(flat, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
	if strings.Contains(flat, "Brouillon") {
		t.Error("a locked report is marked as a draft")
	}
	for _, unwanted := range []string{"Frise du planning", "Étayée par"} {
		if strings.Contains(flat, unwanted) {
			t.Errorf("empty report prints %q", unwanted)
		}
	}
}

func TestUnsubmittedReportIsMarkedAsDraft(t *testing.T) {
	b := newBuilder(t)
	b.do(attempt.AddCause{CauseID: "c1", Text: "Cause en cours de rédaction", Now: inJ1})
	s := b.s
	flat := squash(strings.Join(pdftotext(t, render(t, reportpdf.Report{State: &s, Candidate: "Léa Martin", Session: "S"})), "\n"))
	for _, want := range []string{"Brouillon", "non remis", "Cause en cours de rédaction"} {
		if !has(flat, want) {
			t.Errorf("draft lacks %q", want)
		}
	}
}

func TestMetadataForAssistiveTechnology(t *testing.T) {
	r, f := fullReport(t, 3, 3, 3)
	pdf := render(t, r)
	if !bytes.Contains(pdf, []byte("/Lang (fr-FR)")) {
		t.Error("the document language is not declared")
	}
	// Sections and subsections are in the outline (navigation by heading).
	if !bytes.Contains(pdf, []byte("/Type /Outlines")) || !bytes.Contains(pdf, []byte("/PageMode /UseOutlines")) {
		t.Error("the document has no outline of its sections")
	}
	bin, err := exec.LookPath("pdfinfo")
	if err != nil {
		t.Skip("pdfinfo is not on PATH: install poppler-utils to check the metadata")
	}
	in := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", in).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	info := string(out)
	for _, want := range []string{
		"Title:           Rapport de mission — " + f.candidate,
		"Author:          " + f.candidate,
		"Subject:         " + f.session + " — " + f.scenario,
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	// The same report gives the same bytes: the PDF can be cached and
	// served with an ETag, and a reprint is identical to the first print.
	r, _ := fullReport(t, 10, 5, 3)
	a, b := render(t, r), render(t, r)
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same report differ")
	}
}

func TestConcurrentRendersAreIndependent(t *testing.T) {
	// The embedded font bytes are shared by every rendering: run with -race.
	r, _ := fullReport(t, 10, 5, 3)
	want := render(t, r)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := reportpdf.Render(&buf, r); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(buf.Bytes(), want) {
				errs <- errors.New("a concurrent rendering differs")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRenderRefusesAMissingState(t *testing.T) {
	var buf bytes.Buffer
	if err := reportpdf.Render(&buf, reportpdf.Report{Candidate: "X"}); !errors.Is(err, reportpdf.ErrNoState) {
		t.Fatalf("got %v, want ErrNoState", err)
	}
	if buf.Len() != 0 {
		t.Error("something was written for a refused report")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderReportsAWriteError(t *testing.T) {
	r, _ := fullReport(t, 1, 1, 3)
	if err := reportpdf.Render(failingWriter{}, r); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("got %v, want the writer's error", err)
	}
}

// BenchmarkRenderLargeReport renders a report at the domain's limits for
// the big lists: 100 budget lines, 50 milestones, 20 causes.
func BenchmarkRenderLargeReport(b *testing.B) {
	r, _ := fullReport(b, 100, 50, 20)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := reportpdf.Render(&buf, r); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KiB/pdf")
}

func TestNoBreakSpacesAreEmbedded(t *testing.T) {
	// French numbers use U+202F between thousands and U+00A0 before the
	// unit. Text extractors turn them into spaces, so check the font: with
	// fpdf's Identity-H encoding a character code is its Unicode value, and
	// it is in the embedded subset's width table (/W) only if it was printed
	// as itself, never replaced by a fallback character.
	r, _ := fullReport(t, 3, 3, 3)
	codes := embeddedCodes(t, render(t, r))
	for _, c := range []rune{'\u202f', '\u00a0', '\u2212', 'œ', '€', '’', '«', 'É'} {
		if !codes[int(c)] {
			t.Errorf("%U is not in the embedded font subset", c)
		}
	}
}

// embeddedCodes parses the /W arrays of the PDF's CID fonts: entries are
// either "first [w1 w2 …]" or "first last w".
func embeddedCodes(t *testing.T, pdf []byte) map[int]bool {
	t.Helper()
	codes := map[int]bool{}
	arrays := regexp.MustCompile(`(?s)/W \[(.*?)\]\s*/CIDToGIDMap`).FindAllSubmatch(pdf, -1)
	if len(arrays) == 0 {
		t.Fatal("no /W width table in the PDF")
	}
	for _, a := range arrays {
		toks := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(string(a[1])))
		for i := 0; i < len(toks); {
			first, err := strconv.Atoi(toks[i])
			if err != nil || i+1 >= len(toks) {
				t.Fatalf("unexpected /W token %q", toks[i])
			}
			if toks[i+1] == "[" {
				j := i + 2
				for ; toks[j] != "]"; j++ {
					codes[first+j-i-2] = true
				}
				i = j + 1
				continue
			}
			last, _ := strconv.Atoi(toks[i+1])
			for c := first; c <= last; c++ {
				codes[c] = true
			}
			i += 3
		}
	}
	return codes
}

// FuzzRenderTexts feeds arbitrary texts to every kind of place a text is
// printed (paragraphs, table cells, the timeline, the header), bypassing
// the decider's validation as a corrupted or future event could: Render
// must still produce a PDF, without panicking or looping.
func FuzzRenderTexts(f *testing.F) {
	for _, s := range []string{"", " ", "\n\n", "182\u202f400\u00a0€", strings.Repeat("x", 300), "a\tb\rc\x00d",
		"\xff\xfe invalide", "😀 emoji 漢字", "« guillemets » — œ ’", strings.Repeat("mot ", 500)} {
		f.Add(s, 2.5)
	}
	f.Fuzz(func(t *testing.T, s string, n float64) {
		st := attempt.Decider.Fold([]domain.Event{
			domain.AttemptOpened{AttemptID: "a", ExamID: "e", CandidateID: "u", Exam: snapshot},
			domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r", Label: s, Result: n, Target: -n, Unit: s}},
			domain.CauseAdded{CauseID: "c", Text: s},
			domain.ConclusionWritten{ConclusionID: "k", Text: s},
			domain.ConceptFieldEdited{Field: domain.ConceptFormat, Value: s},
			domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: "m", Title: s, Date: s, Owner: s}},
			domain.MilestoneAdded{Milestone: domain.Milestone{MilestoneID: "m2", Title: s, Date: "2026-04-01", Owner: s, DependsOn: []string{"m"}}},
			domain.BudgetLineAdded{BudgetLine: domain.BudgetLine{LineID: "l", Category: s, Supplier: s, Label: s, Quantity: n, UnitPriceCents: 12345}},
			domain.CommunicationSupportEdited{Text: s, Measures: []string{s}},
			domain.J1J2LinkSet{ItemKind: domain.ItemBudgetLine, ItemID: "l", CauseIDs: []string{"c"}},
		})
		var buf bytes.Buffer
		if err := reportpdf.Render(&buf, reportpdf.Report{State: &st, Candidate: s, Session: s, Scenario: s}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
