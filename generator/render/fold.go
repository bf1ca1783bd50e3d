package render

import (
	"html/template"
	"io"
	"strconv"
	"strings"
	"text/template/parse"
)

// Executing a template costs about a microsecond per function call, and a
// page of the default theme makes a hundred: a third of them print an
// interface string ({{t "producer"}}) or a site path ({{url "/tim-kiem/"}}),
// the same on every page of a build. fold works them out once, after
// html/template has escaped the templates, and puts the text in their
// place, where escaping provably leaves the text as it is:
//
//   - an action {{t "key"}} or {{url "/path/"}} whose escapers are ones
//     that change only the characters < > & ' " + and NUL (in text, in a
//     quoted attribute), printing a text without those characters;
//   - the same at the start of a URL attribute, printing a path of letters,
//     digits and / . _ ~ - only, which the URL filter and normalizer leave
//     alone (in a query or fragment, where "/" is escaped, nothing is
//     folded);
//   - a translation used as an argument ((t "dateFormat")) becomes the
//     string it returns.
//
// An action that prints a link to a site path computed on the page, such
// as {{url .URL}} in href, calls the escapers only when the link is not
// plain (plainURLs).
//
// Anything else is left to run as written. Pages come out byte for byte
// the same (TestFoldSameBytes).

// escapeTemplates makes html/template escape the templates of set reachable
// from the entry templates named, as their first execution would. The
// executions themselves fail on nil data, after escaping; an escaping
// error is returned.
func escapeTemplates(set *template.Template, entries ...string) error {
	for _, name := range entries {
		err := set.ExecuteTemplate(io.Discard, name, nil)
		if e, ok := err.(*template.Error); ok && e.ErrorCode != template.ErrorCode(0) {
			return err
		}
	}
	return nil
}

// fold folds the constant actions of every template of set, which must
// have been escaped (escapeTemplates) and must not be escaped again.
func (r *Renderer) fold(set *template.Template) {
	for _, t := range set.Templates() {
		if t.Tree != nil && t.Tree.Root != nil {
			r.foldList(t.Tree.Root)
		}
	}
}

func (r *Renderer) foldList(list *parse.ListNode) {
	if list == nil {
		return
	}
	for i, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			r.foldArgs(n.Pipe)
			if text, ok := r.constant(n.Pipe); ok {
				list.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(text)}
			} else if with, ok := plainURLs(n); ok {
				list.Nodes[i] = with
			}
		case *parse.IfNode:
			r.foldBranch(&n.BranchNode)
		case *parse.RangeNode:
			r.foldBranch(&n.BranchNode)
		case *parse.WithNode:
			r.foldBranch(&n.BranchNode)
		case *parse.TemplateNode:
			r.foldArgs(n.Pipe)
		case *parse.ListNode:
			r.foldList(n)
		}
	}
}

func (r *Renderer) foldBranch(n *parse.BranchNode) {
	r.foldArgs(n.Pipe)
	r.foldList(n.List)
	r.foldList(n.ElseList)
}

// foldArgs replaces arguments (t "key") by the strings they give.
func (r *Renderer) foldArgs(pipe *parse.PipeNode) {
	if pipe == nil {
		return
	}
	for _, cmd := range pipe.Cmds {
		for j, arg := range cmd.Args {
			p, ok := arg.(*parse.PipeNode)
			if !ok {
				continue
			}
			r.foldArgs(p)
			if len(p.Decl) > 0 || len(p.Cmds) != 1 {
				continue
			}
			if name, key, ok := call(p.Cmds[0]); ok && name == "t" {
				v := r.t(key)
				cmd.Args[j] = &parse.StringNode{NodeType: parse.NodeString, Pos: p.Pos, Quoted: strconv.Quote(v), Text: v}
			}
		}
	}
}

// constant returns what an escaped action prints, if it prints a constant
// that its escapers leave unchanged.
func (r *Renderer) constant(pipe *parse.PipeNode) (string, bool) {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) < 2 {
		return "", false
	}
	name, arg, ok := call(pipe.Cmds[0])
	if !ok {
		return "", false
	}
	escapers, ok := escaperChain(pipe.Cmds[1:])
	if !ok {
		return "", false
	}
	var v string
	switch name {
	case "t":
		v = r.t(arg)
	case "url":
		v = r.url(arg)
	default:
		return "", false
	}
	switch {
	case escapers == "_html_template_htmlescaper", escapers == "_html_template_attrescaper", escapers == "_html_template_rcdataescaper":
		return v, !strings.ContainsAny(v, "<>&'\"+\x00")
	case urlPath[escapers]:
		return v, plainPath(v)
	}
	return "", false
}

