package markdown

import (
	"strconv"
	"strings"
	"sync"
)

// Cache keeps converted texts by source and base path, for a process that
// builds the same catalogue again and again (serve): a text edited
// nowhere converts once. A text whose images now have other pictures (a
// photo replaced, resized versions made) converts again. It is safe for
// concurrent use; the zero Cache is empty, and a nil one keeps nothing.
type Cache struct {
	mu sync.Mutex
	m  map[cacheKey]converted
}

type cacheKey struct{ src, base string }

type converted struct {
	html     string
	links    []Link
	pictures string // what pics told of its images (fingerprint)
}

// Convert returns what c.ConvertWith(src, basePath, pics) returns, from
// the cache when it has the text with the same pictures. A text that does
// not convert is not kept.
func (cache *Cache) Convert(c *Converter, src, basePath string, pics Pictures) (string, []Link, error) {
	if cache == nil {
		return c.ConvertWith(src, basePath, pics)
	}
	k := cacheKey{src, basePath}
	cache.mu.Lock()
	v, ok := cache.m[k]
	cache.mu.Unlock()
	if ok && v.pictures == fingerprint(v.links, pics) {
		return v.html, v.links, nil
	}
	html, links, err := c.ConvertWith(src, basePath, pics)
	if err != nil {
		return html, links, err
	}
	cache.mu.Lock()
	if cache.m == nil {
		cache.m = map[cacheKey]converted{}
	}
	cache.m[k] = converted{html, links, fingerprint(links, pics)}
	cache.mu.Unlock()
	return html, links, nil
}

// fingerprint is what pics tells of the images among links, as one string.
func fingerprint(links []Link, pics Pictures) string {
	if pics == nil {
		return ""
	}
	var b strings.Builder
	for _, l := range links {
		if !l.Image {
			continue
		}
		if pic, ok := pics(l.Dest); ok {
			b.WriteString(pic.Srcset)
			b.WriteByte(' ')
			b.WriteString(strconv.Itoa(pic.Width))
			b.WriteByte('x')
			b.WriteString(strconv.Itoa(pic.Height))
		}
		b.WriteByte('\n')
	}
	return b.String()
}
