package measure

import (
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// checkMentions verifies that every mention is a valid byte span of text.
func checkMentions(t *testing.T, text string, ms []model.Mention) {
	t.Helper()
	if len(ms) == 0 {
		t.Errorf("no mentions")
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			t.Errorf("bad mention %+v", m)
		}
	}
}
