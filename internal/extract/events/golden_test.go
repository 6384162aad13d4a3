package events

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// partTwo is the part of the result Assemble writes.
type partTwo struct {
	Relevant  bool          `json:"relevant"`
	Direction string        `json:"direction"`
	Events    []model.Event `json:"events"`
	Legs      []model.Leg   `json:"legs"`
}

func TestGolden(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			_, r := load(t, f.name)
			got, err := json.MarshalIndent(partTwo{r.Relevant, r.Direction, r.Events, r.Legs}, "", "  ")
			if err != nil {
				t.Fatalf("encoding result: %v", err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", f.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatalf("writing golden file: %v", err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("reading golden file (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; run go test -update and review the diff\n%s", f.name, got)
			}
		})
	}
}
