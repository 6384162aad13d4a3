// Package slab grows many short lists of one document out of shared
// blocks, so that a document's mentions cost a few allocations rather
// than one per list that outgrows its first element.
package slab

// Append returns dst with vs appended. When dst has no room it is copied
// into block, the shared store, with room to double, and block is renewed
// (at least minBlock long) when it has no room left; a list longer than
// most (more than most elements) grows by plain append instead, so that a
// text repeating one value over and over takes no block for itself.
func Append[T any](block *[]T, dst []T, most, minBlock int, vs ...T) []T {
	n := len(dst) + len(vs)
	if n <= cap(dst) {
		return append(dst, vs...)
	}
	c := max(n, 2*cap(dst))
	if c > most {
		return append(dst, vs...)
	}
	if cap(*block)-len(*block) < c {
		*block = make([]T, 0, max(minBlock, c))
	}
	at := len(*block)
	*block = append(append(*block, dst...), vs...)
	*block = (*block)[:at+c]
	return (*block)[at : at+n : at+c]
}
