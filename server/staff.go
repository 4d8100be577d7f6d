package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"cellule/api"
	"cellule/app"
	"cellule/domain"
	"cellule/export"
)

// The staff's file routes (issue 7): the candidate import and the CSV/XLSX
// exports of a session. Files do not fit GraphQL documents (64 KiB), so
// they are plain HTTP, authenticated by the session cookie through the
// same middleware as /graphql and authorized by app (staff, own session).

// importCandidates serves POST /api/exams/{id}/candidates/import: the
// body is the CSV file itself. ?mode=preview checks it and changes
// nothing; ?mode=import enrols (all lines, or with validOnly=1 the valid
// ones) and answers the access codes once, with a printable CSV of them
// built from this response only — the codes are stored hashed and no copy
// is kept. commandId (optional) makes a retried import enrol nobody twice.
func (h *httpHandlers) importCandidates(w http.ResponseWriter, r *http.Request) {
	if !h.sameOrigin(r) {
		// A POST with the staff's cookie from another site would enrol
		// candidates: refused like /graphql refuses it.
		jsonError(w, http.StatusForbidden, domain.CodeForbidden, "", "Requête refusée : origine non autorisée.")
		return
	}
	act := api.SessionFrom(r.Context()).Actor
	examID := r.PathValue("id")
	q := r.URL.Query()
	mode := q.Get("mode")
	if mode != "preview" && mode != "import" {
		jsonError(w, http.StatusBadRequest, domain.CodeInvalidInput, "mode", "Paramètre mode attendu : preview ou import.")
		return
	}
	if r.ContentLength > app.MaxImportBytes {
		jsonError(w, http.StatusRequestEntityTooLarge, domain.CodeInvalidInput, "file", tooLarge(r.ContentLength))
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, app.MaxImportBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			jsonError(w, http.StatusRequestEntityTooLarge, domain.CodeInvalidInput, "file", tooLarge(-1))
			return
		}
		jsonError(w, http.StatusBadRequest, domain.CodeInvalidInput, "file", "Fichier illisible : l'envoi a été interrompu.")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if mode == "preview" {
		p, err := h.app.PreviewCandidateImport(r.Context(), act, examID, data)
		if err != nil {
			h.refusal(w, err)
			return
		}
		writeJSON(w, http.StatusOK, importJSON{Preview: previewJSON(p)})
		return
	}
	res, err := h.app.ImportCandidates(r.Context(), act, app.ImportCandidatesInput{
		CommandID: q.Get("commandId"), ExamID: examID, CSV: data, ValidOnly: q.Get("validOnly") == "1"})
	out := importJSON{Preview: previewJSON(res.Preview), Imported: []importedJSON{}, Failed: problemsJSON(res.Failed)}
	if err != nil {
		var de *domain.Error
		if errors.As(err, &de) && de.Code == domain.CodeInvalidInput && len(res.Preview.Rows)+len(res.Preview.FileProblems) > 0 {
			// Refused because of the file: the report says what to fix.
			out.Error = &errorJSON{Code: string(de.Code), Field: de.Field, Message: de.Message}
			writeJSON(w, http.StatusUnprocessableEntity, out)
			return
		}
		h.refusal(w, err)
		return
	}
	for _, c := range res.Imported {
		out.Imported = append(out.Imported, importedJSON{Line: c.Line, DisplayName: c.DisplayName, Email: c.Email,
			ExtraTimePct: c.ExtraTimePct, CandidateID: c.CandidateID, AttemptID: c.AttemptID, AccessCode: c.AccessCode})
	}
	var csvBuf bytes.Buffer
	if err := export.WriteCSV(&csvBuf, accessCodesTable(res.Imported)); err != nil {
		h.log.Error("access codes CSV", "err", err)
	} else {
		out.AccessCodesCSV = csvBuf.String()
	}
	writeJSON(w, http.StatusOK, out)
}

// accessCodesTable is the printable list of the codes of an import.
func accessCodesTable(list []app.ImportedCandidate) export.Table {
	t := export.Table{Name: "Codes d'accès", Columns: []export.Column{
		{Header: "Nom", Kind: export.Text}, {Header: "Adresse e-mail", Kind: export.Text},
		{Header: "Code d'accès", Kind: export.Text}, {Header: "Temps supplémentaire (%)", Kind: export.Int},
	}}
	for _, c := range list {
		t.Rows = append(t.Rows, []any{c.DisplayName, c.Email, c.AccessCode, c.ExtraTimePct})
	}
	return t
}

func tooLarge(n int64) string {
	msg := fmt.Sprintf("Fichier trop volumineux : %d Mo au plus", app.MaxImportBytes>>20)
	if n > 0 {
		msg += fmt.Sprintf(" (%s Mo envoyés)", strings.Replace(strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64), ".", ",", 1))
	}
	return msg + ". Découpez la liste en plusieurs fichiers."
}

