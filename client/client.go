// Package client is a small GraphQL client for cellule's API: queries and
// mutations over HTTP POST, and every kind of operation over one WebSocket
// speaking graphql-transport-ws (github.com/gorilla/websocket). It keeps the
// session cookie set by login, so one Client is one signed-in user.
//
// `cellule simulate`, the demo seed and the end-to-end tests use it.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
)

// Client talks to one cellule server as one user.
type Client struct {
	base   *url.URL
	origin string
	http   *http.Client
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient uses hc (its Jar is replaced by the client's own).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Client) { c.http = hc }
}

// WithOrigin sets the Origin header sent with every request (the server
// refuses cross-origin mutations and WebSocket upgrades); the default is the
// server's own origin, as a browser on the SPA would send.
func WithOrigin(origin string) Option {
	return func(c *Client) { c.origin = origin }
}

// New returns a client of the server at baseURL (e.g. http://127.0.0.1:8080).
func New(baseURL string, opts ...Option) (*Client, error) {
	u, err := url.Parse(strings.TrimSuffix(baseURL, "/"))
	if err != nil {
		return nil, fmt.Errorf("client: server address: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("client: server address %q: want http(s)://host[:port]", baseURL)
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	c := &Client{base: u, origin: u.Scheme + "://" + u.Host, http: &http.Client{Transport: sharedTransport}}
	for _, o := range opts {
		o(c)
	}
	hc := *c.http
	hc.Jar = jar
	c.http = &hc
	return c, nil
}

// sharedTransport keeps connections alive for many clients of one server
// (simulated cohorts): http.DefaultTransport keeps only 2 idle connections
// per host, so 100 candidates would reconnect on almost every request.
var sharedTransport = func() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 1024
	t.MaxIdleConnsPerHost = 1024
	return t
}()

// CloseIdleConnections closes the kept-alive connections of every client
// (e.g. before a server shuts down: a connection dialled but never used
// delays a graceful shutdown).
func CloseIdleConnections() { sharedTransport.CloseIdleConnections() }

// Endpoint is the URL of the GraphQL endpoint.
func (c *Client) Endpoint() string { return c.base.String() + "/graphql" }

// Request is one GraphQL operation.
type Request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
}

// GraphQLError is one entry of a response's errors.
type GraphQLError struct {
	Message    string `json:"message"`
	Path       []any  `json:"path,omitempty"`
	Extensions struct {
		Code  string `json:"code"`
		Field string `json:"field,omitempty"`
	} `json:"extensions"`
}

// Error is a response with errors (a refusal or a bad document). Code gives
// the first error's extensions.code, so callers branch with
// client.CodeOf(err) == "LOCKED".
type Error struct {
	Status int // HTTP status (0 over WebSocket)
	Errors []GraphQLError
}

func (e *Error) Error() string {
	if len(e.Errors) == 0 {
		return fmt.Sprintf("graphql: HTTP %d", e.Status)
	}
	g := e.Errors[0]
	s := "graphql: " + g.Extensions.Code + ": " + g.Message
	if len(e.Errors) > 1 {
		s += fmt.Sprintf(" (+%d more)", len(e.Errors)-1)
	}
	return s
}

// Code is the first error's extensions.code ("" when none).
func (e *Error) Code() string {
	if len(e.Errors) == 0 {
		return ""
	}
	return e.Errors[0].Extensions.Code
}

// CodeOf returns the extensions.code of a GraphQL error in err's chain, or "".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return ""
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []GraphQLError  `json:"errors"`
}

// maxResponse bounds what the client reads from one HTTP answer.
const maxResponse = 32 << 20

// Do runs a query or mutation over HTTP and decodes data into out (which
// may be nil). A response with errors returns *Error, even with partial data.
func (c *Client) Do(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(Request{Query: query, Variables: vars})
	if err != nil {
		return fmt.Errorf("client: encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	if c.origin != "" {
		req.Header.Set("Origin", c.origin)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: %w", err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxResponse))
	if err != nil {
		return fmt.Errorf("client: read response: %w", err)
	}
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("client: HTTP %d: %.200s", res.StatusCode, raw)
	}
	return decode(r, res.StatusCode, out)
}

func decode(r response, status int, out any) error {
	if len(r.Errors) > 0 {
		return &Error{Status: status, Errors: r.Errors}
	}
	if out == nil || len(r.Data) == 0 || string(r.Data) == "null" {
		return nil
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		return fmt.Errorf("client: decode data: %w", err)
	}
	return nil
}

// cookieHeader is the Cookie header the jar holds for the server, for the
// WebSocket upgrade (gorilla's dialer takes headers, not a jar).
func (c *Client) cookieHeader() string {
	var parts []string
	for _, ck := range c.http.Jar.Cookies(c.base) {
		parts = append(parts, ck.Name+"="+ck.Value)
	}
	return strings.Join(parts, "; ")
}
