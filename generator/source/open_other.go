//go:build !unix

package source

import "os"

// noFollow tells that openNoFollow refuses a link at the end of the path:
// here it does not, so every path is resolved before it is opened.
const noFollow = false

func openNoFollow(name string) (*os.File, error) { return os.Open(name) }

func isLink(error) bool { return false }
