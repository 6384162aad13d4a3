// Package stem is the one definition of a noun's key in the HS noun index,
// shared by the generator that writes the index and the lexicon that reads it.
package stem

import "strings"

// Key is the key of a lower-case English word in the noun index: its
// singular by the regular rules and a few irregular plurals.
func Key(w string) string {
	if w != "" && irregularLast[w[len(w)-1]] {
		if s, ok := irregularPlurals[w]; ok {
			return s
		}
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

var irregularPlurals = map[string]string{
	"knives": "knife", "leaves": "leaf", "loaves": "loaf", "shelves": "shelf", "halves": "half",
	"potatoes": "potato", "tomatoes": "tomato", "mangoes": "mango", "torpedoes": "torpedo",
	"men": "man", "women": "woman", "children": "child", "teeth": "tooth", "feet": "foot",
	"geese": "goose", "mice": "mouse", "oxen": "ox", "wolves": "wolf", "calves": "calf",
}

// irregularLast marks the last bytes of the irregular plurals, so that Key
// looks most words up in irregularPlurals not at all.
var irregularLast = func() (t [256]bool) {
	for p := range irregularPlurals {
		t[p[len(p)-1]] = true
	}
	return t
}()
