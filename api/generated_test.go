package api

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// generatedFiles are written by gqlgen and committed.
var generatedFiles = []string{"api/generated.go", "api/models_gen.go"}

// TestGeneratedCodeIsFresh regenerates the GraphQL code in a throw-away
// copy of the packages api depends on, and fails if it differs from the
// committed files: a schema or gqlgen.yml change without `make generate`.
func TestGeneratedCodeIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates the whole GraphQL layer (about 30 s)")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	tmp := t.TempDir()

	// The packages api depends on in this module, with their embedded files.
	list := exec.Command(goBin, "list", "-deps", "-json=Dir,Module,EmbedFiles", "./api")
	list.Dir = root
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p struct {
			Dir        string
			Module     *struct{ Path string }
			EmbedFiles []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if p.Module == nil || p.Module.Path != "cellule" {
			continue
		}
		rel, err := filepath.Rel(root, p.Dir)
		if err != nil {
			t.Fatal(err)
		}
		copyDirFiles(t, p.Dir, filepath.Join(tmp, rel))
		for _, f := range p.EmbedFiles {
			copyFile(t, filepath.Join(p.Dir, f), filepath.Join(tmp, rel, f))
		}
	}
	for _, f := range []string{"go.mod", "go.sum", "gqlgen.yml"} {
		copyFile(t, filepath.Join(root, f), filepath.Join(tmp, f))
	}
	for _, f := range generatedFiles {
		os.Remove(filepath.Join(tmp, f)) // generated from scratch
	}

	gen := exec.Command(goBin, "tool", "gqlgen", "generate")
	gen.Dir = tmp
	gen.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if msg, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("gqlgen generate: %v\n%s", err, msg)
	}
	for _, f := range generatedFiles {
		want, err := os.ReadFile(filepath.Join(tmp, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `make generate` and commit the result", f)
		}
	}
}

// copyDirFiles copies the regular files of src (not its subfolders) to dst.
func copyDirFiles(t *testing.T, src, dst string) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasSuffix(e.Name(), "_test.go") {
			copyFile(t, filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()))
		}
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	outF, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer outF.Close()
	if _, err := io.Copy(outF, in); err != nil {
		t.Fatal(err)
	}
}
