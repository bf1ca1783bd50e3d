//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package output

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// lockName is the lock file of the destination base, beside it while a
// build publishes there.
func lockName(base string) string { return "." + base + ".ocopgen-lock" }

// A lock is a build's hold on a destination, a flock(2) on the file
// .<base>.ocopgen-lock beside it. Every build holds it shared while its
// staging folder exists; one that gets it exclusively knows that no other
// build is running, so any staging folder there is a killed build's, and
// removes them. The system drops a killed build's lock with its process;
// the file itself is removed by the last build to release it.
type lock struct {
	f    *os.File
	path string
}

// acquire takes the lock on dest's base in parent, removing the staging
// folders of killed builds if no other build holds it.
func acquire(parent, base string) (*lock, error) {
	path := filepath.Join(parent, lockName(base))
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		l := &lock{f, path}
		fd := int(f.Fd())
		if flock(fd, unix.LOCK_EX|unix.LOCK_NB) == nil {
			if l.current() {
				removeStale(parent, base)
			}
			// Shared from here on, so that builds started meanwhile run too.
			// The conversion is not atomic: check again that the file is
			// the one at path.
		}
		if err := flock(fd, unix.LOCK_SH); err != nil {
			f.Close()
			return nil, err
		}
		if l.current() {
			return l, nil
		}
		f.Close() // removed by a build that released it meanwhile: again
	}
}

// current reports whether the locked file is still the one at path: the
// last build to release a lock removes the file, and a build that opened
// it before then holds a lock nobody else can see.
func (l *lock) current() bool {
	var a, b unix.Stat_t
	return unix.Fstat(int(l.f.Fd()), &a) == nil && unix.Stat(l.path, &b) == nil && a.Dev == b.Dev && a.Ino == b.Ino
}

// release drops the lock, removing its file if no other build holds it.
func (l *lock) release() {
	if flock(int(l.f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil && l.current() {
		os.Remove(l.path)
	}
	l.f.Close()
}

// flock is flock(2), tried again when a signal interrupts it.
func flock(fd, how int) error {
	for {
		err := unix.Flock(fd, how)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}
