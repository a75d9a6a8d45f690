package report

import (
	"bufio"
	"embed"
	"html/template"
	"io"
	"sync"
)

// The HTML reports are one self-contained file each: styles inline, the chart
// an inline SVG, fonts named by family only, no script, nothing fetched.
// html/template escapes every text by context; the texts were sanitised
// when the doc was built.

//go:embed templates
var templateFS embed.FS

// pages are parsed when the first HTML report is written, not at every
// start of the program.
var pages = sync.OnceValue(func() *template.Template { return template.Must(parseTemplates()) })

func parseTemplates() (*template.Template, error) {
	css, err := templateFS.ReadFile("templates/style.css")
	if err != nil {
		return nil, err
	}
	t := template.New("report").Funcs(template.FuncMap{
		"add": func(a int, more ...int) int {
			for _, b := range more {
				a += b
			}
			return a
		},
		"sub":     func(a, b int) int { return a - b },
		"orNone":  orNone,
		"finding": findingText,
		"change":  changeCell,
		"rule":    ruleLabel,
		"origin":  originJA,
		"ask":     askLabel,
	})
	// The style sheet is template text, not data: it is ours and constant.
	if _, err := t.New("style").Parse(string(css)); err != nil {
		return nil, err
	}
	return t.ParseFS(templateFS, "templates/*.html", "templates/*.svg")
}

// htmlPage is what the templates see.
type htmlPage struct {
	*doc
	LetterTitle string
	DraftMark   string // "" unless the letter is a draft
	DraftNotice string
	Subject     string
	Opening     []string
	Facts       [][2]string
	AnchorPre   string // the anchor sentence before and after its command
	AnchorPost  string
	Reviewed    int
	Chart       svgChart
	Groups      []group
	// the letter
	Addressee    []string
	Sender       []string
	LetterGroups []letterGroup
}

// group is the rows of one category.
type group struct {
	Title string
	Rows  []row
}

func writeHTML(w io.Writer, d *doc) error {
	p := htmlPage{doc: d, LetterTitle: titleOf(d), Subject: subject(d.Head), Reviewed: d.reviewed()}
	if d.Draft {
		p.DraftMark, p.DraftNotice = draftMark, draftNotice(d)
	}
	p.AnchorPre, p.AnchorPost = anchorParts(d)
	name := "committee"
	if d.Kind == Letter {
		name = "letter"
		p.Opening = letterOpening(d)
		p.Facts = letterFacts(d)
		p.Addressee, p.Sender, p.LetterGroups = addresseeLines(d.Head), letterSender(d.Head), d.letterGroups()
	} else {
		p.Facts = committeeFacts(d)
		p.Chart = buildSVG(d)
		p.Groups = groupRows(d.Rows)
	}
	bw := bufio.NewWriter(w)
	if err := pages().ExecuteTemplate(bw, name, p); err != nil {
		return err
	}
	return bw.Flush()
}

func groupRows(rows []row) []group {
	var gs []group
	for _, r := range rows {
		if len(gs) == 0 || gs[len(gs)-1].Title != r.Category {
			gs = append(gs, group{Title: r.Category})
		}
		gs[len(gs)-1].Rows = append(gs[len(gs)-1].Rows, r)
	}
	return gs
}
