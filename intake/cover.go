package intake

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"shinsa/criteria"
	"shinsa/review"
)

// Cover field keys, as Submission.Cover uses them: the JSON names of
// FORMATS.md §2.1.
const (
	FieldScheme              = "scheme"
	FieldEdition             = "edition"
	FieldKind                = "kind"
	FieldApplicant           = "applicant"
	FieldCorporateNumber     = "corporate_number"
	FieldService             = "service"
	FieldCertificationNumber = "certification_number"
	FieldDisclosureDate      = "disclosure_date"
	FieldSubmitted           = "submitted"
)

var fieldOrder = []string{
	FieldScheme, FieldEdition, FieldKind, FieldApplicant, FieldCorporateNumber,
	FieldService, FieldCertificationNumber, FieldDisclosureDate, FieldSubmitted,
}

// fieldNames are the cover labels of the 申請書 sheet, used in messages.
var fieldNames = map[string]string{
	FieldScheme:              "制度",
	FieldEdition:             "版",
	FieldKind:                "申請区分",
	FieldApplicant:           "事業者名",
	FieldCorporateNumber:     "法人番号",
	FieldService:             "サービス名称",
	FieldCertificationNumber: "認定番号",
	FieldDisclosureDate:      "開示情報の日付",
	FieldSubmitted:           "提出日",
}

// coverValue is one cover field as read, with the place it came from.
type coverValue struct {
	value string
	where string // 申請書!B5, scheme, --scheme
	flag  bool
}

// cover collects the cover fields of one submission from the file and the
// flags, and turns them into an Application and its catalog.
type cover struct {
	file    string
	vals    map[string]coverValue
	date    func(string) (review.Date, error) // how this form writes dates
	missing string                            // how to supply a missing field, for messages
}

func newCover(file string, date func(string) (review.Date, error), missing string) *cover {
	return &cover{file: file, vals: map[string]coverValue{}, date: date, missing: missing}
}

func (c *cover) set(field, value, where string) {
	c.vals[field] = coverValue{value: strings.TrimSpace(value), where: where}
}

func (c *cover) parseDate(v coverValue) (review.Date, error) {
	if v.flag {
		return ParseDate(v.value)
	}
	return c.date(v.value)
}

