package reportpdf

import (
	_ "embed"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"cellule/domain/attempt"
)

// DejaVu Sans, see the package doc and fonts/LICENSE.
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
)

const (
	family  = "DejaVu"
	nbAlias = "{nb}"

	// Page geometry in mm (A4 is 210 × 297).
	marginLeft   = 18.0
	marginRight  = 18.0
	marginTop    = 22.0
	marginBottom = 20.0
	contentWidth = 210 - marginLeft - marginRight
	cellPad      = 1.5

	// Type sizes in points and line heights in mm.
	sizeBody   = 9.5
	lineBody   = 4.8
	sizeTable  = 8.5
	lineTable  = 4.0
	sizeSmall  = 7.5
	sizeH1     = 15.0
	sizeH2     = 12.5
	sizeH3     = 10.5
	minSpaceH2 = 30.0 // a section heading never ends a page: keep this much below it
	minSpaceH3 = 18.0

	placeholder = "(non renseigné)"
)

// rgb is a colour.
type rgb struct{ r, g, b int }

var (
	colText        = rgb{25, 25, 25}
	colMuted       = rgb{95, 95, 95} // 6.9:1 on white: readable when printed grey
	colAccent      = rgb{28, 58, 110}
	colRule        = rgb{170, 178, 190}
	colHeadFill    = rgb{222, 229, 240}
	colZebra       = rgb{246, 247, 250}
	colBar         = rgb{70, 110, 170}
	colBarInverted = rgb{200, 110, 30}
)

// document wraps fpdf with the report's typographic conventions.
type document struct {
	pdf *fpdf.Fpdf
	r   Report
	s   *attempt.State
}

func (d *document) text(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }
func (d *document) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *document) draw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }
func (d *document) font(style string, size float64) {
	d.pdf.SetFont(family, style, size)
}

func (d *document) pageHeight() float64 {
	_, h := d.pdf.GetPageSize()
	return h
}

// room is the vertical space left above the bottom margin.
func (d *document) room() float64 { return d.pageHeight() - marginBottom - d.pdf.GetY() }

// need starts a new page unless h mm are left.
func (d *document) need(h float64) {
	if d.room() < h {
		d.pdf.AddPage()
	}
}

func (d *document) header() {
	p := d.pdf
	d.font("", sizeSmall)
	d.text(colMuted)
	half := contentWidth / 2
	p.SetXY(marginLeft, 10)
	p.CellFormat(half, 4, d.fit("Rapport de mission — "+orDash(d.r.Candidate), half), "", 0, "L", false, 0, "")
	p.CellFormat(half, 4, d.fit(orDash(d.r.Session), half), "", 0, "R", false, 0, "")
	d.draw(colRule)
	p.SetLineWidth(0.2)
	p.Line(marginLeft, 15, marginLeft+contentWidth, 15)
	p.SetXY(marginLeft, marginTop)
}

func (d *document) footer() {
	p := d.pdf
	y := d.pageHeight() - 14
	d.draw(colRule)
	p.SetLineWidth(0.2)
	p.Line(marginLeft, y, marginLeft+contentWidth, y)
	d.font("", sizeSmall)
	d.text(colMuted)
	pageW := 30.0
	p.SetXY(marginLeft, y+1.5)
	p.CellFormat(contentWidth-pageW, 4, d.fit(joinNonEmpty(" · ", orDash(d.r.Candidate), d.r.Session), contentWidth-pageW), "", 0, "L", false, 0, "")
	// fpdf measures the alias, not the final number, so the right edge
	// moves by a fraction of a millimetre: invisible, and simpler than
	// rendering twice.
	p.CellFormat(pageW, 4, "page "+itoa(p.PageNo())+" / "+nbAlias, "", 0, "R", false, 0, "")
}

