package serve

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// client is an open page listening for rebuilds. It holds at most one
// event: a page that has not read a "css" when a "reload" comes only needs
// the reload.
type client struct {
	mu      sync.Mutex
	event   string // "reload", "css" or ""
	build   string
	waiting chan struct{} // has a value when event is set
}

func (c *client) send(event, build string) {
	c.mu.Lock()
	if c.event != "reload" {
		c.event = event
	}
	c.build = build
	c.mu.Unlock()
	select {
	case c.waiting <- struct{}{}:
	default:
	}
}

func (c *client) take() (event, build string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	event, build = c.event, c.build
	c.event = ""
	return event, build
}

func (s *Server) broadcast(event, build string) {
	s.clientsMu.Lock()
	defer s.clientsMu.Unlock()
	for c := range s.clients {
		c.send(event, build)
	}
}

// keepAlive is how often an idle stream gets a comment, so that proxies
// and browsers keep it open.
const keepAlive = 15 * time.Second

// events streams the rebuilds to a page: first "hello" with the build
// served now, then "reload" or "css" with the new build after each rebuild.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "method not allowed: the event stream answers GET only", http.StatusMethodNotAllowed)
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := &client{waiting: make(chan struct{}, 1)}
	s.clientsMu.Lock()
	s.clients[c] = true
	// Read the build under the lock: a rebuild stored after it is sent to
	// this client.
	build := s.state.Load().build
	s.clientsMu.Unlock()
	defer func() {
		s.clientsMu.Lock()
		delete(s.clients, c)
		s.clientsMu.Unlock()
	}()

	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "retry: 1000\nevent: hello\ndata: %s\n\n", build)
	flusher.Flush()
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case <-tick.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-c.waiting:
			event, build := c.take()
			if event == "" {
				continue
			}
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, build)
		}
		flusher.Flush()
	}
}
