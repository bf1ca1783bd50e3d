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
	var escapers []string
	for _, cmd := range pipe.Cmds[1:] {
		if len(cmd.Args) != 1 {
			return "", false
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			return "", false
		}
		escapers = append(escapers, id.Ident)
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
	switch strings.Join(escapers, " ") {
	case "_html_template_htmlescaper", "_html_template_attrescaper", "_html_template_rcdataescaper":
		return v, !strings.ContainsAny(v, "<>&'\"+\x00")
	case "_html_template_urlfilter _html_template_urlnormalizer _html_template_attrescaper",
		"_html_template_urlnormalizer _html_template_attrescaper":
		// A URL's path; in its query or fragment (urlescaper) even "/" is
		// escaped, so those are left alone.
		return v, plainPath(v)
	}
	return "", false
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
