package quality

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// workflowFile is the workflow a catalogue repository copies.
const workflowFile = ".github/workflows/site.yml"

// workflow is what the test reads of a GitHub Actions workflow.
type workflow struct {
	On struct {
		Push        *trigger `yaml:"push"`
		PullRequest *trigger `yaml:"pull_request"`
		Schedule    []struct {
			Cron string `yaml:"cron"`
		} `yaml:"schedule"`
	} `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Concurrency struct {
		Group            string `yaml:"group"`
		CancelInProgress string `yaml:"cancel-in-progress"`
	} `yaml:"concurrency"`
	Env  map[string]string `yaml:"env"`
	Jobs map[string]*job   `yaml:"jobs"`
}

type trigger struct {
	Branches    []string `yaml:"branches"`
	Paths       []string `yaml:"paths"`
	PathsIgnore []string `yaml:"paths-ignore"`
}

type job struct {
	Needs           stringList        `yaml:"needs"`
	If              string            `yaml:"if"`
	ContinueOnError any               `yaml:"continue-on-error"`
	Permissions     map[string]string `yaml:"permissions"`
	Outputs         map[string]string `yaml:"outputs"`
	Env             map[string]string `yaml:"env"`
	Steps           []step            `yaml:"steps"`
}

type step struct {
	Name, ID, If, Uses, Run string
	With                    map[string]any    `yaml:"with"`
	Env                     map[string]string `yaml:"env"`
	ContinueOnError         any               `yaml:"continue-on-error"`
}

// stringList is a YAML value written as one string or a list of them.
type stringList []string

func (l *stringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*l = []string{n.Value}
		return nil
	}
	var s []string
	err := n.Decode(&s)
	*l = s
	return err
}

// The commands of the workflow, as the README documents them.
const (
	installCmd  = "go install github.com/ocopgen/ocopgen/cmd/ocopgen@${{ env.OCOPGEN_VERSION }}"
	checkCmd    = "ocopgen check --format github"
	buildCmd    = "ocopgen build --gc" // --gc: the photo versions saved are the site's, no more
	reportCmd   = "ocopgen report --against"
	expiringCmd = "ocopgen report --expiring"
	enableCmd   = "gh api -X PUT"
	issueTitle  = "Chứng nhận OCOP sắp hết hiệu lực"
	previewName = "site-pr-${{ github.event.pull_request.number }}"
	summaryFile = `>> "$GITHUB_STEP_SUMMARY"`
)

// onPublishBranch is the condition of the steps that publish, and of the
// build job's output that the publishing jobs read.
var onPublishBranch = regexp.MustCompile(`github\.ref_name\s*==\s*env\.PUBLISH_BRANCH\s*&&\s*github\.event_name\s*!=\s*'pull_request'`)

// publishOutput is the condition of the jobs that run on the publish
// branch only: a job's condition cannot read env.
var publishOutput = regexp.MustCompile(`^needs\.build\.outputs\.publish\s*==\s*'true'`)

// pinned is a version of ocopgen that cannot change under a catalogue: a
// release tag or a commit.
var pinned = regexp.MustCompile(`^(v\d+\.\d+\.\d+|[0-9a-f]{40})$`)

// readWorkflow reads the workflow file as YAML, both as the structure
// above and as a tree of nodes.
func readWorkflow(t *testing.T) (*workflow, *yaml.Node) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(workflowFile)))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		t.Fatalf("%s is not valid YAML: %v", workflowFile, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		t.Fatal(err)
	}
	return &w, &root
}

// TestWorkflow checks the workflow a catalogue repository copies: valid
// YAML, the triggers, a pinned ocopgen and a branch variable, the
// commands of the build job in order, a preview and a report on pull
// requests, publication only from the publish branch and only after a
// successful build, the nightly issue and the keep-alive with the only
// permissions they need, and a README that documents the same commands.
func TestWorkflow(t *testing.T) {
	t.Parallel()
	w, root := readWorkflow(t)
	checkTriggers(t, w)
	checkConcurrency(t, w)
	checkVariables(t, w, root)
	build := checkBuildJob(t, w)
	checkDeploy(t, w, build)
	checkExpiring(t, w, build)
	checkKeepAlive(t, w)
	checkPermissions(t, w)
	checkReadme(t)
}

// checkTriggers: a push or a pull request changing the catalogue, on any
// branch, and a nightly build.
func checkTriggers(t *testing.T, w *workflow) {
	for name, tr := range map[string]*trigger{"push": w.On.Push, "pull_request": w.On.PullRequest} {
		if tr == nil {
			t.Errorf("%s: no %s trigger", workflowFile, name)
			continue
		}
		if len(tr.PathsIgnore) > 0 {
			t.Errorf("%s: %s has paths-ignore %q; list the paths that trigger instead", workflowFile, name, tr.PathsIgnore)
		}
		if len(tr.Branches) > 0 {
			t.Errorf("%s: %s runs on branches %q only; triggers cannot read PUBLISH_BRANCH, so they run on every branch and the jobs compare", workflowFile, name, tr.Branches)
		}
		for _, p := range []string{"content/**", "themes/**", "ocopgen.toml"} {
			if !slices.Contains(tr.Paths, p) {
				t.Errorf("%s: %s does not run on changes to %s (paths: %q)", workflowFile, name, p, tr.Paths)
			}
		}
	}
	daily := regexp.MustCompile(`^\S+ \S+ \* \* \*$`)
	if !slices.ContainsFunc(w.On.Schedule, func(s struct {
		Cron string `yaml:"cron"`
	}) bool {
		return daily.MatchString(strings.TrimSpace(s.Cron))
	}) {
		t.Errorf("%s: no daily schedule (cron \"M H * * *\"); certificates expire by date, so the site must be rebuilt every night", workflowFile)
	}
}

// checkConcurrency: one run at a time per branch or pull request, and
// never a publication cancelled halfway: only a pull request's run may be
// cancelled by a newer one.
func checkConcurrency(t *testing.T, w *workflow) {
	c := w.Concurrency
	if !strings.Contains(c.Group, "${{ github.ref }}") {
		t.Errorf("%s: concurrency group %q; want one group per branch or pull request (github.ref)", workflowFile, c.Group)
	}
	if c.CancelInProgress != "false" && c.CancelInProgress != "${{ github.event_name == 'pull_request' }}" {
		t.Errorf("%s: cancel-in-progress %q could cancel a publication; want false, or ${{ github.event_name == 'pull_request' }}", workflowFile, c.CancelInProgress)
	}
}

// checkVariables: the version of ocopgen and the publish branch are
// variables at the top, the version pinned and used by every install, and
// no value of the file names the branch main but that variable.
func checkVariables(t *testing.T, w *workflow, root *yaml.Node) {
	if v := w.Env["OCOPGEN_VERSION"]; !pinned.MatchString(v) {
		t.Errorf("%s: env OCOPGEN_VERSION = %q; pin a release tag (v0.1.0) or a commit, so that a new release cannot break tonight's build", workflowFile, v)
	}
	if w.Env["PUBLISH_BRANCH"] == "" {
		t.Errorf("%s: no env PUBLISH_BRANCH at the top: the publish branch is a variable", workflowFile)
	}
	if w.Env["TZ"] != "Asia/Ho_Chi_Minh" {
		t.Errorf("%s: env TZ = %q; ocopgen builds as on today's date, which must be Vietnam's", workflowFile, w.Env["TZ"])
	}
	main := regexp.MustCompile(`\bmain\b`)
	for _, s := range scalars(root, "") {
		if s.path == "env.PUBLISH_BRANCH" {
			continue
		}
		if main.MatchString(s.value) {
			t.Errorf("%s:%d: %s = %q names the branch main; use env.PUBLISH_BRANCH", workflowFile, s.line, s.path, s.value)
		}
		if strings.Contains(s.value, "@latest") {
			t.Errorf("%s:%d: %s = %q installs the latest release; use ${{ env.OCOPGEN_VERSION }}", workflowFile, s.line, s.path, s.value)
		}
	}
	installs := 0
	for name, j := range w.Jobs {
		for _, s := range j.Steps {
			if strings.Contains(s.Run, "go install") {
				installs++
				if strings.TrimSpace(s.Run) != installCmd {
					t.Errorf("%s: job %s installs with %q; want %q", workflowFile, name, s.Run, installCmd)
				}
			}
		}
	}
	if installs == 0 {
		t.Errorf("%s: no job installs ocopgen with %q", workflowFile, installCmd)
	}
}

// scalar is a value of the YAML file, with where it is.
type scalar struct {
	path, value string
	line        int
}

// scalars returns every scalar value of the tree under n (not the keys,
// nor the comments), each with its path of keys.
func scalars(n *yaml.Node, path string) []scalar {
	var out []scalar
	switch n.Kind {
	case yaml.DocumentNode, yaml.SequenceNode:
		for i, c := range n.Content {
			p := path
			if n.Kind == yaml.SequenceNode {
				p = fmt.Sprintf("%s[%d]", path, i)
			}
			out = append(out, scalars(c, p)...)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := strings.TrimPrefix(path+"."+n.Content[i].Value, ".")
			out = append(out, scalars(n.Content[i+1], p)...)
		}
	case yaml.ScalarNode:
		out = append(out, scalar{path, n.Value, n.Line})
	}
	return out
}

// jobUsing returns the name of the job with a step using the action,
// or "".
func jobUsing(w *workflow, action string) string {
	for _, name := range slices.Sorted(maps.Keys(w.Jobs)) {
		for _, s := range w.Jobs[name].Steps {
			if strings.HasPrefix(s.Uses, action+"@") {
				return name
			}
		}
	}
	return ""
}

// jobRunning returns the name of the job with a step whose script
// contains cmd, or "".
func jobRunning(w *workflow, cmd string) string {
	for _, name := range slices.Sorted(maps.Keys(w.Jobs)) {
		for _, s := range w.Jobs[name].Steps {
			if strings.Contains(s.Run, cmd) {
				return name
			}
		}
	}
	return ""
}

// checkBuildJob: install, restore the photos, check, build, save them,
// report, upload the preview (pull requests) and say how to open it,
// upload the site (publish branch), in this order, none allowed to fail
// but the report's reaching of the site. It returns the build job's name.
func checkBuildJob(t *testing.T, w *workflow) string {
	name := jobUsing(w, "actions/upload-pages-artifact")
	if name == "" {
		t.Fatalf("%s: no job uploads the site with actions/upload-pages-artifact; jobs: %v", workflowFile, slices.Sorted(maps.Keys(w.Jobs)))
	}
	j := w.Jobs[name]
	if !onPublishBranch.MatchString(j.Outputs["publish"]) {
		t.Errorf("%s: job %s has output publish = %q; want the publish branch's condition %s, which the publishing jobs read", workflowFile, name, j.Outputs["publish"], onPublishBranch)
	}
	order := map[string]int{}
	onPR := regexp.MustCompile(`^github\.event_name\s*==\s*'pull_request'$`)
	for i, s := range j.Steps {
		run := strings.TrimSpace(s.Run)
		for _, cmd := range []string{installCmd, checkCmd, buildCmd} {
			if run == cmd {
				order[cmd] = i + 1
				if s.If != "" {
					t.Errorf("%s: the step %q runs only if %s; it must always run", workflowFile, cmd, s.If)
				}
			}
		}
		for _, action := range []string{"actions/cache/restore@", "actions/cache/save@"} {
			if strings.HasPrefix(s.Uses, action) {
				order[action] = i + 1
				p, _ := s.With["path"].(string)
				if !strings.Contains(p, ".ocopgen-cache/*.jpg") || !strings.Contains(p, ".ocopgen-cache/*.png") || strings.Contains(p, "last-build") {
					t.Errorf("%s: %s keeps %q; it should keep the resized photos of .ocopgen-cache/ (each version is a .jpg or a .png there; a record of the last build means nothing on a fresh runner)", workflowFile, action, p)
				}
			}
		}
		switch {
		case strings.Contains(run, reportCmd):
			order["report"] = i + 1
			checkReportStep(t, s)
		case strings.HasPrefix(s.Uses, "actions/upload-artifact@"):
			order["preview"] = i + 1
			if !onPR.MatchString(s.If) {
				t.Errorf("%s: the preview upload runs if %q; want it on pull requests (github.event_name == 'pull_request')", workflowFile, s.If)
			}
			if s.With["name"] != previewName {
				t.Errorf("%s: the preview is named %q; name it for the pull request: %s", workflowFile, s.With["name"], previewName)
			}
			if p, _ := s.With["path"].(string); strings.TrimSuffix(p, "/") != "public" {
				t.Errorf("%s: the preview uploads %q; ocopgen build writes public/", workflowFile, p)
			}
			if days, ok := s.With["retention-days"].(int); !ok || days < 1 || days > 90 {
				t.Errorf("%s: the preview has retention-days %v; set 1 to 90 days, or previews pile up for 90", workflowFile, s.With["retention-days"])
			}
		case strings.Contains(run, summaryFile) && onPR.MatchString(s.If):
			order["preview line"] = i + 1
			if strings.Count(run, "\n") > 0 || !strings.Contains(run, "$LINK") || !strings.Contains(s.Env["LINK"], "steps.preview.outputs.artifact-url") || s.Env["NAME"] != previewName {
				t.Errorf("%s: the step %q should write one line to the summary with a link to the preview (env LINK: steps.preview.outputs.artifact-url, NAME: %s): %q, env %v", workflowFile, s.Name, previewName, run, s.Env)
			}
		case strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@"):
			order["upload"] = i + 1
			if !onPublishBranch.MatchString(s.If) {
				t.Errorf("%s: the upload step runs if %q; it must run on the publish branch only (%s)", workflowFile, s.If, onPublishBranch)
			}
			if p, _ := s.With["path"].(string); strings.TrimSuffix(p, "/") != "public" {
				t.Errorf("%s: the upload step sends %q; ocopgen build writes public/", workflowFile, p)
			}
		}
		if s.ContinueOnError != nil && s.ContinueOnError != false {
			t.Errorf("%s: step %q has continue-on-error: a failed check or build could publish", workflowFile, s.Name)
		}
	}
	if id := stepID(j, "actions/upload-artifact@"); id != "preview" {
		t.Errorf("%s: the preview upload has id %q; the line on how to open it reads steps.preview", workflowFile, id)
	}
	prev := 0
	for _, cmd := range []string{installCmd, "actions/cache/restore@", checkCmd, buildCmd, "actions/cache/save@", "report", "preview", "preview line", "upload"} {
		if order[cmd] == 0 {
			t.Errorf("%s: job %s has no step %q", workflowFile, name, cmd)
			continue
		}
		if order[cmd] < prev {
			t.Errorf("%s: job %s runs %q too early; the order is install, restore the photos, check, build, save them, report, upload the preview, say how to open it, upload the site", workflowFile, name, cmd)
		}
		prev = order[cmd]
	}
	if j.ContinueOnError != nil && j.ContinueOnError != false {
		t.Errorf("%s: job %s has continue-on-error", workflowFile, name)
	}
	return name
}

// stepID returns the id of the job's first step using the action.
func stepID(j *job, action string) string {
	for _, s := range j.Steps {
		if strings.HasPrefix(s.Uses, action) {
			return s.ID
		}
	}
	return ""
}

// checkReportStep: the report compares with the site online, named by a
// variable, and goes to the run's summary; a report that fails (the site
// unreachable) is a warning, not a failure of the run.
func checkReportStep(t *testing.T, s step) {
	run := s.Run
	if s.If != "" {
		t.Errorf("%s: the report runs only if %s; it belongs to every run", workflowFile, s.If)
	}
	if !regexp.MustCompile(`(?m)^if ocopgen report --against "\$SITE_URL" > "\$report"; then$`).MatchString(run) {
		t.Errorf("%s: the report step should run `if %s \"$SITE_URL\" > \"$report\"; then`, so that a site it cannot reach does not fail the run: %q", workflowFile, reportCmd, run)
	}
	if !strings.Contains(run, `cat "$report" `+summaryFile) || !strings.Contains(run, "::warning::") {
		t.Errorf("%s: the report step should add the report to the summary, or warn: %q", workflowFile, run)
	}
	if !strings.Contains(s.Env["SITE_URL"], "steps.site.outputs.url") {
		t.Errorf("%s: the report step's SITE_URL = %q; want the base_url read by the step site", workflowFile, s.Env["SITE_URL"])
	}
}

