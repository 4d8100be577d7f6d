package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"cellule/domain"
)

// bom is the UTF-8 byte-order mark that tells Excel the file is UTF-8.
const bom = "\uFEFF"

// CSVSeparator is the field separator: ';', as French Excel expects.
const CSVSeparator = ';'

// WriteCSV writes the table as CSV (see the package doc for the format).
// The table is checked first: a bad cell returns ErrBadCell and writes nothing.
func WriteCSV(w io.Writer, t Table) error {
	if err := t.check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(bom); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.Comma = CSVSeparator
	cw.UseCRLF = true
	rec := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		rec[j] = guardFormula(c.Header)
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, r := range t.Rows {
		for j, v := range r {
			rec[j] = csvCell(t.Columns[j].Kind, v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvCell formats a checked cell.
func csvCell(k Kind, v any) string {
	if v == nil {
		return ""
	}
	switch k {
	case Int:
		switch n := v.(type) {
		case int:
			return strconv.Itoa(n)
		case int64:
			return strconv.FormatInt(n, 10)
		}
	case Number, Ratio:
		return decimalComma(strconv.FormatFloat(v.(float64), 'f', -1, 64))
	case Money:
		c := int64(v.(domain.Cents))
		sign := ""
		if c < 0 {
			sign, c = "-", -c
		}
		return sign + strconv.FormatInt(c/100, 10) + "," + leftPad2(c%100)
	case Time:
		return v.(time.Time).UTC().Format(time.DateTime)
	case Bool:
		if v.(bool) {
			return "oui"
		}
		return "non"
	}
	return guardFormula(v.(string))
}

func decimalComma(s string) string { return strings.Replace(s, ".", ",", 1) }

func leftPad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// guardFormula neutralises CSV formula injection (OWASP): a text that
// starts, possibly after spaces, with = + - @ or a tab / carriage return
// would be run as a formula by a spreadsheet; a leading apostrophe makes
// it text. Candidates type questions and names, so this is not theoretical.
func guardFormula(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