// urlPath are the escapers of a URL attribute's path, in a quoted
// attribute; in a URL's query or fragment (urlescaper) even "/" is
// escaped, so those are left alone.
var urlPath = map[string]bool{
	"_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper": true,
	"_html_template_urlnormalizer _html_template_attrescaper":                          true,
}

// escaperChain returns the names of the escapers that end an escaped
// pipeline, space-separated.
func escaperChain(cmds []*parse.CommandNode) (string, bool) {
	var names []string
	for _, cmd := range cmds {
		if len(cmd.Args) != 1 {
			return "", false
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			return "", false
		}
		names = append(names, id.Ident)
	}
	return strings.Join(names, " "), true
}

// plainLinks are the functions behind plainURLs, by the function they
// stand for: each returns the link as that function does if it is plain
// (plainPath, or an absolute URL of such a path), or "".
var plainLinks = map[string]string{"url": "_ocopgen_plainurl", "abs": "_ocopgen_plainabs"}

// plainURLs turns an action that prints a link to a site path in an
// attribute, such as {{url .URL | <the escapers of urlPath>}}, four calls,
// into {{with _ocopgen_plainurl .URL}}{{.}}{{else}}the action as it
// was{{end}}: one call when the link is plain, which the escapers would
// leave as it is, and the original action when it is not. Only an
// argument that is a field, a variable or dot is taken: evaluating it
// twice costs nothing and changes nothing.
func plainURLs(n *parse.ActionNode) (parse.Node, bool) {
	pipe := n.Pipe
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) < 2 || len(pipe.Cmds[0].Args) != 2 {
		return nil, false
	}
	first := pipe.Cmds[0]
	id, ok := first.Args[0].(*parse.IdentifierNode)
	if !ok || plainLinks[id.Ident] == "" {
		return nil, false
	}
	arg := first.Args[1]
	switch arg.(type) {
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode:
	default:
		return nil, false
	}
	if escapers, ok := escaperChain(pipe.Cmds[1:]); !ok || !urlPath[escapers] && escapers != "_html_template_attrescaper" {
		return nil, false
	}
	call := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: first.Pos, Args: []parse.Node{
		&parse.IdentifierNode{NodeType: parse.NodeIdentifier, Pos: first.Pos, Ident: plainLinks[id.Ident]}, arg}}
	dot := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos, Args: []parse.Node{&parse.DotNode{NodeType: parse.NodeDot, Pos: n.Pos}}}
	return &parse.WithNode{BranchNode: parse.BranchNode{
		NodeType: parse.NodeWith, Pos: n.Pos, Line: n.Line,
		Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: n.Pos, Line: n.Line, Cmds: []*parse.CommandNode{call}},
		List: &parse.ListNode{NodeType: parse.NodeList, Pos: n.Pos, Nodes: []parse.Node{
			&parse.ActionNode{NodeType: parse.NodeAction, Pos: n.Pos, Line: n.Line,
				Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: n.Pos, Line: n.Line, Cmds: []*parse.CommandNode{dot}}},
		}},
		ElseList: &parse.ListNode{NodeType: parse.NodeList, Pos: n.Pos, Nodes: []parse.Node{n}},
	}}, true
}

// plainURL is url, for plain links only (plainLinks).
func (r *Renderer) plainURL(p string) string {
	if u := r.url(p); plainPath(u) {
		return u
	}
	return ""
}

// plainAbs is abs, for plain links only (plainLinks).
func (r *Renderer) plainAbs(p string) string {
	u := r.absURL(p)
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(u, "http://")
	}
	if ok && plainPath("/"+rest) {
		return u
	}
	return ""
}

// call matches a command that calls a function with one string literal.
func call(cmd *parse.CommandNode) (name, arg string, ok bool) {
	if len(cmd.Args) != 2 {
		return "", "", false
	}
	id, ok1 := cmd.Args[0].(*parse.IdentifierNode)
	s, ok2 := cmd.Args[1].(*parse.StringNode)
	if !ok1 || !ok2 {
		return "", "", false
	}
	return id.Ident, s.Text, true
}

// plainPath reports whether a URL is a path made of characters no URL
// escaper changes.
func plainPath(v string) bool {
	if !strings.HasPrefix(v, "/") {
		return false
	}
	for _, c := range []byte(v) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("/._~-", c) >= 0:
		default:
			return false
		}
	}
	return true
}
