package scenarios

import (
	"embed"
	"io/fs"
	"slices"
)

// builtinFS holds the scenarios shipped in the binary: the YAML files of
// every folder of this package (a new scenario folder is embedded without
// touching code). testdata's fixtures are one level deeper and do not
// match; ListBuiltin keeps only folders with a scenario.yaml.
//
//go:embed */*.yaml */agents/*.yaml
var builtinFS embed.FS

// Builtin returns the scenarios embedded in the binary, one folder per
// scenario id.
func Builtin() fs.FS { return builtinFS }

// ListBuiltin returns the ids of the embedded scenarios, sorted.
func ListBuiltin() []string {
	entries, err := fs.ReadDir(builtinFS, ".")
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		if _, err := fs.Stat(builtinFS, e.Name()+"/"+fileScenario); e.IsDir() && err == nil {
			ids = append(ids, e.Name())
		}
	}
	slices.Sort(ids)
	return ids
}

// LoadBuiltin loads and lints the embedded scenario id.
func LoadBuiltin(id string) (*Scenario, error) {
	return LoadFS(builtinFS, id)
}
