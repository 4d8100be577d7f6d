// Package agents is the port through which candidates question the role-play
// agents of a scenario. An Engine answers one question from the facts the
// question earned (gating) and streams its answer in chunks.
//
// Engines: agents/offline (the default: retrieval over the scenario's facts,
// no model) and agents/llm (an OpenAI-compatible model that phrases the
// answer from the earned facts only, falling back to offline).
package agents

import (
	"context"
	"errors"
	"time"

	"cellule/scenarios"
)

// MaxQuestionLen is the longest question accepted, in characters (runes).
const MaxQuestionLen = 2000

// Errors a caller branches on.
var (
	ErrEmptyQuestion   = errors.New("agents: empty question")
	ErrQuestionTooLong = errors.New("agents: question too long")
	ErrUnknownAgent    = errors.New("agents: unknown agent")
	ErrAgentClosed     = errors.New("agents: agent not available in this phase")
)

// Turn is one earlier exchange of the conversation with this agent.
type Turn struct {
	Question string
	Answer   string
	FactIDs  []string
}

// Question is what the engine answers.
type Question struct {
	Scenario *scenarios.Scenario
	AgentID  string
	Text     string
	// History of this candidate's conversation with this agent, oldest first.
	History []Turn
	// Disclosed: every fact id this candidate has already earned from any
	// agent (prerequisites may span agents).
	Disclosed []string
	// Day is the current phase; the engine refuses agents not open on it.
	Day scenarios.Day
}

// Answer is the engine's reply.
type Answer struct {
	AgentID string
	Text    string
	// FactIDs the question earned and the answer states, in order. Facts
	// already given earlier in the conversation may appear again.
	FactIDs []string
	// NewFactIDs is the subset not disclosed before this answer.
	NewFactIDs []string
	// Refused: the question was out of role or manipulative.
	Refused bool
	// Engine that produced Text ("offline" or "llm") and Model used (empty
	// offline). Fallback says why the offline engine answered for the LLM
	// engine ("timeout", "error: ...", "output check: ..."); empty otherwise.
	Engine   string
	Model    string
	Fallback string
	Latency  time.Duration
	// Concessions: ids of negotiable supplier facts whose concession the
	// answer granted (the candidate argued acceptably); the term named by
	// the fact's negotiation (e.g. a new unit price) now applies.
	Concessions []string
}

// Emit receives answer chunks in order as they are produced. Returning an
// error stops the engine (the client has gone), which then returns it.
type Emit func(chunk string) error

// Engine answers questions.
type Engine interface {
	Answer(ctx context.Context, q Question, emit Emit) (Answer, error)
}
