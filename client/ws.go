package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Subprotocol is the GraphQL over WebSocket protocol the client speaks.
const Subprotocol = "graphql-transport-ws"

// Message types of graphql-transport-ws.
const (
	msgInit      = "connection_init"
	msgAck       = "connection_ack"
	msgPing      = "ping"
	msgPong      = "pong"
	msgSubscribe = "subscribe"
	msgNext      = "next"
	msgError     = "error"
	msgComplete  = "complete"
)

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// ErrClosed is returned by operations on a connection that has ended.
var ErrClosed = errors.New("client: websocket closed")

// Conn is one graphql-transport-ws connection; it multiplexes any number
// of operations. Safe for concurrent use.
type Conn struct {
	ws *websocket.Conn

	writeMu sync.Mutex

	mu     sync.Mutex
	nextID int
	ops    map[string]*operation
	err    error // why the connection ended
	done   chan struct{}
}

// operation is one running operation. out is closed exactly once, under
// mu, by whoever ends the operation (server complete/error, the caller's
// ctx, the connection's end); a sender holds mu and gives up when cancel or
// the connection's done closes, so closing never races a send.
type operation struct {
	out    chan Result
	cancel chan struct{}
	once   sync.Once
	mu     sync.Mutex
	ended  bool
}

func (op *operation) stop() {
	op.once.Do(func() { close(op.cancel) })
	op.mu.Lock()
	defer op.mu.Unlock()
	if !op.ended {
		op.ended = true
		close(op.out)
	}
}

// Result is one payload of an operation: a `next` (data and possibly
// errors) or an `error` (Err set, no data).
type Result struct {
	Data json.RawMessage
	Err  error
}

// Decode unmarshals the data into out, or returns the result's error.
func (r Result) Decode(out any) error {
	if r.Err != nil {
		return r.Err
	}
	return json.Unmarshal(r.Data, out)
}

// DialOptions tune Dial.
type DialOptions struct {
	// InitPayload is sent with connection_init (nil: none).
	InitPayload map[string]any
	// Subprotocol to ask for (default graphql-transport-ws).
	Subprotocol string
	// NoCookie leaves the session cookie out of the upgrade request.
	NoCookie bool
	// Origin overrides the client's Origin header ("" keeps it).
	Origin string
}

// Dial opens a WebSocket to the server's GraphQL endpoint, with the session
// cookie of this client, and completes connection_init/connection_ack.
func (c *Client) Dial(ctx context.Context, opts DialOptions) (*Conn, error) {
	u := *c.base
	u.Scheme = map[string]string{"http": "ws", "https": "wss"}[u.Scheme]
	u.Path += "/graphql"
	h := http.Header{}
	origin := c.origin
	if opts.Origin != "" {
		origin = opts.Origin
	}
	if origin != "" {
		h.Set("Origin", origin)
	}
	if ck := c.cookieHeader(); ck != "" && !opts.NoCookie {
		h.Set("Cookie", ck)
	}
	proto := opts.Subprotocol
	if proto == "" {
		proto = Subprotocol
	}
	d := websocket.Dialer{Subprotocols: []string{proto}, HandshakeTimeout: 10 * time.Second}
	ws, res, err := d.DialContext(ctx, u.String(), h)
	if err != nil {
		if res != nil {
			return nil, fmt.Errorf("client: websocket upgrade: HTTP %d: %w", res.StatusCode, err)
		}
		return nil, fmt.Errorf("client: websocket: %w", err)
	}
	ws.SetReadLimit(maxResponse)
	conn := &Conn{ws: ws, ops: map[string]*operation{}, done: make(chan struct{})}

	var payload json.RawMessage
	if opts.InitPayload != nil {
		if payload, err = json.Marshal(opts.InitPayload); err != nil {
			ws.Close()
			return nil, err
		}
	}
	if err := conn.write(wsMessage{Type: msgInit, Payload: payload}); err != nil {
		ws.Close()
		return nil, err
	}
	if err := conn.awaitAck(ctx); err != nil {
		ws.Close()
		return nil, err
	}
	go conn.read()
	return conn, nil
}

// awaitAck reads until connection_ack; the server refuses with an error
// message and/or a close frame (e.g. 4401 without a session).
func (c *Conn) awaitAck(ctx context.Context) error {
	deadline := time.Now().Add(10 * time.Second)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	c.ws.SetReadDeadline(deadline)
	defer c.ws.SetReadDeadline(time.Time{})
	for {
		var m wsMessage
		if err := c.ws.ReadJSON(&m); err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				return &CloseError{Code: ce.Code, Reason: ce.Text}
			}
			return fmt.Errorf("client: connection_init: %w", err)
		}
		switch m.Type {
		case msgAck:
			return nil
		case msgPing:
			if err := c.write(wsMessage{Type: msgPong}); err != nil {
				return err
			}
		case "connection_error", msgError:
			return fmt.Errorf("client: connection refused: %s", m.Payload)
		case "ka": // legacy keep-alive: ignore
		}
	}
}

