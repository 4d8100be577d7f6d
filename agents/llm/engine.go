package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/packages/ssestream"

	"cellule/agents"
	"cellule/scenarios"
)

// Engine names written in agents.Answer.Engine.
const (
	EngineLLM     = "llm"
	EngineOffline = "offline"
)

// Fallback reasons that are policy, not failures: the LLM is not asked at
// all. Every other Fallback value is a failure of the LLM path ("timeout",
// "http 429", "output check: ...").
const (
	ReasonRefused       = "refused"
	ReasonNoEarnedFact  = "no earned fact"
	ReasonNotConfigured = "not configured"
	ReasonInvalidConfig = "invalid configuration"
)

// Causes of a cancelled attempt, to tell our timeouts from the caller's.
var (
	errTimeout = errors.New("llm: answer timeout")
	errStalled = errors.New("llm: stream stalled")
)

// Engine answers through an OpenAI-compatible model, phrasing only the
// facts the gate says the question earned, and falls back to the gate's
// own (offline) answer whenever the model fails, is too slow or says more
// than it may. It is safe for concurrent use.
type Engine struct {
	cfg     Config
	invalid error // a configuration that cannot work: every answer is offline
	gate    agents.Engine
	client  openai.Client
	log     *slog.Logger
}

// Option changes an Engine built by New.
type Option func(*Engine)

// WithLogger sets the logger (default slog.Default()). The engine logs why
// it fell back, with the agent and the model; never the API key, the
// question or the answer.
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// New returns an engine that asks the model configured by cfg and uses gate
// (the offline engine) to decide which facts a question earned and to
// answer when the model cannot. A cfg that is not Enabled gives an engine
// that always answers offline with Fallback ReasonNotConfigured, and one
// that fails Validate (check it at start with ConfigFromEnv or Validate)
// one that answers offline with ReasonInvalidConfig.
func New(cfg Config, gate agents.Engine, opts ...Option) *Engine {
	cfg = cfg.withDefaults()
	e := &Engine{cfg: cfg, gate: gate, log: slog.Default()}
	if cfg.Enabled() {
		e.invalid = cfg.Validate()
	}
	for _, o := range opts {
		o(e)
	}
	e.client = openai.NewClient(
		option.WithBaseURL(cfg.BaseURL),
		// Always set, even empty, so that the SDK's own OPENAI_API_KEY
		// default is never sent to a server the operator did not mean.
		option.WithAPIKey(cfg.APIKey),
		// The SDK would retry 429 and 5xx on its own, silently spending
		// the candidate's time; the engine falls back instead, and its
		// only retry is the output-check one.
		option.WithMaxRetries(0),
		option.WithRequestTimeout(cfg.Timeout),
	)
	return e
}

// Answer implements agents.Engine. The gate's errors (empty question,
// unknown agent...) are returned as they are; the caller's cancellation
// returns ctx's error; every failure of the model becomes an offline answer
// whose Fallback says why.
func (e *Engine) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	start := time.Now()
	// The gate streams its answer; it is buffered, not shown: the
	// candidate sees one answer only, from whichever engine gives it.
	offline, err := e.gate.Answer(ctx, q, func(string) error { return ctx.Err() })
	if err != nil {
		return agents.Answer{}, err
	}

	reason, earned := e.plan(q, offline)
	if reason != "" {
		return e.fallback(ctx, offline, reason, start, emit)
	}
	agent, _ := q.Scenario.Agent(q.AgentID)

	text, err := e.generate(ctx, q, agent, earned)
	if err != nil {
		if ctx.Err() != nil {
			return agents.Answer{}, ctx.Err()
		}
		reason := describe(err)
		e.log.LogAttrs(ctx, slog.LevelWarn, "llm answer fell back to offline",
			slog.String("agent", q.AgentID), slog.String("model", e.cfg.Model), slog.String("reason", reason))
		return e.fallback(ctx, offline, reason, start, emit)
	}

	ans := offline
	ans.Text = text
	ans.Engine = EngineLLM
	ans.Model = e.cfg.Model
	ans.Fallback = ""
	if err := emitChunks(ctx, text, emit); err != nil {
		return agents.Answer{}, err
	}
	ans.Latency = time.Since(start)
	return ans, nil
}

