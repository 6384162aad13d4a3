// Package wordkey packs short ASCII words into one integer, so that the
// extraction stages can look a word up by a single comparison instead of a
// string hash and compare.
package wordkey

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
