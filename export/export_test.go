package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"cellule/domain"
	"cellule/projections/analytics"
)

var t0 = time.Date(2026, 12, 1, 8, 10, 0, 0, time.UTC)

func sampleQuestions() []analytics.QuestionMetrics {
	return []analytics.QuestionMetrics{
		{
			AttemptID: "A", DisplayName: "Alice Martin", Index: 1, QuestionID: "q1", AgentID: "data", Phase: domain.J1,
			Text: "Combien de leads ; en \"octobre\"\net novembre ?", AskedAt: t0, Status: "answered", AnsweredAt: t0.Add(2 * time.Second),
			Engine: "offline", LatencyMs: 40, FactIDs: []string{"d.leads", "d.couv"}, FactsEarned: 2, NewFacts: 1, RepeatedFacts: 1,
			CriticalFactsEarned: 1, Specificity: 0.5, TopicsNamed: []string{"leads"}, Form: analytics.Open,
			Redundancy: 0.25, RedundantWith: "q0",
		},
		{
			AttemptID: "B", DisplayName: "=HYPERLINK(\"http://x\")", Index: 2, QuestionID: "q2", AgentID: "terrain", Phase: domain.J2,
			Text: "@SUM(A1)", AskedAt: t0.Add(time.Hour), Status: "pending", Form: analytics.Closed, Redundancy: 1, Redundant: true,
		},
	}
}

func sampleReports() []analytics.ReportSummary {
	return []analytics.ReportSummary{
		{AttemptID: "A", DisplayName: "Alice", Questions: 5, KpiRows: 1, Causes: 2, CausesWithEvidence: 1, Conclusions: 3, BudgetLines: 1,
			BudgetTotalCents: 300005, EnvelopeCents: 250000, BudgetOverrunCents: 50005, Submitted: true,
			SubmittedAt: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC), SubmittedBy: domain.SubmittedByCandidate},
		{AttemptID: "B", DisplayName: "Bruno", EnvelopeCents: 250000},
	}
}

func sampleAssessments() []analytics.Assessment {
	return []analytics.Assessment{
		{AttemptID: "A", DisplayName: "Alice", JuryID: "j1", Competency: "C21", Level: domain.LevelAcquired, LevelLabel: "Acquis",
			Comment: "-- très clair", AssessedAt: t0, Result: domain.ResultPassed, FinalisedAt: t0.Add(time.Hour)},
	}
}

// readCSV checks the BOM and parses the rest as ';'-separated CSV.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 BOM: %q", b[:min(8, len(b))])
	}
	r := csv.NewReader(bytes.NewReader(b[3:]))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestQuestionsCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, QuestionsTable(sampleQuestions())); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("\r\n")) {
		t.Error("lines should end with CRLF")
	}
	recs := readCSV(t, buf.Bytes())
	if len(recs) != 3 {
		t.Fatalf("got %d records, want header + 2", len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	get := func(row int, h string) string {
		i, ok := col[h]
		if !ok {
			t.Fatalf("no column %q in %q", h, recs[0])
		}
		return recs[row][i]
	}
	tests := []struct {
		row          int
		header, want string
	}{
		{1, "Candidat", "Alice Martin"},
		{1, "Question", "Combien de leads ; en \"octobre\"\net novembre ?"}, // separator, quotes and newline survive
		{1, "Posée le (UTC)", "2026-12-01 08:10:00"},
		{1, "Répondue le (UTC)", "2026-12-01 08:10:02"},
		{1, "Statut", "répondue"},
		{1, "Spécificité", "0,5"}, // decimal comma
		{1, "Redondance", "0,25"},
		{1, "Faits obtenus", "2"},
		{1, "Faits (ids)", "d.leads, d.couv"},
		{1, "Refus", "non"},
		{1, "Forme", "ouverte"},
		{2, "Candidat", "'=HYPERLINK(\"http://x\")"}, // formula injection guarded
		{2, "Question", "'@SUM(A1)"},
		{2, "Répondue le (UTC)", ""}, // not answered: empty, not 0001-01-01
		{2, "Redondante", "oui"},
		{2, "Redondance", "1"},
		{2, "Statut", "en attente"},
	}
	for _, tt := range tests {
		if got := get(tt.row, tt.header); got != tt.want {
			t.Errorf("row %d %q = %q, want %q", tt.row, tt.header, got, tt.want)
		}
	}
}

func TestReportsAndEvaluationsCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ReportsTable(sampleReports())); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	want := []string{"A", "Alice", "5", "1", "2", "1", "3", "0", "1", "3000,05", "2500,00", "500,05", "oui", "2026-12-02 16:00:00", "candidat"}
	if !reflect.DeepEqual(recs[1], want) {
		t.Errorf("report row = %q\nwant %q", recs[1], want)
	}
	if recs[2][12] != "non" || recs[2][13] != "" || recs[2][11] != "0,00" {
		t.Errorf("unsubmitted row = %q", recs[2])
	}

	buf.Reset()
	if err := WriteCSV(&buf, EvaluationsTable(sampleAssessments())); err != nil {
		t.Fatal(err)
	}
	recs = readCSV(t, buf.Bytes())
	want = []string{"A", "Alice", "j1", "C21", "Acquis", "3", "'-- très clair", "2026-12-01 08:10:00", "validé", "2026-12-01 09:10:00"}
	if !reflect.DeepEqual(recs[1], want) {
		t.Errorf("evaluation row = %q\nwant %q", recs[1], want)
	}
}

