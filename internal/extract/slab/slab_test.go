package slab

import (
	"slices"
	"testing"
)

// TestAppend checks that lists grown from one block keep their own values
// when they grow in turn, that a list past most grows on its own, and that
// growing within capacity does not move the list.
func TestAppend(t *testing.T) {
	var block []int
	var a, b []int
	for i := range 6 {
		a = Append(&block, a, 16, 8, i)
		b = Append(&block, b, 16, 8, 100+i)
	}
	if !slices.Equal(a, []int{0, 1, 2, 3, 4, 5}) || !slices.Equal(b, []int{100, 101, 102, 103, 104, 105}) {
		t.Fatalf("lists from one block: %v and %v", a, b)
	}
	long := make([]int, 0, 16)
	for i := range 16 {
		long = append(long, i)
	}
	before := cap(block) - len(block)
	long = Append(&block, long, 16, 8, 99)
	if len(long) != 17 || long[16] != 99 || cap(block)-len(block) != before {
		t.Errorf("a list past most took room in the block (%d → %d left) or lost a value", before, cap(block)-len(block))
	}
	d := Append(&block, nil, 16, 8, 7, 8)[:1]
	d2 := Append(&block, d, 16, 8, 9)
	if &d2[0] != &d[0] || !slices.Equal(d2, []int{7, 9}) {
		t.Errorf("a list with room moved or lost a value: %v", d2)
	}
}