// finish merges the flags in, resolves scheme and edition against the
// registry and parses kind and dates. It returns the application (without
// id, status or round), its catalog, and the provenance of each field.
func (c *cover) finish(opt Options) (review.Application, *criteria.Catalog, map[string]string, error) {
	var app review.Application
	reg := opt.Registry
	flags := map[string]string{
		FieldScheme: opt.Cover.Scheme, FieldEdition: opt.Cover.Edition, FieldKind: opt.Cover.Kind,
		FieldApplicant: opt.Cover.Applicant, FieldCorporateNumber: opt.Cover.CorporateNumber,
		FieldService: opt.Cover.Service, FieldCertificationNumber: opt.Cover.CertificationNumber,
		FieldDisclosureDate: opt.Cover.DisclosureDate, FieldSubmitted: opt.Cover.Submitted,
	}
	for _, field := range fieldOrder {
		fv := strings.TrimSpace(flags[field])
		if fv == "" {
			continue
		}
		flag := coverValue{value: fv, where: "--" + strings.ReplaceAll(field, "_", "-"), flag: true}
		cur, ok := c.vals[field]
		if !ok || cur.value == "" {
			c.vals[field] = flag
			continue
		}
		if !c.same(reg, field, cur, flag) {
			return app, nil, nil, errorf(c.file, cur.where, "%s is %q here but %s says %q; drop the flag or correct the file", fieldNames[field], cur.value, flag.where, flag.value)
		}
	}

	sv, ok := c.vals[FieldScheme]
	if !ok || sv.value == "" {
		return app, nil, nil, errorf(c.file, "", "no 制度 (scheme): %s", c.missing)
	}
	scheme, ok := resolveScheme(reg, sv.value)
	if !ok {
		return app, nil, nil, errorf(c.file, sv.where, "unknown scheme %q (known: %s)", sv.value, strings.Join(reg.Schemes(), ", "))
	}
	ev := c.vals[FieldEdition]
	cat, err := reg.Catalog(scheme, ev.value)
	if err != nil {
		where := ev.where
		if where == "" {
			where = sv.where
		}
		return app, nil, nil, errorf(c.file, where, "%v", err)
	}

	app.Scheme, app.Edition, app.Source = scheme, cat.Edition, c.file
	app.Kind = review.New
	if kv := c.vals[FieldKind]; kv.value != "" {
		if app.Kind, err = review.ParseKind(kv.value); err != nil {
			return app, nil, nil, errorf(c.file, kv.where, "%v", err)
		}
	}
	if opt.Kind != "" {
		if app.Kind, err = review.ParseKind(string(opt.Kind)); err != nil {
			return app, nil, nil, errorf(c.file, "--kind", "%v", err)
		}
	}
	app.Applicant = c.vals[FieldApplicant].value
	app.CorporateNumber = c.vals[FieldCorporateNumber].value
	app.Service = c.vals[FieldService].value
	app.CertificationNumber = c.vals[FieldCertificationNumber].value
	for _, d := range []struct {
		field string
		to    *review.Date
	}{{FieldDisclosureDate, &app.DisclosureDate}, {FieldSubmitted, &app.Submitted}} {
		v := c.vals[d.field]
		if v.value == "" {
			continue
		}
		if *d.to, err = c.parseDate(v); err != nil {
			return app, nil, nil, errorf(c.file, v.where, "%s: %v", fieldNames[d.field], err)
		}
	}

	prov := make(map[string]string, len(c.vals))
	for field, v := range c.vals {
		if v.value == "" {
			continue
		}
		if v.flag {
			prov[field] = v.where
		} else {
			prov[field] = c.file + " " + v.where
		}
	}
	return app, cat, prov, nil
}

// same reports whether a flag agrees with the file: schemes by the id they
// resolve to, dates by the day they name, the rest as text up to width.
func (c *cover) same(reg *criteria.Registry, field string, file, flag coverValue) bool {
	switch field {
	case FieldScheme:
		a, okA := resolveScheme(reg, file.value)
		b, okB := resolveScheme(reg, flag.value)
		return okA && okB && a == b
	case FieldDisclosureDate, FieldSubmitted:
		a, errA := c.parseDate(file)
		b, errB := c.parseDate(flag)
		return errA == nil && errB == nil && a == b
	case FieldKind:
		a, errA := review.ParseKind(file.value)
		b, errB := review.ParseKind(flag.value)
		return errA == nil && errB == nil && a == b
	}
	return norm.NFKC.String(file.value) == norm.NFKC.String(flag.value)
}

// resolveScheme finds a scheme by its id or by its Japanese name as cover
// sheets write it (ASP・SaaS, 医療情報ASP・SaaS, ＡＳＰ・ＳａａＳ).
func resolveScheme(reg *criteria.Registry, s string) (string, bool) {
	key := schemeKey(s)
	if key == "" {
		return "", false
	}
	for _, id := range reg.Schemes() {
		if id == s || schemeKey(id) == key || schemeKey(criteria.SchemeTitle(id)) == key {
			return id, true
		}
	}
	for _, cat := range reg.Catalogs() {
		if schemeKey(cat.Title) == key {
			return cat.Scheme, true
		}
	}
	return "", false
}

// schemeKey folds width, case and spacing, and drops the words cover sheets
// add around a scheme's name (…情報開示認定制度).
func schemeKey(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.Join(strings.Fields(s), "")
	for _, suffix := range []string{"の安全・信頼性に係る情報開示認定制度", "情報開示認定制度", "認定制度", "制度"} {
		if strings.HasSuffix(s, suffix) && len(s) > len(suffix) {
			s = strings.TrimSuffix(s, suffix)
			break
		}
	}
	return s
}
