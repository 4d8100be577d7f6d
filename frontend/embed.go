// Package frontend serves the candidate's single-page app, built by SvelteKit
// (npm run build → frontend/build) and embedded in the binary.
//
// A fresh clone builds without the front end: build/ then only holds .gitkeep,
// and Handler answers pages with a 503 that says how to build it.
package frontend

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
)

//go:embed all:build
var build embed.FS

// Handler serves the embedded app at the root of the site: files as they are,
// any other page path as index.html (the client-side router takes it from
// there), with caching and security headers set.
func Handler() http.Handler {
	files, err := fs.Sub(build, "build")
	if err != nil {
		panic(fmt.Sprintf("frontend: embedded build: %v", err)) // "build" is a constant, valid path
	}
	h, err := newHandler(files)
	if err != nil {
		panic(fmt.Sprintf("frontend: embedded build: %v", err)) // embedded files always read
	}
	return h
}

const (
	indexName = "index.html"
	// Files under this prefix have a content hash in their name: they never change.
	immutablePrefix = "_app/immutable/"
	cacheImmutable  = "public, max-age=31536000, immutable"
	// Everything else (index.html first) is revalidated on each use, so a new
	// deployment is picked up at once; the ETag makes that a 304.
	cacheRevalidate = "no-cache"
)

// Precompressed variants written by adapter-static (precompress: true), in
// order of preference when the client accepts both equally.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// asset is one file of the build, ready to serve.
type asset struct {
	body        []byte
	contentType string
	etag        string
	// encoded holds the precompressed bodies by Content-Encoding name.
	encoded map[string][]byte
}

type handler struct {
	assets map[string]*asset // by path relative to the build root
	index  *asset            // nil when the app has not been built
	csp    string
}

// newHandler reads every file of files once; files is the build directory.
func newHandler(files fs.FS) (*handler, error) {
	names := map[string]bool{}
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && name != ".gitkeep" {
			names[name] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	h := &handler{assets: map[string]*asset{}}
	isVariant := func(name string) bool {
		for _, e := range encodings {
			if base, ok := strings.CutSuffix(name, e.ext); ok && names[base] {
				return true
			}
		}
		return false
	}
	for name := range names {
		if isVariant(name) {
			continue
		}
		body, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, err
		}
		a := &asset{body: body, contentType: contentType(name), etag: etag(body), encoded: map[string][]byte{}}
		for _, e := range encodings {
			if !names[name+e.ext] {
				continue
			}
			if a.encoded[e.name], err = fs.ReadFile(files, name+e.ext); err != nil {
				return nil, err
			}
		}
		h.assets[name] = a
	}

	h.index = h.assets[indexName]
	h.csp = defaultCSP
	if h.index != nil {
		if policy := metaCSP(h.index.body); policy != "" {
			h.csp = policy + "; frame-ancestors 'none'"
		}
	}
	return h, nil
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	header := w.Header()
	setSecurityHeaders(header, h.csp)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		header.Set("Allow", "GET, HEAD")
		http.Error(w, "Méthode non autorisée", http.StatusMethodNotAllowed)
		return
	}

	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if a, ok := h.assets[name]; ok && name != indexName {
		cache := cacheRevalidate
		if strings.HasPrefix(name, immutablePrefix) {
			cache = cacheImmutable
		}
		serve(w, r, a, cache)
		return
	}
	if name != "" && name != indexName && isAssetPath(name) {
		// A missing script or image must fail loudly, not come back as the
		// HTML page (which the browser would then try to run as JS).
		http.Error(w, "Fichier introuvable", http.StatusNotFound)
		return
	}
	if h.index == nil {
		serveNotBuilt(w, r)
		return
	}
	serve(w, r, h.index, cacheRevalidate)
}

// isAssetPath tells a file path (/_app/…, /favicon.svg) from a page path
// (/connexion, /j1/agents): pages have no extension in their last segment.
func isAssetPath(name string) bool {
	return name == "_app" || strings.HasPrefix(name, "_app/") || strings.Contains(path.Base(name), ".")
}

