package llm

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		enabled bool
		wantErr string // substring; "" means no error
	}{
		{name: "nothing set means no LLM", env: nil, want: Config{}},
		{name: "Ollama with a model and no key",
			env:  map[string]string{EnvBaseURL: "http://localhost:11434/v1", EnvModel: "mistral-small3.2"},
			want: Config{BaseURL: "http://localhost:11434/v1", Model: "mistral-small3.2"}, enabled: true},
		{name: "OpenAI by default, with OPENAI_API_KEY",
			env:  map[string]string{EnvModel: "gpt-4o-mini", EnvOpenAIAPIKey: "sk-openai"},
			want: Config{Model: "gpt-4o-mini", APIKey: "sk-openai"}, enabled: true},
		{name: "CELLULE_LLM_API_KEY wins over OPENAI_API_KEY",
			env:  map[string]string{EnvModel: "gpt-4o-mini", EnvAPIKey: "sk-cellule", EnvOpenAIAPIKey: "sk-openai"},
			want: Config{Model: "gpt-4o-mini", APIKey: "sk-cellule"}, enabled: true},
		{name: "OPENAI_API_KEY is not sent to another server",
			env:  map[string]string{EnvBaseURL: "http://localhost:8000/v1", EnvModel: "qwen", EnvOpenAIAPIKey: "sk-openai"},
			want: Config{BaseURL: "http://localhost:8000/v1", Model: "qwen"}, enabled: true},
		{name: "timeouts as durations or seconds",
			env:  map[string]string{EnvBaseURL: "http://localhost:8080", EnvModel: "local", EnvTimeout: "45s", EnvChunkTimeout: "5"},
			want: Config{BaseURL: "http://localhost:8080", Model: "local", Timeout: 45 * time.Second, ChunkTimeout: 5 * time.Second}, enabled: true},
		{name: "a malformed timeout", env: map[string]string{EnvModel: "m", EnvAPIKey: "k", EnvTimeout: "soon"}, wantErr: EnvTimeout},
		{name: "a negative timeout", env: map[string]string{EnvModel: "m", EnvAPIKey: "k", EnvChunkTimeout: "-3s"}, wantErr: EnvChunkTimeout},
		{name: "a base URL without a model", env: map[string]string{EnvBaseURL: "http://localhost:11434/v1"}, wantErr: EnvModel},
		{name: "OpenAI without a key", env: map[string]string{EnvModel: "gpt-4o-mini"}, wantErr: "API key"},
		{name: "a base URL that is not http", env: map[string]string{EnvBaseURL: "localhost:11434", EnvModel: "m"}, wantErr: "not an http(s) URL"},
		{name: "credentials in the base URL", env: map[string]string{EnvBaseURL: "https://user:pw@llm.example/v1", EnvModel: "m"}, wantErr: "credentials"},
		{name: "credentials in a base URL that is not http", env: map[string]string{EnvBaseURL: "ftp://user:pw@llm.example/v1", EnvModel: "m"}, wantErr: "credentials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{EnvBaseURL, EnvModel, EnvAPIKey, EnvOpenAIAPIKey, EnvTimeout, EnvChunkTimeout} {
				t.Setenv(k, tt.env[k])
			}
			got, err := ConfigFromEnv()
			if tt.wantErr != "" {
				if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want ErrInvalidConfig mentioning %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "pw@") {
					t.Errorf("the error repeats the credentials: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if got != tt.want || got.Enabled() != tt.enabled {
				t.Fatalf("got %v (enabled %v), want %v (enabled %v)", got, got.Enabled(), tt.want, tt.enabled)
			}
		})
	}
}

// The API key never appears when a Config is printed or logged, whatever
// the verb.
func TestConfigNeverShowsTheKey(t *testing.T) {
	c := Config{BaseURL: "https://api.openai.com/v1", Model: "gpt-4o-mini", APIKey: "sk-very-secret"}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("llm configured", "config", c)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("llm configured", "config", c)
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), logs.String()} {
		if strings.Contains(s, "sk-very-secret") {
			t.Fatalf("the key is shown: %s", s)
		}
		if !strings.Contains(s, "gpt-4o-mini") {
			t.Fatalf("the configuration is not described: %s", s)
		}
	}
}

func TestDefaults(t *testing.T) {
	c := Config{Model: "m", APIKey: "k"}.withDefaults()
	if c.BaseURL != DefaultBaseURL || c.Timeout != DefaultTimeout || c.ChunkTimeout != DefaultChunkTimeout {
		t.Fatalf("defaults: %v", c)
	}
	// A chunk wait longer than the whole answer's would never fire.
	c = Config{Model: "m", Timeout: time.Second, ChunkTimeout: time.Minute}.withDefaults()
	if c.ChunkTimeout != time.Second {
		t.Fatalf("ChunkTimeout = %v, want capped at Timeout", c.ChunkTimeout)
	}
}
