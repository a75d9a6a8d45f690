package review

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"shinsa/criteria"
)

func eq(s string) Hunk  { return Hunk{HunkEqual, s} }
func del(s string) Hunk { return Hunk{HunkDelete, s} }
func ins(s string) Hunk { return Hunk{HunkInsert, s} }

// compareOne compares one row, id "4.1", present on both sides.
func compareOne(t *testing.T, old, new string) ItemDiff {
	t.Helper()
	d := Compare(CompareInput{
		Old: []Answer{{Item: "4.1", Text: old}},
		New: []Answer{{Item: "4.1", Text: new}},
	})
	if len(d) != 1 {
		t.Fatalf("got %d rows, want 1: %+v", len(d), d)
	}
	checkReconstructs(t, d[0])
	return d[0]
}

// checkReconstructs asserts the hunk contract: equal+delete spell the old
// text, equal+insert the new one (both in DiffForm), no hunk is empty.
func checkReconstructs(t *testing.T, d ItemDiff) {
	t.Helper()
	var a, b strings.Builder
	for _, h := range d.Hunks {
		if h.Text == "" {
			t.Errorf("%s: empty %s hunk", d.Item, h.Op)
		}
		switch h.Op {
		case HunkEqual:
			a.WriteString(h.Text)
			b.WriteString(h.Text)
		case HunkDelete:
			a.WriteString(h.Text)
		case HunkInsert:
			b.WriteString(h.Text)
		default:
			t.Errorf("%s: unknown op %q", d.Item, h.Op)
		}
	}
	if a.String() != DiffForm(d.Old) {
		t.Errorf("%s: equal+delete = %q, want old %q", d.Item, a.String(), DiffForm(d.Old))
	}
	if b.String() != DiffForm(d.New) {
		t.Errorf("%s: equal+insert = %q, want new %q", d.Item, b.String(), DiffForm(d.New))
	}
}

