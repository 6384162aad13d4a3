// Package lexicon holds yalu's hand-curated vocabularies — organisations,
// commodities with their HS 2022 codes, and the UN Security Council DPRK
// sanctions on goods — embedded in the binary, and the fast multi-script
// matcher that the organisation and goods finders share.
package lexicon

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

//go:embed organizations.json
var organizationsJSON []byte

//go:embed commodities.tsv
var commoditiesTSV string

// Org is one organisation of the lexicon.
type Org struct {
	ID          string   `json:"id"`      // stable, e.g. "kp-mss"
	Name        string   `json:"name"`    // canonical English name
	Kind        string   `json:"kind"`    // ministry, party, party_department, military, company, bank, customs, border_force, un_body…
	Country     string   `json:"country"` // ISO 3166-1 alpha-2; empty for UN bodies
	Aliases     []string `json:"aliases"`
	FormerNames []string `json:"former_names"`
	Korean      []string `json:"ko"`
	Chinese     []string `json:"zh"`
	// FormerForms maps forms of the organisation that render one of its
	// former names (a Korean or Chinese form, or a variant English
	// rendering) to that name as listed in former_names: 인민무력성 and
	// "People's Armed Forces Ministry" are the Ministry of People's Armed
	// Forces.
	FormerForms map[string]string `json:"former_forms,omitempty"`
	Note        string            `json:"note,omitempty"`
}

