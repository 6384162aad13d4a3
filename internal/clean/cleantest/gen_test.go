package cleantest

import (
	"bytes"
	"testing"
)

func TestGeneratePage(t *testing.T) {
	for seed := range 40 {
		p := GeneratePage(seed)
		if len(p) < 30<<10 || len(p) > 80<<10 {
			t.Errorf("seed %d: page is %d bytes, want 30–80 KB", seed, len(p))
		}
		if !bytes.Equal(p, GeneratePage(seed)) {
			t.Errorf("seed %d: output is not deterministic", seed)
		}
		if !bytes.Contains(p, []byte("<article")) || !bytes.Contains(p, []byte("class=\"comments\"")) {
			t.Errorf("seed %d: page lacks article or comments", seed)
		}
	}
	if bytes.Equal(GeneratePage(1), GeneratePage(2)) {
		t.Error("different seeds give the same page")
	}
}
