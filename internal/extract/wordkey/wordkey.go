// Package wordkey packs short ASCII words into one integer, so that the
// extraction stages can look a word up by a single comparison instead of a
// string hash and compare.
package wordkey

import "math/bits"

// Pack packs a word of one to eight bytes little endian into a uint64.
func Pack(w string) uint64 {
	var k uint64
	for x := len(w) - 1; x >= 0; x-- {
		k = k<<8 | uint64(w[x])
	}
	return k
}

// Load64 is the first eight bytes of s, little endian; s must hold eight.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Lower64 lower-cases the ASCII capitals among the eight ASCII bytes of k
// (a word packed by Pack or Load64).
func Lower64(k uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	// A byte's high bit is set when it is at least 'A' and not above 'Z'.
	upper := (k + lo*(0x80-'A')) &^ (k + lo*(0x80-'Z'-1)) & hi
	return k | upper>>2
}

// LowerBytes64 lower-cases the ASCII capitals among any eight bytes packed
// in k (as Load64 loads them) and keeps every other byte, those of UTF-8
// sequences included: the capitals are found on the low seven bits of each
// byte, so no sum carries into the next byte, and a byte with its high bit
// set is left out.
func LowerBytes64(k uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	x := k &^ hi
	upper := (x + lo*(0x80-'A')) &^ (x + lo*(0x80-'Z'-1)) &^ k & hi
	return k | upper>>2
}

// AlnumEnd is the end of the run of ASCII letters and digits that starts
// at s[i]: the index of the first byte from i on that is not one (len(s)
// when none). It reads eight bytes at a time.
func AlnumEnd(s string, i int) int {
	for i+8 <= len(s) {
		if stop := nonAlnum(Load64(s[i : i+8])); stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
		i += 8
	}
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i
}

// AlnumLen is the number of ASCII letters and digits that the eight bytes
// w (as Load64 loads them) start with: 8 when all are. A word of up to
// seven bytes is thus measured, and the byte after it read, by one load.
func AlnumLen(w uint64) int {
	return bits.TrailingZeros64(nonAlnum(w)) >> 3
}

// nonAlnum has the high bit set of each byte of w that is not an ASCII
// letter or digit, and of some bytes after the first such byte (a byte
// above ASCII may carry into the next): its lowest set bit is exact.
func nonAlnum(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	l := w | lo*0x20                                      // the capitals lower-cased; no other byte becomes a letter
	alnum := (w + lo*(0x80-'0')) &^ (w + lo*(0x80-'9'-1)) // a digit's high bit
	alnum |= (l + lo*(0x80-'a')) &^ (l + lo*(0x80-'z'-1)) // a letter's
	return (^alnum | w) & hi
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z'
}