func TestCompareEdits(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		status   ItemStatus
		formOnly bool
		hunks    []Hunk // nil: only the status and reconstruction are checked
	}{
		{
			name:   "sentence_added_is_one_insert_of_the_whole_sentence",
			old:    "データは暗号化して保管します。バックアップは毎日取得します。",
			new:    "データは暗号化して保管します。通信はTLS1.3で暗号化します。バックアップは毎日取得します。",
			status: Changed,
			hunks:  []Hunk{eq("データは暗号化して保管します。"), ins("通信はTLS1.3で暗号化します。"), eq("バックアップは毎日取得します。")},
		},
		{
			name:   "sentence_removed_is_one_delete",
			old:    "本店は東京都にあります。支店は大阪府にあります。事業所数は2です。",
			new:    "本店は東京都にあります。事業所数は2です。",
			status: Changed,
			hunks:  []Hunk{eq("本店は東京都にあります。"), del("支店は大阪府にあります。"), eq("事業所数は2です。")},
		},
		{
			name:   "number_changed_reads_as_whole_numbers",
			old:    "売上高は1,210,930,341円[2025年3月期]です。",
			new:    "売上高は1,310,000,000円[2025年3月期]です。",
			status: Changed,
			hunks:  []Hunk{eq("売上高は"), del("1,210,930,341"), ins("1,310,000,000"), eq("円[2025年3月期]です。")},
		},
		{
			name:   "year_changed_inside_a_date",
			old:    "2024年4月1日現在",
			new:    "2026年4月1日現在",
			status: Changed,
			hunks:  []Hunk{del("2024"), ins("2026"), eq("年4月1日現在")},
		},
		{
			name:   "word_replaced",
			old:    "障害発生時は電子メールで通知します。",
			new:    "障害発生時はWebサイトで通知します。",
			status: Changed,
			hunks:  []Hunk{eq("障害発生時は"), del("電子メール"), ins("Webサイト"), eq("で通知します。")},
		},
		{
			name:   "version_number_in_latin_text",
			old:    "通信はTLS1.2で暗号化しています。",
			new:    "通信はTLS1.3で暗号化しています。",
			status: Changed,
			hunks:  []Hunk{eq("通信はTLS"), del("1.2"), ins("1.3"), eq("で暗号化しています。")},
		},
		{
			name:     "width_only_is_unchanged_form_only",
			old:      "ＩＳＯ２７００１を取得しています。",
			new:      "ISO27001を取得しています。",
			status:   Unchanged,
			formOnly: true,
			hunks:    []Hunk{del("ＩＳＯ２７００１"), ins("ISO27001"), eq("を取得しています。")},
		},
		{
			name:     "half_width_katakana_is_form_only",
			old:      "ﾊﾞｯｸｱｯﾌﾟは毎日",
			new:      "バックアップは毎日",
			status:   Unchanged,
			formOnly: true,
		},
		{
			name:     "wave_dash_and_fullwidth_tilde_are_form_only",
			old:      "受付時間は9:00〜18:00です。",
			new:      "受付時間は9:00～18:00です。",
			status:   Unchanged,
			formOnly: true,
			hunks:    []Hunk{eq("受付時間は9:00"), del("〜"), ins("～"), eq("18:00です。")},
		},
		{
			name:     "hyphen_variants_are_form_only",
			old:      "〒100－0001",
			new:      "〒100-0001",
			status:   Unchanged,
			formOnly: true,
		},
		{
			// Normalize keeps waves (~) and hyphens (-) apart, so a range
			// rewritten with a hyphen is a change the reviewer sees.
			name:   "wave_dash_to_hyphen_is_a_change",
			old:    "9:00〜18:00",
			new:    "9:00-18:00",
			status: Changed,
			hunks:  []Hunk{eq("9:00"), del("〜"), ins("-"), eq("18:00")},
		},
		{
			name:     "spacing_only_is_form_only",
			old:      "24時間365日　監視しています。",
			new:      "24時間365日 監視しています。\n",
			status:   Unchanged,
			formOnly: true,
		},
		{
			name:   "identical_text_is_unchanged_and_not_form_only",
			old:    "ISMS認証を取得しています。",
			new:    "ISMS認証を取得しています。",
			status: Unchanged,
			hunks:  []Hunk{eq("ISMS認証を取得しています。")},
		},
		{
			name:   "row_newly_answered_is_changed",
			old:    "",
			new:    "プライバシーマークを取得しています。",
			status: Changed,
			hunks:  []Hunk{ins("プライバシーマークを取得しています。")},
		},
		{
			name:   "row_emptied_is_changed_with_all_deleted",
			old:    "プライバシーマークを取得しています。\n登録番号は12345678です。",
			new:    "",
			status: Changed,
			hunks:  []Hunk{del("プライバシーマークを取得しています。\n登録番号は12345678です。")},
		},
		{
			name:   "both_empty_is_unchanged",
			status: Unchanged,
		},
		{
			name:   "line_added_in_a_list",
			old:    "・ISMS\n・Pマーク\n",
			new:    "・ISMS\n・ISMSクラウドセキュリティ認証\n・Pマーク\n",
			status: Changed,
			hunks:  []Hunk{eq("・ISMS\n"), ins("・ISMSクラウドセキュリティ認証\n"), eq("・Pマーク\n")},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := compareOne(t, tc.old, tc.new)
			if d.Status != tc.status || d.FormOnly != tc.formOnly {
				t.Errorf("status %s form-only %v, want %s %v", d.Status, d.FormOnly, tc.status, tc.formOnly)
			}
			if d.Item != "4.1" || d.From != "4.1" || d.Err != "" || d.Coarse {
				t.Errorf("row %+v", d)
			}
			if tc.hunks != nil && !reflect.DeepEqual(d.Hunks, tc.hunks) {
				t.Errorf("hunks\n got %q\nwant %q", d.Hunks, tc.hunks)
			}
			if tc.old == "" && tc.new == "" && len(d.Hunks) != 0 {
				t.Errorf("hunks of two empty texts: %q", d.Hunks)
			}
		})
	}
}

