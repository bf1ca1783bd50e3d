// Command ocopgen builds the static site of an OCOP product catalogue.
//
//	ocopgen build [-s DIR] [-d DIR]   build the site into DIR/public
//	ocopgen check [-s DIR]            validate without writing
//	ocopgen serve [-s DIR]            serve from memory, rebuilding on changes
//	ocopgen new product "Tên"         write a record skeleton
//	ocopgen import annex.xlsx         turn a decision's annex into records
//	ocopgen report --against URL      what the catalogue changes on the published site
//	ocopgen version
//
// Everything it prints is in Vietnamese, or in English with --lang en (or
// language = "en" in ocopgen.toml).
//
// See README.md for every flag, and generator/build for the architecture.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

func main() { os.Exit(runSignalled(os.Args[1:])) }

// runSignalled runs the command of args, cancelled by Ctrl-C (SIGINT) or
// SIGTERM: build then removes what it had written and leaves the site as
// it was. A second signal ends the process at once.
func runSignalled(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	return run(ctx, args, os.Stdout, os.Stderr)
}

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1 // the catalogue has errors, or the build failed
	exitUsage    = 2
)

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	t, args, ok := chooseLanguage(args, stderr)
	if !ok {
		return exitUsage
	}
	if len(args) == 0 {
		usage(stderr, t)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return cmdBuild(ctx, t, rest, stdout, stderr)
	case "check":
		return cmdCheck(ctx, t, rest, stdout, stderr)
	case "serve":
		return cmdServe(ctx, t, rest, stdout, stderr)
	case "new":
		return cmdNew(t, rest, stdout, stderr)
	case "import":
		return cmdImport(t, rest, stdout, stderr)
	case "report":
		return cmdReport(ctx, t, rest, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "ocopgen", version())
		return exitOK
	case "help", "-h", "--help", "-help":
		usage(stdout, t)
		return exitOK
	}
	lang.Fprintf(stderr, t, "ocopgen: unknown command %q\n\n", cmd)
	usage(stderr, t)
	return exitUsage
}

func usage(w io.Writer, t language.Tag) {
	lang.Fprintf(w, t, `ocopgen builds the static site of an OCOP product catalogue.

Usage:
  ocopgen build [-s DIR] [-d DIR] [--drafts] [--date YYYY-MM-DD] [--gc]
  ocopgen check [-s DIR] [--format text|github] [--date YYYY-MM-DD]
  ocopgen serve [-s DIR] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]
  ocopgen new product|story|tourism|sales-point "Tên" [-s DIR] [--district gia-lam]
  ocopgen import FILE [-s DIR] [--dry-run] [--decision NO] [--date YYYY-MM-DD] [--level city|district|central]
  ocopgen report --against PATH_OR_URL | --expiring [-s DIR] [--date YYYY-MM-DD] [--format markdown|text]
  ocopgen version

Every command takes --lang vi (Vietnamese, the default) or --lang en
(English); without it, the language of the catalogue's ocopgen.toml.

Run "ocopgen <command> -h" for the flags of a command.
`)
}
