package lexicon

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestMatcherFind(t *testing.T) {
	m, err := NewMatcher([]Pattern{
		{"Ministry of State Security", 1},
		{"MSS", 1},
		{"MSS", 2},
		{"State Security", 3},
		{"coal", 4},
		{"iron ore", 5},
		{"iron", 6},
		{"iron curtain", Block},
		{"Room 39", 7},
		{"39호실", 7},
		{"보위부", 1},
		{"국가안전보위부", 1},
		{"중국 상무부", 8},
		{"쌀", 9},
		{"쌀쌀", Block},
		{"Korean People's Army", 10},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want string // "form@start-end refs" joined by "; "
	}{
		{"longest wins", "the Ministry of State Security said", "Ministry of State Security@4-30 [1]"},
		{"shorter inside", "North Korean State Security agents", "State Security@13-27 [3]"},
		{"acronym exact", "MSS agents, not mss or Mss", "MSS@0-3 [1 2]"},
		{"title case needed", "the state security of the nation", ""},
		{"all caps headline", "MINISTRY OF STATE SECURITY ORDERS GLASSES", "Ministry of State Security@0-26 [1]"},
		{"lowercase folds", "Coal and IRON ORE", "coal@0-4 [4]; iron ore@9-17 [5]"},
		{"blocker", "behind the iron curtain, iron", "iron@25-29 [6]"},
		{"no span across a line", "iron\nore", "iron@0-4 [6]"},
		{"no span across a comma", "iron, ore", "iron@0-4 [6]"},
		{"hyphen joins", "iron-ore", "iron ore@0-8 [5]"},
		{"possessive", "the MSS's agents", "MSS@4-7 [1 2]"},
		{"curly apostrophe", "Korean People’s Army", "Korean People's Army@0-22 [10]"},
		{"digits", "Room 39 and Room 390", "Room 39@0-7 [7]"},
		{"hangul particles", "국가안전보위부는 보위부원을", "국가안전보위부@0-21 [1]; 보위부@25-34 [1]"},
		{"hangul space variant", "중국상무부와 중국 상무부", "중국 상무부@0-15 [8]; 중국 상무부@19-35 [8]"},
		{"hangul blocker", "쌀쌀한 날씨에 쌀값", "쌀@20-23 [9]"},
		{"digit-led hangul", "39호실 and 139호실", "39호실@0-8 [7]"},
		{"mixed scripts", "coal (석탄) and 쌀", "coal@0-4 [4]; 쌀@18-21 [9]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, mt := range m.Find(tt.text) {
				if tt.text[mt.Start:mt.End] == "" {
					t.Errorf("empty span %+v", mt)
				}
				parts = append(parts, fmt.Sprintf("%s@%d-%d %v", mt.Form, mt.Start, mt.End, mt.Refs))
			}
			if got := strings.Join(parts, "; "); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestNewMatcherRejects(t *testing.T) {
	for _, form := range []string{"", "  ", "TV수상기", "iron, ore", "a b c d e f g h i j k l m"} {
		t.Run(form, func(t *testing.T) {
			if _, err := NewMatcher([]Pattern{{form, 1}}); !errors.Is(err, ErrBadForm) {
				t.Errorf("NewMatcher(%q) error = %v, want ErrBadForm", form, err)
			}
		})
	}
}

// Two Matchers share the words of a text (see words): whatever the order
// of the calls, each finds what splitting the text for itself finds.
func TestMatcherSharedWords(t *testing.T) {
	goods, err := NewMatcher([]Pattern{{"coal", 1}, {"iron ore", 2}, {"Room 39", 3}, {"쌀", 4}})
	if err != nil {
		t.Fatal(err)
	}
	bodies, err := NewMatcher([]Pattern{{"Room 39", 5}, {"39호실", 5}, {"MSS", 6}, {"State Security", 7}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The MSS seized coal and iron ore near Room 39.",
		"Room 39 officials and State Security agents bought coal.",
		"39호실 traders sold coal; MSS agents watched.", // digit-led CJK form: split per Matcher
		"Café owners paid in coal, not iron-ore.",
		"",
	}
	alone := func(m *Matcher, text string) string {
		sc := &scratch{}
		toks, cjk := m.scan(text, nil, nil)
		return fmt.Sprint(mergeMatches(nil, m.findLatin(text, toks, appendSigs(nil, toks), sc), cjk))
	}
	for _, order := range [][]*Matcher{{goods, bodies}, {bodies, goods}, {goods, goods, bodies, bodies, goods}} {
		for _, text := range texts {
			for _, m := range order {
				if got, want := fmt.Sprint(m.Find(text)), alone(m, text); got != want {
					t.Errorf("Find(%q) = %s, want %s", text, got, want)
				}
			}
		}
	}
}

// Find reads a first word packed, and writes a window only when the next
// word may go on with a longer form: every way into and out of those short
// cuts must find what a plain lookup of each window finds.
func TestMatcherFindWindows(t *testing.T) {
	m, err := NewMatcher([]Pattern{
		{"north", 1},
		{"North Korea", 2},
		{"North Hamgyong Province", 3},
		{"Rason Économique", 4},
		{"electricity", 5},
		{"electricity grid", 6},
		{"Nampo", 7},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"North Korea", "North Korea@0-11 [2]"},
		{"north of North Hamgyong Province", "north@0-5 [1]; North Hamgyong Province@9-32 [3]"},
		{"north Korean", "north@0-5 [1]"},
		{"Rason Économique zone", "Rason Économique@0-17 [4]"},
		{"the ELECTRICITY grid and electricity", "ELECTRICITY grid@4-20 [6]; electricity@25-36 [5]"},
		{"Nampo", "Nampo@0-5 [7]"},
		{"a Nampo", "Nampo@2-7 [7]"},
		{"North", "North@0-5 [1]"},
	} {
		var got []string
		for _, mt := range m.Find(tt.text) {
			got = append(got, fmt.Sprintf("%s@%d-%d %v", tt.text[mt.Start:mt.End], mt.Start, mt.End, mt.Refs))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestAppendLowerASCII checks that the ASCII lower case lowers A to Z
// alone, keeps every other byte (UTF-8 included) and appends after what
// dst holds, for texts shorter and longer than the eight bytes it lowers
// at a time.
func TestAppendLowerASCII(t *testing.T) {
	ref := func(dst []byte, w string) []byte {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for _, w := range []string{"", "A", "Coal", "KOMID said", "The Ministry of State Security (MSS) DENIED it",
		"“Made in China” — ÉTÉ, Ünd Kim’s RICE", "혜산 Hyesan 長白 Changbai", "@[`{AZaz\x7f\x80\xff"} {
		for _, prefix := range []string{"", "x", "already here "} {
			got := AppendLower([]byte(prefix), w, true)
			if want := ref([]byte(prefix), w); string(got) != string(want) {
				t.Errorf("AppendLower(%q, %q, true) = %q, want %q", prefix, w, got, want)
			}
		}
	}
}