func TestGuardFormula(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+33 6 12", "'+33 6 12"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"  =1+1", "'  =1+1"}, // after spaces too
		{"Combien ?", "Combien ?"},
		{"a=b", "a=b"},
		{"", ""},
		{"   ", "   "},
	}
	for _, tt := range tests {
		if got := guardFormula(tt.in); got != tt.want {
			t.Errorf("guardFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBadCellWritesNothing(t *testing.T) {
	bad := Table{Name: "X", Columns: []Column{{Header: "n", Kind: Int}}, Rows: [][]any{{1}, {"deux"}}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, bad); !errors.Is(err, ErrBadCell) || buf.Len() != 0 {
		t.Errorf("CSV: %v, %d bytes written", err, buf.Len())
	}
	if err := WriteXLSX(&buf, bad); !errors.Is(err, ErrBadCell) || buf.Len() != 0 {
		t.Errorf("XLSX: %v, %d bytes written", err, buf.Len())
	}
	short := Table{Name: "X", Columns: []Column{{Header: "a"}, {Header: "b"}}, Rows: [][]any{{"x"}}}
	if err := WriteCSV(&buf, short); !errors.Is(err, ErrBadCell) {
		t.Errorf("short row: %v", err)
	}
	if err := WriteXLSX(&buf); !errors.Is(err, ErrNoTable) {
		t.Errorf("no table: %v", err)
	}
}

func TestXLSX(t *testing.T) {
	var buf bytes.Buffer
	err := WriteXLSX(&buf, QuestionsTable(sampleQuestions()), ReportsTable(sampleReports()), EvaluationsTable(sampleAssessments()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{SheetQuestions, SheetReports, SheetEvaluations}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}

	for _, sheet := range f.GetSheetList() {
		// Header frozen and styled, auto-filter over the table.
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
			t.Errorf("%s panes = %+v, %v", sheet, panes, err)
		}
		sid, _ := f.GetCellStyle(sheet, "A1")
		if st, err := f.GetStyle(sid); err != nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("%s header style = %+v, %v", sheet, st, err)
		}
	}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			names[dn.Scope] = dn.RefersTo
		}
	}
	if got := names[SheetQuestions]; got != "'Questions'!$A$1:$Y$3" && got != "Questions!$A$1:$Y$3" {
		t.Errorf("Questions auto-filter = %q (all: %v)", got, names)
	}

	rows, err := f.GetRows(SheetQuestions)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "Tentative" || rows[1][6] != "Combien de leads ; en \"octobre\"\net novembre ?" {
		t.Errorf("questions rows = %q", rows[:2])
	}
	// Text is written as is (a typed text cell is never a formula).
	if v, _ := f.GetCellValue(SheetQuestions, "B3"); v != "=HYPERLINK(\"http://x\")" {
		t.Errorf("B3 = %q", v)
	}
	if fm, _ := f.GetCellFormula(SheetQuestions, "B3"); fm != "" {
		t.Errorf("B3 has a formula %q", fm)
	}

	// Numbers are numbers: raw values parse, text cells are strings.
	raw := func(sheet, cell string) string {
		v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numeric := []struct {
		sheet, cell string
		want        float64
	}{
		{SheetQuestions, "C2", 1},     // N°
		{SheetQuestions, "N2", 2},     // Faits obtenus
		{SheetQuestions, "T2", 0.5},   // Spécificité
		{SheetReports, "J2", 3000.05}, // Budget total (€)
		{SheetReports, "K2", 2500},
		{SheetEvaluations, "F2", 3}, // level rank
	}
	for _, n := range numeric {
		typ, _ := f.GetCellType(n.sheet, n.cell)
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s!%s type = %v, want a number", n.sheet, n.cell, typ)
		}
		got, err := strconv.ParseFloat(raw(n.sheet, n.cell), 64)
		if err != nil || got != n.want {
			t.Errorf("%s!%s = %v (%v), want %v", n.sheet, n.cell, got, err, n.want)
		}
	}
	// Times are date serials shown with a date format.
	if v := raw(SheetReports, "N2"); !strings.HasPrefix(v, "46358.") { // 2026-12-02 16:00 = 46358.666…
		t.Errorf("SubmittedAt raw = %q", v)
	}
	if v, _ := f.GetCellValue(SheetReports, "N2"); v != "2026-12-02 16:00:00" {
		t.Errorf("SubmittedAt shown = %q", v)
	}
	if v, _ := f.GetCellValue(SheetQuestions, "T2"); v != "50%" {
		t.Errorf("ratio shown = %q, want 50%%", v)
	}
	// Undefined values are empty cells.
	if v := raw(SheetQuestions, "J3"); v != "" {
		t.Errorf("AnsweredAt of a pending question = %q", v)
	}
}
