package stamp

// PublishedBefore reports whether the last build recorded in cacheDir
// published into dest (absolute). Versions of ocopgen before sites had
// output.Marker left no record in the site itself, only this one, so it
// is what shows such a folder to be ocopgen's own to replace.
func PublishedBefore(cacheDir, dest string) bool {
	if cacheDir == "" || dest == "" {
		return false
	}
	st := Read(cacheDir)
	return st != nil && st.Dest == dest
}
