package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"cellule/agents"
	"cellule/scenarios"
)

// testScenario is a small scenario built for these tests: one team agent
// with facts the tests earn or not, and a colleague with a fact of its own.
func testScenario() *scenarios.Scenario {
	return &scenarios.Scenario{
		ID:       "test",
		Language: "fr",
		Brief:    scenarios.Brief{Organisation: "Vitalia Mutuelle"},
		Agents: []scenarios.Agent{
			{
				ID: "data", Name: "Claire Morel", Role: "responsable Data & Performance", Kind: scenarios.Team,
				Days:    []scenarios.Day{scenarios.J1},
				Persona: scenarios.Persona{Tone: "précise, un peu sèche", Cooperation: 0.5, Greeting: "Bonjour, je vous écoute."},
				Facts: []scenarios.Fact{
					{ID: "data-conv", Text: "Le taux de conversion des inscriptions est de 2,4 % pour un objectif de 5 %.", Importance: scenarios.Critical},
					{ID: "data-cpl", Text: "Le coût par inscription atteint 48 € contre 30 € prévus.", Importance: scenarios.Critical},
					{ID: "data-budget", Text: "Le budget média a été réduit de 12 500 € le 15/03 sans prévenir l'équipe commerciale.", Importance: scenarios.Critical, Exclusive: true},
					{ID: "data-mobile", Text: "La page d'inscription n'était pas adaptée aux téléphones et plantait sous Safari pendant toute la campagne.", Importance: scenarios.Useful},
				},
			},
			{
				ID: "direction", Name: "Marc Lefèvre", Role: "directeur de la stratégie", Kind: scenarios.Team,
				Days: []scenarios.Day{scenarios.J1},
				Facts: []scenarios.Fact{
					{ID: "dir-decision", Text: "La direction a décidé seule d'avancer le lancement au 3 février, contre l'avis du terrain.", Importance: scenarios.Critical},
				},
			},
		},
	}
}

// gateStub is a test double for the gate's decision: which facts the
// question earned, whether it was refused, and the offline text. The real
// decision belongs to agents/offline; fixing it here tests the LLM engine
// alone. Like a real engine it streams its text through emit, so a test can
// see that the LLM engine does not relay it.
type gateStub struct {
	mu    sync.Mutex
	ans   agents.Answer
	err   error
	calls int
}

func (g *gateStub) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	g.mu.Lock()
	g.calls++
	g.mu.Unlock()
	if g.err != nil {
		return agents.Answer{}, g.err
	}
	for _, c := range splitWords(g.ans.Text) {
		if err := emit(c); err != nil {
			return agents.Answer{}, err
		}
	}
	a := g.ans
	a.AgentID = q.AgentID
	a.Engine = EngineOffline
	return a, nil
}

const offlineText = "Le taux de conversion des inscriptions est de 2,4 % pour un objectif de 5 %, c'est ce que je peux vous dire."

func earnedConv() *gateStub {
	return &gateStub{ans: agents.Answer{Text: offlineText, FactIDs: []string{"data-conv"}, NewFactIDs: []string{"data-conv"}}}
}

func question(s *scenarios.Scenario, text string) agents.Question {
	return agents.Question{Scenario: s, AgentID: "data", Text: text, Day: scenarios.J1}
}

// collect is an Emit that records the chunks shown to the candidate.
type collect struct {
	mu     sync.Mutex
	chunks []string
}

func (c *collect) emit(s string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.chunks = append(c.chunks, s)
	return nil
}

func (c *collect) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.chunks, "")
}

func testConfig(baseURL string) Config {
	return Config{BaseURL: baseURL, Model: "test-model", APIKey: "sk-test-secret-123", Timeout: 5 * time.Second, ChunkTimeout: 2 * time.Second}
}

const (
	goodAnswer   = "Alors, notre taux de conversion des inscriptions plafonne à 2,4 %. On visait 5 %, donc on est loin du compte."
	leakyAnswer  = "Le taux de conversion est de 2,4 %. Et au passage, on a perdu 12 500 € de budget média."
	retryAnswer  = "Le taux de conversion est de 2,4 % pour un objectif de 5 %. C'est décevant."
	copiedAnswer = "Le taux est de 2,4 %. La page d'inscription n'était pas adaptée aux téléphones et plantait sous Safari."
)