func serve(w http.ResponseWriter, r *http.Request, a *asset, cache string) {
	header := w.Header()
	header.Set("Content-Type", a.contentType)
	header.Set("Cache-Control", cache)
	body, tag := a.body, a.etag
	if len(a.encoded) > 0 {
		header.Add("Vary", "Accept-Encoding")
		if enc := negotiate(r.Header.Get("Accept-Encoding"), a.encoded); enc != "" {
			body = a.encoded[enc]
			tag = strings.TrimSuffix(a.etag, `"`) + "-" + enc + `"`
			header.Set("Content-Encoding", enc)
		}
	}
	header.Set("ETag", tag)
	// No modification time: embedded files have none; the ETag does the job.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// negotiate picks the precompressed body to send for an Accept-Encoding
// header, or "" for the file as it is. The highest q wins; on a tie, the
// order of encodings (br first, it is smaller).
func negotiate(accept string, available map[string][]byte) string {
	weights := parseAcceptEncoding(accept)
	best, bestQ := "", 0.0
	for _, e := range encodings {
		if _, ok := available[e.name]; !ok {
			continue
		}
		q, listed := weights[e.name]
		if !listed {
			q = weights["*"]
		}
		if q > bestQ {
			best, bestQ = e.name, q
		}
	}
	return best
}

// parseAcceptEncoding reads "gzip, br;q=0.8, *;q=0" into coding → q. Codings
// with a malformed q are ignored (treated as not accepted).
func parseAcceptEncoding(accept string) map[string]float64 {
	weights := map[string]float64{}
	for part := range strings.SplitSeq(accept, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		q := 1.0
		for param := range strings.SplitSeq(params, ";") {
			key, value, ok := strings.Cut(strings.TrimSpace(param), "=")
			if !ok || strings.ToLower(strings.TrimSpace(key)) != "q" {
				continue
			}
			parsed, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			if err != nil || parsed < 0 || parsed > 1 {
				parsed = 0
			}
			q = parsed
		}
		weights[coding] = q
	}
	return weights
}

// Types of the files a SvelteKit build holds, fixed here rather than read from
// the host's mime.types, which differs between machines.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".txt":         "text/plain; charset=utf-8",
	".wasm":        "application/wasm",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func etag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// defaultCSP applies when index.html carries no policy (or is absent).
const defaultCSP = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

var metaCSPPattern = regexp.MustCompile(`(?i)<meta\s+http-equiv=["']content-security-policy["']\s+content="([^"]*)"`)

// metaCSP returns the policy SvelteKit wrote into index.html (kit.csp, with
// the hash of its inline bootstrap script), so that the header and the page
// agree. frame-ancestors is added by the caller: a <meta> policy cannot carry it.
func metaCSP(index []byte) string {
	m := metaCSPPattern.FindSubmatch(index)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(string(m[1])))
}

func setSecurityHeaders(h http.Header, csp string) {
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// The page served in place of the app when it has not been built.
const notBuiltStyle = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1f29}code{background:#f3f5f8;padding:0 .25rem}"

var notBuiltPage = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interface non construite — La cellule de crise</title>
<style>` + notBuiltStyle + `</style>
</head>
<body>
<main>
<h1>Interface non construite : lancez make build</h1>
<p>Ce serveur a été compilé sans l'interface web. Depuis la racine du dépôt, lancez <code>make build</code> (ou <code>make run</code>), puis redémarrez le serveur.</p>
</main>
</body>
</html>
`

var notBuiltCSP = func() string {
	sum := sha256.Sum256([]byte(notBuiltStyle))
	return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; frame-ancestors 'none'"
}()

func serveNotBuilt(w http.ResponseWriter, r *http.Request) {
	header := w.Header()
	header.Set("Content-Security-Policy", notBuiltCSP)
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(notBuiltPage))
	}
}
