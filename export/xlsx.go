package export

import (
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"cellule/domain"
)

// ErrNoTable: WriteXLSX was given no table (a workbook needs a sheet).
var ErrNoTable = errors.New("export: no table to write")

// Number formats by kind (Excel format codes; Excel localises the
// separators, so "0.00" shows "3,50" in French Excel).
var numFmts = map[Kind]string{
	Int:    "0",
	Number: "0.00",
	Ratio:  "0%",
	Money:  `#,##0.00\ "€"`,
	Time:   "yyyy-mm-dd hh:mm:ss",
}

// WriteXLSX writes the tables as one workbook, one sheet per table in
// order: header row bold on a grey fill, frozen, with an auto-filter over
// the table; numbers, money and times as typed cells (so they sort and
// sum), formatted by kind. Every table is checked first: a bad cell
// returns ErrBadCell and writes nothing.
func WriteXLSX(w io.Writer, tables ...Table) error {
	if len(tables) == 0 {
		return ErrNoTable
	}
	for i := range tables {
		if err := tables[i].check(); err != nil {
			return err
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return err
	}
	styles := map[Kind]int{}
	for k, code := range numFmts {
		fmtCode := code
		if styles[k], err = f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCode}); err != nil {
			return err
		}
	}
	for i, t := range tables {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.Name); err != nil {
				return fmt.Errorf("sheet %q: %w", t.Name, err)
			}
		} else if _, err := f.NewSheet(t.Name); err != nil {
			return fmt.Errorf("sheet %q: %w", t.Name, err)
		}
		if err := writeSheet(f, t, header, styles); err != nil {
			return fmt.Errorf("sheet %q: %w", t.Name, err)
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

func writeSheet(f *excelize.File, t Table, header int, styles map[Kind]int) error {
	if len(t.Columns) == 0 {
		return nil
	}
	last, err := excelize.CoordinatesToCellName(len(t.Columns), len(t.Rows)+1)
	if err != nil {
		return err
	}
	// The auto-filter must be set before streaming: the stream writer
	// copies the worksheet settings when it is created.
	if err := f.AutoFilter(t.Name, "A1:"+last, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	for j, c := range t.Columns {
		width := c.Width
		if width == 0 {
			width = 14
		}
		if err := sw.SetColWidth(j+1, j+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(t.Columns))
	for j, c := range t.Columns {
		row[j] = excelize.Cell{StyleID: header, Value: c.Header}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	for i, r := range t.Rows {
		for j, v := range r {
			row[j] = xlsxCell(t.Columns[j].Kind, v, styles)
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// xlsxCell types a checked cell for the stream writer.
func xlsxCell(k Kind, v any, styles map[Kind]int) any {
	if v == nil {
		return nil
	}
	switch k {
	case Money:
		return excelize.Cell{StyleID: styles[k], Value: v.(domain.Cents).Euros()}
	case Bool:
		if v.(bool) {
			return "oui"
		}
		return "non"
	case Text:
		return v
	}
	return excelize.Cell{StyleID: styles[k], Value: v}
}
