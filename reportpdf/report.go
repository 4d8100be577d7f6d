package reportpdf

import (
	"errors"
	"fmt"
	"io"
	"time"
	_ "time/tzdata" // French times must print right on hosts without a zone database

	"codeberg.org/go-pdf/fpdf"

	"cellule/domain/attempt"
)

// Report is what Render needs: the folded attempt and the names the state
// does not hold.
type Report struct {
	// State is the attempt folded up to the version to print (normally the
	// lock). Required.
	State *attempt.State
	// Candidate is the candidate's display name.
	Candidate string
	// Session is the exam session's title.
	Session string
	// Scenario is the scenario's title (the case the candidate worked on).
	Scenario string
	// GeneratedAt is printed on the title block and stored as the PDF's
	// creation date, so the same input gives the same bytes.
	GeneratedAt time.Time
	// Location is the time zone dates are printed in; nil means Europe/Paris.
	Location *time.Location
}

// ErrNoState is returned when Report.State is nil.
var ErrNoState = errors.New("reportpdf: no attempt state to render")

// Render writes the report as a PDF to w. Nothing is written when the
// report cannot be built (an error from the PDF library); a write error from
// w is returned as is, wrapped.
func Render(w io.Writer, r Report) error {
	if r.State == nil {
		return ErrNoState
	}
	if r.Location == nil {
		r.Location = paris
	}
	// Printed in headers, footers and the metadata: one clean line each.
	r.Candidate, r.Session, r.Scenario = oneLine(r.Candidate), oneLine(r.Session), oneLine(r.Scenario)
	d := newDocument(r)
	d.titleBlock()
	d.sectionS1()
	d.sectionS2()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("reportpdf: build: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("reportpdf: write: %w", err)
	}
	return nil
}

var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil { // cannot happen with time/tzdata embedded
		return time.UTC
	}
	return loc
}()

// newDocument sets up an A4 document with the fonts, metadata, header and
// footer.
func newDocument(r Report) *document {
	pdf := fpdf.New("P", "mm", "A4", "")
	d := &document{pdf: pdf, r: r, s: r.State}
	// The page-count alias must be declared before the UTF-8 fonts are added:
	// fpdf then keeps the digits in the font subset for the substitution.
	pdf.AliasNbPages(nbAlias)
	pdf.AddUTF8FontFromBytes(family, "", fontRegular)
	pdf.AddUTF8FontFromBytes(family, "B", fontBold)
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetCellMargin(cellPad)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)

	title := "Rapport de mission — " + orDash(r.Candidate)
	pdf.SetTitle(title, true)
	pdf.SetAuthor(orDash(r.Candidate), true)
	pdf.SetSubject(joinNonEmpty(" — ", r.Session, r.Scenario), true)
	pdf.SetKeywords("rapport de mission, cellule de crise, analyse de performance, projet événementiel", true)
	pdf.SetCreator("cellule", true)
	pdf.SetLang("fr-FR")
	pdf.SetDisplayMode("fullwidth", "continuous")
	if !r.GeneratedAt.IsZero() {
		pdf.SetCreationDate(r.GeneratedAt)
		pdf.SetModificationDate(r.GeneratedAt)
	}
	pdf.SetHeaderFunc(d.header)
	pdf.SetFooterFunc(d.footer)
	pdf.AddPage()
	return d
}
