package goods

import (
	"sync"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/extract/slab"
	"github.com/yalu-osint/yalu/internal/model"
)

// findBuf is Find's scratch, reused across texts through findPool: the
// lexicon's matches and their widened spans are read only while one text
// is read.
type findBuf struct {
	matches []lexicon.Match
	spans   []widened
	slab    []model.Mention // where mention cuts the records' mentions from; one text's
	saids   []string        // where said cuts the records' own names from
}

var findPool = sync.Pool{New: func() any { return new(findBuf) }}

// widened returns n zero spans from b's buffer, grown to fit.
func (b *findBuf) widened(n int) []widened {
	if cap(b.spans) < n {
		b.spans = make([]widened, n)
	}
	b.spans = b.spans[:n]
	clear(b.spans)
	return b.spans
}

// release keeps matches, the buffer Find grew, drops the spans' modifier
// words (cut from a text) and returns b to findPool, unless one very long
// text grew the buffers.
func (b *findBuf) release(matches []lexicon.Match) {
	if cap(matches) > maxPooledToks || cap(b.spans) > maxPooledToks || cap(b.saids) > maxPooledToks {
		return
	}
	clear(b.spans)
	clear(b.saids)
	b.matches, b.spans, b.slab, b.saids = matches[:0], b.spans[:0], nil, b.saids[:0]
	findPool.Put(b)
}

// mention appends m to ms, a record's mentions. A list that must grow is
// copied into room cut from a block the text's records share, as append
// would grow it (at least doubled), and the room is its own: the block's
// next slices start after it. A list longer than maxSlabbed grows by
// append.
func (b *findBuf) mention(ms []model.Mention, m model.Mention) []model.Mention {
	return slab.Append(&b.slab, ms, maxSlabbed, 32, m)
}

// maxSlabbed is the most mentions mention makes room for in the shared
// block: a text that names one good over and over grows its list by
// append.
const maxSlabbed = 16

// said appends s to ss, a record's own names (findListed's saids, read
// only while one text is read), growing ss in b's buffer as mention grows
// a record's mentions; released with b.
func (b *findBuf) said(ss []string, s string) []string {
	n := len(ss) + 1
	if n <= cap(ss) {
		return append(ss, s)
	}
	c := max(n, 2*cap(ss))
	if cap(b.saids) == 0 {
		b.saids = make([]string, 0, 2*maxSlabbed)
	}
	if c > maxSlabbed || cap(b.saids)-len(b.saids) < c {
		return append(ss, s) // by append, once b's buffer is full for this text
	}
	at := len(b.saids)
	b.saids = append(append(b.saids, ss...), s)
	b.saids = b.saids[:at+c]
	return b.saids[at : at+n : at+c]
}
