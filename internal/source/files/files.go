// Package files reads local documents — single files, directory trees and
// standard input — into originals, byte for byte, and says why it skips
// what is not a document.
package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// DefaultMaxSize is the largest file read unless the caller says otherwise.
const DefaultMaxSize = 32 << 20

// ErrTooLarge is returned for a file bigger than the size limit.
var ErrTooLarge = errors.New("file too large")

// docExt are the extensions read without sniffing.
var docExt = map[string]string{
	".txt": "text/plain", ".text": "text/plain", ".md": "text/plain",
	".html": "text/html", ".htm": "text/html", ".xhtml": "text/html", ".shtml": "text/html",
}

// skipExt are extensions that are certainly not documents; they are skipped
// without being opened.
var skipExt = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true,
	".pdf": true, ".zip": true, ".gz": true, ".tar": true, ".7z": true, ".exe": true, ".so": true,
	".mp3": true, ".mp4": true, ".mov": true, ".woff": true, ".woff2": true, ".ttf": true,
	".css": true, ".js": true, ".json": true, ".xml": true, ".db": true, ".sqlite": true,
}

// Skipped counts files passed over while walking, by reason.
type Skipped map[string]int

// String lists the reasons in a stable order, e.g. "3 hidden, 2 not a document (.png)".
func (s Skipped) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d %s", s[k], k))
	}
	return strings.Join(parts, ", ")
}

// Total is the number of skipped files.
func (s Skipped) Total() int {
	n := 0
	for _, v := range s {
		n += v
	}
	return n
}

// Walk calls fn for every candidate document under root (a file or a
// directory, walked recursively in lexical order) and returns what it
// skipped and why. Hidden files and folders, symlinks and files whose
// extension marks them as non-documents are skipped without being read.
func Walk(ctx context.Context, root string, fn func(path string) error) (Skipped, error) {
	skipped := Skipped{}
	info, err := os.Stat(root)
	if err != nil {
		return skipped, fmt.Errorf("cannot read %s: %w", root, err)
	}
	if !info.IsDir() {
		return skipped, fn(root)
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			skipped["unreadable"]++
			return nil
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			skipped["hidden"]++
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			skipped["symbolic link"]++
			return nil
		}
		if !d.Type().IsRegular() {
			skipped["not a regular file"]++
			return nil
		}
		ext := strings.ToLower(filepath.Ext(name))
		if skipExt[ext] {
			skipped["not a document ("+ext+")"]++
			return nil
		}
		if _, ok := docExt[ext]; !ok && ext != "" {
			skipped["unknown extension ("+ext+")"]++
			return nil
		}
		return fn(path)
	})
	return skipped, err
}

// Read loads one file as an original. A file larger than maxSize is refused
// before any of it is read.
func Read(path string, maxSize int64, now time.Time) (*model.Original, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s is a directory", path)
	}
	if info.Size() > maxSize {
		return nil, fmt.Errorf("%s is %s, over the %s limit; split it or raise --max-size: %w",
			path, humanSize(info.Size()), humanSize(maxSize), ErrTooLarge)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	o, err := FromReader(f, maxSize, now)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	o.Path = abs
	o.ContentType = contentType(path, o.Body)
	return o, nil
}

// FromReader reads r (a file or standard input) into an original, refusing
// more than maxSize bytes.
func FromReader(r io.Reader, maxSize int64, now time.Time) (*model.Original, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	body, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > maxSize {
		return nil, fmt.Errorf("input is over the %s limit; split it or raise --max-size: %w", humanSize(maxSize), ErrTooLarge)
	}
	sum := sha256.Sum256(body)
	return &model.Original{
		SHA256:      hex.EncodeToString(sum[:]),
		Body:        body,
		Size:        int64(len(body)),
		ContentType: http.DetectContentType(body),
		FetchedAt:   now.UTC(),
	}, nil
}

func contentType(path string, body []byte) string {
	if ct, ok := docExt[strings.ToLower(filepath.Ext(path))]; ok {
		return ct
	}
	return http.DetectContentType(body)
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
