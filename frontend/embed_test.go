package frontend

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

const testIndex = `<!doctype html><html lang="fr"><head>` +
	`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self' 'sha256-abc='">` +
	`</head><body>app</body></html>`

// builtApp looks like the output of `npm run build` with precompress.
func builtApp() fstest.MapFS {
	return fstest.MapFS{
		".gitkeep":                            {Data: []byte{}},
		"index.html":                          {Data: []byte(testIndex)},
		"index.html.br":                       {Data: []byte("index-br")},
		"index.html.gz":                       {Data: []byte("index-gz")},
		"favicon.svg":                         {Data: []byte("<svg/>")},
		"_app/version.json":                   {Data: []byte(`{"version":"1"}`)},
		"_app/immutable/entry/start.A1.js":    {Data: []byte("export const start = 1;")},
		"_app/immutable/entry/start.A1.js.br": {Data: []byte("start-br")},
		"_app/immutable/entry/start.A1.js.gz": {Data: []byte("start-gz")},
		"_app/immutable/assets/0.B2.css":      {Data: []byte("body{}")},
		"archive.tar.gz":                      {Data: []byte("a tarball, not a variant")},
	}
}

func mustHandler(t testing.TB, files fstest.MapFS) *handler {
	t.Helper()
	h, err := newHandler(files)
	if err != nil {
		t.Fatalf("newHandler: %v", err)
	}
	return h
}

func do(h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesBuiltApp(t *testing.T) {
	h := mustHandler(t, builtApp())
	tests := []struct {
		name        string
		target      string
		status      int
		contentType string
		cache       string
		body        string
	}{
		{"the root is index.html, revalidated on each visit", "/", 200, "text/html; charset=utf-8", "no-cache", testIndex},
		{"index.html asked by name is the same page", "/index.html", 200, "text/html; charset=utf-8", "no-cache", testIndex},
		{"an unknown page path falls back to index.html", "/connexion", 200, "text/html; charset=utf-8", "no-cache", testIndex},
		{"a deep page path falls back to index.html", "/j1/agents/data", 200, "text/html; charset=utf-8", "no-cache", testIndex},
		{"a hashed script is cached for a year", "/_app/immutable/entry/start.A1.js", 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", "export const start = 1;"},
		{"a hashed stylesheet is cached for a year", "/_app/immutable/assets/0.B2.css", 200, "text/css; charset=utf-8", "public, max-age=31536000, immutable", "body{}"},
		{"version.json is revalidated", "/_app/version.json", 200, "application/json", "no-cache", `{"version":"1"}`},
		{"a static file gets its type", "/favicon.svg", 200, "image/svg+xml", "no-cache", "<svg/>"},
		{"a .gz without its base file is a file of its own", "/archive.tar.gz", 200, "", "no-cache", "a tarball, not a variant"},
		{"dot segments are cleaned", "/x/../favicon.svg", 200, "image/svg+xml", "no-cache", "<svg/>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.target, nil)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d", rec.Code, tt.status)
			}
			if got := rec.Header().Get("Content-Type"); tt.contentType != "" && got != tt.contentType {
				t.Errorf("Content-Type = %q, want %q", got, tt.contentType)
			}
			if got := rec.Header().Get("Cache-Control"); got != tt.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tt.cache)
			}
			if got := rec.Body.String(); got != tt.body {
				t.Errorf("body = %q, want %q", got, tt.body)
			}
			if rec.Header().Get("Content-Encoding") != "" {
				t.Errorf("Content-Encoding = %q without Accept-Encoding", rec.Header().Get("Content-Encoding"))
			}
		})
	}
}

func TestHandlerRefusesMissingAssets(t *testing.T) {
	h := mustHandler(t, builtApp())
	for _, target := range []string{
		"/_app/immutable/entry/gone.js",
		"/_app/immutable",
		"/_app",
		"/missing.png",
		"/robots.txt",
		"/index.html.br", // variants are only served through Accept-Encoding
		"/_app/immutable/entry/start.A1.js.gz",
		"/.gitkeep",
	} {
		t.Run(target, func(t *testing.T) {
			rec := do(h, http.MethodGet, target, nil)
			if rec.Code != http.StatusNotFound {
				t.Fatalf("status = %d, want 404 (body %q)", rec.Code, rec.Body.String())
			}
			if strings.Contains(rec.Body.String(), "<html") {
				t.Errorf("a missing asset answered with the HTML page")
			}
		})
	}
}

