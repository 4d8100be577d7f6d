package kurrent

import (
	"errors"
	"strings"
	"testing"

	"cellule/eventstore"
)

func TestParseConnectionStringAcceptsTheFourSchemes(t *testing.T) {
	tests := []struct {
		name        string
		url         string
		address     string
		seeds       int
		discover    bool
		insecure    bool
		user, pass  string
		nodePrefers string
	}{
		{name: "esdb single node, insecure", url: "esdb://localhost:2113?tls=false", address: "localhost:2113", insecure: true},
		{name: "esdb default port", url: "esdb://db.internal", address: "db.internal:2113"},
		{name: "esdb scheme in capitals", url: "ESDB://localhost:2113?tls=false", address: "localhost:2113", insecure: true},
		{name: "esdb+discover with gossip seeds", url: "esdb+discover://n1:2113,n2:2113,n3:2113", seeds: 3, discover: true},
		{name: "kurrentdb with credentials", url: "kurrentdb://admin:changeit@localhost:2113", address: "localhost:2113", user: "admin", pass: "changeit"},
		{name: "kurrentdb+discover by DNS", url: "kurrentdb+discover://cluster.example.com:2113?nodePreference=follower", address: "cluster.example.com:2113", discover: true, nodePrefers: "Follower"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parseConnectionString(tt.url)
			if err != nil {
				t.Fatalf("parseConnectionString(%q): %v", tt.url, err)
			}
			if cfg.Address != tt.address && tt.seeds == 0 {
				t.Errorf("address = %q, want %q", cfg.Address, tt.address)
			}
			if len(cfg.GossipSeeds) != tt.seeds {
				t.Errorf("%d gossip seeds, want %d", len(cfg.GossipSeeds), tt.seeds)
			}
			if cfg.DnsDiscover != tt.discover {
				t.Errorf("discover = %v, want %v", cfg.DnsDiscover, tt.discover)
			}
			if cfg.DisableTLS != tt.insecure {
				t.Errorf("TLS disabled = %v, want %v", cfg.DisableTLS, tt.insecure)
			}
			if cfg.Username != tt.user || cfg.Password != tt.pass {
				t.Errorf("credentials = %q/%q, want %q/%q", cfg.Username, cfg.Password, tt.user, tt.pass)
			}
			if tt.nodePrefers != "" && cfg.NodePreference.String() != tt.nodePrefers {
				t.Errorf("node preference = %s, want %s", cfg.NodePreference, tt.nodePrefers)
			}
		})
	}
}

func TestParseConnectionStringRefusesWithoutLeakingThePassword(t *testing.T) {
	tests := []struct {
		name, url, reason string
	}{
		{name: "empty", url: "", reason: "no scheme"},
		{name: "host without scheme", url: "localhost:2113", reason: "no scheme"},
		{name: "http", url: "http://admin:hunter2@localhost:2113", reason: `unsupported scheme "http"`},
		{name: "client alias we do not advertise", url: "kdb://localhost:2113", reason: `unsupported scheme "kdb"`},
		{name: "credentials typed before the scheme", url: "admin:hunter2@esdb+x://h", reason: "unsupported scheme;"},
		{name: "no host", url: "esdb://admin:hunter2@", reason: "doesn't have an host"},
		{name: "port not a number", url: "esdb://admin:hunter2@localhost:21x3", reason: "port"},
		{name: "path", url: "esdb://admin:hunter2@localhost:2113/db", reason: "unsupported URL path"},
		{name: "bad setting value", url: "esdb://admin:hunter2@localhost:2113?tls=maybe", reason: "tls"},
		{name: "malformed cluster list", url: "esdb://admin:hunter2@n1:2113,,n3:2113%zz", reason: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConnectionString(tt.url)
			if err == nil {
				t.Fatalf("parseConnectionString(%q) accepted it", tt.url)
			}
			var inv *eventstore.InvalidInputError
			if !errors.As(err, &inv) || !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Fatalf("error %v (%T) is not an *eventstore.InvalidInputError", err, err)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error %q shows the password", err)
			}
			if !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q does not say %q", err, tt.reason)
			}
		})
	}
}

func TestIsConnectionString(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"esdb://localhost:2113?tls=false", true},
		{"esdb+discover://cluster:2113", true},
		{"kurrentdb://localhost:2113", true},
		{"KurrentDB+Discover://cluster:2113", true},
		{"./data", false},
		{"/var/lib/cellule", false},
		{"sqlite://data/events.db", false},
		{"esdb:localhost", false},
	}
	for _, tt := range tests {
		if got := IsConnectionString(tt.in); got != tt.want {
			t.Errorf("IsConnectionString(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRedacted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"esdb://admin:changeit@localhost:2113?tls=false", "esdb://admin:xxxxx@localhost:2113?tls=false"},
		{"esdb+discover://admin:p%40ss@n1:2113,n2:2113", "esdb+discover://admin:xxxxx@n1:2113,n2:2113"},
		{"kurrentdb://localhost:2113", "kurrentdb://localhost:2113"},
		{"kurrentdb://admin@localhost:2113", "kurrentdb://admin@localhost:2113"},
		{"esdb://localhost:2113?tls=false&user=a@b", "esdb://localhost:2113?tls=false&user=a@b"},
	}
	for _, tt := range tests {
		if got := Redacted(tt.in); got != tt.want {
			t.Errorf("Redacted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParseConnectionString checks that no input makes the parser panic,
// and that a refusal never quotes the password.
func FuzzParseConnectionString(f *testing.F) {
	for _, seed := range []string{
		"localhost:2113?tls=false", "n1:2113,n2:2113", "h:99999", "h/p", "h?tls=maybe",
		"h?keepAliveInterval=-5", "[::1]:2113", "%zz", "h?nodePreference=x", "",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, rest string) {
		const pw = "Sekr3tPw"
		url := "esdb://admin:" + pw + "@" + rest
		if strings.Contains(strings.ToLower(rest), "file") {
			t.Skip("certificate settings read files")
		}
		_, err := parseConnectionString(url)
		if err != nil && strings.Contains(err.Error(), pw) {
			t.Fatalf("error for %q shows the password: %v", url, err)
		}
	})
}
