package offline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"cellule/agents"
	"cellule/scenarios"
)

// EngineName is the value of agents.Answer.Engine for this engine.
const EngineName = "offline"

// wordsPerChunk: the answer streams a few words at a time, like a model.
const wordsPerChunk = 4

// Engine is the offline agents.Engine. The zero value is ready to use and
// safe for concurrent use: its only state is the per-scenario index cache.
type Engine struct{}

// New returns the offline engine.
func New() *Engine { return &Engine{} }

var _ agents.Engine = (*Engine)(nil)

// Answer gates q against the agent's facts, composes an in-character
// answer from the earned facts and streams it through emit.
func (e *Engine) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	start := time.Now()
	agent, err := validate(q)
	if err != nil {
		return agents.Answer{}, err
	}
	ix := indexFor(q.Scenario)
	ans := compose(ix, agent, q)
	ans.Engine = EngineName
	for _, chunk := range chunks(ans.Text, wordsPerChunk) {
		if err := ctx.Err(); err != nil {
			return agents.Answer{}, err
		}
		if err := emit(chunk); err != nil {
			return agents.Answer{}, err
		}
	}
	ans.Latency = time.Since(start)
	return ans, nil
}

// validate checks the question before any work, returning the agent.
func validate(q agents.Question) (*scenarios.Agent, error) {
	if q.Scenario == nil {
		return nil, fmt.Errorf("offline: no scenario: %w", agents.ErrUnknownAgent)
	}
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, agents.ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(q.Text); n > agents.MaxQuestionLen {
		return nil, fmt.Errorf("%w: %d characters, at most %d", agents.ErrQuestionTooLong, n, agents.MaxQuestionLen)
	}
	var agent *scenarios.Agent
	for i := range q.Scenario.Agents {
		if q.Scenario.Agents[i].ID == q.AgentID {
			agent = &q.Scenario.Agents[i]
			break
		}
	}
	if agent == nil {
		return nil, fmt.Errorf("%w: %q", agents.ErrUnknownAgent, q.AgentID)
	}
	if !slices.Contains(agent.Days, q.Day) {
		return nil, fmt.Errorf("%w: %s is not available on %q", agents.ErrAgentClosed, agent.ID, q.Day)
	}
	return agent, nil
}

// chunks splits text into pieces of n words whose concatenation is text.
func chunks(text string, n int) []string {
	var out []string
	words, startAt := 0, 0
	inWord := false
	for i, r := range text {
		space := r == ' ' || r == '\n' || r == '\t'
		if !space && !inWord {
			if words == n {
				out = append(out, text[startAt:i])
				startAt, words = i, 0
			}
			words++
		}
		inWord = !space
	}
	if startAt < len(text) {
		out = append(out, text[startAt:])
	}
	return out
}
