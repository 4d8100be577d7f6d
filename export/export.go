// Package export writes the analytics of an exam session as files staff
// open in a spreadsheet: CSV (encoding/csv) and XLSX (excelize). A Table
// is built once from the analytics query results (QuestionsTable,
// ReportsTable, EvaluationsTable) and written in either format, so both
// files always hold the same columns and values.
//
// Choices (docs/ANALYTICS.md, "Exports"):
//   - CSV is UTF-8 with a byte-order mark, ';'-separated, CRLF line ends,
//     decimal comma: what French Excel opens correctly by double-click
//     (without the BOM it reads UTF-8 as Windows-1252; with ',' it puts
//     each row in one cell, since ',' is the French decimal separator).
//   - Times are UTC ("2026-12-02 16:00:00"), said in the header.
//   - A text cell that a spreadsheet would run as a formula (starting with
//     = + - @, a tab or a carriage return, possibly after spaces) gets a
//     leading apostrophe in CSV. XLSX cells are typed: a text cell is
//     never a formula, so it is written as is.
//   - Ratios are 0–1 numbers in both; XLSX displays them as percentages.
//     Money is in euros (the events hold cents).
package export

import (
	"errors"
	"fmt"
	"time"

	"cellule/domain"
)

// Kind is the type of a column's cells: how they are written.
type Kind int

const (
	// Text cells are strings.
	Text Kind = iota
	// Int cells are int or int64.
	Int
	// Number cells are float64 (nil: undefined, written empty).
	Number
	// Ratio cells are float64 in 0–1 (XLSX shows them as percentages).
	Ratio
	// Money cells are domain.Cents, written in euros.
	Money
	// Time cells are time.Time in UTC (zero: written empty).
	Time
	// Bool cells are bool, written "oui"/"non".
	Bool
)

// Column is one column of a table.
type Column struct {
	Header string // French, shown to staff
	Kind   Kind
	Width  float64 // XLSX width in characters; 0 for the default
}

// Table is one table of an export: a CSV file or an XLSX sheet.
type Table struct {
	// Name is the sheet name (at most 31 characters, none of : \ / ? * [ ]).
	Name    string
	Columns []Column
	// Rows hold one value per column, of the column's Kind (or nil).
	Rows [][]any
}

// ErrBadCell: a cell does not hold a value of its column's kind (a bug in
// the table's builder, reported rather than written wrong).
var ErrBadCell = errors.New("export: cell does not match its column kind")

func badCell(t *Table, row, col int, v any) error {
	return fmt.Errorf("%w: table %q row %d column %q: %T", ErrBadCell, t.Name, row+1, t.Columns[col].Header, v)
}

// check verifies every row's width and cell types before anything is
// written, so a bad table never leaves a half-written file.
func (t *Table) check() error {
	for i, r := range t.Rows {
		if len(r) != len(t.Columns) {
			return fmt.Errorf("%w: table %q row %d has %d cells for %d columns", ErrBadCell, t.Name, i+1, len(r), len(t.Columns))
		}
		for j, v := range r {
			if v == nil {
				continue
			}
			ok := false
			switch t.Columns[j].Kind {
			case Text:
				_, ok = v.(string)
			case Int:
				switch v.(type) {
				case int, int64:
					ok = true
				}
			case Number, Ratio:
				_, ok = v.(float64)
			case Money:
				_, ok = v.(domain.Cents)
			case Time:
				_, ok = v.(time.Time)
			case Bool:
				_, ok = v.(bool)
			}
			if !ok {
				return badCell(t, i, j, v)
			}
		}
	}
	return nil
}

// optFloat turns an optional metric into a cell (nil stays empty).
func optFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// optTime leaves a zero time empty.
func optTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}