// checkDeploy: after a successful build only, on the publish branch only.
func checkDeploy(t *testing.T, w *workflow, build string) {
	name := jobUsing(w, "actions/deploy-pages")
	if name == "" {
		t.Errorf("%s: no job publishes with actions/deploy-pages", workflowFile)
		return
	}
	j := w.Jobs[name]
	if !slices.Contains(j.Needs, build) {
		t.Errorf("%s: job %s does not need %s: it could publish before or without a build", workflowFile, name, build)
	}
	if !publishOutput.MatchString(j.If) {
		t.Errorf("%s: job %s runs if %q; it must run on the publish branch only (%s)", workflowFile, name, j.If, publishOutput)
	}
	for _, f := range []string{"always()", "failure()", "cancelled()"} {
		if strings.Contains(j.If, f) {
			t.Errorf("%s: job %s runs if %q: with %s it could publish after a failed build", workflowFile, name, j.If, f)
		}
	}
	if j.Permissions["pages"] != "write" || j.Permissions["id-token"] != "write" {
		t.Errorf("%s: job %s has permissions %v; actions/deploy-pages needs pages: write and id-token: write", workflowFile, name, j.Permissions)
	}
}

// checkExpiring: a job of the publish branch, not of pushes, keeps one
// issue of an exact title from report --expiring: it finds the open one,
// creates, edits or closes it, with the run's token.
func checkExpiring(t *testing.T, w *workflow, build string) {
	name := jobRunning(w, expiringCmd)
	if name == "" {
		t.Errorf("%s: no job runs %q to keep the issue on expiring certificates", workflowFile, expiringCmd)
		return
	}
	j := w.Jobs[name]
	if !slices.Contains(j.Needs, build) || !publishOutput.MatchString(j.If) || !strings.Contains(j.If, "github.event_name != 'push'") {
		t.Errorf("%s: job %s runs if %q after %v; want it on the publish branch's nightly or manual runs: needs %s, if %s && github.event_name != 'push'", workflowFile, name, j.If, j.Needs, build, publishOutput)
	}
	if j.Env["TITLE"] != issueTitle {
		t.Errorf("%s: job %s has TITLE %q; want %q", workflowFile, name, j.Env["TITLE"], issueTitle)
	}
	if !strings.Contains(j.Env["GH_TOKEN"], "github.token") {
		t.Errorf("%s: job %s's GH_TOKEN = %q; use the job's own token, ${{ github.token }}", workflowFile, name, j.Env["GH_TOKEN"])
	}
	var run string
	for _, s := range j.Steps {
		run += s.Run + "\n"
	}
	for _, cmd := range []string{
		expiringCmd + " --format markdown > \"$list\"",
		`gh label create "$LABEL" --force`,
		`gh issue list --state open --label "$LABEL"`,
		`select(.title == $title)`,
		`if [ ! -s "$list" ]; then`,
		`gh issue close "$number" --comment`,
		`gh issue edit "$number" --body-file "$body"`,
		`gh issue create --title "$TITLE" --label "$LABEL" --body-file "$body"`,
	} {
		if !strings.Contains(run, cmd) {
			t.Errorf("%s: job %s does not run %q", workflowFile, name, cmd)
		}
	}
}

