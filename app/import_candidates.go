package app

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"cellule/domain"
	"cellule/projections"
)

// ImportCandidatesInput is a CSV file of candidates to enrol in a session:
// one line per candidate with the columns nom, email and (optional)
// temps_supplementaire, in UTF-8 (or Windows-1252), separated by ';', ','
// or tabs, at most MaxImportBytes and MaxImportRows.
type ImportCandidatesInput struct {
	CommandID string
	ExamID    string
	CSV       []byte
	// ValidOnly imports the valid lines of a file that has invalid ones;
	// without it, such a file imports nothing.
	ValidOnly bool
}

// ImportedCandidate is an enrolled line, with the access code shown once.
type ImportedCandidate struct {
	Line         int
	DisplayName  string
	Email        string
	ExtraTimePct int
	CandidateID  string
	AttemptID    string
	AccessCode   string
}

// ImportResult is what an import did: the checked file, the candidates
// enrolled (with their codes, never stored in clear), and the lines that
// failed while enrolling (e.g. the J2 deadline passed meanwhile).
type ImportResult struct {
	Preview  ImportPreview
	Imported []ImportedCandidate
	Failed   []ImportProblem
}

// PreviewCandidateImport checks an import file against the session
// without changing anything: every line with its problems (bad name,
// e-mail or extra time, missing column, duplicate in the file, already
// enrolled in this session, e-mail of a staff or jury account). Staff,
// own session.
func (a *App) PreviewCandidateImport(ctx context.Context, actor Actor, examID string, data []byte) (ImportPreview, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return ImportPreview{}, err
	}
	return a.checkImport(examID, data), nil
}

// ImportCandidates enrols the candidates of an import file. When any line
// (or the file) has a problem nothing is imported and the refusal is
// INVALID_INPUT with the preview in the result — unless ValidOnly, which
// imports the valid lines (never when the file itself is unusable).
// Lines are enrolled concurrently (each costs an access-code hash); a line
// that fails while enrolling is reported in Failed and does not stop the
// others. Staff, own session.
func (a *App) ImportCandidates(ctx context.Context, actor Actor, in ImportCandidatesInput) (ImportResult, error) {
	if err := ensureCommandID(&in.CommandID); err != nil {
		return ImportResult{}, err
	}
	if err := a.authorizeExam(actor, in.ExamID); err != nil {
		return ImportResult{}, err
	}
	res := ImportResult{Preview: a.checkImport(in.ExamID, in.CSV)}
	p := res.Preview
	if len(p.FileProblems) > 0 {
		return res, domain.Invalid("file", "Le fichier ne peut pas être importé : "+p.FileProblems[0].Message)
	}
	if p.Invalid > 0 && !in.ValidOnly {
		return res, domain.Invalid("file", fmt.Sprintf("%d ligne%s comporte%s des erreurs : aucun candidat n'a été importé. Corrigez le fichier, ou importez seulement les lignes valides.",
			p.Invalid, plural(p.Invalid), pluralVerb(p.Invalid)))
	}
	var rows []ImportRow
	for _, r := range p.Rows {
		if r.Valid() {
			rows = append(rows, r)
		}
	}
	out := make([]ImportedCandidate, len(rows))
	errs := make([]error, len(rows))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4, max(len(rows), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				r := rows[i]
				en, err := a.EnrolCandidate(ctx, actor, EnrolCandidateInput{
					// One command per line, derived from the import's: a
					// retried import enrols nobody twice.
					CommandID: "imp-" + deriveID(in.CommandID+":"+r.Email, ""),
					ExamID:    in.ExamID, Email: r.Email, DisplayName: r.DisplayName, ExtraTimePct: r.ExtraTimePct,
				})
				errs[i] = err
				out[i] = ImportedCandidate{Line: r.Line, DisplayName: r.DisplayName, Email: r.Email, ExtraTimePct: r.ExtraTimePct,
					CandidateID: en.CandidateID, AttemptID: en.AttemptID, AccessCode: en.AccessCode}
			}
		}()
	}
feed:
	for i := range rows {
		select {
		case work <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	for i, err := range errs {
		switch {
		case err != nil:
			res.Failed = append(res.Failed, ImportProblem{Line: rows[i].Line, Message: refusalMessage(err)})
		case out[i].CandidateID == "":
			res.Failed = append(res.Failed, ImportProblem{Line: rows[i].Line, Message: "Import interrompu avant cette ligne."})
		default:
			res.Imported = append(res.Imported, out[i])
		}
	}
	if len(res.Failed) > 0 {
		a.log.Warn("candidate import: lines failed while enrolling", "exam", in.ExamID, "imported", len(res.Imported), "failed", len(res.Failed))
	}
	return res, nil
}

// checkImport parses the file and adds what only the session knows: the
// e-mails already enrolled, and those of staff or jury accounts.
func (a *App) checkImport(examID string, data []byte) ImportPreview {
	p := parseCandidateCSV(data)
	if len(p.FileProblems) > 0 {
		return p
	}
	enrolled := map[string]bool{}
	a.proj.ViewExam(examID, func(x *projections.Exam) {
		for _, c := range x.State.Candidates {
			enrolled[c.Email] = true
		}
	})
	p.Valid, p.Invalid = 0, 0
	for i := range p.Rows {
		r := &p.Rows[i]
		if emailOK(p, r) {
			if enrolled[r.Email] {
				r.Problems = append(r.Problems, ImportProblem{Line: r.Line, Column: p.Columns.Email, Message: "Déjà inscrit à cette session."})
			} else if _, st, ok := a.user(userIDFor(r.Email)); ok && st.Role != domain.RoleCandidate {
				r.Problems = append(r.Problems, ImportProblem{Line: r.Line, Column: p.Columns.Email,
					Message: "Cette adresse appartient à un compte du personnel ou du jury."})
			}
		}
		if r.Valid() {
			p.Valid++
		} else {
			p.Invalid++
		}
	}
	return p
}

// emailOK: the line's e-mail is well formed and first in the file.
func emailOK(p ImportPreview, r *ImportRow) bool {
	if r.Email == "" {
		return false
	}
	for _, q := range r.Problems {
		if q.Column == p.Columns.Email || q.Column == "" {
			return false
		}
	}
	return true
}

func pluralVerb(n int) string {
	if n > 1 {
		return "nt"
	}
	return ""
}
