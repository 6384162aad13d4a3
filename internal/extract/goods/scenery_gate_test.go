package goods

import (
	"strings"
	"testing"
)

// TestLivingCueWordsCoverTheCues checks that the raw-text gate of
// livingCovers lets every cue of livingCues through: a cue added to the
// list without its gate word would never fire.
func TestLivingCueWordsCoverTheCues(t *testing.T) {
	for _, c := range livingCues {
		ok := false
		for _, w := range livingCueWords {
			ok = ok || strings.Contains(string(c), w)
		}
		if !ok {
			t.Errorf("livingCues %q has no word of livingCueWords", c)
		}
	}
}
