package places

import (
	"fmt"
	"testing"
)

// appendToken's ASCII fast path splits and keys words as the general
// appendTokenSlow does.
func TestAppendTokenFastPath(t *testing.T) {
	for _, text := range []string{
		"Dandong", "DPRK", "dprk", "N. Korea", "Ryanggang Province", "7,200 won", "B2B",
		"Sinuiju's market", "traders' goods", "Guangzhou’s port", "Ürümqi", "café-bar", "K9 x",
		"o'clock", "ROK.", "Kim", "a", "Z",
		// Words with eight bytes of text after their start, keyed eight at a time.
		"Ryanggang Province sells RICE in Hyesan and KOMID goods", "mixed CaSe WoRdS ABCDEFGHIJ abcdefghij Abcdefgh ABCDEFGH x",
		"AZ az @[`{ Z9a0 00000000 xyz'sth", "Sinuiju’s market is open", "DPRK-China trade, N. Korea",
	} {
		for i := 0; i < len(text); i++ {
			if wordByte[text[i]] == 0 || (i > 0 && wordByte[text[i-1]] != 0) {
				continue
			}
			end, toks, arena := appendToken(text, i, nil, nil, true, false)
			wantEnd, wantToks, wantArena := appendTokenSlow(text, i, nil, nil, true, false)
			got := fmt.Sprintf("%d %+v %q", end, toks, arena)
			want := fmt.Sprintf("%d %+v %q", wantEnd, wantToks, wantArena)
			if got != want {
				t.Errorf("appendToken(%q, %d) = %s, want %s", text, i, got, want)
			}
		}
	}
}
