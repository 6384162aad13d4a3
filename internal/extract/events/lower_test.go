package events

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

func TestASCIILower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"ABC", "abc"},
		{"North Korea's DPRK", "north korea's dprk"},
		{"Ünited Хасан 혜산 X", "Ünited Хасан 혜산 x"},
		{"a.B", "a.b"},
	} {
		if got := asciiLower(tc.in); got != tc.want {
			t.Errorf("asciiLower(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every byte value, at every offset of the eight-byte steps and of the
// tail, lowers as the byte-by-byte rule does.
func TestASCIILowerEveryByte(t *testing.T) {
	ref := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for c := 0; c < 256; c++ {
		for n := 1; n <= 19; n++ {
			for at := 0; at < n; at++ {
				b := []byte("Zy\xedA\x80b@[`{Q\xff中Ab3Zz")[:n]
				b[at] = byte(c)
				if s := string(b); asciiLower(s) != ref(s) {
					t.Fatalf("asciiLower(%q) = %q, want %q", s, asciiLower(s), ref(s))
				}
			}
		}
	}
}

// hasHangul finds a syllable's lead byte at any offset, among ASCII and
// other UTF-8 bytes alike.
func TestHasHangulEveryOffset(t *testing.T) {
	for n := 0; n <= 20; n++ {
		for at := 0; at < n; at++ {
			for c := 0x80; c < 0x100; c++ {
				b := []byte(strings.Repeat("a’b", 7))[:n]
				b[at] = byte(c)
				want := c >= 0xEA && c <= 0xED
				for _, x := range b {
					want = want || x >= 0xEA && x <= 0xED
				}
				if got := hasHangul(string(b)); got != want {
					t.Fatalf("hasHangul(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// stopBytes' lowest flag is the first byte appendSentences must look at,
// whatever the bytes around it.
func TestStopBytesFirst(t *testing.T) {
	must := func(c byte) bool { return c == '\n' || c == '"' || c == '.' || c == '!' || c == '?' || c >= 0x80 }
	base := []byte("ab\x00\x01 Zz\x7f")
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			for _, fill := range []byte{'a', 0, 1, '.', 0xEA} {
				b := append([]byte(nil), base...)
				b[at] = byte(c)
				if at+1 < 8 {
					b[at+1] = fill
				}
				want := 8
				for k, x := range b {
					if must(x) {
						want = k
						break
					}
				}
				got := 8
				if m := stopBytes(wordkey.Load64(string(b))); m != 0 {
					got = bits.TrailingZeros64(m) >> 3
				}
				if got != want {
					t.Fatalf("stopBytes(%q): first flag at %d, want %d", b, got, want)
				}
			}
		}
	}
}

// lastWord is the word a mention ends in, after any trailing spaces, full
// stops and commas.
func TestLastWord(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"spy camera glasses", "glasses"}, {"rice.", "rice"}, {"the diesel, ", "diesel"}, {"coal", "coal"},
		{"U.S. dollars .,", "dollars"}, {" .,", ""}, {"", ""}, {"중국산 쌀", "쌀"},
	} {
		if got := lastWord(tt.s); got != tt.want {
			t.Errorf("lastWord(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
