package report

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlFacts is what a parsed report holds that the tests look at.
type htmlFacts struct {
	text     string            // all text content, concatenated
	ids      map[string]bool   // element ids
	elements map[atom.Atom]int // element counts
	charset  bool
	remote   []string // attribute values that would fetch something
	svg      int
}

func parseHTML(t *testing.T, raw []byte) htmlFacts {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	f := htmlFacts{ids: map[string]bool{}, elements: map[atom.Atom]int{}}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			f.elements[n.DataAtom]++
			if n.Data == "svg" {
				f.svg++
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				val := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case key == "id":
					f.ids[a.Val] = true
				case key == "charset" && val == "utf-8":
					f.charset = true
				case key == "src" || key == "href" || key == "srcset" || key == "action" || key == "data" || key == "poster" || strings.HasSuffix(key, ":href"):
					if !strings.HasPrefix(val, "#") {
						f.remote = append(f.remote, a.Key+"="+a.Val)
					}
				case key == "style" && strings.Contains(val, "url("):
					f.remote = append(f.remote, a.Key+"="+a.Val)
				case strings.HasPrefix(key, "on"):
					f.remote = append(f.remote, "event handler "+a.Key)
				}
				if strings.Contains(val, "url(") && !strings.Contains(val, "url(#") {
					f.remote = append(f.remote, a.Key+"="+a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	f.text = text.String()
	return f
}

// TestHTMLSelfContained: one file, UTF-8, nothing fetched, nothing run, A4
// print styles, Japanese font families named.
func TestHTMLSelfContained(t *testing.T) {
	for _, k := range Kinds {
		for name, in := range map[string]Input{"new": newCase(t), "renewal": renewalCase(t)} {
			t.Run(string(k)+"/"+name, func(t *testing.T) {
				raw := render(t, in, k, HTML)
				f := parseHTML(t, raw)
				lower := strings.ToLower(string(raw))
				if !f.charset {
					t.Error(`no <meta charset="utf-8">`)
				}
				for _, a := range []atom.Atom{atom.Script, atom.Link, atom.Img, atom.Iframe, atom.Object, atom.Embed, atom.Base, atom.Form} {
					if f.elements[a] > 0 {
						t.Errorf("report has %d <%s> elements", f.elements[a], a)
					}
				}
				if strings.Contains(lower, "<script") || strings.Contains(lower, "@import") {
					t.Error("raw HTML contains <script or @import")
				}
				if len(f.remote) > 0 {
					t.Errorf("attributes that fetch or run something: %q", f.remote)
				}
				if f.elements[atom.Style] != 1 {
					t.Errorf("want one inline <style>, have %d", f.elements[atom.Style])
				}
				for _, want := range []string{"@page { size: A4; margin: 18mm; }", "page-break-inside: avoid", "display: table-header-group"} {
					if !strings.Contains(string(raw), want) {
						t.Errorf("style lacks %q", want)
					}
				}
				family := `"Noto Sans CJK JP"`
				if k == Letter {
					family = `"Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", serif`
				}
				if !strings.Contains(string(raw), family) {
					t.Errorf("style lacks the font families %s", family)
				}
				if k == Committee && f.svg != 1 {
					t.Errorf("committee report has %d inline SVG charts, want 1", f.svg)
				}
				// The anchor is the office's: in the committee report, never
				// in the letter to the applicant.
				if got := strings.Contains(f.text, in.Anchor.Head); got != (k == Committee) {
					t.Errorf("the anchor head printed: %v, want %v", got, k == Committee)
				}
			})
		}
	}
}

// TestHTMLActionRowsPresent: every row that asks something of the applicant
// is in the letter, with the reviewer's request; the committee report has
// every catalog row.
func TestHTMLActionRowsPresent(t *testing.T) {
	in := newCase(t)
	letter := parseHTML(t, render(t, in, Letter, HTML))
	committee := parseHTML(t, render(t, in, Committee, HTML))
	actions := 0
	for _, it := range in.Catalog.Items {
		fd, ok := in.Findings[it.ID]
		if ok && fd.Verdict.NeedsAction() {
			actions++
			if !letter.ids["item-"+it.ID] {
				t.Errorf("letter lacks action row %s", it.ID)
			}
			ask := fd.Request
			if ask == "" {
				ask = fd.Note
			}
			if first := strings.SplitN(ask, "\n", 2)[0]; !strings.Contains(letter.text, first) {
				t.Errorf("letter lacks the request of row %s: %q", it.ID, first)
			}
		} else if letter.ids["item-"+it.ID] {
			t.Errorf("letter lists row %s, whose verdict asks nothing", it.ID)
		}
		if !committee.ids["item-"+it.ID] {
			t.Errorf("committee report lacks row %s", it.ID)
		}
	}
	if actions != 4 {
		t.Fatalf("fixture has %d action rows, want 4", actions)
	}
	for _, s := range []string{"拝啓", "下記の事項について確認・修正をお願いいたします", "以上", "2026年5月8日までに", "ASPにおける情報セキュリティ対策ガイドライン III.1.1 建物・設備の管理"} {
		if !strings.Contains(letter.text, s) {
			t.Errorf("letter lacks %q", s)
		}
	}
	if !strings.Contains(committee.text, "shinsa verify review-2026.shinsa --anchor "+in.Anchor.String()) {
		t.Error("committee report does not say how to verify the anchor")
	}
}

// TestHTMLHostileText: markup in an answer is text, escape sequences and
// bidi overrides are gone.
func TestHTMLHostileText(t *testing.T) {
	in := newCase(t)
	for _, k := range Kinds {
		raw := render(t, in, k, HTML)
		f := parseHTML(t, raw)
		if !strings.Contains(f.text, "<script>alert(1)</script>赤字反転") {
			t.Errorf("%s: the hostile answer is not shown as text", k)
		}
		if !strings.Contains(string(raw), "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: the hostile answer is not escaped", k)
		}
		for _, bad := range []string{"\x1b", "\u202e", "\u202c", "\x07", "]0;title"} {
			if strings.Contains(string(raw), bad) {
				t.Errorf("%s: output contains %q", k, bad)
			}
		}
		if f.elements[atom.B] > 0 {
			t.Errorf("%s: the reviewer's <b> in a note became an element", k)
		}
	}
}