// CloseError is the server closing the connection with a status code.
type CloseError struct {
	Code   int
	Reason string
}

func (e *CloseError) Error() string {
	return "client: websocket closed: " + strconv.Itoa(e.Code) + " " + e.Reason
}

func (c *Conn) write(m wsMessage) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteJSON(m)
}

// read dispatches the server's messages to their operations until the
// connection ends. An operation whose consumer does not read holds the
// reader: the client is one user, so that only slows this user.
func (c *Conn) read() {
	var err error
	defer func() { c.end(err) }()
	for {
		var m wsMessage
		if err = c.ws.ReadJSON(&m); err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				err = &CloseError{Code: ce.Code, Reason: ce.Text}
			}
			return
		}
		switch m.Type {
		case msgPing:
			if err = c.write(wsMessage{Type: msgPong}); err != nil {
				return
			}
		case msgNext:
			var r response
			var res Result
			if jerr := json.Unmarshal(m.Payload, &r); jerr != nil {
				res.Err = fmt.Errorf("client: decode next: %w", jerr)
			} else if len(r.Errors) > 0 {
				res.Err = &Error{Errors: r.Errors}
			}
			res.Data = r.Data
			c.deliver(m.ID, res, false)
		case msgError:
			var errs []GraphQLError
			if jerr := json.Unmarshal(m.Payload, &errs); jerr != nil {
				errs = []GraphQLError{{Message: string(m.Payload)}}
			}
			c.deliver(m.ID, Result{Err: &Error{Errors: errs}}, true)
		case msgComplete:
			c.finish(m.ID)
		}
	}
}

func (c *Conn) deliver(id string, r Result, last bool) {
	c.mu.Lock()
	op := c.ops[id]
	c.mu.Unlock()
	if op == nil {
		return
	}
	op.mu.Lock()
	if !op.ended {
		select {
		case op.out <- r:
		case <-op.cancel:
		case <-c.done:
		}
	}
	op.mu.Unlock()
	if last {
		c.finish(id)
	}
}

func (c *Conn) finish(id string) {
	c.mu.Lock()
	op := c.ops[id]
	delete(c.ops, id)
	c.mu.Unlock()
	if op != nil {
		op.stop()
	}
}

func (c *Conn) end(err error) {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	if err == nil {
		err = ErrClosed
	}
	c.err = err
	close(c.done)
	ops := c.ops
	c.ops = map[string]*operation{}
	c.mu.Unlock()
	for _, op := range ops {
		op.stop()
	}
}

// Err is why the connection ended (nil while it is open).
func (c *Conn) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Done is closed when the connection ends.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Subscribe starts an operation (usually a subscription) and returns its
// results; the channel is closed when the server completes it, the
// connection ends, or ctx ends (the client then sends complete).
func (c *Conn) Subscribe(ctx context.Context, query string, vars map[string]any) (<-chan Result, error) {
	payload, err := json.Marshal(Request{Query: query, Variables: vars})
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return nil, c.err
	}
	c.nextID++
	id := strconv.Itoa(c.nextID)
	op := &operation{out: make(chan Result, 16), cancel: make(chan struct{})}
	c.ops[id] = op
	c.mu.Unlock()

	if err := c.write(wsMessage{ID: id, Type: msgSubscribe, Payload: payload}); err != nil {
		c.finish(id)
		return nil, err
	}
	go func() {
		select {
		case <-ctx.Done():
			c.mu.Lock()
			_, live := c.ops[id]
			c.mu.Unlock()
			if live {
				_ = c.write(wsMessage{ID: id, Type: msgComplete})
				c.finish(id)
			}
		case <-c.done:
		}
	}()
	return op.out, nil
}

// Do runs a query or mutation over the WebSocket and decodes its single
// result into out.
func (c *Conn) Do(ctx context.Context, query string, vars map[string]any, out any) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results, err := c.Subscribe(ctx, query, vars)
	if err != nil {
		return err
	}
	select {
	case r, ok := <-results:
		if !ok {
			if err := c.Err(); err != nil {
				return err
			}
			return errors.New("client: operation completed without a result")
		}
		if r.Err != nil {
			return r.Err
		}
		if out == nil {
			return nil
		}
		return r.Decode(out)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close ends the connection with a normal closure.
func (c *Conn) Close() error {
	c.writeMu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	c.writeMu.Unlock()
	err := c.ws.Close()
	c.end(ErrClosed)
	return err
}
