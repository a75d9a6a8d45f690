package intake

import (
	"testing"
)

// An applicant's reply per row (回答) comes in through every form: a 回答
// column in the workbook and the CSV, "reply" on a JSON item.
func TestReplies_in_all_three_forms(t *testing.T) {
	const reply = "ご指摘を受け、郵便番号を追記しました。\n登記簿と一致しています。"
	wb := makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{
		{"No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "回答"},
		{"4", "事業所", "本店の住所と郵便番号", "必須", "〒103-0025 東京都中央区日本橋茅場町五丁目22番18号", "", reply},
		{"", "", "事業所数", "必須", "2か所", "", ""},
	}})
	csv := "項目ID,情報開示内容,回答\r\n4.1,〒103-0025 東京都中央区,\"" + reply + "\"\r\n4.2,2か所,\r\n"
	json := `{"format":"shinsa-submission/1","scheme":"asp-saas","edition":"holdout-demo","kind":"new",
		"applicant":{"name":"北斗クラウドテクノロジー株式会社"},"service":"北斗電子契約",
		"items":[{"id":"4.1","answer":"〒103-0025 東京都中央区","reply":"` + "ご指摘を受け、郵便番号を追記しました。\\n登記簿と一致しています。" + `"},{"id":"4.2","answer":"2か所"}]}`
	for _, c := range []struct {
		name string
		data []byte
		opt  Options
	}{
		{"r2.xlsx", wb, testOptions()},
		{"r2.csv", []byte(csv), csvOptions()},
		{"r2.json", []byte(json), testOptions()},
	} {
		sub, err := Read(c.name, c.data, c.opt)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := map[string]string{}
		for _, a := range sub.Answers {
			got[a.Item] = a.Reply
		}
		if got["4.1"] != reply || got["4.2"] != "" {
			t.Errorf("%s: replies = %q", c.name, got)
		}
	}
}
