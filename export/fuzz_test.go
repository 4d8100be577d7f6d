package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"cellule/projections/analytics"
)

// Any text survives a CSV round trip through a standard reader, changed
// only by the formula guard's leading apostrophe (and carriage returns).
func FuzzCSVTextRoundTrip(f *testing.F) {
	for _, s := range []string{"", "a;b", "\"q\"", "l1\nl2", "=1+1", " -x", "é€", "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("domain texts are valid UTF-8")
		}
		tab := Table{Name: "T", Columns: []Column{{Header: "h"}, {Header: "n", Kind: Int}}, Rows: [][]any{{s, 1}}}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, tab); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte(bom))))
		r.Comma = CSVSeparator
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%q: %v", buf.String(), err)
		}
		if len(recs) != 2 || recs[1][1] != "1" {
			t.Fatalf("records = %q", recs)
		}
		got := recs[1][0]
		// With CRLF line ends encoding/csv writes each \n as \r\n, drops a
		// lone \r, and reads \r\n back as \n: carriage returns are lost,
		// which no spreadsheet user sees.
		want := strings.ReplaceAll(guardFormula(s), "\r", "")
		if got != want {
			t.Errorf("text %q came back as %q, want %q", s, got, want)
		}
	})
}

func BenchmarkExportQuestions50000(b *testing.B) {
	qs := sampleQuestions()
	rows := make([]analytics.QuestionMetrics, 0, 50000)
	for i := range 50000 {
		q := qs[i%2]
		q.QuestionID = fmt.Sprintf("q%d", i)
		rows = append(rows, q)
	}
	tab := QuestionsTable(rows)
	b.Run("csv", func(b *testing.B) {
		for b.Loop() {
			if err := WriteCSV(io.Discard, tab); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if err := WriteXLSX(io.Discard, tab); err != nil {
				b.Fatal(err)
			}
		}
	})
}