// plan decides whether the model is asked, and with which facts. A
// non-empty reason means the offline answer is given as it is.
func (e *Engine) plan(q agents.Question, offline agents.Answer) (reason string, earned []statement) {
	switch {
	case !e.cfg.Enabled():
		return ReasonNotConfigured, nil
	case e.invalid != nil:
		return ReasonInvalidConfig, nil
	case offline.Refused:
		return ReasonRefused, nil
	case len(offline.FactIDs) == 0:
		return ReasonNoEarnedFact, nil
	case q.Scenario == nil:
		return "no scenario", nil
	}
	if _, ok := q.Scenario.Agent(q.AgentID); !ok {
		return "unknown agent", nil
	}
	for _, id := range offline.FactIDs {
		f, _, ok := q.Scenario.Fact(id)
		if !ok {
			return "unknown fact " + id, nil
		}
		earned = append(earned, statement{factID: id, text: f.Text})
	}
	// A concession the candidate won by arguing is earned too: the
	// supplier now states the moved term.
	for _, id := range offline.Concessions {
		f, _, ok := q.Scenario.Fact(id)
		if !ok || f.Negotiation == nil {
			return "unknown concession " + id, nil
		}
		earned = append(earned, statement{factID: id, text: f.Negotiation.Concession, concession: true})
	}
	return "", earned
}

// statement is one thing the answer may say: an earned fact's text, or the
// concession of a negotiation the candidate won.
type statement struct {
	factID     string
	text       string
	concession bool
}

// fallback streams the offline answer and labels it.
func (e *Engine) fallback(ctx context.Context, offline agents.Answer, reason string, start time.Time, emit agents.Emit) (agents.Answer, error) {
	if err := emitChunks(ctx, offline.Text, emit); err != nil {
		return agents.Answer{}, err
	}
	ans := offline
	ans.Engine = EngineOffline
	ans.Model = ""
	ans.Fallback = reason
	ans.Latency = time.Since(start)
	return ans, nil
}

// generate asks the model, checks its answer, and asks once more with a
// stricter instruction when the check fails. It returns the checked text,
// or why there is none.
func (e *Engine) generate(ctx context.Context, q agents.Question, agent *scenarios.Agent, earned []statement) (string, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, e.cfg.Timeout, errTimeout)
	defer cancel()
	chk := newChecker(q, agent, earned)

	text, err := e.attempt(ctx, buildMessages(q, agent, earned, false), chk)
	var cerr *CheckError
	if !errors.As(err, &cerr) {
		return text, err
	}
	e.log.LogAttrs(ctx, slog.LevelInfo, "llm answer failed the output check, retrying",
		slog.String("agent", q.AgentID), slog.String("model", e.cfg.Model), slog.String("reason", cerr.Reason))
	return e.attempt(ctx, buildMessages(q, agent, earned, true), chk)
}

// attempt runs one streamed completion. The stream is read, not relayed:
// the text is checked sentence by sentence as it arrives so that a failing
// draft is abandoned at once, and returned whole only when it passed.
func (e *Engine) attempt(ctx context.Context, msgs []openai.ChatCompletionMessageParamUnion, chk *checker) (string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// One timer, reset on every chunk, bounds the wait for the first chunk
	// and between chunks. AfterFunc runs cancel on its own goroutine and
	// Stop in the defer ends it: nothing outlives the attempt.
	chunks := 0
	stall := time.AfterFunc(e.cfg.ChunkTimeout, func() { cancel(errStalled) })
	defer stall.Stop()

	stream := e.client.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{
		Model:    e.cfg.Model,
		Messages: msgs,
	})
	defer stream.Close()

	var b strings.Builder
	checkedTo := 0
	finish := ""
	for stream.Next() {
		stall.Reset(e.cfg.ChunkTimeout)
		chunks++
		for _, c := range stream.Current().Choices {
			b.WriteString(c.Delta.Content)
			if c.FinishReason != "" {
				finish = string(c.FinishReason)
			}
		}
		text := visible(b.String())
		if end := lastSentenceEnd(text); end > checkedTo {
			if err := chk.check(text[:end]); err != nil {
				return "", err
			}
			checkedTo = end
		}
		if len(text) > 4*maxAnswerRunes { // bytes ≥ runes: a cheap early stop
			return "", &CheckError{Reason: "answer too long"}
		}
	}
	// The stream is over: a stall timer firing now must not discard it.
	stall.Stop()
	if err := stream.Err(); err != nil {
		switch cause := context.Cause(ctx); {
		case errors.Is(cause, errStalled) && chunks == 0:
			return "", errNoFirstChunk
		case cause != nil && !errors.Is(cause, context.Canceled):
			return "", cause
		}
		return "", err
	}
	switch finish {
	case "stop":
	case "length":
		return "", &CheckError{Reason: "answer too long"}
	case "":
		// Every OpenAI-compatible server ends a completed stream with a
		// finish reason; without one the connection was cut mid-answer.
		return "", errTruncated
	default:
		return "", fmt.Errorf("%w: %s", errFinish, finish)
	}
	text := strings.TrimSpace(visible(b.String()))
	if text == "" {
		return "", errEmptyAnswer
	}
	if err := chk.check(text); err != nil {
		return "", err
	}
	return text, nil
}

