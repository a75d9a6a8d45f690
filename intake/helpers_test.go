package intake

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/criteria"
)

// testRegistry is the reference registry plus the holdout-demo edition the
// example submissions are written against.
var testRegistry = sync.OnceValue(func() *criteria.Registry {
	data, err := os.ReadFile(filepath.Join("testdata", "holdout-demo.catalog.json"))
	if err != nil {
		panic(err)
	}
	c, err := criteria.ParseCatalog(data)
	if err != nil {
		panic(err)
	}
	r := criteria.Reference().Clone()
	if err := r.AddCatalog(c); err != nil {
		panic(err)
	}
	return r
})

func testOptions() Options { return Options{Registry: testRegistry()} }

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// wantError asserts err is one *Error whose one-line message names the file
// and holds every fragment.
func wantError(t *testing.T, err error, file string, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one naming %s and %q", file, fragments)
	}
	var ie *Error
	if !errors.As(err, &ie) {
		t.Fatalf("error %T %v is not an *intake.Error", err, err)
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\r\n") {
		t.Errorf("message is not one line: %q", msg)
	}
	if !strings.HasPrefix(msg, file+": ") {
		t.Errorf("message %q does not start with the file name %q", msg, file)
	}
	for _, f := range fragments {
		if !strings.Contains(msg, f) {
			t.Errorf("message %q does not contain %q", msg, f)
		}
	}
}

// sheetRows is the content of one sheet for makeWorkbook: rows from A1.
type sheetRows struct {
	name  string
	rows  [][]any
	merge []string // ranges such as "B2:B4"
}

// makeWorkbook builds an .xlsx in memory with excelize.
func makeWorkbook(t testing.TB, sheets ...sheetRows) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merge {
			from, to, _ := strings.Cut(m, ":")
			if err := f.MergeCell(s.name, from, to); err != nil {
				t.Fatal(err)
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// coverSheet is a 申請書 sheet for the holdout-demo edition.
func coverSheet(extra ...[]any) sheetRows {
	rows := [][]any{
		{"制度", "asp-saas"},
		{"版", "holdout-demo"},
		{"申請区分", "新規"},
		{"事業者名", "北斗クラウドテクノロジー株式会社"},
	}
	return sheetRows{name: SheetCover, rows: append(rows, extra...)}
}

var itemsHeader = []any{"No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡"}
