package events

import (
	"encoding/json"
	"sync"
	"testing"
)

// TestAssembleReusesNoState checks that Assemble's pooled buffers carry
// nothing from one call to the next: each input gives the same events and
// legs whether it is read alone, after others, or concurrently with them.
func TestAssembleReusesNoState(t *testing.T) {
	type input struct {
		text string
		seed uint64
	}
	var ins []input
	for _, fx := range fixtures {
		text, _ := load(t, fx.name)
		for seed := range uint64(4) {
			ins = append(ins, input{text, seed})
		}
	}
	run := func(in input) string {
		r := randomResult(in.text, in.seed)
		Assemble(in.text, r)
		b, err := json.Marshal(struct{ E, L, D any }{r.Events, r.Legs, r.Direction})
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := make([]string, len(ins))
	for i, in := range ins {
		want[i] = run(in)
	}
	for i := len(ins) - 1; i >= 0; i-- {
		if got := run(ins[i]); got != want[i] {
			t.Errorf("input %d: second reading differs from the first", i)
		}
	}
	got := make([]string, len(ins))
	var wg sync.WaitGroup
	for i := range ins {
		wg.Go(func() { got[i] = run(ins[i]) })
	}
	wg.Wait()
	for i := range ins {
		if got[i] != want[i] {
			t.Errorf("input %d: concurrent reading differs", i)
		}
	}
}
