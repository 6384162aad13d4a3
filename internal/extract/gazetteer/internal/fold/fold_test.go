package fold

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hŭich’ŏn City", "huichon city"}, // McCune–Reischauer breve and right quote
		{"Hŭich'ŏn-si", "huichon si"},     // ASCII apostrophe, hyphen
		{"Chʼŏngjin", "chongjin"},         // modifier-letter apostrophe
		{"Ch‘ŏngjin", "chongjin"},         // left quote
		{"Sin’gye", "singye"},
		{"N. Korea", "n korea"},
		{"Pos’yet", "posyet"},
		{"Kamen’-na-Obi", "kamen na obi"},
		{"혜산", "혜산"},
		{"Huichon", "huichon"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Key("Hichon") == Key("Huichon") {
		t.Error("Key merges distinct spellings")
	}
}
