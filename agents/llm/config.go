package llm

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// Environment variables read by ConfigFromEnv.
const (
	EnvBaseURL = "CELLULE_LLM_BASE_URL"
	EnvModel   = "CELLULE_LLM_MODEL"
	EnvAPIKey  = "CELLULE_LLM_API_KEY"
	// EnvOpenAIAPIKey is read when EnvAPIKey is unset and the base URL is
	// OpenAI's: an OpenAI key is never sent to another server.
	EnvOpenAIAPIKey = "OPENAI_API_KEY"
	EnvTimeout      = "CELLULE_LLM_TIMEOUT"
	EnvChunkTimeout = "CELLULE_LLM_CHUNK_TIMEOUT"
)

// Defaults applied by New to a zero field.
const (
	DefaultBaseURL      = "https://api.openai.com/v1"
	DefaultTimeout      = 20 * time.Second
	DefaultChunkTimeout = 8 * time.Second
)

// ErrInvalidConfig is wrapped by every configuration error.
var ErrInvalidConfig = errors.New("llm: invalid configuration")

// Config of the LLM engine. The zero value (no Model) means "no LLM": see
// Enabled.
type Config struct {
	// BaseURL of an OpenAI-compatible API, up to and including its version
	// path: https://api.openai.com/v1, http://localhost:11434/v1 (Ollama),
	// http://localhost:8000/v1 (vLLM), http://localhost:8080/v1 (llama.cpp
	// server). Empty means OpenAI.
	BaseURL string
	// Model name as the server knows it ("gpt-4o-mini", "mistral-small3.2").
	Model string
	// APIKey sent as a bearer token; empty for servers that need none. It
	// is never logged nor printed: String and LogValue redact it.
	APIKey string
	// Timeout bounds a whole LLM answer, the output-check retry included.
	// Past it, the offline answer is given.
	Timeout time.Duration
	// ChunkTimeout bounds the wait for the first chunk of a completion and
	// between two chunks: a stalled stream is given up long before Timeout.
	ChunkTimeout time.Duration
}

// Enabled reports whether a model is configured.
func (c Config) Enabled() bool { return c.Model != "" }

// ConfigFromEnv reads the configuration from the environment (see the Env
// constants). Durations are Go durations ("20s", "1m") or whole seconds
// ("20"). With no model set it returns a Config that is not Enabled and no
// error; a malformed value returns an error wrapping ErrInvalidConfig.
func ConfigFromEnv() (Config, error) {
	c := Config{
		BaseURL: strings.TrimSpace(os.Getenv(EnvBaseURL)),
		Model:   strings.TrimSpace(os.Getenv(EnvModel)),
		APIKey:  strings.TrimSpace(os.Getenv(EnvAPIKey)),
	}
	if c.APIKey == "" && isOpenAI(c.BaseURL) {
		c.APIKey = strings.TrimSpace(os.Getenv(EnvOpenAIAPIKey))
	}
	var err error
	if c.Timeout, err = envDuration(EnvTimeout); err != nil {
		return Config{}, err
	}
	if c.ChunkTimeout, err = envDuration(EnvChunkTimeout); err != nil {
		return Config{}, err
	}
	if c.BaseURL != "" && c.Model == "" {
		return Config{}, fmt.Errorf("%w: %s is set but %s is empty", ErrInvalidConfig, EnvBaseURL, EnvModel)
	}
	if !c.Enabled() {
		return c, nil
	}
	return c, c.Validate()
}

// Validate reports a configuration that cannot work, wrapping
// ErrInvalidConfig.
func (c Config) Validate() error {
	if c.Model == "" {
		return fmt.Errorf("%w: no model (%s)", ErrInvalidConfig, EnvModel)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err == nil && u.User != nil {
			// A key in the URL would end up in logs and errors.
			return fmt.Errorf("%w: %s must not carry credentials; use %s", ErrInvalidConfig, EnvBaseURL, EnvAPIKey)
		}
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%w: %s is not an http(s) URL", ErrInvalidConfig, EnvBaseURL)
		}
	}
	if c.Timeout < 0 || c.ChunkTimeout < 0 {
		return fmt.Errorf("%w: negative timeout", ErrInvalidConfig)
	}
	if c.APIKey == "" && isOpenAI(c.BaseURL) {
		return fmt.Errorf("%w: OpenAI needs an API key (%s or %s)", ErrInvalidConfig, EnvAPIKey, EnvOpenAIAPIKey)
	}
	return nil
}

// withDefaults fills the zero fields.
func (c Config) withDefaults() Config {
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.ChunkTimeout == 0 {
		c.ChunkTimeout = DefaultChunkTimeout
	}
	if c.ChunkTimeout > c.Timeout {
		c.ChunkTimeout = c.Timeout
	}
	return c
}

// isOpenAI reports whether baseURL is OpenAI's API (empty means OpenAI).
func isOpenAI(baseURL string) bool {
	if baseURL == "" {
		return true
	}
	u, err := url.Parse(baseURL)
	return err == nil && strings.EqualFold(u.Hostname(), "api.openai.com")
}

func envDuration(name string) (time.Duration, error) {
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return time.Duration(n) * time.Second, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%w: %s=%q is not a positive duration (e.g. 20s)", ErrInvalidConfig, name, v)
	}
	return d, nil
}

func (c Config) keyState() string {
	if c.APIKey == "" {
		return "unset"
	}
	return "set"
}

// String describes the configuration without the API key.
func (c Config) String() string {
	return fmt.Sprintf("llm.Config{BaseURL:%q Model:%q APIKey:%s Timeout:%s ChunkTimeout:%s}",
		c.BaseURL, c.Model, c.keyState(), c.Timeout, c.ChunkTimeout)
}

// GoString is String, so that %#v does not print the key either.
func (c Config) GoString() string { return c.String() }

// LogValue makes slog print the configuration without the API key.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", c.BaseURL),
		slog.String("model", c.Model),
		slog.String("api_key", c.keyState()),
		slog.Duration("timeout", c.Timeout),
		slog.Duration("chunk_timeout", c.ChunkTimeout),
	)
}