// visible returns the part of a model's output meant for the reader:
// reasoning models served by llama.cpp or vLLM may open their content with
// a <think>…</think> block, which is neither shown nor checked. While the
// block is still open, nothing is visible yet.
func visible(text string) string {
	trimmed := strings.TrimLeft(text, " \n\t")
	if !strings.HasPrefix(trimmed, "<think>") {
		return text
	}
	_, after, closed := strings.Cut(trimmed, "</think>")
	if !closed {
		return ""
	}
	return strings.TrimLeft(after, " \n\t")
}

var (
	errNoFirstChunk = errors.New("llm: no first chunk")
	errEmptyAnswer  = errors.New("llm: empty answer")
	errTruncated    = errors.New("llm: stream ended without a finish reason")
	errFinish       = errors.New("llm: unexpected finish reason")
)

// lastSentenceEnd returns the index just after the last sentence or
// clause end (., !, ?, ;, : or a line break) that is followed by a space, or
// 0. The following space matters: "2.4" and "12.500" are not sentence ends.
func lastSentenceEnd(text string) int {
	for i := len(text) - 2; i >= 0; i-- {
		switch text[i] {
		case '.', '!', '?', ';', ':', '\n':
			if text[i+1] == ' ' || text[i+1] == '\n' {
				return i + 1
			}
		}
	}
	return 0
}

// describe turns why the model gave no answer into the short Fallback
// reason recorded with the answer. It never includes the API key: SDK
// errors carry the URL and status, not the request headers.
func describe(err error) string {
	var (
		cerr   *CheckError
		apiErr *openai.Error
		sseErr *ssestream.StreamError
		synErr *json.SyntaxError
		typErr *json.UnmarshalTypeError
		netErr net.Error
	)
	switch {
	case errors.As(err, &cerr):
		return cerr.Error()
	case errors.Is(err, errTimeout), errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, errNoFirstChunk):
		return "timeout: no first chunk"
	case errors.Is(err, errStalled):
		return "stalled stream"
	case errors.Is(err, errEmptyAnswer):
		return "empty answer"
	case errors.Is(err, errTruncated):
		return "truncated stream"
	case errors.Is(err, errFinish):
		return "finish reason " + strings.TrimPrefix(err.Error(), errFinish.Error()+": ")
	case errors.As(err, &apiErr):
		return fmt.Sprintf("http %d", apiErr.StatusCode)
	case errors.As(err, &sseErr):
		return "stream error"
	case errors.As(err, &synErr), errors.As(err, &typErr):
		return "malformed stream"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(err, &netErr):
		return "network error"
	}
	msg := err.Error()
	if len(msg) > 120 {
		msg = msg[:120]
	}
	return "error: " + msg
}

// chunkWords is how many words go in one emitted chunk: the candidate sees
// the answer appear progressively, as with the offline engine.
const chunkWords = 4

// emitChunks streams text in chunks of a few words, each keeping its
// trailing space so that the chunks concatenate to text exactly.
func emitChunks(ctx context.Context, text string, emit agents.Emit) error {
	words := 0
	from := 0
	for i, r := range text {
		if r != ' ' {
			continue
		}
		words++
		if words%chunkWords == 0 {
			if err := emitOne(ctx, text[from:i+1], emit); err != nil {
				return err
			}
			from = i + 1
		}
	}
	if from < len(text) {
		return emitOne(ctx, text[from:], emit)
	}
	return nil
}

func emitOne(ctx context.Context, chunk string, emit agents.Emit) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return emit(chunk)
}
