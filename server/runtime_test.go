package server_test

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"testing"

	"cellule/server"
)

// serve tunes the runtime (GOGC 400, a memory limit, one more P than the
// CPUs) except what the operator set in the environment, and the previous
// settings come back with restore.
func TestTuneRuntimeLeavesOperatorSettingsAlone(t *testing.T) {
	if _, set := os.LookupEnv("AUTOMEMLIMIT"); set {
		t.Skip("AUTOMEMLIMIT is set in this environment: the memory limit is the operator's")
	}
	runtime.SetDefaultGOMAXPROCS()
	defaultProcs := runtime.GOMAXPROCS(0)
	tests := []struct {
		name              string
		env               map[string]string
		wantGC, wantProcs int
		wantLimit         bool
	}{
		{"nothing set", nil, 400, defaultProcs + 1, true},
		{"GOGC set", map[string]string{"GOGC": "150"}, -2, defaultProcs + 1, true},
		{"GOMAXPROCS set", map[string]string{"GOMAXPROCS": "1"}, 400, defaultProcs, true},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "1GiB"}, 400, defaultProcs + 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"GOGC", "GOMAXPROCS", "GOMEMLIMIT"} {
				t.Setenv(k, tt.env[k])
			}
			prevGC := debug.SetGCPercent(123)
			defer debug.SetGCPercent(prevGC)
			prevLimit := debug.SetMemoryLimit(math.MaxInt64)
			defer debug.SetMemoryLimit(prevLimit)

			got, restore := server.TuneRuntime(nil)
			wantGC := tt.wantGC
			if wantGC == -2 {
				wantGC = 123 // the operator's, untouched
			}
			if got.GCPercent != wantGC || debug.SetGCPercent(wantGC) != wantGC {
				t.Errorf("GC percent %d, want %d", got.GCPercent, wantGC)
			}
			if got.MaxProcs != tt.wantProcs || runtime.GOMAXPROCS(0) != tt.wantProcs {
				t.Errorf("GOMAXPROCS %d (runtime %d), want %d", got.MaxProcs, runtime.GOMAXPROCS(0), tt.wantProcs)
			}
			if limited := got.MemoryLimit != math.MaxInt64; limited != tt.wantLimit {
				t.Errorf("memory limit %d: limited = %v, want %v", got.MemoryLimit, limited, tt.wantLimit)
			}
			restore()
			if gc := debug.SetGCPercent(123); gc != 123 {
				t.Errorf("after restore GC percent %d, want 123", gc)
			}
			if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
				t.Errorf("after restore memory limit %d, want none", l)
			}
			if p := runtime.GOMAXPROCS(0); p != defaultProcs {
				t.Errorf("after restore GOMAXPROCS %d, want %d", p, defaultProcs)
			}
		})
	}
}
