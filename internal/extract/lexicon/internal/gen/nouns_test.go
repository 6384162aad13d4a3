package main

import "testing"

func TestBuildNouns(t *testing.T) {
	rows := [][2]string{
		{"8452", "Sewing machines; other than book-sewing machines of heading no. 8440"},
		{"8440", "Book-binding machinery, including book-sewing machines"},
		{"9201", "Pianos; including automatic pianos, harpsichords"},
		{"8453", "Machines for making footwear, other than sewing machines"},
		{"8431", "Parts; of bulldozers"},
	}
	ix := buildNouns(rows)
	sm := ix["sewing machine"]
	if sm == nil || !sm.primary["8452"] || sm.codes["8453"] || sm.plural != "sewing machines" {
		t.Errorf("sewing machine = %+v, want primary 8452, not 8453 (negated), plural", sm)
	}
	if ix["bulldozer"] != nil {
		t.Errorf("a parts description indexed bulldozer: %+v", ix["bulldozer"])
	}
	if p := ix["piano"]; p == nil || !headable("piano", p) {
		t.Errorf("piano = %+v, want a head", p)
	}
	if m := ix["machine"]; m != nil && headable("machine", m) {
		t.Errorf("machine heads goods")
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"pianos": "piano", "batteries": "battery", "boxes": "box", "glasses": "glass",
		"knives": "knife", "asbestos": "asbesto", "citrus": "citrus", "ginseng": "ginseng",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