// fit shortens s with an ellipsis so that it fits in a cell of width w.
func (d *document) fit(s string, w float64) string {
	max := w - 2*cellPad
	if d.pdf.GetStringWidth(s) <= max {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi { // longest prefix that fits with the ellipsis
		mid := (lo + hi + 1) / 2
		if d.pdf.GetStringWidth(string(rs[:mid])+"…") <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(rs[:lo]), " ") + "…"
}

// wrap splits s into lines that fit a cell of width w in the current font.
// Unlike fpdf's SplitText, it breaks only at ordinary spaces and line
// breaks: French typography puts no-break spaces (U+00A0, U+202F) inside
// numbers and before units and « », and a line should not break there. A
// word wider than the cell is broken before its unit if that is enough,
// else cut where it overflows. It runs in time linear in the text.
func (d *document) wrap(s string, w float64) []string {
	limit := w - 2*cellPad
	width := d.pdf.GetStringWidth
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			if line != "" && width(line+" "+word) <= limit {
				line += " " + word
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			line = word
			if width(line) <= limit {
				continue
			}
			// Too wide even alone: break before the unit ("182 400 /
			// personnes") when both parts then fit, else cut where it
			// overflows.
			if i := strings.LastIndex(line, "\u00a0"); i > 0 && width(line[:i]) <= limit && width(line[i+len("\u00a0"):]) <= limit {
				out = append(out, line[:i])
				line = line[i+len("\u00a0"):]
				continue
			}
			pieces := d.cut(line, limit)
			out = append(out, pieces[:len(pieces)-1]...)
			line = pieces[len(pieces)-1]
		}
		out = append(out, line)
	}
	return out
}

// cut splits a word into pieces no wider than limit (at least one character
// each), in one pass over its characters.
func (d *document) cut(word string, limit float64) []string {
	var out []string
	start, w := 0, 0.0
	for i, r := range word {
		cw := d.pdf.GetStringWidth(string(r))
		if w+cw > limit && i > start {
			out = append(out, word[start:i])
			start, w = i, 0
		}
		w += cw
	}
	return append(out, word[start:])
}

// heading1 prints a section title (S1, S2) with an outline entry.
func (d *document) heading1(title, competencies string) {
	d.need(minSpaceH2)
	p := d.pdf
	p.Ln(3)
	p.Bookmark(title, 0, -1)
	d.font("B", sizeH1)
	d.text(colAccent)
	p.MultiCell(contentWidth, 7, title, "", "L", false)
	if competencies != "" {
		d.font("", sizeSmall)
		d.text(colMuted)
		p.CellFormat(contentWidth, 4, competencies, "", 1, "L", false, 0, "")
	}
	d.draw(colAccent)
	p.SetLineWidth(0.5)
	p.Line(marginLeft, p.GetY()+1, marginLeft+contentWidth, p.GetY()+1)
	p.Ln(4)
}

// heading2 prints a subsection title with an outline entry.
func (d *document) heading2(title string) {
	d.need(minSpaceH2)
	p := d.pdf
	p.Ln(2)
	p.Bookmark(title, 1, -1)
	d.font("B", sizeH2)
	d.text(colAccent)
	p.MultiCell(contentWidth, 6, title, "", "L", false)
	p.Ln(1.5)
}

// heading3 prints a small bold title (a cause, a concept field).
func (d *document) heading3(title string) {
	d.need(minSpaceH3)
	d.font("B", sizeH3)
	d.text(colText)
	d.pdf.MultiCell(contentWidth, 5.5, title, "", "L", false)
}

// paragraph prints free text, or the placeholder when it is blank. Long
// texts flow onto the next pages.
func (d *document) paragraph(s string) {
	d.paragraphAt(marginLeft, contentWidth, s)
}

func (d *document) paragraphAt(x, w float64, s string) {
	p := d.pdf
	s = clean(s)
	p.SetX(x)
	d.font("", sizeBody)
	if strings.TrimSpace(s) == "" {
		// A part of the report the candidate left empty.
		d.text(colMuted)
		s = placeholder
	} else {
		d.text(colText)
	}
	p.MultiCell(w, lineBody, s, "", "L", false)
}

// note prints a short muted line (captions, explanations).
func (d *document) note(s string) {
	d.font("", sizeSmall)
	d.text(colMuted)
	d.pdf.SetX(marginLeft)
	d.pdf.MultiCell(contentWidth, 3.8, s, "", "L", false)
}

// item prints an indented list entry: a marker ("•", "1."), an optional
// bold label line, then paragraphs, all aligned after the marker.
func (d *document) item(marker, label string, paras ...string) {
	p := d.pdf
	const indent = 6.0
	d.need(lineBody * 2)
	y := p.GetY()
	d.font("B", sizeBody)
	d.text(colAccent)
	p.SetXY(marginLeft, y)
	p.CellFormat(indent, lineBody, marker, "", 0, "L", false, 0, "")
	p.SetXY(marginLeft+indent, y)
	if label != "" {
		d.text(colText)
		p.MultiCell(contentWidth-indent, lineBody, clean(label), "", "L", false)
	}
	for _, s := range paras {
		d.paragraphAt(marginLeft+indent, contentWidth-indent, s)
	}
}

// column of a table.
type column struct {
	title string
	width float64
	align string // "L", "C", "R"
}

