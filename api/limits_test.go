package api

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestDepthLimit runs documents through the real handler with a low depth
// limit: the limit refuses them before any resolver runs (no app needed).
func TestDepthLimit(t *testing.T) {
	h := NewHandler(HandlerConfig{MaxDepth: 3, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, c := range []struct {
		name, query string
		refused     bool
	}{
		{"deep query", `query { attempt(id: "a") { report { budget { total { euros } } } } }`, true},
		{"deep through a fragment", `query { attempt(id: "a") { ...A } } fragment A on Attempt { report { budget { total { euros } } } }`, true},
		{"at the limit", `query { attempt(id: "a") { agents { id } } }`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"query": c.query})
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var res struct {
				Errors []struct{ Extensions map[string]string }
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
				t.Fatalf("%s", rec.Body.Bytes())
			}
			refused := len(res.Errors) > 0 && res.Errors[0].Extensions["reason"] == ReasonDepth
			if refused != c.refused {
				t.Fatalf("refused = %v, want %v: %s", refused, c.refused, rec.Body.Bytes())
			}
			// Within the limit the operation runs: without a session it is
			// refused by authentication, not by the document limits.
			if !c.refused && (len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "UNAUTHENTICATED") {
				t.Fatalf("%s", rec.Body.Bytes())
			}
		})
	}
}
