package lexicon

import "github.com/yalu-osint/yalu/internal/extract/wordkey"

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

// keyTable is a read-only open-addressing hash table from words of one to
// eight bytes, packed by wordkey.Pack, to first words: a word of the text
// is looked up by one load and a multiply, without writing its key.
type keyTable struct {
	slots []keySlot
	shift uint
}

// keySlot holds a key beside its value, so that a hit costs one cache line.
type keySlot struct {
	key uint64 // 0 for an empty slot: no packed word is 0
	val *firstWord
}

// newKeyTable builds the table of m's entries whose keys have eight bytes
// or fewer.
func newKeyTable(m map[string]*firstWord) keyTable {
	n, bits := 8, uint(3)
	for n < 2*len(m) {
		n, bits = n<<1, bits+1
	}
	t := keyTable{slots: make([]keySlot, n), shift: 64 - bits}
	for k, v := range m {
		if len(k) > 8 {
			continue
		}
		key := wordkey.Pack(k)
		i := t.slot(key)
		for t.slots[i].key != 0 {
			i = (i + 1) & (n - 1)
		}
		t.slots[i] = keySlot{key, v}
	}
	return t
}

func (t *keyTable) slot(key uint64) int {
	return int((key * 0x9e3779b97f4a7c15) >> t.shift)
}

// get returns the value of the packed word key, nil when the table does
// not hold it.
func (t *keyTable) get(key uint64) *firstWord {
	mask := len(t.slots) - 1
	for i := t.slot(key); ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.key {
		case key:
			return s.val
		case 0:
			return nil
		}
	}
}
