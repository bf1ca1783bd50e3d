//go:build unix

package source

import (
	"errors"
	"os"
	"syscall"
)

// noFollow tells that openNoFollow refuses a link at the end of the path.
const noFollow = true

// openNoFollow opens a file for reading, refusing a symbolic link at the
// end of the path and not waiting for a writer to a named pipe.
func openNoFollow(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// isLink tells an error of openNoFollow for a symbolic link (FreeBSD says
// EMLINK).
func isLink(err error) bool { return errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EMLINK) }
