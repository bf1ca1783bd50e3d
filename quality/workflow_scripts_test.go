package quality

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stubs are the commands a workflow script calls that act on GitHub or
// need a catalogue: each logs its arguments to $STUB_LOG, one call a line.
// gh prints $ISSUES for `issue list`; ocopgen prints $EXPIRING's file for
// `report --expiring`, and for `report --against` prints a report and
// exits with $REPORT_EXIT.
var stubs = map[string]string{
	"gh": `#!/bin/sh
echo "gh $*" >> "$STUB_LOG"
case "$1 $2" in
"issue list") printf '%s\n' "$ISSUES" ;;
esac
`,
	"ocopgen": `#!/bin/sh
echo "ocopgen $*" >> "$STUB_LOG"
case "$*" in
"report --expiring"*) cat "$EXPIRING" ;;
"report --against"*) echo "## Thay đổi"; exit "${REPORT_EXIT:-0}" ;;
esac
`,
}

// runScript runs the script of the job's step named name as GitHub runs
// it (bash -e), in a temporary folder holding files, with the stubs
// first on PATH and the job's and the step's env plus env; it returns the
// folder, the stubs' log and the script's output.
func runScript(t *testing.T, w *workflow, jobName, name string, files map[string]string, env ...string) (dir, log, out string, err error) {
	t.Helper()
	j := w.Jobs[jobName]
	if j == nil {
		t.Fatalf("%s: no job %s", workflowFile, jobName)
	}
	var s *step
	for i := range j.Steps {
		if j.Steps[i].Name == name {
			s = &j.Steps[i]
		}
	}
	if s == nil {
		t.Fatalf("%s: job %s has no step %q", workflowFile, jobName, name)
	}
	for _, tool := range []string{"bash", "jq", "awk", "sed"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing(t, tool, "apt-get install "+tool)
		}
	}
	dir = t.TempDir()
	bin := filepath.Join(t.TempDir(), "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range stubs {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(text), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	logFile := filepath.Join(dir, "stub.log")
	cmd := exec.Command("bash", "-e", "-c", s.Run)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "STUB_LOG="+logFile, "HOME="+dir, "TMPDIR="+dir,
		"GITHUB_OUTPUT="+filepath.Join(dir, "output"), "GITHUB_STEP_SUMMARY="+filepath.Join(dir, "summary.md"), "TZ=Asia/Ho_Chi_Minh")
	for k, v := range j.Env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Env = append(cmd.Env, env...)
	b, err := cmd.CombinedOutput()
	l, _ := os.ReadFile(logFile)
	return dir, string(l), string(b), err
}

// read returns the file name of dir, "" if there is none.
func read(dir, name string) string {
	b, _ := os.ReadFile(filepath.Join(dir, name))
	return string(b)
}

// TestWorkflowSiteAddress: the step that reads base_url from ocopgen.toml
// gives the address and its path, quoted either way, before any table.
func TestWorkflowSiteAddress(t *testing.T) {
	t.Parallel()
	w, _ := readWorkflow(t)
	for toml, want := range map[string]string{
		"title = \"x\"\nbase_url = \"https://ocop.hanoi.example/\"\n":                         "url=https://ocop.hanoi.example/\npath=/\n",
		"base_url='https://so-nn.github.io/ocop' # the site\n[taxonomy]\nbase_url = \"no\"\n": "url=https://so-nn.github.io/ocop\npath=/ocop/\n",
		"  base_url = \"https://a.example/x/y/\"\n":                                           "url=https://a.example/x/y/\npath=/x/y/\n",
		"[t]\nbase_url = \"https://a.example/\"\n":                                            "url=\npath=/\n",
	} {
		dir, _, out, err := runScript(t, w, "build", "Read the site's address", map[string]string{"ocopgen.toml": toml})
		if err != nil {
			t.Errorf("%q: %v\n%s", toml, err, out)
		}
		if got := read(dir, "output"); got != want {
			t.Errorf("ocopgen.toml %q: outputs\n%s\nwant\n%s", toml, got, want)
		}
	}
}

// TestWorkflowReport: the report goes to the summary; a report that
// fails (the site unreachable) is a warning and the step succeeds.
func TestWorkflowReport(t *testing.T) {
	t.Parallel()
	w, _ := readWorkflow(t)
	const name = "Say what this changes in the catalogue"
	dir, log, out, err := runScript(t, w, "build", name, nil, "SITE_URL=https://ocop.example.vn/")
	if err != nil || read(dir, "summary.md") != "## Thay đổi\n" || log != "ocopgen report --against https://ocop.example.vn/\n" {
		t.Errorf("report: err %v, summary %q, calls %q, output %q", err, read(dir, "summary.md"), log, out)
	}
	dir, _, out, err = runScript(t, w, "build", name, nil, "SITE_URL=https://ocop.example.vn/", "REPORT_EXIT=1")
	if err != nil || read(dir, "summary.md") != "" || !strings.HasPrefix(out, "::warning::") || !strings.Contains(out, "https://ocop.example.vn/") {
		t.Errorf("unreachable site: err %v (want none), summary %q (want none), output %q (want a warning naming the site)", err, read(dir, "summary.md"), out)
	}
}

