package main

import (
	"fmt"
	"slices"

	"shinsa/criteria"
)

const test2Edition = "ref-2026-test2"

// aspSaaSTest2 derives a test edition of asp-saas from ref-2026, with every
// kind of edition-map entry in it, and the map that joins the two:
//
//   - 2 → 2.1 renumbered, 2.2 法人番号 added
//   - 4.3 split into 4.3 (domestic offices) and 4.4 (offices abroad)
//   - 7.1 and 7.2 merged into 7
//   - 16.2 withdrawn, 16.1 → 16 renumbered
//   - Nos 63 (ISMS) and 64 (プライバシーマーク) swapped: 63.1 → 64.1, 63.2 → 64.2, 64 → 63
func aspSaaSTest2(base *criteria.Catalog) (*criteria.Catalog, criteria.EditionMap) {
	expect := map[string]string{"2": "事業者名", "4.3": "事業所", "7.1": "役員", "7.2": "役員",
		"16.1": "主要取引先", "16.2": "主要取引先", "63.1": "ISMS認証", "63.2": "ISMS認証", "64": "プライバシーマーク"}
	for id, title := range expect {
		it, ok := base.Item(id)
		if !ok || it.Title != title {
			panic(fmt.Sprintf("test2: ref-2026 item %s is not %s any more; update test2.go", id, title))
		}
	}

	c := *base
	c.Edition = test2Edition
	c.Published = "2026-10"
	c.Test = true
	c.Provenance = "shinsa TEST edition: derived by the shinsa project from its asp-saas ref-2026 reference edition to exercise edition maps " +
		"(renumbered, split, merged, withdrawn and added rows); not a real edition and never chosen as the latest."
	c.Categories = slices.Clone(base.Categories)
	c.Items = nil
	emit := func(it criteria.Item, id string, no int) {
		it.ID, it.No = id, no
		c.Items = append(c.Items, it)
	}
	var isms []criteria.Item
	for _, it := range base.Items {
		switch it.ID {
		case "2":
			emit(it, "2.1", 2)
			emit(criteria.Item{Category: it.Category, Title: it.Title, Required: true,
				Description: "法人番号（13桁）",
				Constraints: criteria.Constraints{Kind: criteria.KindText, Pattern: `^[0-9]{13}$`, Hint: "13桁の数字で記載"}}, "2.2", 2)
		case "4.3":
			it.Description = "国内の主な事業所の名称と所在地"
			emit(it, "4.3", 4)
			it.Description = "海外の事業所の有無と所在国"
			it.Constraints = criteria.Constraints{Kind: criteria.KindText}
			emit(it, "4.4", 4)
		case "7.1":
			it.Description = "役員の人数と、各役員の氏名・役職"
			it.Constraints = criteria.Constraints{Kind: criteria.KindText}
			emit(it, "7", 7)
		case "7.2", "16.2":
			// merged into 7 / withdrawn
		case "16.1":
			emit(it, "16", 16)
		case "63.1", "63.2":
			isms = append(isms, it)
		case "64":
			emit(it, "63", 63)
			emit(isms[0], "64.1", 64)
			emit(isms[1], "64.2", 64)
		default:
			emit(it, it.ID, it.No)
		}
	}

	m := criteria.EditionMap{
		Scheme: "asp-saas", From: edition, To: test2Edition,
		Provenance: "shinsa TEST edition map: joins asp-saas ref-2026 to the test edition ref-2026-test2; written by the shinsa project.",
		Entries: []criteria.MapEntry{
			{Kind: criteria.MapRenumbered, From: []string{"2"}, To: []string{"2.1"}, Note: "事業者名は No 2 の1行目になった"},
			{Kind: criteria.MapAdded, To: []string{"2.2"}, Note: "法人番号を追加"},
			{Kind: criteria.MapSplit, From: []string{"4.3"}, To: []string{"4.3", "4.4"}, Note: "主な事業所を国内と海外に分けた"},
			{Kind: criteria.MapMerged, From: []string{"7.1", "7.2"}, To: []string{"7"}, Note: "役員の人数と氏名・役職を1行にまとめた"},
			{Kind: criteria.MapWithdrawn, From: []string{"16.2"}, Note: "取引金融機関の記載を廃止"},
			{Kind: criteria.MapRenumbered, From: []string{"16.1"}, To: []string{"16"}, Note: "No 16 が1行になった"},
			{Kind: criteria.MapRenumbered, From: []string{"63.1"}, To: []string{"64.1"}, Note: "ISMS認証とプライバシーマークの順を入れ替えた"},
			{Kind: criteria.MapRenumbered, From: []string{"63.2"}, To: []string{"64.2"}},
			{Kind: criteria.MapRenumbered, From: []string{"64"}, To: []string{"63"}},
		},
	}
	return &c, m
}
