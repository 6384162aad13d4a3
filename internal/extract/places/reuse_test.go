package places

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestFindReusesNoState checks that Find's pooled buffers carry nothing
// from one call to the next: each document gives the same places whether
// it is read alone, after others, or concurrently with them.
func TestFindReusesNoState(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("need testdata: %v", err)
	}
	var texts []string
	for _, in := range files {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// A long document exercises the indexed grouping path.
	texts = append(texts, strings.Repeat(strings.Join(texts, "\n"), 3))
	f := finder()
	want := make([][]byte, len(texts))
	for i, text := range texts {
		want[i] = mustJSON(t, f.Find(text))
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := mustJSON(t, f.Find(texts[i])); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("document %d: second reading differs from the first", i)
		}
	}
	var wg sync.WaitGroup
	errs := make([]bool, len(texts)*4)
	for k := range errs {
		wg.Go(func() {
			i := k % len(texts)
			errs[k] = !reflect.DeepEqual(mustJSON(t, f.Find(texts[i])), want[i])
		})
	}
	wg.Wait()
	for k, bad := range errs {
		if bad {
			t.Errorf("concurrent reading %d of document %d differs", k, k%len(texts))
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return b
}
