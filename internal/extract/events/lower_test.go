package events

import "testing"

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
