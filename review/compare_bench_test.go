package review

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkCompare300 compares two 300-row submissions in which one row in
// ten was edited (a number changed, a sentence added or a word replaced).
func BenchmarkCompare300(b *testing.B) {
	old, new := benchSubmissions(300)
	in := CompareInput{Old: old, New: new}
	b.ReportAllocs()
	for b.Loop() {
		Compare(in)
	}
}

// BenchmarkCompareRewrite: one 3,000-rune answer rewritten from scratch
// with other sentences of the same kind. (Random text of that size, which
// shares almost nothing, is Myers' worst case: about 70 ms, the most the cost
// budget lets one replaced run take.)
func BenchmarkCompareRewrite(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	old, new := benchText(r, 3000), benchText(r, 3000)
	in := CompareInput{Old: []Answer{{Item: "1", Text: old}}, New: []Answer{{Item: "1", Text: new}}}
	b.ReportAllocs()
	for b.Loop() {
		Compare(in)
	}
}

func TestBenchSubmissionsAreRealistic(t *testing.T) {
	old, new := benchSubmissions(300)
	if len(old) != 300 || len(new) != 300 {
		t.Fatalf("rows %d, %d", len(old), len(new))
	}
	edited := 0
	for i := range old {
		n := utf8.RuneCountInString(old[i].Text)
		if n < 50 || n > 400 {
			t.Errorf("row %s has %d runes", old[i].Item, n)
		}
		if old[i].Text != new[i].Text {
			edited++
		}
	}
	if edited != 30 {
		t.Errorf("%d rows edited, want 30", edited)
	}
	o2, n2 := benchSubmissions(300)
	if o2[7].Text != old[7].Text || n2[290].Text != new[290].Text {
		t.Error("the generator is not deterministic")
	}
}

var (
	benchWards   = []string{"千代田区丸の内", "港区芝公園", "中央区日本橋", "新宿区西新宿", "渋谷区道玄坂", "品川区大崎"}
	benchPlaces  = []string{"東京都内のデータセンター", "大阪府内のデータセンター", "国内の遠隔地", "別リージョンのストレージ"}
	benchWhen    = []string{"毎日", "毎週", "毎時", "毎月"}
	benchChannel = []string{"電子メール", "電話", "Webフォーム", "チャット"}
	benchSwaps   = [][2]string{{"電子メール", "Webフォーム"}, {"毎日", "毎週"}, {"暗号化", "ハッシュ化"}, {"点検", "監査"}, {"利用者", "契約者"}}
)

// benchSentence is one plausible sentence of a disclosure table.
func benchSentence(r *rand.Rand) string {
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	switch r.IntN(10) {
	case 0:
		return fmt.Sprintf("本店所在地は〒%03d-%04d 東京都%s%d-%d-%dです。", 100+r.IntN(900), r.IntN(10000), pick(benchWards), 1+r.IntN(9), 1+r.IntN(20), 1+r.IntN(30))
	case 1:
		return fmt.Sprintf("売上高は%s円[%d年%d月期]です。", commas(r.Int64N(9_000_000_000)+1_000_000), 2020+r.IntN(6), 1+r.IntN(12))
	case 2:
		return fmt.Sprintf("バックアップは%s取得し、%d世代を%sに保管しています。", pick(benchWhen), 2+r.IntN(30), pick(benchPlaces))
	case 3:
		return fmt.Sprintf("通信はTLS1.%dで暗号化し、保存データはAES-256で暗号化しています。", 2+r.IntN(2))
	case 4:
		return fmt.Sprintf("従業員数は%d名（うち情報セキュリティ担当者%d名）です。", 20+r.IntN(2000), 1+r.IntN(40))
	case 5:
		return fmt.Sprintf("サービス稼働率の目標値は99.%d%%とし、実績を毎月公開しています。", 5+r.IntN(5))
	case 6:
		return fmt.Sprintf("問い合わせは平日9:00〜18:00に%s及び%sで受け付けます。", pick(benchChannel), pick(benchChannel))
	case 7:
		return fmt.Sprintf("ISMS（ISO/IEC 27001）認証を%d年に取得し、毎年維持審査を受けています。", 2005+r.IntN(20))
	case 8:
		return fmt.Sprintf("アクセスログは%dか月間保存し、定期的に点検しています。", 3+r.IntN(22))
	}
	return fmt.Sprintf("障害発生時は%d時間以内に利用者へ%sで通知します。", 1+r.IntN(24), pick(benchChannel))
}

// benchText is sentences up to about n runes (at least one sentence).
func benchText(r *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() == 0 || utf8.RuneCountInString(b.String()) < n {
		s := benchSentence(r)
		if b.Len() > 0 && utf8.RuneCountInString(b.String()+s) > n {
			break
		}
		b.WriteString(s)
	}
	return b.String()
}

func commas(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// benchSubmissions generates two deterministic submissions of n rows (ids
// 1.1, 1.2, 1.3, 2.1, …; 50–400 runes each); every tenth row of the second
// is edited: a number changed, a sentence added or a word replaced.
func benchSubmissions(n int) (old, new []Answer) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		id := fmt.Sprintf("%d.%d", i/3+1, i%3+1)
		text := benchText(r, 50+r.IntN(351))
		for utf8.RuneCountInString(text) < 50 {
			text += benchSentence(r)
		}
		old = append(old, Answer{Item: id, Text: text})
		edited := text
		if i%10 == 5 {
			edited = benchEdit(r, text, i/10%3)
		}
		new = append(new, Answer{Item: id, Text: edited})
	}
	return old, new
}

func benchEdit(r *rand.Rand, text string, kind int) string {
	switch kind {
	case 0: // change the first number
		start := strings.IndexAny(text, "0123456789")
		if start >= 0 {
			end := start
			for end < len(text) && (text[end] >= '0' && text[end] <= '9' || text[end] == ',') {
				end++
			}
			return text[:start] + commas(int64(r.IntN(1_000_000))+1_000_000) + text[end:]
		}
	case 1: // replace a word
		for _, s := range benchSwaps {
			if strings.Contains(text, s[0]) {
				return strings.Replace(text, s[0], s[1], 1)
			}
		}
	}
	// add a sentence after the first one
	cut := strings.Index(text, "。") + len("。")
	return text[:cut] + "なお、上記の内容は年1回見直し、変更時は30日前までに利用者へ通知します。" + text[cut:]
}