func TestCompareRowsAddedAndRemoved(t *testing.T) {
	d := Compare(CompareInput{
		Old:         []Answer{{Item: "1", Text: "2024年4月1日"}, {Item: "3", Text: "https://example.jp/"}},
		New:         []Answer{{Item: "1", Text: "2024年4月1日"}, {Item: "2", Text: "株式会社サンプル"}},
		OldFindings: map[string]Finding{"3": {Item: "3", Verdict: Query}},
	})
	want := []struct {
		item, from string
		status     ItemStatus
		hunks      []Hunk
	}{
		{"1", "1", Unchanged, []Hunk{eq("2024年4月1日")}},
		{"2", "", Added, []Hunk{ins("株式会社サンプル")}},
		{"3", "3", Removed, []Hunk{del("https://example.jp/")}},
	}
	if len(d) != len(want) {
		t.Fatalf("got %d rows: %+v", len(d), d)
	}
	for i, w := range want {
		checkReconstructs(t, d[i])
		if d[i].Item != w.item || d[i].From != w.from || d[i].Status != w.status || !reflect.DeepEqual(d[i].Hunks, w.hunks) {
			t.Errorf("row %d = %s from %q %s %q, want %s from %q %s %q", i, d[i].Item, d[i].From, d[i].Status, d[i].Hunks, w.item, w.from, w.status, w.hunks)
		}
	}
	if d[2].Previous == nil || !d[2].CheckAddressed || d[2].To() != "" || d[2].New != "" {
		t.Errorf("removed row keeps its previous query: %+v", d[2])
	}
	if d[1].Previous != nil || d[1].CheckAddressed {
		t.Errorf("added row has no predecessor: %+v", d[1])
	}
}

func TestCompareRowMissingLastRoundKeepsItsFinding(t *testing.T) {
	// Round 1 had no row 7 and the reviewer asked for it; round 2 answers it.
	d := Compare(CompareInput{
		Old:         []Answer{{Item: "1", Text: "同じ"}},
		New:         []Answer{{Item: "1", Text: "同じ"}, {Item: "7", Text: "従業員数は120名です。"}},
		OldFindings: map[string]Finding{"7": {Item: "7", Verdict: Correction, Note: "必須項目が未記入"}},
	})
	if len(d) != 2 {
		t.Fatalf("rows %+v", d)
	}
	r := d[1]
	if r.Item != "7" || r.Status != Added || r.From != "" || r.Previous == nil || r.Previous.Verdict != Correction || !r.CheckAddressed {
		t.Errorf("row %+v", r)
	}
	if c := CarryForward(d, nil); len(c) != 0 {
		t.Errorf("carried %+v", c)
	}
}

