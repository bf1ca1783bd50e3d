package quality

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
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
	Jobs map[string]*job `yaml:"jobs"`
}

type trigger struct {
	Paths       []string `yaml:"paths"`
	PathsIgnore []string `yaml:"paths-ignore"`
}

type job struct {
	Needs           stringList        `yaml:"needs"`
	If              string            `yaml:"if"`
	ContinueOnError any               `yaml:"continue-on-error"`
	Permissions     map[string]string `yaml:"permissions"`
	Steps           []step            `yaml:"steps"`
}

type step struct {
	Name, ID, If, Uses, Run string
	With                    map[string]any `yaml:"with"`
	ContinueOnError         any            `yaml:"continue-on-error"`
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
	installCmd = "go install github.com/ocopgen/ocopgen/cmd/ocopgen@latest"
	checkCmd   = "ocopgen check --format github"
	buildCmd   = "ocopgen build --gc" // --gc: the thumbnails saved are the site's, no more
)

// onMain is the condition of the steps and jobs that publish.
var onMain = regexp.MustCompile(`github\.ref\s*==\s*'refs/heads/main'`)

// TestWorkflow checks the workflow a catalogue repository copies: valid
// YAML, the triggers, the commands in order, publication only from main
// and only after a successful build, and a README that documents the same
// commands.
func TestWorkflow(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(workflowFile)))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&w); err != nil {
		t.Fatalf("%s is not valid YAML: %v", workflowFile, err)
	}

	// Triggers: a push or a pull request changing the catalogue, and a
	// nightly build.
	for name, tr := range map[string]*trigger{"push": w.On.Push, "pull_request": w.On.PullRequest} {
		if tr == nil {
			t.Errorf("%s: no %s trigger", workflowFile, name)
			continue
		}
		if len(tr.PathsIgnore) > 0 {
			t.Errorf("%s: %s has paths-ignore %q; list the paths that trigger instead", workflowFile, name, tr.PathsIgnore)
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

	// The build job: install, restore the thumbnails, check, build, save
	// the thumbnails, upload, in this order, none allowed to fail.
	var buildJob, deployJob string
	for name, j := range w.Jobs {
		for _, s := range j.Steps {
			if strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@") {
				buildJob = name
			}
			if strings.HasPrefix(s.Uses, "actions/deploy-pages@") {
				deployJob = name
			}
		}
	}
	if buildJob == "" || deployJob == "" {
		t.Fatalf("%s: want a job uploading with actions/upload-pages-artifact and one publishing with actions/deploy-pages; jobs: %v", workflowFile, slices.Sorted(maps.Keys(w.Jobs)))
	}
	bj, dj := w.Jobs[buildJob], w.Jobs[deployJob]
	order := map[string]int{}
	for i, s := range bj.Steps {
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
				if p, _ := s.With["path"].(string); !strings.Contains(p, ".ocopgen-cache/") || strings.Contains(p, "last-build") {
					t.Errorf("%s: %s keeps %q; it should keep the thumbnails of .ocopgen-cache/ (a record of the last build means nothing on a fresh runner)", workflowFile, action, p)
				}
			}
		}
		if strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@") {
			order["upload"] = i + 1
			if !onMain.MatchString(s.If) {
				t.Errorf("%s: the upload step runs if %q; it must run on main only", workflowFile, s.If)
			}
			if p, _ := s.With["path"].(string); strings.TrimSuffix(p, "/") != "public" {
				t.Errorf("%s: the upload step sends %q; ocopgen build writes public/", workflowFile, p)
			}
		}
		if s.ContinueOnError != nil && s.ContinueOnError != false {
			t.Errorf("%s: step %q has continue-on-error: a failed check or build could publish", workflowFile, s.Name)
		}
	}
	prev := 0
	for _, cmd := range []string{installCmd, "actions/cache/restore@", checkCmd, buildCmd, "actions/cache/save@", "upload"} {
		if order[cmd] == 0 {
			t.Errorf("%s: job %s has no step running %q", workflowFile, buildJob, cmd)
			continue
		}
		if order[cmd] < prev {
			t.Errorf("%s: job %s runs %q too early; the order is install, restore the thumbnails, check, build, save them, upload", workflowFile, buildJob, cmd)
		}
		prev = order[cmd]
	}
	if bj.ContinueOnError != nil && bj.ContinueOnError != false {
		t.Errorf("%s: job %s has continue-on-error", workflowFile, buildJob)
	}

	// The deploy job: after a successful build only, on main only.
	if !slices.Contains(dj.Needs, buildJob) {
		t.Errorf("%s: job %s does not need %s: it could publish before or without a build", workflowFile, deployJob, buildJob)
	}
	if !onMain.MatchString(dj.If) {
		t.Errorf("%s: job %s runs if %q; it must run on main only", workflowFile, deployJob, dj.If)
	}
	for _, f := range []string{"always()", "failure()", "cancelled()"} {
		if strings.Contains(dj.If, f) {
			t.Errorf("%s: job %s runs if %q: with %s it could publish after a failed build", workflowFile, deployJob, dj.If, f)
		}
	}
	if dj.Permissions["pages"] != "write" || dj.Permissions["id-token"] != "write" {
		t.Errorf("%s: job %s has permissions %v; actions/deploy-pages needs pages: write and id-token: write", workflowFile, deployJob, dj.Permissions)
	}

	// The README documents the same workflow and commands.
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{workflowFile, installCmd, checkCmd, buildCmd, "actions/cache/restore", "actions/cache/save", "actions/upload-pages-artifact", "actions/deploy-pages"} {
		if !bytes.Contains(readme, []byte(s)) {
			t.Errorf("README.md does not mention %q, which %s uses", s, workflowFile)
		}
	}
}
