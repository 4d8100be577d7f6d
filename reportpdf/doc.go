// Package reportpdf renders a candidate's mission report as a printable PDF
// for the jury: the title block, S1 « Analyse de performance » (KPI gap
// table, ranked causes with the agents' answers that support them,
// conclusions, pinned answers) and S2 « Projet événementiel de relancement »
// (concept, planning table and timeline, budget against the envelope,
// communication support, J1→J2 links), with the candidate and the session on
// every page and « page N / M ».
//
// The input is the attempt state folded by the domain (attempt.State doubles
// as the report view), so the PDF shows exactly what the candidate submitted
// and applies the domain's own rules for gaps, totals and French number
// formatting rather than re-implementing them.
//
// # Why fpdf
//
// codeberg.org/go-pdf/fpdf is the maintained successor of jung-kurt/gofpdf:
// pure Go (the binary stays CGO-free), no headless browser or external tool
// at run time, real text with a ToUnicode map (the PDF can be searched, copied
// and read by assistive technology), TrueType subsetting (a report weighs
// tens of kilobytes, not the size of the font), document metadata including
// the language, an outline (bookmarks) and a page-count alias.
//
// # Fonts
//
// fpdf's built-in core fonts are limited to cp1252, which has neither the
// narrow no-break space (U+202F) the domain puts between thousands, nor the
// typographic minus (U+2212) of negative gaps. Rather than translating and
// substituting characters, the package embeds DejaVu Sans (regular and bold,
// Bitstream Vera licence, see fonts/LICENSE) and registers it with
// AddUTF8FontFromBytes: every French character — accents, œ, €, « », ’, the
// no-break spaces — is printed and extracted as typed. Characters the font
// lacks (some emoji, CJK) still extract as text but print as a blank box.
//
// # What is not in the report
//
// The candidate's oral-preparation notes (by competency) are left out on
// purpose: the exam guide states that the report covers only the written
// competencies (C19, C28, C29) and that the other nine are defended orally
// without a written section; the notes are the candidate's private aid for
// the oral, not part of the certified deliverable. Questions that were never
// linked or pinned as evidence are left out too: the jury sees them in the
// replay.
//
// Times are printed in Report.Location (Europe/Paris by default; the time
// zone database is embedded with time/tzdata so that this holds on a minimal
// host).
package reportpdf