// checkKeepAlive: on the nightly run, a job re-enables the workflow through
// the API, so that 60 quiet days do not disable the schedule.
func checkKeepAlive(t *testing.T, w *workflow) {
	name := jobRunning(w, enableCmd)
	if name == "" {
		t.Errorf("%s: no job runs %q to keep the schedule enabled", workflowFile, enableCmd)
		return
	}
	j := w.Jobs[name]
	if j.If != "github.event_name == 'schedule'" {
		t.Errorf("%s: job %s runs if %q; want github.event_name == 'schedule'", workflowFile, name, j.If)
	}
	want := regexp.MustCompile(`gh api -X PUT "repos/\$GITHUB_REPOSITORY/actions/workflows/\$\{workflow##\*/\}/enable"`)
	for _, s := range j.Steps {
		if strings.Contains(s.Run, enableCmd) && (!want.MatchString(s.Run) || !strings.Contains(s.Env["GH_TOKEN"], "github.token")) {
			t.Errorf("%s: job %s runs %q with env %v; want %s with GH_TOKEN ${{ github.token }}", workflowFile, name, s.Run, s.Env, want)
		}
	}
}

// checkPermissions: the workflow reads the repository; each job that
// writes asks for what it writes, and only it.
func checkPermissions(t *testing.T, w *workflow) {
	if !maps.Equal(w.Permissions, map[string]string{"contents": "read"}) {
		t.Errorf("%s: the workflow's permissions are %v; want contents: read, and each job asking for what it writes", workflowFile, w.Permissions)
	}
	want := map[string]map[string]string{
		jobUsing(w, "actions/deploy-pages"): {"pages": "write", "id-token": "write"},
		jobRunning(w, expiringCmd):          {"contents": "read", "issues": "write"},
		jobRunning(w, enableCmd):            {"actions": "write"},
	}
	for name, j := range w.Jobs {
		if p, ok := want[name]; ok {
			if !maps.Equal(j.Permissions, p) {
				t.Errorf("%s: job %s has permissions %v; want %v", workflowFile, name, j.Permissions, p)
			}
			continue
		}
		if len(j.Permissions) > 0 {
			t.Errorf("%s: job %s asks for permissions %v; it needs the workflow's", workflowFile, name, j.Permissions)
		}
	}
}