func TestHandlerServesPrecompressedVariants(t *testing.T) {
	h := mustHandler(t, builtApp())
	tests := []struct {
		name     string
		target   string
		accept   string
		encoding string
		body     string
	}{
		{"brotli preferred when both are accepted", "/_app/immutable/entry/start.A1.js", "gzip, deflate, br", "br", "start-br"},
		{"gzip when brotli is not accepted", "/_app/immutable/entry/start.A1.js", "gzip", "gzip", "start-gz"},
		{"higher q wins over preference", "/_app/immutable/entry/start.A1.js", "br;q=0.5, gzip;q=1", "gzip", "start-gz"},
		{"q=0 refuses a coding", "/_app/immutable/entry/start.A1.js", "br;q=0, gzip;q=0", "", "export const start = 1;"},
		{"the wildcard accepts brotli", "/_app/immutable/entry/start.A1.js", "*", "br", "start-br"},
		{"an explicit refusal beats the wildcard", "/_app/immutable/entry/start.A1.js", "br;q=0, *", "gzip", "start-gz"},
		{"the fallback page is compressed too", "/connexion", "br", "br", "index-br"},
		{"a file without variants is sent as is", "/favicon.svg", "br, gzip", "", "<svg/>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.target, map[string]string{"Accept-Encoding": tt.accept})
			if rec.Code != http.StatusOK {
				t.Fatalf("status = %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.encoding)
			}
			if got := rec.Body.String(); got != tt.body {
				t.Errorf("body = %q, want %q", got, tt.body)
			}
			if !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/") && tt.target != "/favicon.svg" {
				t.Errorf("Content-Type = %q: the type is the original file's", rec.Header().Get("Content-Type"))
			}
			if tt.target != "/favicon.svg" && rec.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", rec.Header().Get("Vary"))
			}
		})
	}
}

func TestHandlerRevalidatesWithETag(t *testing.T) {
	h := mustHandler(t, builtApp())
	first := do(h, http.MethodGet, "/", map[string]string{"Accept-Encoding": "br"})
	tag := first.Header().Get("ETag")
	if tag == "" {
		t.Fatal("no ETag on index.html")
	}
	plain := do(h, http.MethodGet, "/", nil).Header().Get("ETag")
	if plain == tag {
		t.Errorf("the brotli and identity bodies share ETag %s", tag)
	}
	again := do(h, http.MethodGet, "/", map[string]string{"Accept-Encoding": "br", "If-None-Match": tag})
	if again.Code != http.StatusNotModified {
		t.Errorf("If-None-Match with the current ETag: status = %d, want 304", again.Code)
	}
}