func TestAnswerFallsBackOrAnswersAsScripted(t *testing.T) {
	tests := []struct {
		name      string
		replies   []reply
		closed    bool // the server is gone: connection refused
		noV1      bool // base URL without /v1, as llama.cpp allows
		timeout   time.Duration
		chunkWait time.Duration
		engine    string // expected Answer.Engine
		text      string // expected text shown to the candidate
		fallback  string // expected Fallback (prefix)
		requests  int    // requests the server must have received
	}{
		{
			name:    "an OpenAI-shaped stream is answered by the LLM",
			replies: []reply{answer(openAIShape, splitWords(goodAnswer)...)},
			engine:  EngineLLM, text: goodAnswer, requests: 1,
		},
		{
			name:    "an Ollama-shaped stream is answered by the LLM",
			replies: []reply{answer(ollamaShape, splitWords(goodAnswer)...)},
			engine:  EngineLLM, text: goodAnswer, requests: 1,
		},
		{
			name:    "a base URL without /v1 reaches /chat/completions",
			replies: []reply{answer(openAIShape, splitWords(goodAnswer)...)}, noV1: true,
			engine: EngineLLM, text: goodAnswer, requests: 1,
		},
		{
			name: "a reasoning block is neither checked nor shown",
			replies: []reply{answer(ollamaShape, append([]string{"<think>Le budget de 12 500 € n'est pas dans mes faits ", "; je reste sur la conversion.</think>\n\n"},
				splitWords(goodAnswer)...)...)},
			engine: EngineLLM, text: goodAnswer, requests: 1,
		},
		{
			name:    "an answer leaking an unearned figure twice falls back after one retry",
			replies: []reply{answer(openAIShape, splitWords(leakyAnswer)...)},
			engine:  EngineOffline, text: offlineText, fallback: "output check: unearned figure 12 500", requests: 2,
		},
		{
			name: "an answer that passes on the retry is the LLM's",
			replies: []reply{
				answer(ollamaShape, splitWords(leakyAnswer)...),
				answer(ollamaShape, splitWords(retryAnswer)...),
			},
			engine: EngineLLM, text: retryAnswer, requests: 2,
		},
		{
			name:    "an answer copying an unearned fact's wording falls back",
			replies: []reply{answer(openAIShape, splitWords(copiedAnswer)...)},
			engine:  EngineOffline, text: offlineText, fallback: "output check: unearned fact data-mobile", requests: 2,
		},
		{
			name:    "a malformed JSON chunk falls back",
			replies: []reply{{shape: openAIShape, chunks: splitWords(goodAnswer), malformed: 3, stallAfter: -1}},
			engine:  EngineOffline, text: offlineText, fallback: "malformed stream", requests: 1,
		},
		{
			name:    "a stream that never sends a chunk times out quickly",
			replies: []reply{{shape: openAIShape, stallAfter: 0}}, chunkWait: 100 * time.Millisecond,
			engine: EngineOffline, text: offlineText, fallback: "timeout: no first chunk", requests: 1,
		},
		{
			name:    "a stream that stalls mid-answer is given up",
			replies: []reply{{shape: ollamaShape, chunks: splitWords(goodAnswer), stallAfter: 2}}, chunkWait: 300 * time.Millisecond,
			engine: EngineOffline, text: offlineText, fallback: "stalled stream", requests: 1,
		},
		{
			name:    "a stream slower than the whole-answer timeout is given up",
			replies: []reply{{shape: openAIShape, chunks: splitWords(goodAnswer), every: 60 * time.Millisecond, stallAfter: -1}},
			timeout: 250 * time.Millisecond, chunkWait: time.Second,
			engine: EngineOffline, text: offlineText, fallback: "timeout", requests: 1,
		},
		{
			name: "HTTP 429 with Retry-After falls back without retrying",
			replies: []reply{{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "1"},
				body: `{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}`}},
			engine: EngineOffline, text: offlineText, fallback: "http 429", requests: 1,
		},
		{
			name:    "HTTP 500 falls back without retrying",
			replies: []reply{{status: http.StatusInternalServerError, body: "internal error"}},
			engine:  EngineOffline, text: offlineText, fallback: "http 500", requests: 1,
		},
		{
			name:    "an in-band error event falls back",
			replies: []reply{{shape: ollamaShape, chunks: []string{"Alors, "}, errorEvent: "model crashed", stallAfter: -1}},
			engine:  EngineOffline, text: offlineText, fallback: "stream error", requests: 1,
		},
		{
			name:    "a stream cut before its finish reason falls back",
			replies: []reply{{shape: openAIShape, chunks: splitWords(goodAnswer), noFinish: true, stallAfter: -1}},
			engine:  EngineOffline, text: offlineText, fallback: "truncated stream", requests: 1,
		},
		{
			name:   "a refused connection falls back",
			closed: true,
			engine: EngineOffline, text: offlineText, fallback: "connection refused",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var base string
			var fs *fakeServer
			if tt.closed {
				base = closedURL(t)
			} else {
				fs = newFakeServer(t, tt.replies...)
				base = fs.URL + "/v1"
				if tt.noV1 {
					base = fs.URL
				}
			}
			cfg := testConfig(base)
			if tt.timeout > 0 {
				cfg.Timeout = tt.timeout
			}
			if tt.chunkWait > 0 {
				cfg.ChunkTimeout = tt.chunkWait
			}
			var logs bytes.Buffer
			e := New(cfg, earnedConv(), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
			var out collect
			ans, err := e.Answer(context.Background(), question(testScenario(), "Quel est le taux de conversion des inscriptions ?"), out.emit)
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			if ans.Engine != tt.engine {
				t.Errorf("Engine = %q (fallback %q), want %q", ans.Engine, ans.Fallback, tt.engine)
			}
			if !strings.HasPrefix(ans.Fallback, tt.fallback) || (tt.fallback == "") != (ans.Fallback == "") {
				t.Errorf("Fallback = %q, want %q", ans.Fallback, tt.fallback)
			}
			if tt.fallback == "timeout" && ans.Fallback != "timeout" {
				t.Errorf("Fallback = %q, want exactly timeout", ans.Fallback)
			}
			if ans.Text != tt.text || out.text() != tt.text {
				t.Errorf("Text = %q, shown %q, want %q", ans.Text, out.text(), tt.text)
			}
			if len(out.chunks) < 2 {
				t.Errorf("the answer came in %d chunk(s), want it streamed in several", len(out.chunks))
			}
			wantModel := ""
			if tt.engine == EngineLLM {
				wantModel = "test-model"
			}
			if ans.Model != wantModel {
				t.Errorf("Model = %q, want %q", ans.Model, wantModel)
			}
			if strings.Join(ans.FactIDs, ",") != "data-conv" || ans.AgentID != "data" {
				t.Errorf("FactIDs %v AgentID %q: the gate's decision must be kept", ans.FactIDs, ans.AgentID)
			}
			if ans.Latency <= 0 {
				t.Errorf("Latency = %v, want it measured", ans.Latency)
			}
			if fs != nil {
				if got := len(fs.requests()); got != tt.requests {
					t.Errorf("server got %d requests, want %d", got, tt.requests)
				}
			}
			if strings.Contains(logs.String(), cfg.APIKey) {
				t.Errorf("the API key was logged: %s", logs.String())
			}
		})
	}
}

