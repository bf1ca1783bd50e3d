package diag

import (
	"encoding/json"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// problemJSON is a Problem as a build's result records it: its message
// worded in each language, as the arguments cannot be read back.
type problemJSON struct {
	Pos
	Severity Severity
	Message  string
	Kind     string            `json:",omitempty"`
	Texts    map[string]string `json:",omitempty"`
}

// MarshalJSON records the problem with its message in every language.
func (p Problem) MarshalJSON() ([]byte, error) {
	j := problemJSON{Pos: p.Pos, Severity: p.Severity, Message: p.Message}
	if p.words != nil {
		j.Kind = p.words.key
		j.Texts = map[string]string{}
		for _, t := range []string{"vi", "en"} {
			tag, _ := lang.Parse(t)
			j.Texts[tag.String()] = p.Text(tag)
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a problem recorded by MarshalJSON.
func (p *Problem) UnmarshalJSON(b []byte) error {
	var j problemJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*p = Problem{Pos: j.Pos, Severity: j.Severity, Message: j.Message}
	if j.Texts != nil {
		p.words = &words{key: j.Kind, texts: j.Texts}
	}
	return nil
}
