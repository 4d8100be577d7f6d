// Package llm is the LLM engine of the agents port: an OpenAI-compatible
// model (OpenAI, Ollama, vLLM, llama.cpp server…; see Config) phrases an
// agent's answer more naturally than the offline templates, but from the
// facts the question earned only.
//
// # Who decides what is earned
//
// Not the model. The gate (agents/offline) decides which facts a question
// earned, whether it is refused, and composes its own answer. The engine
// calls it with an emit that discards the chunks, keeps its answer as the
// fallback, and asks the model only when facts were earned and the
// question was not refused; otherwise the offline answer is given as it is
// (Fallback ReasonRefused or ReasonNoEarnedFact). The model receives the
// persona, strict rules, the earned facts' texts (and a concession the
// candidate won by arguing), the recent conversation and the question:
// nothing else of the scenario, not even the brief's figures. It cannot
// leak what it was never given.
//
// # Output check
//
// A model may still invent. Its answer is rejected when it states a figure
// (number, percentage, amount, date: French formats are read as values, so
// "2,4 %" = "2.4%", "12 500 €" = "12500 euros" = "12,5 k€", "15/03" =
// "15 mars") that appears neither in the earned facts nor in the
// conversation, when it repeats the wording of any fact the candidate has
// not been given (shared runs of four Snowball stems, minus wording the
// allowed texts share), or when it is far too long. On rejection the model
// is asked once more with a stricter instruction; if that fails too, the
// offline answer is given with Fallback "output check: <reason>". Figures
// written in words ("douze mille") are not read; the rules forbid any
// figure not given, and the offline fallback stays the safety net.
//
// # Why the answer is buffered, not relayed token by token
//
// The completion is streamed from the server (so a stalled server is
// detected within ChunkTimeout instead of Timeout, and a draft that fails
// the check is abandoned at its first bad sentence), but the candidate sees
// it only once the whole answer has passed the check; it is then emitted in
// chunks of a few words. Relaying each checked sentence as it arrives would
// show the first words sooner, but a later sentence can still fail: the
// candidate would then have seen part of a rejected answer followed by the
// retry or the offline answer, and the recorded answer (engine, facts)
// would not be what was shown. For a certification exam, no leak and one
// coherent answer matter more than a second of latency: answers are two or
// three sentences.
//
// # Failures
//
// Every failure of the model path ends in the offline answer, with
// Answer.Engine "offline" and Fallback saying why: "timeout" (Timeout for
// the whole answer, retry included), "timeout: no first chunk" and
// "stalled stream" (ChunkTimeout), "http 429", "http 500", "malformed
// stream", "stream error" (an in-band error event), "truncated stream" (no
// finish reason), "connection refused", "output check: unearned figure
// 12 500"…; an engine whose Config fails Validate answers offline with
// "invalid configuration". A leading <think>…</think> block (reasoning
// models behind llama.cpp or vLLM) is dropped before the check. The SDK's own retries are off (WithMaxRetries(0)): a 429 or a
// 500 falls back at once rather than spending the candidate's time; the
// only retry is the output-check one. When the model answers, Engine is
// "llm" and Model is set. The caller's cancellation stops the request and
// returns ctx's error; no goroutine outlives Answer.
package llm
