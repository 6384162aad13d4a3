package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"

	"github.com/andybalholm/brotli"
)

// acceptEncoding is sent explicitly so the transport never decodes behind
// our back: the MaxBody cap must apply to the decompressed stream.
const acceptEncoding = "gzip, deflate, br"

// readBody reads r, undoing the Content-Encoding layers, and fails with
// ErrTooLarge once more than max decoded (or raw) bytes arrive.
func readBody(r io.Reader, contentEncoding string, max int64) ([]byte, error) {
	// The raw stream is capped too, so an endless compressed body stops.
	r = &capReader{r: r, left: max}
	codings := strings.Split(contentEncoding, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		c := strings.ToLower(strings.TrimSpace(codings[i]))
		switch c {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, fmt.Errorf("decoding gzip body: %w", err)
			}
			defer zr.Close()
			r = zr
		case "deflate":
			r = newDeflateReader(r)
		case "br":
			r = brotli.NewReader(r)
		default:
			return nil, fmt.Errorf("the server used content encoding %q, which yalu cannot decode", c)
		}
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(&capReader{r: r, left: max}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// capReader returns ErrTooLarge instead of silently truncating.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, ErrTooLarge
	}
	return n, err
}

// newDeflateReader accepts both zlib-wrapped deflate (the RFC) and raw
// deflate (what many servers actually send).
func newDeflateReader(r io.Reader) io.Reader {
	br := &peekReader{r: r}
	head := br.peek(2)
	if len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err == nil {
			return zr
		}
		return errReader{fmt.Errorf("decoding deflate body: %w", err)}
	}
	return flate.NewReader(br)
}

type peekReader struct {
	r   io.Reader
	buf []byte
}

func (p *peekReader) peek(n int) []byte {
	b := make([]byte, n)
	m, _ := io.ReadFull(p.r, b)
	p.buf = b[:m]
	return p.buf
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	return p.r.Read(b)
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