func TestRetryCarriesTheStricterInstruction(t *testing.T) {
	fs := newFakeServer(t, answer(openAIShape, splitWords(leakyAnswer)...), answer(openAIShape, splitWords(retryAnswer)...))
	e := New(testConfig(fs.URL+"/v1"), earnedConv(), quiet)
	if _, err := e.Answer(context.Background(), question(testScenario(), "Et la conversion ?"), (&collect{}).emit); err != nil {
		t.Fatal(err)
	}
	reqs := fs.requests()
	if len(reqs) != 2 {
		t.Fatalf("got %d requests, want 2", len(reqs))
	}
	if strings.Contains(reqs[0], "a été refusée") || !strings.Contains(reqs[1], "a été refusée") {
		t.Errorf("only the retry must carry the stricter instruction")
	}
	if strings.Contains(reqs[1], "12 500") {
		t.Errorf("the retry must not repeat the rejected figure to the model")
	}
}

// The model is given only what the question earned: the request body holds
// the earned fact, the persona and the conversation, and no text or figure
// of any fact the candidate has not earned.
func TestRequestHoldsOnlyEarnedFacts(t *testing.T) {
	fs := newFakeServer(t, answer(openAIShape, splitWords(goodAnswer)...))
	s := testScenario()
	e := New(testConfig(fs.URL+"/v1"), earnedConv(), quiet)
	q := question(s, "Quel est le taux de conversion des inscriptions ?")
	q.History = []agents.Turn{{Question: "Bonjour, vous pouvez m'aider ?", Answer: "Bonjour, je vous écoute."}}
	if _, err := e.Answer(context.Background(), q, (&collect{}).emit); err != nil {
		t.Fatal(err)
	}
	reqs := fs.requests()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	var body struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.Unmarshal([]byte(reqs[0]), &body); err != nil {
		t.Fatalf("request body: %v", err)
	}
	if body.Model != "test-model" || !body.Stream {
		t.Errorf("model %q stream %v, want test-model streamed", body.Model, body.Stream)
	}
	var all strings.Builder
	for _, m := range body.Messages {
		all.WriteString(m.Content + "\n")
	}
	sent := all.String()
	for _, want := range []string{
		"Le taux de conversion des inscriptions est de 2,4 % pour un objectif de 5 %.", // the earned fact
		"Claire Morel", "responsable Data & Performance", "précise, un peu sèche", // the persona
		"Bonjour, vous pouvez m'aider ?", "Bonjour, je vous écoute.", // the history
		"Quel est le taux de conversion des inscriptions ?", // the question
		"français", "UNIQUEMENT", // the rules
	} {
		if !strings.Contains(sent, want) {
			t.Errorf("the request lacks %q", want)
		}
	}
	if roles := len(body.Messages); roles != 4 || body.Messages[0].Role != "system" || body.Messages[3].Role != "user" || body.Messages[2].Role != "assistant" {
		t.Errorf("messages: %+v, want system, user, assistant, user", body.Messages)
	}
	// Every figure the model is given comes from the earned fact or the
	// conversation.
	allowed := figureSet{}
	allowed.addText(s.Agents[0].Facts[0].Text + "\n" + q.Text)
	if fig, bad := allowed.firstUnallowed(sent); bad {
		t.Errorf("the request holds the figure %q, which the question did not earn", fig.raw)
	}
	earned := map[string]bool{"data-conv": true}
	for _, a := range s.Agents {
		for _, f := range a.Facts {
			if earned[f.ID] {
				continue
			}
			if strings.Contains(sent, f.Text) {
				t.Errorf("the request holds the unearned fact %s", f.ID)
			}
			for _, w := range []string{"Safari", "prévenir", "février"} {
				if strings.Contains(f.Text, w) && strings.Contains(sent, w) {
					t.Errorf("the request holds %q of the unearned fact %s", w, f.ID)
				}
			}
		}
	}
	if auth := fs.authorizations(); auth[0] != "Bearer sk-test-secret-123" {
		t.Errorf("Authorization = %q, want the configured key as a bearer token", auth[0])
	}
}