// cell of a table row.
type cell struct {
	text  string
	bold  bool
	muted bool
}

func plain(s string) cell { return cell{text: s} }

// orPlaceholder gives the placeholder cell for a blank value.
func orPlaceholder(s string) cell {
	if strings.TrimSpace(s) == "" {
		return cell{text: placeholder, muted: true}
	}
	return cell{text: s}
}

// table prints rows under a header row that is repeated on every page the
// table spans. Cells wrap; a row is never split across pages (a cell holds
// at most a short text, 200 characters, so a row is far below a page).
func (d *document) table(cols []column, rows [][]cell) {
	p := d.pdf
	d.font("B", sizeTable)
	_, headH := d.layoutRow(cols, headerCells(cols), 1e9)
	d.need(headH + lineTable*2 + 2)
	d.tableHeader(cols, headH)
	maxRow := d.pageHeight() - marginTop - marginBottom - headH
	for i, row := range rows {
		lines, h := d.layoutRow(cols, row, maxRow)
		if d.room() < h {
			p.AddPage()
			d.tableHeader(cols, headH)
		}
		d.drawRow(cols, row, lines, h, i%2 == 1)
	}
	p.Ln(2)
}

func headerCells(cols []column) []cell {
	out := make([]cell, len(cols))
	for i, c := range cols {
		out[i] = cell{text: c.title, bold: true}
	}
	return out
}

// layoutRow wraps each cell to its column and returns the lines and the
// row height, capped at maxH (the lines beyond are cut with an ellipsis).
func (d *document) layoutRow(cols []column, row []cell, maxH float64) ([][]string, float64) {
	lines := make([][]string, len(cols))
	maxLines := 1
	limit := int((maxH - 2*cellPad) / lineTable)
	for i, c := range cols {
		var ce cell
		if i < len(row) {
			ce = row[i]
		}
		d.cellFont(ce)
		ls := d.wrap(clean(ce.text), c.width)
		if len(ls) > limit && limit > 0 {
			ls = ls[:limit]
			ls[limit-1] = d.fit(ls[limit-1]+"…", c.width)
		}
		lines[i] = ls
		maxLines = max(maxLines, len(ls))
	}
	return lines, float64(maxLines)*lineTable + 2*cellPad*0.8
}

func (d *document) cellFont(c cell) {
	if c.bold {
		d.font("B", sizeTable)
	} else {
		d.font("", sizeTable)
	}
}

func (d *document) tableHeader(cols []column, h float64) {
	hc := headerCells(cols)
	lines, _ := d.layoutRow(cols, hc, 1e9)
	d.drawCells(cols, hc, lines, h, colHeadFill)
}

func (d *document) drawRow(cols []column, row []cell, lines [][]string, h float64, zebra bool) {
	bg := rgb{255, 255, 255}
	if zebra {
		bg = colZebra
	}
	padded := make([]cell, len(cols))
	copy(padded, row)
	d.drawCells(cols, padded, lines, h, bg)
}

func (d *document) drawCells(cols []column, row []cell, lines [][]string, h float64, bg rgb) {
	p := d.pdf
	x, y := marginLeft, p.GetY()
	d.draw(colRule)
	p.SetLineWidth(0.15)
	d.fill(bg)
	for i, c := range cols {
		p.Rect(x, y, c.width, h, "FD")
		d.cellFont(row[i])
		if row[i].muted {
			d.text(colMuted)
		} else {
			d.text(colText)
		}
		for j, l := range lines[i] {
			p.SetXY(x, y+cellPad*0.8+float64(j)*lineTable)
			p.CellFormat(c.width, lineTable, l, "", 0, c.align, false, 0, "")
		}
		x += c.width
	}
	p.SetXY(marginLeft, y+h)
}

// keyValues prints a two-column block of labels and values (no borders).
func (d *document) keyValues(rows [][2]string) {
	p := d.pdf
	const labelW = 48.0
	for _, kv := range rows {
		d.font("B", sizeBody)
		d.text(colMuted)
		y := p.GetY()
		p.SetX(marginLeft)
		p.CellFormat(labelW, lineBody+0.6, kv[0], "", 0, "L", false, 0, "")
		p.SetXY(marginLeft+labelW, y)
		v := clean(kv[1])
		if strings.TrimSpace(v) == "" {
			d.font("", sizeBody)
			d.text(colMuted)
			v = placeholder
		} else {
			d.font("", sizeBody)
			d.text(colText)
		}
		p.MultiCell(contentWidth-labelW, lineBody+0.6, v, "", "L", false)
	}
}
