package quality

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// vnuMessage is one message of the Nu Html Checker (--format json).
type vnuMessage struct {
	Type, SubType, URL, Message, Extract string
	LastLine, FirstColumn                int
}

// TestHTMLValid runs the Nu Html Checker over every page and stylesheet of
// the example, built in Vietnamese, in English, and with raster images
// (which get width and height), and fails with each error.
func TestHTMLValid(t *testing.T) {
	t.Parallel()
	jar := nodeModule(t, "vnu-jar", "build/dist/vnu.jar")
	java, err := exec.LookPath("java")
	if err != nil {
		missing(t, "Java (8 or newer), which runs the Nu Html Checker", "apt-get install default-jre-headless")
	}
	sites := map[string]string{
		example(t): "vi",
		english(t): "en",
		publish(t, os.DirFS(withRasterImages(t))): "vi, with raster images",
	}
	args := []string{"-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", "--also-check-css"}
	for dir := range sites {
		args = append(args, dir)
	}
	cmd := exec.Command(java, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var exit *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exit) {
		t.Fatalf("running the Nu Html Checker: %v", runErr)
	}
	var out struct{ Messages []vnuMessage }
	if err := json.Unmarshal(stderr.Bytes(), &out); err != nil {
		t.Fatalf("reading the Nu Html Checker's report: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	for _, m := range out.Messages {
		file, lang := strings.TrimPrefix(m.URL, "file:"), ""
		for dir, l := range sites {
			if rel, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(rel, "..") {
				file, lang = filepath.ToSlash(rel), l
			}
		}
		t.Errorf("%s (%s site):%d:%d: %s: %s\n\t%s", file, lang, m.LastLine, m.FirstColumn, m.Type, m.Message, strings.TrimSpace(m.Extract))
	}
	if runErr != nil && len(out.Messages) == 0 {
		t.Errorf("the Nu Html Checker failed without a message: %v\n%s", runErr, stdout.String())
	}
}
