package build

// publishedBefore reports whether the last build recorded in cacheDir
// published into dest (absolute). Versions of ocopgen before sites had
// output.Marker left no record in the site itself, only this one, so it
// is what shows such a folder to be ocopgen's own to replace.
func publishedBefore(cacheDir, dest string) bool {
	if cacheDir == "" || dest == "" {
		return false
	}
	st := readStamp(cacheDir)
	return st != nil && st.Dest == dest
}