// Refused questions and questions that earned nothing never reach the
// model: the offline answer is the answer, and it says why.
func TestPolicyAnswersNeverReachTheModel(t *testing.T) {
	tests := []struct {
		name   string
		gate   agents.Answer
		cfg    func(string) Config
		reason string
	}{
		{"a refused question", agents.Answer{Text: "Je ne peux pas vous répondre sur ce point.", Refused: true}, testConfig, ReasonRefused},
		{"a question that earned nothing", agents.Answer{Text: "Il faudrait préciser votre question."}, testConfig, ReasonNoEarnedFact},
		{"an engine with no model", agents.Answer{Text: offlineText, FactIDs: []string{"data-conv"}},
			func(u string) Config { c := testConfig(u); c.Model = ""; return c }, ReasonNotConfigured},
		{"an engine whose configuration cannot work", agents.Answer{Text: offlineText, FactIDs: []string{"data-conv"}},
			func(u string) Config { c := testConfig(u); c.BaseURL = "ftp" + strings.TrimPrefix(u, "http"); return c }, ReasonInvalidConfig},
		{"a fact id the scenario does not hold", agents.Answer{Text: offlineText, FactIDs: []string{"nope"}}, testConfig, "unknown fact nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fs := newFakeServer(t, answer(openAIShape, splitWords(goodAnswer)...))
			e := New(tt.cfg(fs.URL+"/v1"), &gateStub{ans: tt.gate}, quiet)
			var out collect
			ans, err := e.Answer(context.Background(), question(testScenario(), "Donne-moi tout."), out.emit)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Engine != EngineOffline || ans.Fallback != tt.reason || ans.Refused != tt.gate.Refused {
				t.Errorf("Engine %q Fallback %q Refused %v, want offline %q %v", ans.Engine, ans.Fallback, ans.Refused, tt.reason, tt.gate.Refused)
			}
			if out.text() != tt.gate.Text {
				t.Errorf("shown %q, want the offline text %q", out.text(), tt.gate.Text)
			}
			if n := len(fs.requests()); n != 0 {
				t.Errorf("the model got %d requests, want none", n)
			}
		})
	}
}

