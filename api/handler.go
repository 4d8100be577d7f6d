package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"cellule/app"
	"cellule/domain"
)

// Metrics receives one observation per executed operation (not per
// subscription message). field is the operation's first root field (a name
// from the schema, so label cardinality stays bounded) and code "OK" or the
// first error's extensions.code.
type Metrics interface {
	ObserveOperation(kind, field, code string, d time.Duration)
	// WebSocketOpened / WebSocketClosed count live connections.
	WebSocketOpened()
	WebSocketClosed()
}

// HandlerConfig configures the GraphQL handler.
type HandlerConfig struct {
	App    *app.App
	Logger *slog.Logger
	// OriginPatterns are the host patterns (path.Match syntax, e.g.
	// "exam.example.org") allowed to open a WebSocket besides the server's
	// own host. The server's middleware checks origins too; this is the
	// transport's own check.
	OriginPatterns []string
	MaxDepth       int           // default DefaultMaxDepth
	MaxComplexity  int           // default DefaultMaxComplexity
	MaxMessage     int64         // WebSocket message limit, default DefaultMaxDocument
	InitTimeout    time.Duration // default 10 s
	KeepAlive      time.Duration // ping interval, default 15 s
	Metrics        Metrics       // optional
}

// CloseUnauthenticated is the WebSocket close code when connection_init is
// refused (graphql-transport-ws: 4403 Forbidden).
const CloseUnauthenticated = 4403

// NewHandler returns the /graphql handler: POST and WebSocket
// (graphql-transport-ws, and the legacy graphql-ws), with the document
// limits, the error mapping and authentication at connection_init.
func NewHandler(cfg HandlerConfig) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxDepth == 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.MaxComplexity == 0 {
		cfg.MaxComplexity = DefaultMaxComplexity
	}
	if cfg.MaxMessage == 0 {
		cfg.MaxMessage = DefaultMaxDocument
	}
	if cfg.InitTimeout == 0 {
		cfg.InitTimeout = 10 * time.Second
	}
	if cfg.KeepAlive == 0 {
		cfg.KeepAlive = 15 * time.Second
	}

	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{app: cfg.App}}))
	readLimit := cfg.MaxMessage
	srv.AddTransport(transport.Websocket{
		Implementation: transport.CoderWebsocketImplementation{
			AcceptOptions: coderws.AcceptOptions{OriginPatterns: cfg.OriginPatterns},
		},
		InitFunc:    initFunc(cfg.App, cfg.Metrics),
		InitTimeout: cfg.InitTimeout,
		// graphql-ws (legacy) keep-alive messages, and graphql-transport-ws
		// pings answered by pongs: a dead peer is noticed within 2 intervals.
		KeepAlivePingInterval: cfg.KeepAlive,
		PingPongInterval:      cfg.KeepAlive,
		PayloadReadLimit:      &readLimit,
		ErrorFunc: func(ctx context.Context, err error) {
			cfg.Logger.DebugContext(ctx, "websocket", "err", err)
		},
		CloseFunc: func(ctx context.Context, code int) {
			if cfg.Metrics != nil && ctx.Value(openedKey{}) != nil {
				cfg.Metrics.WebSocketClosed()
			}
		},
	})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(parserTokenLimit)
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.SetErrorPresenter(presentError(cfg.Logger))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))
	if cfg.Metrics != nil {
		srv.AroundResponses(observe(cfg.Metrics))
	}
	return srv
}

// openedKey marks the context of an accepted connection, so CloseFunc
// counts only connections that WebSocketOpened counted.
type openedKey struct{}

// initFunc authenticates a WebSocket at connection_init: by the session
// cookie of the upgrade request (put in the context by the server), or else
// by a "token" in the init payload (non-browser clients). Without either the
// connection is refused and closed with 4403.
func initFunc(a *app.App, m Metrics) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		s := *SessionFrom(ctx)
		// Cookies cannot be set or cleared on an upgraded connection.
		s.Start, s.End = nil, nil
		if s.Actor.UserID == "" {
			if token := payload.GetString("token"); token != "" && a != nil {
				if act, err := a.Authenticate(ctx, token); err == nil {
					s.Actor, s.Token = act, token
				}
			}
		}
		if s.Actor.UserID != "" && a != nil {
			// The connection lives in a context that ends with the
			// session (logout, expiry, disabled account): gqlgen then
			// closes it, so a socket does not outlive its session.
			if wctx, err := a.WatchSession(ctx, s.Token); err == nil {
				ctx = wctx
			} else {
				s.Actor = app.Actor{}
			}
		}
		if s.Actor.UserID == "" {
			ctx = transport.WithWebsocketCloseCode(ctx, CloseUnauthenticated)
			ctx = transport.AppendCloseReason(ctx, string(app.CodeUnauthenticated))
			return ctx, nil, errors.New(string(app.CodeUnauthenticated))
		}
		if m != nil {
			m.WebSocketOpened()
			ctx = context.WithValue(ctx, openedKey{}, true)
		}
		return WithSession(ctx, &s), nil, nil
	}
}

func observe(m Metrics) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		start := time.Now()
		resp := next(ctx)
		// Over WebSocket the handler is called again until it answers nil
		// (the end of the operation's stream): only real answers count.
		if resp == nil || !graphql.HasOperationContext(ctx) {
			return resp
		}
		oc := graphql.GetOperationContext(ctx)
		kind, field := "unknown", "invalid"
		if oc.Operation != nil {
			kind = string(oc.Operation.Operation)
			if len(oc.Operation.SelectionSet) > 0 {
				if f, ok := oc.Operation.SelectionSet[0].(*ast.Field); ok {
					field = f.Name
				}
			}
		}
		if kind == string(ast.Subscription) {
			return resp // one response per message: not an operation's latency
		}
		code := "OK"
		if len(resp.Errors) > 0 {
			code, _ = resp.Errors[0].Extensions["code"].(string)
			if code == "" {
				code = string(domain.CodeInvalidInput)
			}
		}
		m.ObserveOperation(kind, field, code, time.Since(start))
		return resp
	}
}