func TestHandlerSetsSecurityHeaders(t *testing.T) {
	h := mustHandler(t, builtApp())
	wantCSP := "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'"
	for _, target := range []string{"/", "/connexion", "/_app/immutable/entry/start.A1.js", "/missing.png"} {
		t.Run(target, func(t *testing.T) {
			rec := do(h, http.MethodGet, target, nil)
			want := map[string]string{
				"Content-Security-Policy": wantCSP,
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "no-referrer",
				"X-Frame-Options":         "DENY",
			}
			for k, v := range want {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

func TestHandlerWithoutPolicyInIndexUsesDefault(t *testing.T) {
	h := mustHandler(t, fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>x</title>")}})
	got := do(h, http.MethodGet, "/", nil).Header().Get("Content-Security-Policy")
	if got != defaultCSP {
		t.Errorf("CSP = %q, want the default %q", got, defaultCSP)
	}
}

func TestHandlerRefusesOtherMethods(t *testing.T) {
	h := mustHandler(t, builtApp())
	rec := do(h, http.MethodPost, "/", nil)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST: status = %d, want 405", rec.Code)
	}
	if got := rec.Header().Get("Allow"); got != "GET, HEAD" {
		t.Errorf("Allow = %q", got)
	}
	head := do(h, http.MethodHead, "/", nil)
	if head.Code != http.StatusOK || head.Body.Len() != 0 {
		t.Errorf("HEAD: status = %d, body %d bytes; want 200 and no body", head.Code, head.Body.Len())
	}
}

func TestHandlerBeforeTheAppIsBuilt(t *testing.T) {
	// What a fresh clone embeds: build/ holds only .gitkeep.
	h := mustHandler(t, fstest.MapFS{".gitkeep": {Data: []byte{}}})
	for _, target := range []string{"/", "/connexion", "/index.html"} {
		t.Run("page "+target, func(t *testing.T) {
			rec := do(h, http.MethodGet, target, nil)
			if rec.Code != http.StatusServiceUnavailable {
				t.Fatalf("status = %d, want 503", rec.Code)
			}
			if got := rec.Header().Get("Content-Type"); got != "text/html; charset=utf-8" {
				t.Errorf("Content-Type = %q", got)
			}
			if !strings.Contains(rec.Body.String(), "Interface non construite : lancez make build") {
				t.Errorf("body does not say how to build: %q", rec.Body.String())
			}
			if got := rec.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store (it must not outlive the build)", got)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "style-src 'sha256-") {
				t.Errorf("CSP %q does not allow the page's own style by hash", csp)
			}
		})
	}
	t.Run("assets are still 404", func(t *testing.T) {
		if rec := do(h, http.MethodGet, "/_app/immutable/entry/start.js", nil); rec.Code != http.StatusNotFound {
			t.Errorf("status = %d, want 404", rec.Code)
		}
	})
}

func TestEmbeddedHandlerServesAPageOrSaysToBuild(t *testing.T) {
	// Whether or not `npm run build` ran before `go test`, "/" is usable.
	rec := do(Handler(), http.MethodGet, "/", nil)
	switch rec.Code {
	case http.StatusOK:
		if !strings.Contains(rec.Body.String(), `<html lang="fr">`) {
			t.Errorf("index.html is not the French app shell")
		}
	case http.StatusServiceUnavailable:
	default:
		t.Errorf("status = %d, want 200 (built) or 503 (not built)", rec.Code)
	}
}

func TestParseAcceptEncoding(t *testing.T) {
	tests := []struct {
		header string
		want   map[string]float64
	}{
		{"", map[string]float64{}},
		{"gzip", map[string]float64{"gzip": 1}},
		{"GZIP ; Q=0.5 , br", map[string]float64{"gzip": 0.5, "br": 1}},
		{"br;q=abc", map[string]float64{"br": 0}},
		{"br;q=2", map[string]float64{"br": 0}},
		{"br;level=1;q=0.3", map[string]float64{"br": 0.3}},
		{" , ,;q=1", map[string]float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			got := parseAcceptEncoding(tt.header)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: q = %v, want %v", k, got[k], v)
				}
			}
		})
	}
}

func FuzzNegotiate(f *testing.F) {
	for _, seed := range []string{"", "br", "gzip;q=0.5, br;q=0", "*;q=0.1", "br;q=", ";;,,q=1"} {
		f.Add(seed)
	}
	available := map[string][]byte{"br": nil, "gzip": nil}
	f.Fuzz(func(t *testing.T, accept string) {
		got := negotiate(accept, available)
		if got == "" {
			return
		}
		if _, ok := available[got]; !ok {
			t.Fatalf("negotiate(%q) = %q, not an available encoding", accept, got)
		}
		if q, listed := parseAcceptEncoding(accept)[got]; listed && q <= 0 {
			t.Fatalf("negotiate(%q) = %q, which the client refused", accept, got)
		}
	})
}

func FuzzHandlerPath(f *testing.F) {
	for _, seed := range []string{"/", "/connexion", "/_app/x.js", "/../../etc/passwd", "//favicon.svg", "/a%2f..%2fb"} {
		f.Add(seed)
	}
	h := mustHandler(f, builtApp())
	f.Fuzz(func(t *testing.T, p string) {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = "/" + p
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
			// Either a file of the build or the app's page, never anything else.
		case http.StatusNotFound:
			if strings.Contains(rec.Body.String(), "<html") {
				t.Fatalf("%q: 404 with the HTML page", p)
			}
		default:
			t.Fatalf("%q: status %d", p, rec.Code)
		}
	})
}