// checkReadme: the README documents the same workflow and commands, and
// its rsync job publishes as deploy does: after a successful build, on
// the publish branch, checking the server's key, removing old files last.
func checkReadme(t *testing.T) {
	var jobs map[string]*job
	if err := yaml.Unmarshal(readmeJob(t), &jobs); err != nil || jobs["deploy"] == nil {
		t.Fatalf("README.md: the rsync job is not valid YAML of a job deploy: %v", err)
	}
	rsync := jobs["deploy"]
	if !slices.Contains(rsync.Needs, "build") || !publishOutput.MatchString(rsync.If) {
		t.Errorf("README.md: the rsync job runs if %q after %v; want needs build, if %s", rsync.If, rsync.Needs, publishOutput)
	}
	var script string
	for _, s := range rsync.Steps {
		script += s.Run
	}
	if !regexp.MustCompile(`(?m)^\s*rsync .*--delete-after .*StrictHostKeyChecking=yes.* public/ "\$HOST:\$DEST/"$`).MatchString(script) || !strings.Contains(script, "> ~/.ssh/known_hosts") {
		t.Errorf("README.md: the rsync job should write known_hosts and run rsync --delete-after with StrictHostKeyChecking=yes from public/ to \"$HOST:$DEST/\":\n%s", script)
	}

	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		workflowFile, installCmd, checkCmd, buildCmd, reportCmd, expiringCmd, enableCmd, issueTitle, previewName,
		"OCOPGEN_VERSION", "PUBLISH_BRANCH", "GITHUB_STEP_SUMMARY", "retention-days", "issues: write", "actions: write",
		"actions/cache/restore", "actions/cache/save", "actions/upload-artifact", "actions/upload-pages-artifact", "actions/deploy-pages",
		fmt.Sprintf("at most %d annotations of each kind", diag.AnnotationsPerKind), "rsync", "--delete-after", "known_hosts", "actionlint",
	} {
		if !bytes.Contains(readme, []byte(s)) {
			t.Errorf("README.md does not mention %q, which %s uses", s, workflowFile)
		}
	}
}
