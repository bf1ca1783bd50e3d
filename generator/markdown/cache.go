package markdown

import "sync"

// Cache keeps converted texts by source and base path, for a process that
// builds the same catalogue again and again (serve): a text edited
// nowhere converts once. It is safe for concurrent use; the zero Cache is
// empty, and a nil one keeps nothing.
type Cache struct {
	mu sync.Mutex
	m  map[cacheKey]converted
}

type cacheKey struct{ src, base string }

type converted struct {
	html  string
	links []Link
}

// Convert returns what c.Convert(src, basePath) returns, from the cache
// when it has the text. A text that does not convert is not kept.
func (cache *Cache) Convert(c *Converter, src, basePath string) (string, []Link, error) {
	if cache == nil {
		return c.Convert(src, basePath)
	}
	k := cacheKey{src, basePath}
	cache.mu.Lock()
	v, ok := cache.m[k]
	cache.mu.Unlock()
	if ok {
		return v.html, v.links, nil
	}
	html, links, err := c.Convert(src, basePath)
	if err != nil {
		return html, links, err
	}
	cache.mu.Lock()
	if cache.m == nil {
		cache.m = map[cacheKey]converted{}
	}
	cache.m[k] = converted{html, links}
	cache.mu.Unlock()
	return html, links, nil
}
