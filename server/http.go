package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"cellule/api"
	"cellule/app"
	"cellule/domain"
)

// CookieName is the session cookie. Its value is the session token; the
// store keeps only its hash.
const CookieName = "cellule_session"

// HTTPConfig is the HTTP side of the server.
type HTTPConfig struct {
	// Origins allowed besides the server's own (scheme://host[:port]), for
	// a front end served elsewhere. Mutations and WebSocket upgrades from
	// any other origin are refused (CSRF).
	Origins []string
	// SecureCookies forces the Secure flag; otherwise it is set when the
	// request came over TLS, or with TrustProxy when X-Forwarded-Proto is
	// https.
	SecureCookies bool
	// TrustProxy: take the client address from X-Forwarded-For and the
	// scheme from X-Forwarded-Proto (only behind a reverse proxy).
	TrustProxy bool
	// MaxBody bounds a GraphQL request body (default api.DefaultMaxDocument).
	MaxBody int64
	// SPA serves the front end at / (nil: none).
	SPA http.Handler
}

// routes builds the server's handler. wsWait tracks live WebSocket
// connections so that shutdown can wait for them to drain.
func routes(cfg HTTPConfig, a *app.App, m *metrics, log *slog.Logger, wsWait *sync.WaitGroup) http.Handler {
	if cfg.MaxBody == 0 {
		cfg.MaxBody = api.DefaultMaxDocument
	}
	var patterns []string
	for _, o := range cfg.Origins {
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			patterns = append(patterns, u.Host)
		}
	}
	gql := api.NewHandler(api.HandlerConfig{
		App: a, Logger: log, OriginPatterns: patterns, MaxMessage: cfg.MaxBody, Metrics: m,
	})
	h := &httpHandlers{cfg: cfg, app: a, log: log, wsWait: wsWait}

	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("graphql", h.guard(h.session(gql))))
	mux.Handle("GET /healthz", m.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", m.instrument("readyz", http.HandlerFunc(h.readyz)))
	mux.Handle("GET /metrics", m.instrument("metrics", m.handler()))
	mux.Handle("GET /api/attempts/{id}/rapport.pdf", m.instrument("report_pdf", h.session(http.HandlerFunc(h.reportPDF))))
	mux.Handle("POST /api/exams/{id}/candidates/import", m.instrument("candidate_import", h.session(http.HandlerFunc(h.importCandidates))))
	mux.Handle("GET /api/exams/{id}/export/{file}", m.instrument("export", h.session(http.HandlerFunc(h.exportFile))))
	if cfg.SPA != nil {
		mux.Handle("/", m.instrument("spa", cfg.SPA))
	}
	return mux
}

type httpHandlers struct {
	cfg    HTTPConfig
	app    *app.App
	log    *slog.Logger
	wsWait *sync.WaitGroup
}

func healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

// readyz answers 200 once the projections have caught up with the store.
func (h *httpHandlers) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !h.app.Ready() {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "projections catching up\n")
		return
	}
	io.WriteString(w, "ready\n")
}

// guard refuses what /graphql never serves: other methods, cross-origin
// requests (CSRF: a page elsewhere must not act with the candidate's
// cookie) and oversized bodies.
func (h *httpHandlers) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		upgrade := r.Header.Get("Upgrade") != ""
		if r.Method != http.MethodPost && !(upgrade && r.Method == http.MethodGet) {
			w.Header().Set("Allow", "POST")
			writeError(w, http.StatusMethodNotAllowed, domain.CodeInvalidInput, "", "Méthode non prise en charge : utilisez POST.")
			return
		}
		if !h.sameOrigin(r) {
			writeError(w, http.StatusForbidden, domain.CodeForbidden, "", "Requête refusée : origine non autorisée.")
			return
		}
		if upgrade {
			h.wsWait.Add(1)
			defer h.wsWait.Done()
		} else {
			// Read the whole (bounded) body here, so an oversized document
			// gets a typed 413 rather than a transport error.
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxBody))
			if err != nil {
				var tooLarge *http.MaxBytesError
				if errors.As(err, &tooLarge) {
					writeError(w, http.StatusRequestEntityTooLarge, domain.CodeInvalidInput, api.ReasonTooLarge, "Requête trop volumineuse.")
				} else {
					writeError(w, http.StatusBadRequest, domain.CodeInvalidInput, "", "Corps de requête illisible.")
				}
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin accepts a request from the server's own origin or a
// configured one. A browser always sends Origin on a cross-origin POST and
// on a WebSocket upgrade; without Origin, Sec-Fetch-Site (sent by every
// current browser) must not say cross-site. Clients that are not browsers
// send neither and have no ambient cookie to abuse.
func (h *httpHandlers) sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		site := r.Header.Get("Sec-Fetch-Site")
		return site == "" || site == "same-origin" || site == "none"
	}
	if origin == "null" {
		return false
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) && u.Scheme == h.scheme(r) {
		return true
	}
	for _, o := range h.cfg.Origins {
		if strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
			return true
		}
	}
	return false
}

func (h *httpHandlers) scheme(r *http.Request) string {
	if r.TLS != nil {
		return "https"
	}
	if h.cfg.TrustProxy {
		if p := r.Header.Get("X-Forwarded-Proto"); p == "https" || p == "http" {
			return p
		}
	}
	return "http"
}

// session authenticates the request from its cookie and gives the api the
// means to set or clear it. A bad or expired cookie is anonymous, not an
// error: the operation decides whether it needs a user.
func (h *httpHandlers) session(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := &api.Session{ClientKey: h.clientKey(r)}
		if c, err := r.Cookie(CookieName); err == nil && c.Value != "" {
			if act, err := h.app.Authenticate(r.Context(), c.Value); err == nil {
				s.Actor, s.Token = act, c.Value
			}
		}
		secure := h.cfg.SecureCookies || h.scheme(r) == "https"
		s.Start = func(token string, expires time.Time) {
			http.SetCookie(w, &http.Cookie{
				Name: CookieName, Value: token, Path: "/", Expires: expires,
				MaxAge:   max(1, int(time.Until(expires).Seconds())),
				HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode,
			})
		}
		s.End = func() {
			http.SetCookie(w, &http.Cookie{
				Name: CookieName, Value: "", Path: "/", MaxAge: -1,
				HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode,
			})
		}
		next.ServeHTTP(w, r.WithContext(api.WithSession(r.Context(), s)))
	})
}

// clientKey is the client's IP, the key of login rate limits.
func (h *httpHandlers) clientKey(r *http.Request) string {
	if h.cfg.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			return strings.TrimSpace(first)
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// writeError answers a GraphQL-shaped error outside of gqlgen.
func writeError(w http.ResponseWriter, status int, code domain.Code, reason, message string) {
	ext := map[string]string{"code": string(code)}
	if reason != "" {
		ext["reason"] = reason
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": ext}},
	})
}
