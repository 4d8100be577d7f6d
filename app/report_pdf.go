package app

import (
	"context"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"cellule/projections"
	"cellule/reportpdf"
)

// ReportDocument is what the PDF route renders: the report as submitted
// and a safe file name for the download.
type ReportDocument struct {
	// Filename is ASCII letters, digits and dashes only, ending in .pdf:
	// safe in a Content-Disposition header on every browser.
	Filename string
	Report   reportpdf.Report
}

// ReportPDF prepares the printable report of an attempt (the locked one,
// for the jury). Jury assigned after the lock; staff, own session.
func (a *App) ReportPDF(ctx context.Context, actor Actor, attemptID string) (ReportDocument, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return ReportDocument{}, err
	}
	n := 0
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) { n = len(p.Events) })
	// A copy of the state, folded outside the lock: rendering takes a while
	// and must not hold the projections.
	st, _, err := a.proj.StateAt(ref.ID, n)
	if err != nil {
		return ReportDocument{}, notFound("attemptId")
	}
	doc := ReportDocument{Report: reportpdf.Report{State: &st, GeneratedAt: a.now()}}
	a.proj.ViewExam(ref.ExamID, func(x *projections.Exam) {
		doc.Report.Session = x.State.Exam.Title
		if c := x.State.Candidates[ref.CandidateID]; c != nil {
			doc.Report.Candidate = c.DisplayName
		}
	})
	if sc, err := a.loadScenario(st.Exam.ScenarioID); err == nil {
		doc.Report.Scenario = sc.Title
	}
	doc.Filename = reportFilename(doc.Report.Candidate, ref.ID)
	return doc, nil
}

// reportFilename is « rapport-<candidate>-<attempt>.pdf » reduced to ASCII
// letters, digits and dashes: accents are dropped (é → e), anything else
// becomes a dash, so a name can never inject a quote or a path.
func reportFilename(candidate, attemptID string) string {
	slug := func(s string, max int) string {
		var b strings.Builder
		dash := false
		for _, r := range norm.NFD.String(s) {
			switch {
			case unicode.Is(unicode.Mn, r):
				continue // combining accent
			case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
				b.WriteRune(unicode.ToLower(r))
				dash = false
			case !dash && b.Len() > 0:
				b.WriteByte('-')
				dash = true
			}
			if b.Len() >= max {
				break
			}
		}
		return strings.Trim(b.String(), "-")
	}
	parts := []string{"rapport"}
	if c := slug(candidate, 40); c != "" {
		parts = append(parts, c)
	}
	if id := slug(attemptID, 8); id != "" {
		parts = append(parts, id)
	}
	return strings.Join(parts, "-") + ".pdf"
}
