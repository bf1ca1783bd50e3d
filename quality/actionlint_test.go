package quality

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// actionlint checks GitHub Actions workflows as GitHub reads them: the
// schema, every ${{ }} expression against the contexts available where it
// stands, the inputs of known actions, and, through shellcheck, the
// scripts of run:. It is run at a pinned version with go run, which
// builds it once into Go's build cache: it stays out of go.mod, whose
// modules the generator builds with.
const actionlint = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12"

// lint runs actionlint on the workflow file name, with shellcheck if
// shellcheck is not "", and returns what it printed and whether it
// found nothing.
func lint(t *testing.T, name, shellcheck string) (string, bool) {
	t.Helper()
	cmd := exec.Command("go", "run", actionlint, "-no-color", "-shellcheck="+shellcheck, "-pyflakes=", name)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("go run %s: %v", actionlint, err)
		}
	}
	return string(out), err == nil
}

// TestActionlint: GitHub accepts the workflow a catalogue repository
// copies, with the README's rsync job in place of deploy too, and
// actionlint does fail on a typo in an expression, on a job's condition
// reading a context it cannot, and (with shellcheck, which CI installs)
// on a script error, each in a broken copy.
func TestActionlint(t *testing.T) {
	t.Parallel()
	shellcheck, err := exec.LookPath("shellcheck")
	if err != nil {
		if inCI() {
			t.Fatalf("shellcheck is missing; CI must install it (apt-get install shellcheck), or the scripts of %s go unchecked", workflowFile)
		}
		t.Logf("shellcheck is missing: the scripts of %s are not checked (apt-get install shellcheck; CI=1 makes this a failure)", workflowFile)
		shellcheck = ""
	}
	orig, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(workflowFile)))
	if err != nil {
		t.Fatal(err)
	}
	// broken writes a copy of the workflow with old replaced by new.
	broken := func(t *testing.T, old, new string) string {
		t.Helper()
		if !bytes.Contains(orig, []byte(old)) {
			t.Fatalf("%s does not contain %q to break", workflowFile, old)
		}
		p := filepath.Join(t.TempDir(), "site.yml")
		if err := os.WriteFile(p, bytes.Replace(orig, []byte(old), []byte(new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	t.Run("site.yml", func(t *testing.T) {
		if out, ok := lint(t, filepath.Join(repoRoot, filepath.FromSlash(workflowFile)), shellcheck); !ok {
			t.Errorf("actionlint finds problems in %s:\n%s", workflowFile, out)
		}
	})
	t.Run("rsync", func(t *testing.T) {
		job := readmeJob(t)
		start, end := bytes.Index(orig, []byte("\n  deploy:\n")), bytes.Index(orig, []byte("\n  expiring:\n"))
		if start < 0 || end < start {
			t.Fatalf("%s: no job deploy followed by expiring to replace", workflowFile)
		}
		p := filepath.Join(t.TempDir(), "site.yml")
		b := append(append(append([]byte{}, orig[:start+1]...), job...), orig[end:]...)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, ok := lint(t, p, shellcheck); !ok {
			t.Errorf("actionlint finds problems in %s with the README's rsync job as deploy:\n%s", workflowFile, out)
		}
	})
	t.Run("typo", func(t *testing.T) {
		p := broken(t, "github.ref_name == env.PUBLISH_BRANCH", "github.ref_nam == env.PUBLISH_BRANCH")
		out, ok := lint(t, p, shellcheck)
		if ok || !strings.Contains(out, `property "ref_nam" is not defined`) {
			t.Errorf("actionlint passes a typo in an expression (ok=%v):\n%s", ok, out)
		}
	})
	t.Run("context", func(t *testing.T) {
		p := broken(t, "if: needs.build.outputs.publish == 'true'\n", "if: github.ref_name == env.PUBLISH_BRANCH\n")
		out, ok := lint(t, p, shellcheck)
		if ok || !strings.Contains(out, `context "env" is not allowed here`) {
			t.Errorf("actionlint passes a job's condition reading env (ok=%v):\n%s", ok, out)
		}
	})
	t.Run("script", func(t *testing.T) {
		if shellcheck == "" {
			missing(t, "shellcheck", "apt-get install shellcheck")
		}
		p := broken(t, `--against "$SITE_URL"`, `--against $SITE_URL`)
		out, ok := lint(t, p, shellcheck)
		if ok || !strings.Contains(out, "SC2086") {
			t.Errorf("actionlint with shellcheck passes an unquoted variable in a script (ok=%v):\n%s", ok, out)
		}
	})
}

// rsyncJob finds the README's job that publishes with rsync: a yaml block
// starting with the job deploy.
var rsyncJob = regexp.MustCompile("(?s)```yaml\n(  deploy:\n.*?rsync .*?)```")

// readmeJob returns the README's rsync job, as YAML lines of a job.
func readmeJob(t *testing.T) []byte {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := rsyncJob.FindSubmatch(readme)
	if m == nil {
		t.Fatalf("README.md has no yaml block of a job deploy publishing with rsync (%s)", rsyncJob)
	}
	return m[1]
}
