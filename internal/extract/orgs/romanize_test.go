package orgs

import "testing"

func TestRomanize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"광명", "Kwangmyong"},
		{"련봉", "Ryonbong"},
		{"남천강", "Namchongang"},
		{"천리마", "Chollima"},
		{"장자산", "Jangjasan"},
		{"조선", "Joson"},
		{"단군", "Tangun"},
		{"칠보산", "Chilbosan"},
		{"승리", "Sungri"},
		{"룡악", "Ryongak"},
		{"독립", "Tongnip"},
		{"합장강", "Hapjanggang"},
		{"금강 대성", "Kumgang Taesong"},
		{"신흥", "Sinhung"},
		{"목란", "Mongnan"},
		{"은하", "Unha"},
		{"압록", "Amnok"},
	} {
		got, ok := romanize(tt.in)
		if !ok || got != tt.want {
			t.Errorf("romanize(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "광명A", "丹东"} {
		if got, ok := romanize(in); ok {
			t.Errorf("romanize(%q) = %q, want not ok", in, got)
		}
	}
}