func TestCompareAcrossEditions(t *testing.T) {
	m := &criteria.EditionMap{Scheme: "asp-saas", From: "ref-2024", To: "ref-2026", Entries: []criteria.MapEntry{
		{Kind: criteria.MapRenumbered, From: []string{"4.1"}, To: []string{"5.1"}},
		{Kind: criteria.MapRenumbered, From: []string{"4.2"}, To: []string{"5.2"}},
		{Kind: criteria.MapSplit, From: []string{"7"}, To: []string{"7.1", "7.2"}},
		{Kind: criteria.MapMerged, From: []string{"9.1", "9.2"}, To: []string{"9"}},
		{Kind: criteria.MapWithdrawn, From: []string{"12"}},
		{Kind: criteria.MapAdded, To: []string{"12"}},
	}}
	in := CompareInput{
		OldEdition: "ref-2024", NewEdition: "ref-2026", Map: m, OldApp: 12,
		Old: []Answer{
			{Item: "4.1", Text: "〒100-0001 東京都千代田区千代田1-1"},
			{Item: "4.2", Text: "事業所数は3です。"},
			{Item: "7", Text: "サービス開始は2019年です。"},
			{Item: "9.1", Text: "ISMS認証を取得。"},
			{Item: "9.2", Text: "Pマークを取得。"},
			{Item: "12", Text: "FAXで受け付けます。"},
		},
		New: []Answer{
			{Item: "5.1", Text: "〒100-0001 東京都千代田区千代田1-1"},
			{Item: "5.2", Text: "事業所数は4です。"},
			{Item: "7.1", Text: "サービス開始は2019年です。"},
			{Item: "7.2", Text: "料金は月額10,000円です。"},
			{Item: "9", Text: "ISMS認証を取得。\nPマークを取得。"},
			{Item: "12", Text: "AIによる自動応答を提供します。"},
		},
		OldFindings: map[string]Finding{
			"4.1": {Item: "4.1", Verdict: Conforms},
			"9.1": {Item: "9.1", Verdict: Conforms},
			"9.2": {Item: "9.2", Verdict: Correction, Note: "登録番号を記載"},
			"12":  {Item: "12", Verdict: Conforms},
		},
		Order: []string{"5.1", "5.2", "7.1", "7.2", "9", "12"},
	}
	d := Compare(in)
	type row struct {
		item, from, mapping string
		status              ItemStatus
		hunks               []Hunk
	}
	want := []row{
		{"5.1", "4.1", "renumbered", Moved, []Hunk{eq("〒100-0001 東京都千代田区千代田1-1")}},
		{"5.2", "4.2", "renumbered", Moved, []Hunk{eq("事業所数は"), del("3"), ins("4"), eq("です。")}},
		{"7.1", "7", "split", Moved, []Hunk{eq("サービス開始は2019年です。")}},
		{"7.2", "7", "split", Moved, nil},
		{"9", "9.1,9.2", "merged", Moved, []Hunk{eq("ISMS認証を取得。\nPマークを取得。")}},
		{"12", "12", "withdrawn", Removed, []Hunk{del("FAXで受け付けます。")}},
		{"12", "", "added", Added, []Hunk{ins("AIによる自動応答を提供します。")}},
	}
	if len(d) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(d), len(want), d)
	}
	for i, w := range want {
		checkReconstructs(t, d[i])
		g := d[i]
		if g.Item != w.item || g.From != w.from || g.Mapping != w.mapping || g.Status != w.status {
			t.Errorf("row %d = %s from %q (%s) %s, want %s from %q (%s) %s", i, g.Item, g.From, g.Mapping, g.Status, w.item, w.from, w.mapping, w.status)
		}
		if w.hunks != nil && !reflect.DeepEqual(g.Hunks, w.hunks) {
			t.Errorf("row %d hunks %q, want %q", i, g.Hunks, w.hunks)
		}
	}
	// The split row is compared with the old row's whole text.
	if d[3].Old != "サービス開始は2019年です。" {
		t.Errorf("split row's old text %q", d[3].Old)
	}
	// The merged row is compared with the old rows joined by a line break and
	// carries the most demanding of their findings.
	if d[4].Old != "ISMS認証を取得。\nPマークを取得。" || d[4].Previous == nil || d[4].Previous.Verdict != Correction || !d[4].CheckAddressed {
		t.Errorf("merged row %+v", d[4])
	}
	if d[0].Previous == nil || d[0].Previous.Verdict != Conforms || d[0].OldApp != 12 {
		t.Errorf("renumbered row keeps its finding: %+v", d[0])
	}
	if d[6].Previous != nil {
		t.Errorf("a new item 12 must not inherit the withdrawn item 12's finding: %+v", d[6].Previous)
	}

	// The same map read backwards pairs the same rows the other way round.
	back := Compare(CompareInput{OldEdition: "ref-2026", NewEdition: "ref-2024", Map: m, Old: in.New, New: in.Old})
	got := map[string]string{}
	for _, x := range back {
		got[x.Item+" "+string(x.Status)] = x.From + " " + x.Mapping
	}
	for k, v := range map[string]string{
		"4.1 moved": "5.1 renumbered", "7 moved": "7.1,7.2 merged", "9.1 moved": "9 split",
		"9.2 moved": "9 split", "12 added": " added", "12 removed": "12 withdrawn",
	} {
		if got[k] != v {
			t.Errorf("reversed map: %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

func TestCompareOrder(t *testing.T) {
	ans := func(ids ...string) []Answer {
		var a []Answer
		for _, id := range ids {
			a = append(a, Answer{Item: id, Text: "x"})
		}
		return a
	}
	d := Compare(CompareInput{
		Old:   ans("10", "2", "99"),
		New:   ans("10.1", "10", "2", "1", "x1", "3"),
		Order: []string{"3", "1"},
	})
	var got []string
	for _, x := range d {
		got = append(got, x.Item)
	}
	want := []string{"3", "1", "2", "10", "10.1", "99", "x1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestCompareItemIDs(t *testing.T) {
	sorted := []string{"1", "2", "2.1", "2.10", "9", "10", "10.1", "10.2", "011.5", "100", "A1", "A2", "A10", "b"}
	for i := range sorted {
		for j := range sorted {
			got := compareItemIDs(sorted[i], sorted[j])
			want := cmpInt(i, j)
			if got != want {
				t.Errorf("compareItemIDs(%q, %q) = %d, want %d", sorted[i], sorted[j], got, want)
			}
		}
	}
	if compareItemIDs("01", "1") == 0 {
		t.Error("01 and 1 must still order deterministically")
	}
}

func TestCompareDeterministic(t *testing.T) {
	old, new := benchSubmissions(60)
	in := CompareInput{Old: old, New: new}
	a, b := Compare(in), Compare(in)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two comparisons of the same input differ")
	}
	changed := 0
	for _, d := range a {
		checkReconstructs(t, d)
		if d.Status == Changed {
			changed++
		}
	}
	if changed == 0 {
		t.Error("the generated submissions have no changed row")
	}
}

func TestCompareRecoversFromPanic(t *testing.T) {
	w := newWordDiffer()
	w.beforeDiff = func(old, _ string) {
		if strings.Contains(old, "爆発") {
			panic("simulated go-diff panic")
		}
	}
	d := compareWith(CompareInput{
		Old: []Answer{{Item: "1", Text: "爆発する旧回答"}, {Item: "2", Text: "普通の旧回答"}},
		New: []Answer{{Item: "1", Text: "新しい回答"}, {Item: "2", Text: "普通の新回答"}},
	}, w)
	if len(d) != 2 {
		t.Fatalf("rows %+v", d)
	}
	if d[0].Err == "" || !strings.Contains(d[0].Err, "simulated go-diff panic") {
		t.Errorf("Err = %q", d[0].Err)
	}
	if !reflect.DeepEqual(d[0].Hunks, []Hunk{del("爆発する旧回答"), ins("新しい回答")}) || d[0].Status != Changed {
		t.Errorf("fallback row %+v", d[0])
	}
	if d[1].Err != "" || d[1].Status != Changed {
		t.Errorf("the next row is diffed normally: %+v", d[1])
	}
	checkReconstructs(t, d[0])
	checkReconstructs(t, d[1])
}

func TestCompareCoarse(t *testing.T) {
	t.Run("row_over_the_rune_cap_gets_sentence_hunks", func(t *testing.T) {
		long := strings.Repeat("あ", maxDiffRunes) + "。"
		d := compareOne(t, long+"旧い文です。", long+"新しい文です。")
		if !d.Coarse || d.Status != Changed {
			t.Fatalf("Coarse %v status %s", d.Coarse, d.Status)
		}
		want := []Hunk{eq(long), del("旧い文です。"), ins("新しい文です。")}
		if !reflect.DeepEqual(d.Hunks, want) {
			t.Errorf("hunks %q", d.Hunks)
		}
	})
	t.Run("rows_over_the_cost_budget_get_whole_runs", func(t *testing.T) {
		w := newWordDiffer()
		w.maxCost = 100
		d := compareWith(CompareInput{
			Old: []Answer{{Item: "1", Text: "短い。長い文章はここから始まります。"}},
			New: []Answer{{Item: "1", Text: "短い。長い文章はここから始まりました。"}},
		}, w)
		if !d[0].Coarse {
			t.Errorf("Coarse false: %+v", d[0])
		}
		if want := []Hunk{eq("短い。"), del("長い文章はここから始まります。"), ins("長い文章はここから始まりました。")}; !reflect.DeepEqual(d[0].Hunks, want) {
			t.Errorf("hunks %q", d[0].Hunks)
		}
	})
	t.Run("under_the_caps_is_fine", func(t *testing.T) {
		d := compareOne(t, "短い。", "長い。")
		if d.Coarse {
			t.Error("Coarse on a short row")
		}
	})
}

func TestSummarizeDiffs(t *testing.T) {
	d := []ItemDiff{
		{Status: Unchanged, FormOnly: true},
		{Status: Unchanged},
		{Status: Changed, CheckAddressed: true, Coarse: true},
		{Status: Changed, Err: "x"},
		{Status: Removed, CheckAddressed: true},
	}
	s := SummarizeDiffs(d)
	want := DiffSummary{
		Counts:   map[ItemStatus]int{Unchanged: 2, Changed: 2, Removed: 1, Added: 0, Moved: 0},
		FormOnly: 1, CheckAddressed: 2, Coarse: 1, Failed: 1,
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("summary %+v, want %+v", s, want)
	}
}

func TestCarryForward(t *testing.T) {
	prev := func(v Verdict, rev int64) *Finding {
		return &Finding{App: 99, Verdict: v, Note: "備考:" + string(v), Revision: rev}
	}
	d := []ItemDiff{
		{Item: "1", From: "1", Status: Unchanged, Previous: prev(Conforms, 3), OldApp: 12},
		{Item: "2", From: "2", Status: Unchanged, FormOnly: true, Previous: prev(NotApplicable, 1), OldApp: 12},
		{Item: "3", From: "3", Status: Changed, Previous: prev(Conforms, 1), OldApp: 12},
		{Item: "4", From: "4", Status: Unchanged, Previous: prev(Correction, 2), CheckAddressed: true, OldApp: 12},
		{Item: "5", From: "5", Status: Unchanged, Previous: prev(Query, 2), CheckAddressed: true, OldApp: 12},
		{Item: "6", From: "6", Status: Unchanged, Previous: prev(Nonconforming, 2), CheckAddressed: true, OldApp: 12},
		{Item: "7", From: "7", Status: Unchanged, Previous: prev(Unreviewed, 0), OldApp: 12},
		{Item: "8", From: "8", Status: Unchanged, OldApp: 12},
		{Item: "9", From: "9", Status: Unchanged, Previous: prev(Conforms, 1), OldApp: 12},
		{Item: "10", From: "10", Status: Unchanged, Previous: prev(Conforms, 4), OldApp: 12},
		{Item: "11", From: "10.1", Status: Moved, Previous: prev(Conforms, 1), OldApp: 12},
	}
	current := map[string]Finding{
		"9":  {Item: "9", Verdict: Query},       // the reviewer already decided: left alone
		"10": {Item: "10", Verdict: Unreviewed}, // recorded but undecided: carried
	}
	got := CarryForward(d, current)
	want := []Finding{
		{Item: "1", Verdict: Conforms, Note: "備考:conforms", Origin: "carried from application 12 item 1 (revision 3)"},
		{Item: "2", Verdict: NotApplicable, Note: "備考:not-applicable", Origin: "carried from application 12 item 2 (revision 1)"},
		{Item: "10", Verdict: Conforms, Note: "備考:conforms", Origin: "carried from application 12 item 10 (revision 4)"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CarryForward\n got %+v\nwant %+v", got, want)
	}
}

func TestCompareOldAppFallsBackToTheFinding(t *testing.T) {
	d := Compare(CompareInput{
		Old:         []Answer{{Item: "1", Text: "同じ"}},
		New:         []Answer{{Item: "1", Text: "同じ"}},
		OldFindings: map[string]Finding{"1": {App: 7, Item: "1", Verdict: Conforms, Revision: 2}},
	})
	c := CarryForward(d, nil)
	if len(c) != 1 || c[0].Origin != "carried from application 7 item 1 (revision 2)" {
		t.Errorf("CarryForward %+v", c)
	}
}

func TestItemDiffJSON(t *testing.T) {
	d := ItemDiff{Item: "5.1", From: "4.1", Mapping: "renumbered", Status: Moved, Old: "旧", New: "新",
		Hunks: []Hunk{del("旧"), ins("新")}, Previous: &Finding{Verdict: Correction}, CheckAddressed: true}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"item":"5.1","status":"moved","form_only":false,"from":"4.1","to":"5.1","mapping":"renumbered",` +
		`"hunks":[{"op":"delete","text":"旧"},{"op":"insert","text":"新"}],"previous_verdict":"correction",` +
		`"check_addressed":true,"old":"旧","new":"新"}`
	if string(b) != want {
		t.Errorf("json\n got %s\nwant %s", b, want)
	}
	b, _ = json.Marshal(ItemDiff{Item: "3", From: "3", Status: Removed})
	if want := `{"item":"3","status":"removed","form_only":false,"from":"3","to":"","hunks":[],"previous_verdict":null,"check_addressed":false,"old":"","new":""}`; string(b) != want {
		t.Errorf("json\n got %s\nwant %s", b, want)
	}
}

func TestCompareEvidence_same_renamed_new_version_new_gone(t *testing.T) {
	old := []EvidenceDoc{{Name: "規程.pdf", SHA256: "a1"}, {Name: "ISMS.pdf", SHA256: "b1"}, {Name: "old.pdf", SHA256: "c1"},
		{Name: "決算書.pdf", SHA256: "d1"}, {Name: "決算書.pdf", SHA256: "d2"}}
	cur := []EvidenceDoc{{Name: "ＩＳＭＳ証明.pdf", SHA256: "b1"}, {Name: "規程.PDF", SHA256: "a2"}, {Name: "決算書.xlsx", SHA256: "d3"}, {Name: "new.pdf", SHA256: "e1"}}
	got := CompareEvidence(old, cur)
	want := []EvidenceChange{
		{Name: "ＩＳＭＳ証明.pdf", SHA256: "b1", State: EvidenceSame, PreviousSHA256: "b1", PreviousName: "ISMS.pdf"},
		{Name: "規程.PDF", SHA256: "a2", State: EvidenceNewVersion, PreviousSHA256: "a1", PreviousName: "規程.pdf"},
		{Name: "決算書.xlsx", SHA256: "d3", State: EvidenceNewVersion, PreviousSHA256: "d2", PreviousName: "決算書.pdf"},
		{Name: "new.pdf", SHA256: "e1", State: EvidenceNew},
		{Name: "old.pdf", State: EvidenceGone, PreviousSHA256: "c1"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
	d := []ItemDiff{{Item: "1", From: "1", Status: Unchanged}, {Item: "2", Status: Added}, {Item: "3", From: "3", Status: Removed}}
	AttachEvidence(d, map[string][]EvidenceDoc{"1": old[:1], "3": old[2:3]}, map[string][]EvidenceDoc{"1": old[:1], "2": cur[3:]})
	if len(d[0].Evidence) != 1 || d[0].Evidence[0].State != EvidenceSame || d[0].EvidenceChanged() ||
		d[1].Evidence[0].State != EvidenceNew || d[2].Evidence[0].State != EvidenceGone || !d[2].EvidenceChanged() {
		t.Fatalf("attached %+v", d)
	}
	if b, _ := json.Marshal(d[0]); !strings.Contains(string(b), `"evidence":[{"name":"規程.pdf","sha256":"a1","state":"same","previous_sha256":"a1"}]`) {
		t.Fatalf("a row's evidence in JSON: %s", b)
	}
	if b, _ := json.Marshal(ItemDiff{Item: "9"}); strings.Contains(string(b), "evidence") {
		t.Fatalf("a row without evidence on either side carries the key: %s", b)
	}
}
