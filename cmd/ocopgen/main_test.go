package main

import (
	"cmp"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestMain lets the test binary act as the ocopgen command: testscript
// copies it into a folder on $PATH as "ocopgen", and runs this function
// instead of the tests when it is started under that name.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ocopgen": func() {
			os.Exit(runSignalled(os.Args[1:]))
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script: each
// archive holds a small catalogue and the ocopgen commands run on it.
//
// Besides the built-in commands, scripts may use:
//
//	writebytes FILE LINE...   write LINEs to FILE, each followed by a newline,
//	                          with \xNN written as the raw byte NN and \\ as \
//	                          (to write invalid UTF-8, which a txtar cannot hold)
//	sorted FILE               the problem lines (FILE:LINE:COL: …) of FILE, or
//	                          of stdout or stderr, are sorted by file, then
//	                          line, then column
//	expand N TEMPLATE PATH    write N files from a template (stop_test.go)
//	[!] glob PATTERN          some file matches PATTERN, or none does
//	waitfor PATTERN           wait until a background command made a file
//	photo FILE W H            write a W×H JPEG with a photograph's detail
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Condition:           condition,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes": cmdWriteBytes,
			"repeat":     cmdRepeat,
			"sorted":     cmdSorted,
			"expand":     cmdExpand,
			"glob":       cmdGlob,
			"waitfor":    cmdWaitFor,
			"photo":      cmdPhoto,
		},
	})
}

// condition gives the conditions of the scripts beyond the built-in ones:
//
//	[root]     the tests run as root, who may read any file
func condition(cond string) (bool, error) {
	switch cond {
	case "root":
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}

func cmdWriteBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! writebytes")
	}
	if len(args) < 1 {
		ts.Fatalf("usage: writebytes FILE LINE...")
	}
	var b []byte
	for _, line := range args[1:] {
		for i := 0; i < len(line); i++ {
			switch {
			case strings.HasPrefix(line[i:], `\\`):
				b = append(b, '\\')
				i++
			case strings.HasPrefix(line[i:], `\x`) && i+4 <= len(line):
				n, err := strconv.ParseUint(line[i+2:i+4], 16, 8)
				ts.Check(err)
				b = append(b, byte(n))
				i += 3
			default:
				b = append(b, line[i])
			}
		}
		b = append(b, '\n')
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}

func cmdPhoto(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: photo FILE W H")
	}
	w, err := strconv.Atoi(args[1])
	ts.Check(err)
	h, err := strconv.Atoi(args[2])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), testimage.Photo(w, h), 0o644))
}

func cmdSorted(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: sorted FILE")
	}
	type pos struct {
		file      string
		line, col int
	}
	// parse reads FILE[:LINE[:COL]]: from the start of a problem line; FILE
	// has no space, which tells it from "ocopgen check: 3 error(s)".
	parse := func(s string) (pos, bool) {
		parts := strings.SplitN(s, ":", 4)
		if len(parts) < 2 || parts[0] == "" || strings.ContainsAny(parts[0], " \t") {
			return pos{}, false
		}
		p := pos{file: parts[0]}
		if n, err := strconv.Atoi(parts[1]); err == nil {
			p.line = n
			if len(parts) > 2 {
				p.col, _ = strconv.Atoi(parts[2])
			}
		}
		return p, true
	}
	var (
		prev     pos
		prevLine string
		n        int
		unsorted string
	)
	for line := range strings.Lines(ts.ReadFile(args[0])) {
		p, ok := parse(strings.TrimSuffix(line, "\n"))
		if !ok {
			continue
		}
		if n > 0 && unsorted == "" && cmp.Or(strings.Compare(prev.file, p.file), cmp.Compare(prev.line, p.line), cmp.Compare(prev.col, p.col)) > 0 {
			unsorted = fmt.Sprintf("%q comes after %q", line, prevLine)
		}
		prev, prevLine = p, line
		n++
	}
	switch {
	case n == 0:
		ts.Fatalf("%s has no FILE:LINE:COL lines", args[0])
	case neg && unsorted == "":
		ts.Fatalf("the %d lines of %s are sorted", n, args[0])
	case !neg && unsorted != "":
		ts.Fatalf("%s is not sorted by file, line and column: %s", args[0], unsorted)
	}
}