type problemJSON struct {
	Line    int    `json:"line"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

type rowJSON struct {
	Line         int           `json:"line"`
	DisplayName  string        `json:"displayName"`
	Email        string        `json:"email"`
	ExtraTimePct int           `json:"extraTimePct"`
	Problems     []problemJSON `json:"problems"`
}

type importedJSON struct {
	Line         int    `json:"line"`
	DisplayName  string `json:"displayName"`
	Email        string `json:"email"`
	ExtraTimePct int    `json:"extraTimePct"`
	CandidateID  string `json:"candidateId"`
	AttemptID    string `json:"attemptId"`
	AccessCode   string `json:"accessCode"`
}

type errorJSON struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

type previewOut struct {
	Encoding     string            `json:"encoding"`
	Columns      map[string]string `json:"columns"`
	Valid        int               `json:"valid"`
	Invalid      int               `json:"invalid"`
	FileProblems []problemJSON     `json:"fileProblems"`
	Rows         []rowJSON         `json:"rows"`
}

type importJSON struct {
	Preview        previewOut     `json:"preview"`
	Imported       []importedJSON `json:"imported,omitempty"`
	Failed         []problemJSON  `json:"failed,omitempty"`
	AccessCodesCSV string         `json:"accessCodesCsv,omitempty"`
	Error          *errorJSON     `json:"error,omitempty"`
}

func problemsJSON(ps []app.ImportProblem) []problemJSON {
	out := make([]problemJSON, len(ps))
	for i, p := range ps {
		out[i] = problemJSON{Line: p.Line, Column: p.Column, Message: p.Message}
	}
	return out
}

func previewJSON(p app.ImportPreview) previewOut {
	out := previewOut{Encoding: p.Encoding, Valid: p.Valid, Invalid: p.Invalid, FileProblems: problemsJSON(p.FileProblems), Rows: []rowJSON{},
		Columns: map[string]string{"name": p.Columns.Name, "email": p.Columns.Email, "extraTime": p.Columns.ExtraTime}}
	for _, r := range p.Rows {
		out.Rows = append(out.Rows, rowJSON{Line: r.Line, DisplayName: r.DisplayName, Email: r.Email, ExtraTimePct: r.ExtraTimePct, Problems: problemsJSON(r.Problems)})
	}
	return out
}

// exportFile serves GET /api/exams/{id}/export/{file}: questions.csv,
// questions.xlsx, rapports.csv, rapports.xlsx, evaluations.csv,
// evaluations.xlsx, or analyse.xlsx (the three as sheets of one workbook).
// The file is written whole in memory first, so a failure is a clean
// error, never half a file announced as complete.
func (h *httpHandlers) exportFile(w http.ResponseWriter, r *http.Request) {
	act := api.SessionFrom(r.Context()).Actor
	examID := r.PathValue("id")
	name, ext, _ := strings.Cut(r.PathValue("file"), ".")
	if (ext != "csv" && ext != "xlsx") || (name == "analyse" && ext != "xlsx") {
		plainError(w, http.StatusNotFound, "Export inconnu.")
		return
	}
	ctx := r.Context()
	var tables []export.Table
	want := func(n string) bool { return name == n || name == "analyse" }
	if want("questions") {
		qs, err := h.app.AllQuestions(ctx, act, examID)
		if err != nil {
			h.pdfError(w, err)
			return
		}
		tables = append(tables, export.QuestionsTable(qs))
	}
	if want("rapports") {
		rs, err := h.app.ReportSummaries(ctx, act, examID)
		if err != nil {
			h.pdfError(w, err)
			return
		}
		tables = append(tables, export.ReportsTable(rs))
	}
	if want("evaluations") {
		as, err := h.app.EvaluationAssessments(ctx, act, examID)
		if err != nil {
			h.pdfError(w, err)
			return
		}
		tables = append(tables, export.EvaluationsTable(as))
	}
	if len(tables) == 0 {
		plainError(w, http.StatusNotFound, "Export inconnu.")
		return
	}
	var buf bytes.Buffer
	var err error
	ctype := "text/csv; charset=utf-8"
	if ext == "csv" {
		err = export.WriteCSV(&buf, tables[0])
	} else {
		ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		err = export.WriteXLSX(&buf, tables...)
	}
	if err != nil {
		h.log.Error("export", "exam", examID, "file", name, "err", err)
		plainError(w, http.StatusInternalServerError, "L'export n'a pas pu être produit. Réessayez plus tard.")
		return
	}
	filename := fmt.Sprintf("cellule-%s-%s-%s.%s", slug(h.examTitle(r, act, examID)), name, time.Now().UTC().Format("2006-01-02"), ext)
	hd := w.Header()
	hd.Set("Content-Type", ctype)
	hd.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	hd.Set("Content-Length", strconv.Itoa(buf.Len()))
	hd.Set("Cache-Control", "private, no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return
	}
	if _, err := buf.WriteTo(w); err != nil {
		h.log.Debug("send an export", "err", err) // the client went away
	}
}

// examTitle names the file after the session ("session" if unreadable).
func (h *httpHandlers) examTitle(r *http.Request, act app.Actor, examID string) string {
	v, err := h.app.Exam(r.Context(), act, examID)
	if err != nil || v.Title == "" {
		return "session"
	}
	return v.Title
}

// slug keeps ASCII letters and digits of a title, dashes between words.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = foldAccent(r)
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "session"
	}
	return b.String()
}

// foldAccent maps an accented letter to its base letter (é → e).
func foldAccent(r rune) rune {
	d := norm.NFD.String(string(r))
	if d == "" {
		return r
	}
	return []rune(d)[0]
}

// refusal answers a use case's refusal as JSON, with the HTTP status of
// its code (internal errors logged, not shown).
func (h *httpHandlers) refusal(w http.ResponseWriter, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		h.log.Error("staff route", "err", err)
		jsonError(w, http.StatusInternalServerError, "INTERNAL", "", "Erreur interne.")
		return
	}
	status := http.StatusBadRequest
	switch de.Code {
	case app.CodeUnauthenticated:
		status = http.StatusUnauthorized
	case domain.CodeForbidden:
		status = http.StatusForbidden
	case domain.CodeNotFound:
		status = http.StatusNotFound
	case domain.CodeConflict:
		status = http.StatusConflict
	}
	jsonError(w, status, de.Code, de.Field, de.Message)
}

func jsonError(w http.ResponseWriter, status int, code domain.Code, field, message string) {
	writeJSON(w, status, map[string]any{"error": errorJSON{Code: string(code), Field: field, Message: message}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		return // the client went away
	}
}
