package vntext

import (
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator gives sort keys in Vietnamese alphabetical order
// (a ă â b c d đ e ê …, tones ngang, huyền, hỏi, ngã, sắc, nặng). Keys are
// plain strings, so sorting by them is safe from many goroutines; computing
// them is serialised.
type Collator struct {
	mu  sync.Mutex
	c   *collate.Collator
	buf collate.Buffer
}

// NewCollator returns a Vietnamese collator.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Key returns the sort key of s: comparing keys as strings orders the
// originals in Vietnamese order.
func (c *Collator) Key(s string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := string(c.c.KeyFromString(&c.buf, s))
	c.buf.Reset()
	return k
}
