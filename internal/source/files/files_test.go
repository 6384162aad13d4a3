package files

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWalkSkipsNonDocuments(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("report"))
	write(t, filepath.Join(dir, "sub", "b.html"), []byte("<p>report</p>"))
	write(t, filepath.Join(dir, "sub", "README"), []byte("no extension is sniffed later"))
	write(t, filepath.Join(dir, "img.png"), []byte{0x89, 'P', 'N', 'G'})
	write(t, filepath.Join(dir, ".hidden", "c.txt"), []byte("hidden"))
	write(t, filepath.Join(dir, "data.csv"), []byte("a,b"))
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	var got []string
	skipped, err := Walk(context.Background(), dir, func(p string) error {
		rel, _ := filepath.Rel(dir, p)
		got = append(got, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a.txt", "sub/README", "sub/b.html"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("visited %v, want %v", got, want)
	}
	if skipped["hidden"] != 1 || skipped["not a document (.png)"] != 1 || skipped["unknown extension (.csv)"] != 1 || skipped["symbolic link"] != 1 {
		t.Errorf("skipped = %v", skipped)
	}
	if skipped.Total() != 4 {
		t.Errorf("total skipped = %d, want 4", skipped.Total())
	}
	if s := skipped.String(); !strings.Contains(s, "1 hidden") {
		t.Errorf("String() = %q", s)
	}
}

func TestReadKeepsBytesAndRefusesLargeFiles(t *testing.T) {
	dir := t.TempDir()
	body := []byte("Headline\n\nInvalid UTF-8 \xff\xfe stays as it is.\n")
	p := filepath.Join(dir, "x.txt")
	write(t, p, body)
	o, err := Read(p, 1024, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if string(o.Body) != string(body) || o.Size != int64(len(body)) {
		t.Errorf("body altered: %q", o.Body)
	}
	if len(o.SHA256) != 64 || o.ContentType != "text/plain" || !filepath.IsAbs(o.Path) {
		t.Errorf("original = %+v", o)
	}
	_, err = Read(p, 10, time.Unix(0, 0))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "x.txt") {
		t.Errorf("err = %v, want ErrTooLarge naming the file", err)
	}
	if _, err := FromReader(strings.NewReader("12345678901"), 10, time.Now()); !errors.Is(err, ErrTooLarge) {
		t.Errorf("FromReader err = %v", err)
	}
}
