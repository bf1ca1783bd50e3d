package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdExpand writes N files from a template, for catalogues large enough
// that a build is still running when a script signals it:
//
//	expand N TEMPLATE PATH   write PATH for n = 1 … N, with every {n} in
//	                         PATH and in the template's text replaced by n
func cmdExpand(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: expand N TEMPLATE PATH")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	tmpl := ts.ReadFile(args[1])
	for i := 1; i <= n; i++ {
		num := strconv.Itoa(i)
		p := ts.MkAbs(strings.ReplaceAll(args[2], "{n}", num))
		ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
		ts.Check(os.WriteFile(p, []byte(strings.ReplaceAll(tmpl, "{n}", num)), 0o644))
	}
}

// cmdGlob checks that a file or folder matches a pattern (of
// filepath.Match, which * matches dotfiles too), or with !, that none does:
//
//	[!] glob PATTERN
func cmdGlob(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: [!] glob PATTERN")
	}
	m, err := filepath.Glob(ts.MkAbs(args[0]))
	ts.Check(err)
	switch {
	case neg && len(m) > 0:
		ts.Fatalf("%s matches %s", args[0], strings.Join(m, ", "))
	case !neg && len(m) == 0:
		ts.Fatalf("nothing matches %s", args[0])
	}
}

// cmdWaitFor waits until a file or folder matches a pattern: that a
// background command has got so far. The script's own deadline bounds
// the wait.
//
//	waitfor PATTERN
func cmdWaitFor(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfor PATTERN")
	}
	for start := time.Now(); time.Since(start) < 2*time.Minute; {
		m, err := filepath.Glob(ts.MkAbs(args[0]))
		ts.Check(err)
		if len(m) > 0 {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	ts.Fatalf("nothing matched %s in 2 minutes", args[0])
}