// TestWorkflowExpiringIssue: the nightly job creates the issue when the
// list is not empty and none is open, edits the open one, closes it with
// a comment when the list is empty, does nothing when there is neither,
// finds the issue by its exact title among those of the label, and cuts
// a list too long for an issue's body.
func TestWorkflowExpiringIssue(t *testing.T) {
	t.Parallel()
	w, _ := readWorkflow(t)
	const name = "Update the issue on expiring certificates"
	list := "- Mật ong (content/products/mat-ong.toml): 15/01/2027, còn 53 ngày\n"
	open := `[{"number":3,"title":"Chứng nhận OCOP sắp hết hiệu lực (cũ)"},{"number":7,"title":"Chứng nhận OCOP sắp hết hiệu lực"}]`
	for _, c := range []struct {
		name, list, issues string
		want               string // the last call of gh
	}{
		{"create", list, "[]", `gh issue create --title Chứng nhận OCOP sắp hết hiệu lực --label ocop-het-hieu-luc --body-file `},
		{"edit", list, open, `gh issue edit 7 --body-file `},
		{"close", "", open, `gh issue close 7 --comment Không còn giấy chứng nhận nào hết hiệu lực trong 90 ngày tới`},
		{"none", "", `[{"number":3,"title":"Khác"}]`, `gh issue list --state open --label ocop-het-hieu-luc --limit 100 --json number,title`},
	} {
		dir, log, out, err := runScript(t, w, "expiring", name, map[string]string{"list.md": c.list}, "ISSUES="+c.issues, "EXPIRING=list.md")
		if err != nil {
			t.Errorf("%s: %v\n%s", c.name, err, out)
			continue
		}
		calls := strings.Split(strings.TrimSpace(log), "\n")
		if calls[0] != "ocopgen report --expiring --format markdown" || !strings.HasPrefix(calls[1], "gh label create ocop-het-hieu-luc --force") {
			t.Errorf("%s: calls %q; want the report, then the label made sure of", c.name, calls)
		}
		if last := calls[len(calls)-1]; !strings.HasPrefix(last, c.want) {
			t.Errorf("%s: last call %q, want %q…", c.name, last, c.want)
		}
		if c.list != "" && !strings.Contains(readBody(t, dir, calls[len(calls)-1]), c.list) {
			t.Errorf("%s: the issue's body lacks the list", c.name)
		}
	}

	// 2,000 certificates of 70 bytes: the body is cut at a line, under
	// the 65,536 characters an issue holds, with a note.
	long := strings.Repeat("- Rượu nếp cái hoa vàng (content/products/ruou-0000.toml): 15/01/2027\n", 2000)
	dir, log, out, err := runScript(t, w, "expiring", name, map[string]string{"list.md": long}, "ISSUES=[]", "EXPIRING=list.md")
	if err != nil {
		t.Fatalf("long list: %v\n%s", err, out)
	}
	calls := strings.Split(strings.TrimSpace(log), "\n")
	body := readBody(t, dir, calls[len(calls)-1])
	if len([]rune(body)) > 65536 || !strings.Contains(body, "ocopgen report --expiring") || !strings.HasSuffix(strings.TrimSuffix(body, "\n"), "để xem đủ.") {
		t.Errorf("long list: body of %d characters, ending %q", len([]rune(body)), body[max(0, len(body)-120):])
	}
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, "- ") && !strings.HasSuffix(l, "15/01/2027") {
			t.Errorf("long list: a line cut short: %q", l)
		}
	}
}

// readBody returns the file that a call of gh passed as --body-file; the
// script made it with mktemp, so it is read before the test ends.
func readBody(t *testing.T, dir, call string) string {
	t.Helper()
	_, file, ok := strings.Cut(call, "--body-file ")
	if !ok {
		t.Fatalf("call %q has no --body-file", call)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWorkflowPreviewLine: a pull request's summary gets one line with the
// preview's link, and the folder and address to open it under the path
// of base_url.
func TestWorkflowPreviewLine(t *testing.T) {
	t.Parallel()
	w, _ := readWorkflow(t)
	dir, _, out, err := runScript(t, w, "build", "Say how to open the preview", nil,
		"NAME=site-pr-12", "LINK=https://github.com/so/ocop/actions/runs/1/artifacts/2", "SITE_PATH=/ocop/")
	want := "**Xem trước:** tải [site-pr-12](https://github.com/so/ocop/actions/runs/1/artifacts/2) (tệp zip, giữ 14 ngày), giải nén vào thư mục `xem-truoc/ocop/`, chạy `python3 -m http.server -d xem-truoc` rồi mở http://localhost:8000/ocop/\n"
	if err != nil || read(dir, "summary.md") != want {
		t.Errorf("err %v, output %q, summary\n%q\nwant\n%q", err, out, read(dir, "summary.md"), want)
	}
	if days := w.Jobs["build"].Steps[stepIndex(w.Jobs["build"], "Upload the preview")].With["retention-days"]; !strings.Contains(want, "giữ "+fmt.Sprint(days)+" ngày") {
		t.Errorf("the line says the preview is kept 14 days; it is kept %v", days)
	}
}

// TestWorkflowKeepAlive: the keep-alive enables the workflow of the run,
// by its file name, in the run's repository.
func TestWorkflowKeepAlive(t *testing.T) {
	t.Parallel()
	w, _ := readWorkflow(t)
	_, log, out, err := runScript(t, w, "keepalive", "Keep the nightly schedule enabled", nil,
		"GITHUB_REPOSITORY=so-nn/ocop", "GITHUB_WORKFLOW_REF=so-nn/ocop/.github/workflows/site.yml@refs/heads/main")
	if want := "gh api -X PUT repos/so-nn/ocop/actions/workflows/site.yml/enable\n"; err != nil || log != want {
		t.Errorf("err %v, output %q, calls %q, want %q", err, out, log, want)
	}
}

// stepIndex returns the index of the job's step named name, or -1.
func stepIndex(j *job, name string) int {
	for i, s := range j.Steps {
		if s.Name == name {
			return i
		}
	}
	return -1
}
