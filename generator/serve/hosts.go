package serve

import (
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// hosts are the Host header values the server answers. A page of another
// site that resolves its own name to this computer (DNS rebinding) sends
// its name as Host: it gets 421 Misdirected Request, and so cannot read the
// preview. An IP literal is no such name: a page is of the origin of the
// address it was loaded from, so a browser that sends Host 192.168.1.5 has
// opened http://192.168.1.5 itself.
type hosts struct {
	port   string          // the listening port
	names  map[string]bool // lower case, IPv6 without brackets
	anyIP  bool            // bound to all interfaces: every IP literal
	listed []string        // what served says
}

// loopbackNames are answered whatever the bind address.
var loopbackNames = []string{"localhost", "127.0.0.1", "::1"}

// Listen tells the server the address it listens on, as --bind gave it
// (an IP address, a name, or "", "0.0.0.0" or "::" for all interfaces),
// and the port. From then on it answers only requests whose Host is
// localhost, 127.0.0.1, [::1] or the bind address, each with that port
// (a browser leaves the port out only when it is 80); bound to all
// interfaces, it answers localhost and every IP literal, never another
// name. Call Listen before serving; a server never told answers only
// localhost, 127.0.0.1 and [::1], on any port.
func (s *Server) Listen(bind string, port int) {
	h := &hosts{port: strconv.Itoa(port), names: map[string]bool{}}
	add := func(name string) {
		if !h.names[name] {
			h.names[name] = true
			h.listed = append(h.listed, net.JoinHostPort(name, h.port))
		}
	}
	for _, n := range loopbackNames {
		add(n)
	}
	bind = strings.Trim(strings.ToLower(bind), "[]")
	if ip, err := netip.ParseAddr(bind); bind == "" || err == nil && ip.IsUnspecified() {
		h.anyIP = true
		h.listed = append(h.listed, "any IP address with :"+h.port)
	} else if err == nil {
		add(ip.Unmap().String())
	} else {
		add(strings.TrimSuffix(bind, "."))
	}
	s.hosts = h
}

// allows reports whether a request's Host is one the server answers.
func (h *hosts) allows(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil { // no port: the browser's default, 80
		host, port = strings.Trim(hostport, "[]"), "80"
	}
	if h == nil {
		port = ""
	} else if port != h.port {
		return false
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if ip, err := netip.ParseAddr(host); err == nil {
		if h != nil && h.anyIP && ip.Zone() == "" {
			return true
		}
		host = ip.Unmap().String()
	}
	if h == nil {
		for _, n := range loopbackNames {
			if host == n {
				return true
			}
		}
		return false
	}
	return h.names[host]
}

// served names the hosts the server answers, for the message of a 421.
func (h *hosts) served() string {
	if h == nil {
		return "localhost, 127.0.0.1 and [::1]"
	}
	return strings.Join(h.listed, ", ")
}

// misdirected answers a request for a host the server does not serve.
func (s *Server) misdirected(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusMisdirectedRequest)
	// The hosts served, the host asked for, and the fix.
	lang.Fprintf(w, s.state.Load().lang, "This preview answers only to %s, not to %q.\nTo open it under another name or address, start ocopgen serve with --bind and that address (--bind 0.0.0.0 answers on every address of this computer).\n", s.hosts.served(), r.Host)
}
