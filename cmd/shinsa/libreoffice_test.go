package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The workbooks shinsa writes (xlsxw, its own writer) open in an office
// suite other than the one the tests write with: LibreOffice Calc reads
// every sheet of the committee report, the letter and the review worksheet
// to the same cells excelize reads. (Excel itself is not available here;
// LibreOffice is the stricter reader of the two free ones.)
func TestWorkbooksOpenInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("LibreOffice reads shinsa's workbooks back in this test: install it (apt-get install libreoffice-calc-nogui; .ci/run does)")
	}
	path := demoCase(t)
	dir := t.TempDir()
	var books []string
	for _, kind := range []string{"committee", "letter", "worksheet"} {
		out := filepath.Join(dir, kind+".xlsx")
		if r := shinsa(t, "report", path, "3", "--kind", kind, "--format", "xlsx", "-o", out); r.code != 0 {
			t.Fatalf("report %s: %d %s", kind, r.code, r.stderr)
		}
		books = append(books, out)
	}
	csvDir := filepath.Join(dir, "csv")
	// Every sheet to its own CSV (the last token, -1), as displayed.
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile")), "--headless", "--norestore",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", csvDir}
	cmd := exec.Command(soffice, append(args, books...)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	sheets := 0
	for _, book := range books {
		f, err := excelize.OpenFile(book)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			want, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(book), ".xlsx") + "-" + sheet + ".csv"
			data, err := os.ReadFile(filepath.Join(csvDir, name))
			if err != nil {
				t.Errorf("%s: LibreOffice did not read sheet %s: %v", filepath.Base(book), sheet, err)
				continue
			}
			r := csv.NewReader(strings.NewReader(string(data)))
			r.FieldsPerRecord = -1
			got, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if diff := rowsDiffer(trimRows(got), trimRows(want)); diff != "" {
				t.Errorf("%s sheet %s: LibreOffice reads %s", filepath.Base(book), sheet, diff)
			}
			sheets++
		}
		f.Close()
	}
	if sheets < 6 {
		t.Errorf("only %d sheets compared", sheets)
	}

	// A reviewer who opens the worksheet in an office suite and saves it
	// without a change sends back a file shinsa still recognises as its own
	// (the hidden record sheet survives the suite's save) with nothing to
	// import.
	resaved := filepath.Join(dir, "resaved")
	cmd = exec.Command(soffice, append(args[:3:3], "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved, books[2])...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	r := shinsa(t, "import-findings", path, "3", filepath.Join(resaved, "worksheet.xlsx"), "--reviewer", "鈴木")
	if r.code != 0 || !strings.Contains(r.stdout+r.stderr, "nothing imported") {
		t.Errorf("import-findings of the worksheet as LibreOffice saved it: %d %s %s", r.code, r.stdout, r.stderr)
	}
}

// trimRows drops trailing empty cells and trailing empty rows.
func trimRows(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		out[i] = r
	}
	for len(out) > 0 && len(out[len(out)-1]) == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func rowsDiffer(got, want [][]string) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, excelize %d", len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			return fmt.Sprintf("row %d: %d cells %q, excelize %d %q", i+1, len(got[i]), got[i], len(want[i]), want[i])
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				return fmt.Sprintf("row %d cell %d: %q, excelize %q", i+1, j+1, got[i][j], want[i][j])
			}
		}
	}
	return ""
}