// Forms is every surface form of the organisation: its name (unless it carries
// a parenthesised qualifier, as "Ministry of Commerce (PRC)" does), aliases,
// former names, Korean and Chinese forms, without repeats.
func (o *Org) Forms() []string {
	var out []string
	seen := map[string]bool{}
	name := []string{o.Name}
	if strings.Contains(o.Name, "(") {
		name = nil
	}
	for _, list := range [][]string{name, o.Aliases, o.FormerNames, o.Korean, o.Chinese} {
		for _, f := range list {
			if f = strings.TrimSpace(f); f != "" && !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// Condition guards a form: when the form is ambiguous (several organisations
// list it) and no other mention in the document decides, it stands for
// Default, and only when the document shows RequiresContext (a country whose
// context cues appear, or "" for always).
type Condition struct {
	Form            string `json:"form"`
	Default         string `json:"default"`
	RequiresContext string `json:"requires_context"`
	Note            string `json:"note,omitempty"`
}

// Commodity is one good of the taxonomy.
type Commodity struct {
	ID          string
	Name        string // normalised English noun phrase
	Class       string
	HS          string   // HS 2022 code, or "" when none fits
	SanctionsHS string   // code to look sanctions up by when HS is empty; "" means HS
	Forms       []string // surface forms, with the regular plurals added
}

// LookupHS is the code to look the commodity's sanctions up by.
func (c *Commodity) LookupHS() string {
	if c.SanctionsHS != "" {
		return c.SanctionsHS
	}
	return c.HS
}

// Lexicon is the loaded vocabulary. Load builds a fresh one each call; treat it
// as read-only once built.
type Lexicon struct {
	Orgs              []Org
	Conditions        []Condition
	OrgBlockers       []string
	ContextCues       map[string][]string // country -> forms that show a document is about it
	Commodities       []Commodity
	CommodityBlockers []string

	hs map[string]string
}

// ErrInvalid is wrapped by every error about inconsistent lexicon data.
var ErrInvalid = errors.New("invalid lexicon data")

// Load parses and checks the embedded lexicon files.
func Load() (*Lexicon, error) {
	l := &Lexicon{}
	var err error
	if l.hs, err = parseHS(hsTSVGz); err != nil {
		return nil, fmt.Errorf("loading HS table: %w", err)
	}
	if err := l.parseOrgs(organizationsJSON); err != nil {
		return nil, fmt.Errorf("loading organizations.json: %w", err)
	}
	if err := l.parseCommodities(commoditiesTSV); err != nil {
		return nil, fmt.Errorf("loading commodities.tsv: %w", err)
	}
	if _, err := sanctionTable(); err != nil {
		return nil, fmt.Errorf("loading sanctions.json: %w", err)
	}
	return l, nil
}

// HSDescription is the HS 2022 description of a 2-, 4- or 6-digit code the
// lexicon uses, or "" when the code is unknown.
func (l *Lexicon) HSDescription(code string) string {
	return l.hs[code]
}

// Org returns the organisation with the given id.
func (l *Lexicon) Org(id string) (*Org, bool) {
	for i := range l.Orgs {
		if l.Orgs[i].ID == id {
			return &l.Orgs[i], true
		}
	}
	return nil, false
}

type orgFile struct {
	ContextCues   map[string][]string `json:"context_cues"`
	Blockers      []string            `json:"blockers"`
	Conditions    []Condition         `json:"conditions"`
	Organizations []Org               `json:"organizations"`
}

func (l *Lexicon) parseOrgs(data []byte) error {
	var f orgFile
	if err := json.Unmarshal(data, &f); err != nil {
		return fmt.Errorf("decoding: %w", err)
	}
	l.Orgs, l.Conditions, l.OrgBlockers, l.ContextCues = f.Organizations, f.Conditions, f.Blockers, f.ContextCues
	owners := map[string][]string{} // normalised form -> org ids
	ids := map[string]bool{}
	for _, o := range l.Orgs {
		if o.ID == "" || o.Name == "" || o.Kind == "" {
			return fmt.Errorf("organisation %q lacks id, name or kind: %w", o.ID, ErrInvalid)
		}
		if ids[o.ID] {
			return fmt.Errorf("duplicate organisation id %q: %w", o.ID, ErrInvalid)
		}
		ids[o.ID] = true
		for form, name := range o.FormerForms {
			if !slices.Contains(o.Forms(), form) || !slices.Contains(o.FormerNames, name) {
				return fmt.Errorf("organisation %s: former form %q -> %q must be a form and a former name: %w", o.ID, form, name, ErrInvalid)
			}
		}
		for _, form := range o.Forms() {
			k := NormalizeForm(form)
			if k == "" {
				return fmt.Errorf("organisation %s: form %q has no words: %w", o.ID, form, ErrInvalid)
			}
			if !slices.Contains(owners[k], o.ID) {
				owners[k] = append(owners[k], o.ID)
			}
		}
	}
	conds := map[string]bool{}
	for _, c := range l.Conditions {
		k := NormalizeForm(c.Form)
		conds[k] = true
		if !slices.Contains(owners[k], c.Default) {
			return fmt.Errorf("condition %q: default %q does not list the form: %w", c.Form, c.Default, ErrInvalid)
		}
		if _, ok := l.ContextCues[c.RequiresContext]; c.RequiresContext != "" && !ok {
			return fmt.Errorf("condition %q: no context cues for %q: %w", c.Form, c.RequiresContext, ErrInvalid)
		}
	}
	for k, ids := range owners {
		if len(ids) > 1 && !conds[k] {
			return fmt.Errorf("form %q is listed by %v but has no condition: %w", k, ids, ErrInvalid)
		}
	}
	return nil
}

func (l *Lexicon) parseCommodities(data string) error {
	ids := map[string]bool{}
	forms := map[string]string{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("line %d: %d fields, want 6: %w", n+1, len(f), ErrInvalid)
		}
		list := splitForms(f[5])
		if f[0] == "-" {
			l.CommodityBlockers = append(l.CommodityBlockers, list...)
			continue
		}
		c := Commodity{ID: f[0], Name: f[1], Class: f[2], HS: f[3], SanctionsHS: f[4]}
		if c.ID == "" || c.Name == "" || c.Class == "" || len(list) == 0 {
			return fmt.Errorf("line %d: id, name, class and forms are required: %w", n+1, ErrInvalid)
		}
		if ids[c.ID] {
			return fmt.Errorf("line %d: duplicate commodity id %q: %w", n+1, c.ID, ErrInvalid)
		}
		ids[c.ID] = true
		for _, code := range []string{c.HS, c.SanctionsHS} {
			if code != "" && l.hs[code] == "" {
				return fmt.Errorf("line %d: HS code %q is not in the HS table (run go generate): %w", n+1, code, ErrInvalid)
			}
		}
		for _, form := range withPlurals(list) {
			k := NormalizeForm(form)
			if other, ok := forms[k]; ok {
				if other == c.ID {
					// A spaced Hangul or Han form shares its key with the
					// unspaced one, but only the spaced form matches
					// spaced text: the matcher adds unspaced variants, not
					// spaced ones.
					if hasCJK(form) && strings.Contains(form, " ") {
						c.Forms = append(c.Forms, form)
					}
					continue
				}
				return fmt.Errorf("line %d: form %q of %s is also a form of %s: %w", n+1, form, c.ID, other, ErrInvalid)
			}
			forms[k] = c.ID
			c.Forms = append(c.Forms, form)
		}
		l.Commodities = append(l.Commodities, c)
	}
	return nil
}

func splitForms(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// withPlurals adds the regular English plural of every Latin form whose last
// word is lower case and does not already end in "s".
func withPlurals(forms []string) []string {
	out := slices.Clone(forms)
	for _, f := range forms {
		if hasCJK(f) {
			continue
		}
		last := f[strings.LastIndexAny(f, " -")+1:]
		if len(last) < 2 || strings.HasSuffix(last, "s") || !isLowerASCII(last) {
			continue
		}
		var p string
		switch {
		case strings.HasSuffix(last, "y") && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
			p = f[:len(f)-1] + "ies"
		case strings.HasSuffix(last, "x"), strings.HasSuffix(last, "z"),
			strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
			p = f + "es"
		default:
			p = f + "s"
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
