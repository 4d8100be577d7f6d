package llm

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// shape is the dialect of the streamed chunks the fake server sends.
type shape int

const (
	// openAIShape: a first chunk with the role and empty content, content
	// chunks with a null finish_reason, a last chunk with an empty delta and
	// finish_reason "stop", then [DONE].
	openAIShape shape = iota
	// ollamaShape: Ollama's OpenAI-compatible endpoint (/v1/chat/completions):
	// every delta carries role "assistant", system_fingerprint is
	// "fp_ollama", ids look like "chatcmpl-123", and the last content
	// chunk itself carries finish_reason "stop"; then [DONE].
	ollamaShape
)

// reply scripts the fake server's answer to one request.
type reply struct {
	status     int               // non-200: an error response with body
	header     map[string]string // extra response headers (Retry-After)
	body       string            // error response body
	shape      shape
	chunks     []string // content pieces
	malformed  int      // 1-based index of a chunk replaced by broken JSON; 0 none
	stallAfter int      // stall (send nothing more) after this many chunks; -1 never
	noFinish   bool     // omit the finish reason and [DONE]: a cut connection
	errorEvent string   // an in-band {"error":...} event after the chunks
	every      time.Duration
}

// answer is a normal scripted answer in the given shape.
func answer(sh shape, chunks ...string) reply {
	return reply{shape: sh, chunks: chunks, stallAfter: -1}
}

// fakeServer is an OpenAI-compatible chat-completions server for tests. It
// serves /v1/chat/completions and /chat/completions (llama.cpp serves both),
// plays one scripted reply per request (the last one repeats), and records
// each request's body and Authorization header.
type fakeServer struct {
	*httptest.Server
	mu       sync.Mutex
	replies  []reply
	bodies   []string
	auths    []string
	aborted  chan struct{} // receives when a stalled handler saw the client go
	released chan struct{}
}

func newFakeServer(t *testing.T, replies ...reply) *fakeServer {
	t.Helper()
	fs := &fakeServer{replies: replies, aborted: make(chan struct{}, 16), released: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", fs.handle)
	mux.HandleFunc("POST /chat/completions", fs.handle)
	fs.Server = httptest.NewServer(mux)
	t.Cleanup(func() {
		close(fs.released)
		fs.Close()
	})
	return fs
}

func (fs *fakeServer) requests() []string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return append([]string(nil), fs.bodies...)
}

func (fs *fakeServer) authorizations() []string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return append([]string(nil), fs.auths...)
}

func (fs *fakeServer) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	fs.mu.Lock()
	n := len(fs.bodies)
	fs.bodies = append(fs.bodies, string(body))
	fs.auths = append(fs.auths, r.Header.Get("Authorization"))
	rp := fs.replies[min(n, len(fs.replies)-1)]
	fs.mu.Unlock()

	for k, v := range rp.header {
		w.Header().Set(k, v)
	}
	if rp.status != 0 && rp.status != http.StatusOK {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(rp.status)
		io.WriteString(w, rp.body)
		return
	}
	var req struct {
		Model  string `json:"model"`
		Stream bool   `json:"stream"`
	}
	_ = json.Unmarshal(body, &req)

	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher := w.(http.Flusher)
	flusher.Flush()

	id := fmt.Sprintf("chatcmpl-%d", 100+n)
	send := func(data string) bool {
		if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
			return false
		}
		flusher.Flush()
		return true
	}
	stall := func() {
		select {
		case <-r.Context().Done():
			fs.aborted <- struct{}{}
		case <-fs.released:
		}
	}
	if rp.stallAfter == 0 {
		stall()
		return
	}
	if rp.shape == openAIShape {
		send(chunkJSON(rp.shape, id, req.Model, map[string]any{"role": "assistant", "content": ""}, nil))
	}
	for i, c := range rp.chunks {
		if rp.every > 0 {
			select {
			case <-time.After(rp.every):
			case <-r.Context().Done():
				return
			}
		}
		delta := map[string]any{"content": c}
		var finish any
		last := i == len(rp.chunks)-1
		if rp.shape == ollamaShape {
			delta["role"] = "assistant"
			if last && !rp.noFinish {
				finish = "stop"
			}
		}
		data := chunkJSON(rp.shape, id, req.Model, delta, finish)
		if rp.malformed == i+1 {
			data = `{"id":"` + id + `","object":"chat.completion.chunk","choices":[{"delta":{"content":"oups`
		}
		if !send(data) {
			return
		}
		if rp.stallAfter == i+1 {
			stall()
			return
		}
	}
	if rp.errorEvent != "" {
		send(`{"error":{"message":"` + rp.errorEvent + `","type":"api_error"}}`)
		return
	}
	if rp.noFinish {
		return
	}
	if rp.shape == openAIShape {
		send(chunkJSON(rp.shape, id, req.Model, map[string]any{}, "stop"))
	}
	send("[DONE]")
}

func chunkJSON(sh shape, id, model string, delta map[string]any, finish any) string {
	c := map[string]any{
		"id":      id,
		"object":  "chat.completion.chunk",
		"created": 1767225600,
		"model":   model,
		"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
	}
	if sh == ollamaShape {
		c["system_fingerprint"] = "fp_ollama"
	} else {
		c["system_fingerprint"] = "fp_test"
		c["choices"].([]any)[0].(map[string]any)["logprobs"] = nil
	}
	b, _ := json.Marshal(c)
	return string(b)
}

// closedURL is the base URL of a server that has gone: connecting to it is
// refused.
func closedURL(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	return u + "/v1"
}

// splitWords cuts a text into streamed pieces of a few characters, as a
// model's tokens arrive.
func splitWords(text string) []string {
	var out []string
	for _, w := range strings.SplitAfter(text, " ") {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// quiet keeps the engine's fallback logs out of the test output.
var quiet = WithLogger(slog.New(slog.DiscardHandler))
