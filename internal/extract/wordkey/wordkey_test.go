package wordkey

import (
	"strings"
	"testing"
)

func TestPackAgreesWithLoad(t *testing.T) {
	for _, w := range []string{"a", "coal", "tobacco", "shipment"} {
		padded := w + "\x00\x00\x00\x00\x00\x00\x00\x00"
		if Pack(w) != Load64(padded[:8]) {
			t.Errorf("Pack(%q) = %x, Load64 of it padded = %x", w, Pack(w), Load64(padded[:8]))
		}
	}
	if Pack("ab") != 0x6261 {
		t.Errorf("Pack(\"ab\") = %x, want 6261 (little endian)", Pack("ab"))
	}
}

func TestAlnumEnd(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			i++
		}
		return i
	}
	texts := []string{"", "a", "Rice prices climb in Hyesan", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!",
		"KN-23 and SK-II", "café au lait", "Ñandú 한국어 text", "x@y[z]`a{b}~_^\\|\x7f\x00\x10\x19/:;<=>?", "abc\xffdefghij", "abcdefg\x80hij"}
	for c := 0; c < 256; c++ {
		texts = append(texts, "abcdefgh"+string([]byte{byte(c)})+"ijklmnop", string([]byte{'a', byte(c), 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'}))
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := AlnumEnd(s, i), ref(s, i); got != want {
				t.Errorf("AlnumEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if i+8 <= len(s) {
				if got, want := AlnumLen(Load64(s[i:i+8])), min(ref(s, i)-i, 8); got != want {
					t.Errorf("AlnumLen(%q) = %d, want %d", s[i:i+8], got, want)
				}
			}
		}
	}
}

func TestLower64(t *testing.T) {
	for _, w := range []string{"AZaz09-'", "@[`{", "ABCDEFGH", "Mixed-Up", "a"} {
		if got, want := Lower64(Pack(w)), Pack(strings.ToLower(w)); got != want {
			t.Errorf("Lower64(%q) = %x, want %x", w, got, want)
		}
	}
}

// TestLowerBytes64 checks every byte value at every position of a word:
// only A to Z change, and a byte of a UTF-8 sequence next to a capital
// stays as it is.
func TestLowerBytes64(t *testing.T) {
	ref := func(b []byte) uint64 {
		var k uint64
		for x := len(b) - 1; x >= 0; x-- {
			c := b[x]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k = k<<8 | uint64(c)
		}
		return k
	}
	for c := 0; c < 256; c++ {
		for at := range 8 {
			b := []byte("QzA@Z[\xc3\x89")
			b[at] = byte(c)
			if got, want := LowerBytes64(Load64(string(b))), ref(b); got != want {
				t.Errorf("LowerBytes64(%q) = %x, want %x", b, got, want)
			}
		}
	}
	if got, want := LowerBytes64(Load64("Ünd Kim ")), Load64("Ünd kim "); got != want {
		t.Errorf("LowerBytes64 of a Latin-1 capital and a name = %x, want %x", got, want)
	}
}
