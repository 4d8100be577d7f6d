package server

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"

	"cellule/api"
	"cellule/app"
	"cellule/domain"
	"cellule/reportpdf"
)

// reportPDF serves GET /api/attempts/{id}/rapport.pdf: the candidate's
// report as a printable PDF, for the jury assigned to them once it is
// locked and for the staff of the session. Who may read it is decided by
// app (the same rules as the locked report over GraphQL); the request is
// authenticated by the session cookie through the same middleware as
// /graphql. A GET that changes nothing needs no CSRF guard, and the
// cookie is SameSite=Strict anyway.
func (h *httpHandlers) reportPDF(w http.ResponseWriter, r *http.Request) {
	act := api.SessionFrom(r.Context()).Actor
	doc, err := h.app.ReportPDF(r.Context(), act, r.PathValue("id"))
	if err != nil {
		h.pdfError(w, err)
		return
	}
	// Rendered whole before the first byte is sent, so that a failure is a
	// clean 500, never half a PDF announced as complete.
	var buf bytes.Buffer
	if err := reportpdf.Render(&buf, doc.Report); err != nil {
		h.log.Error("render the report PDF", "attempt", r.PathValue("id"), "err", err)
		plainError(w, http.StatusInternalServerError, "Le rapport n'a pas pu être mis en page. Réessayez plus tard.")
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "application/pdf")
	hd.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": doc.Filename}))
	hd.Set("Content-Length", strconv.Itoa(buf.Len()))
	hd.Set("Cache-Control", "private, no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return
	}
	if _, err := buf.WriteTo(w); err != nil {
		h.log.Debug("send the report PDF", "err", err) // the client went away
	}
}

// pdfError answers a refusal in French, with the HTTP status of its code.
func (h *httpHandlers) pdfError(w http.ResponseWriter, err error) {
	var de *domain.Error
	if !errors.As(err, &de) {
		h.log.Error("report PDF", "err", err)
		plainError(w, http.StatusInternalServerError, "Erreur interne.")
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
	}
	plainError(w, status, de.Message)
}

func plainError(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	io.WriteString(w, message+"\n")
}
