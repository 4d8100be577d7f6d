package server

import (
	"log/slog"
	"math"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

// RuntimeSettings are the Go runtime settings `cellule serve` runs with.
type RuntimeSettings struct {
	GCPercent   int   // GOGC
	MemoryLimit int64 // GOMEMLIMIT in bytes; math.MaxInt64 when none
	MaxProcs    int   // GOMAXPROCS
}

// Why serve does not run on the runtime's defaults (measured with
// BenchmarkReportMutation, 100 candidates editing at once on 2 cores;
// docs/BENCHMARKS.md gives the figures of both, from the same run):
//
//   - GOGC 400 instead of 100. A report edit allocates some 25 KB
//     (HTTP, GraphQL, JSON), so at 12 000 edits/s the collector ran every
//     70 ms with a 10–15 ms mark phase, and the slowest edits were those
//     that fell in one. Four times fewer cycles move the p99 more than
//     anything in the code did. The heap may then grow to five times the
//     live data, so a memory limit goes with it.
//   - GOMEMLIMIT at half the memory available (the cgroup's limit, else
//     the machine's): past it the collector works harder instead of
//     letting the heap grow. Read by automemlimit.
//   - GOMAXPROCS one above the CPUs. The event store's single writer
//     spends a good part of each commit in write and fsync system calls,
//     and a goroutine in a system call keeps its P until the runtime's
//     monitor takes it back: with 2 Ps, one core sat idle for part of
//     every commit while requests queued for the other.
//
// Each is left as the operator set it through its environment variable.
var serveRuntime = struct {
	gcPercent   int
	memoryRatio float64
	extraProcs  int
}{gcPercent: 400, memoryRatio: 0.5, extraProcs: 1}

// TuneRuntime applies serve's runtime settings (see serveRuntime), except
// those set through GOGC, GOMEMLIMIT or GOMAXPROCS, and returns the
// settings in force and a function that restores the previous ones.
func TuneRuntime(log *slog.Logger) (RuntimeSettings, func()) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// SetGCPercent is also the only getter: it returns the previous value.
	prevGC := debug.SetGCPercent(serveRuntime.gcPercent)
	gc := serveRuntime.gcPercent
	if os.Getenv("GOGC") != "" {
		debug.SetGCPercent(prevGC)
		gc = prevGC
	}
	prevLimit := debug.SetMemoryLimit(-1)
	prevProcs := runtime.GOMAXPROCS(0)

	// memlimit leaves a GOMEMLIMIT from the environment alone.
	if _, err := memlimit.Set(memlimit.WithRatio(serveRuntime.memoryRatio),
		memlimit.WithProvider(memlimit.ApplyFallback(memlimit.FromCgroup, memlimit.FromSystem))); err != nil {
		log.Warn("no memory limit set", "err", err)
	}
	if os.Getenv("GOMAXPROCS") == "" {
		// From the default (the CPUs, or the cgroup's CPU limit), so that
		// tuning twice does not add twice.
		runtime.SetDefaultGOMAXPROCS()
		runtime.GOMAXPROCS(runtime.GOMAXPROCS(0) + serveRuntime.extraProcs)
	}

	got := RuntimeSettings{GCPercent: gc, MemoryLimit: debug.SetMemoryLimit(-1), MaxProcs: runtime.GOMAXPROCS(0)}
	restore := func() {
		debug.SetGCPercent(prevGC)
		debug.SetMemoryLimit(prevLimit)
		runtime.GOMAXPROCS(prevProcs)
	}
	return got, restore
}

// memoryLimitText is a limit for the log: "none" or MiB.
func memoryLimitText(limit int64) any {
	if limit == math.MaxInt64 {
		return "none"
	}
	return limit >> 20
}
