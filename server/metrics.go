package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"cellule/agents"
	"cellule/eventstore"
)

// metrics are the server's Prometheus series. Labels hold only names from
// the code or the schema (routes, operation root fields, codes, agent
// ids): never a user, an e-mail or an attempt.
type metrics struct {
	reg *prometheus.Registry

	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec
	operations   *prometheus.CounterVec
	opDuration   *prometheus.HistogramVec
	websockets   prometheus.Gauge
	answers      *prometheus.HistogramVec
	firstChunk   *prometheus.HistogramVec
	appended     prometheus.Counter
	appends      *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	latency := []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m.httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cellule_http_requests_total", Help: "HTTP requests by route, method and status code.",
	}, []string{"route", "method", "code"})
	m.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "cellule_http_request_duration_seconds", Help: "HTTP request latency by route (WebSocket upgrades excluded).", Buckets: latency,
	}, []string{"route"})
	m.operations = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cellule_graphql_operations_total", Help: "GraphQL queries and mutations by kind, first root field and outcome code.",
	}, []string{"kind", "field", "code"})
	m.opDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "cellule_graphql_operation_duration_seconds", Help: "GraphQL query and mutation latency by kind and first root field.", Buckets: latency,
	}, []string{"kind", "field"})
	m.websockets = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "cellule_websocket_connections", Help: "Authenticated GraphQL WebSocket connections open.",
	})
	m.answers = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "cellule_agent_answer_seconds", Help: "Time for an agent engine to answer a question, by agent and outcome.",
		Buckets: []float64{.01, .05, .1, .25, .5, 1, 2, 5, 10, 30, 60, 120},
	}, []string{"agent", "outcome"})
	m.firstChunk = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "cellule_agent_first_chunk_seconds", Help: "Time to the first streamed chunk of an agent answer, by agent.",
		Buckets: []float64{.005, .01, .05, .1, .25, .5, 1, 2, 5, 10},
	}, []string{"agent"})
	m.appended = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "cellule_events_appended_total", Help: "Events appended to the event store by this process.",
	})
	m.appends = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cellule_event_appends_total", Help: "Append calls by outcome (ok, conflict, error).",
	}, []string{"outcome"})
	m.reg.MustRegister(m.httpRequests, m.httpDuration, m.operations, m.opDuration, m.websockets,
		m.answers, m.firstChunk, m.appended, m.appends,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// ObserveOperation implements api.Metrics.
func (m *metrics) ObserveOperation(kind, field, code string, d time.Duration) {
	m.operations.WithLabelValues(kind, field, code).Inc()
	m.opDuration.WithLabelValues(kind, field).Observe(d.Seconds())
}

// WebSocketOpened implements api.Metrics.
func (m *metrics) WebSocketOpened() { m.websockets.Inc() }

// WebSocketClosed implements api.Metrics.
func (m *metrics) WebSocketClosed() { m.websockets.Dec() }

// instrument counts requests of one route.
func (m *metrics) instrument(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(sw, r)
		m.httpRequests.WithLabelValues(route, r.Method, strconv.Itoa(sw.code)).Inc()
		if r.Header.Get("Upgrade") == "" {
			m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
		}
	})
}

// statusWriter records the status code; Unwrap keeps http.ResponseController
// (and so the WebSocket hijack) working through it.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// countingStore counts appended events; every other method is the store's.
type countingStore struct {
	eventstore.Store
	m *metrics
}

func (s countingStore) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	res, err := s.Store.Append(ctx, stream, expected, events...)
	switch {
	case err == nil:
		s.m.appends.WithLabelValues("ok").Inc()
		s.m.appended.Add(float64(len(events)))
	case errors.Is(err, eventstore.ErrWrongExpectedRevision):
		s.m.appends.WithLabelValues("conflict").Inc()
	default:
		s.m.appends.WithLabelValues("error").Inc()
	}
	return res, err
}

// timedEngine measures agent answers.
type timedEngine struct {
	agents.Engine
	m *metrics
}

func (e timedEngine) Answer(ctx context.Context, q agents.Question, emit agents.Emit) (agents.Answer, error) {
	start := time.Now()
	first := true
	a, err := e.Engine.Answer(ctx, q, func(chunk string) error {
		if first {
			first = false
			e.m.firstChunk.WithLabelValues(q.AgentID).Observe(time.Since(start).Seconds())
		}
		return emit(chunk)
	})
	outcome := "ok"
	switch {
	case err != nil:
		outcome = "error"
	case a.Fallback != "":
		outcome = "fallback"
	case a.Refused:
		outcome = "refused"
	}
	e.m.answers.WithLabelValues(q.AgentID, outcome).Observe(time.Since(start).Seconds())
	return a, err
}

// positionGauge exposes how far the projections have folded the store.
func positionGauge(a interface{ Position() uint64 }) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "cellule_projection_position", Help: "Global position of the last event folded by the projections.",
	}, func() float64 { return float64(a.Position()) })
}