func TestGateErrorsAreReturned(t *testing.T) {
	e := New(testConfig("http://127.0.0.1:1/v1"), &gateStub{err: agents.ErrUnknownAgent}, quiet)
	var out collect
	_, err := e.Answer(context.Background(), question(testScenario(), "?"), out.emit)
	if !errors.Is(err, agents.ErrUnknownAgent) {
		t.Fatalf("err = %v, want ErrUnknownAgent", err)
	}
	if out.text() != "" {
		t.Errorf("shown %q on error, want nothing", out.text())
	}
}

// The caller's cancellation stops a stalled request at once: the answer is
// not given offline (nobody is listening) and the server sees the client go.
func TestCancellationStopsTheRequest(t *testing.T) {
	fs := newFakeServer(t, reply{shape: openAIShape, stallAfter: 0})
	cfg := testConfig(fs.URL + "/v1")
	cfg.ChunkTimeout = time.Minute
	cfg.Timeout = time.Minute
	e := New(cfg, earnedConv(), quiet)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var out collect
	go func() {
		_, err := e.Answer(ctx, question(testScenario(), "Et la conversion ?"), out.emit)
		done <- err
	}()
	for len(fs.requests()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Answer did not return after cancellation")
	}
	select {
	case <-fs.aborted:
	case <-time.After(5 * time.Second):
		t.Fatal("the server never saw the client go: the request outlived the answer")
	}
	if out.text() != "" {
		t.Errorf("shown %q after cancellation, want nothing", out.text())
	}
}

// A client that goes while the answer is shown stops the engine, which
// returns the client's error.
func TestEmitErrorStopsTheAnswer(t *testing.T) {
	fs := newFakeServer(t, answer(openAIShape, splitWords(goodAnswer)...))
	e := New(testConfig(fs.URL+"/v1"), earnedConv(), quiet)
	gone := errors.New("client gone")
	calls := 0
	_, err := e.Answer(context.Background(), question(testScenario(), "Et la conversion ?"), func(string) error {
		calls++
		return gone
	})
	if !errors.Is(err, gone) || calls != 1 {
		t.Fatalf("err = %v after %d emits, want the emit error after 1", err, calls)
	}
}

// With no key configured, no Authorization header is sent, even when
// OPENAI_API_KEY is in the environment: an OpenAI key is not handed to a
// local server.
func TestNoKeyMeansNoAuthorization(t *testing.T) {
	t.Setenv(EnvOpenAIAPIKey, "sk-openai-should-not-leave")
	fs := newFakeServer(t, answer(ollamaShape, splitWords(goodAnswer)...))
	cfg := testConfig(fs.URL + "/v1")
	cfg.APIKey = ""
	ans, err := New(cfg, earnedConv(), quiet).Answer(context.Background(), question(testScenario(), "Et la conversion ?"), (&collect{}).emit)
	if err != nil || ans.Engine != EngineLLM {
		t.Fatalf("answer %+v, err %v", ans, err)
	}
	if auth := fs.authorizations(); auth[0] != "" {
		t.Errorf("Authorization = %q, want none", auth[0])
	}
}
