package lexicon

// strTable is a read-only open-addressing hash table from strings to V,
// looked up by a byte slice without converting it: cheaper than a Go map for
// the short keys of a Matcher, which Find looks up once per candidate word.
type strTable[V any] struct {
	slots []strSlot[V]
	mask  uint64
}

type strSlot[V any] struct {
	key  string
	val  V
	used bool
}

// newStrTable builds the table of m's entries.
func newStrTable[V any](m map[string]V) strTable[V] {
	n := 8
	for n < 2*len(m) {
		n <<= 1
	}
	t := strTable[V]{slots: make([]strSlot[V], n), mask: uint64(n - 1)}
	for k, v := range m {
		i := hashKey(k) & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = strSlot[V]{key: k, val: v, used: true}
	}
	return t
}

// get returns the value of key and whether the table holds it.
func (t *strTable[V]) get(key []byte) (V, bool) {
	for i := hashKey(key) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used {
			var zero V
			return zero, false
		}
		if s.key == string(key) {
			return s.val, true
		}
	}
}

// hashKey hashes a key eight bytes at a time.
func hashKey[S ~string | ~[]byte](b S) uint64 {
	const m1, m2 = 0x9e3779b97f4a7c15, 0xff51afd7ed558ccd
	h := uint64(len(b)) * m1
	for len(b) >= 8 {
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		h = (h ^ w) * m2
		h ^= h >> 32
		b = b[8:]
	}
	var w uint64
	for i := len(b) - 1; i >= 0; i-- {
		w = w<<8 | uint64(b[i])
	}
	h = (h ^ w) * m1
	h ^= h >> 29
	return h
}
