//go:build linux

package intake

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// Peak memory of reading a workbook, measured as a separate process's
// maximum resident set (ru_maxrss): the test binary runs itself with
// INTAKE_PEAK_FILE set, reads that one file and exits.

func init() {
	file := os.Getenv("INTAKE_PEAK_FILE")
	if file == "" {
		return
	}
	lim := DefaultLimits()
	if p, _ := strconv.ParseInt(os.Getenv("INTAKE_PEAK_PART"), 10, 64); p > 0 {
		lim.Part = p
	}
	// What Read does with a workbook's sheets, whatever its cover says.
	rows, err := func() (int, error) {
		data, err := os.ReadFile(file)
		if err != nil {
			return 0, err
		}
		w, err := openWorkbook(filepath.Base(file), data, lim.orDefaults())
		if err != nil {
			return 0, err
		}
		defer w.close()
		n := 0
		for _, sheet := range w.sheetNames() {
			rows, merges, err := w.readSheet(sheet, false)
			if err != nil {
				return 0, err
			}
			if err := w.applyMerges(sheet, rows, merges); err != nil {
				return 0, err
			}
			n += len(rows)
		}
		return n, nil
	}()
	if err != nil {
		fmt.Println(err)
	} else {
		fmt.Printf("read %d rows\n", rows)
	}
	os.Exit(0)
}

// peakMB reads file in a child process and returns its peak resident
// memory in MB and what it printed.
func peakMB(t *testing.T, file string, part int64) (float64, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "INTAKE_PEAK_FILE="+file, "INTAKE_PEAK_PART="+strconv.FormatInt(part, 10))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v %s", err, out)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return float64(ru.Maxrss) / 1024, strings.TrimSpace(string(out)) // Linux: KiB
}

// writeInflating writes a workbook whose one part named big expands to
// about n bytes of repetitions of unit between head and tail, and whose
// other parts are a minimal workbook's.
func writeInflating(t *testing.T, path, big, head, unit, tail string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestCompression) })
	put := func(name, body string) {
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)
	put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="開示項目" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
	small := map[string]string{
		"xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
		"xl/sharedStrings.xml":     `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>No</t></si></sst>`,
	}
	for name, body := range small {
		if name != big {
			put(name, body)
		}
	}
	w, _ := zw.Create(big)
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(head)
	for written := 0; written < n; written += len(unit) {
		bw.WriteString(unit)
	}
	bw.WriteString(tail)
	bw.Flush()
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

const sheetHead = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
const sstHead = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>No</t></si>`

// A 270 KB workbook that inflates to 240 MiB — a sheet of one cell repeated,
// or shared strings of one string repeated — is refused with one line
// naming the file and the part, and reading it peaks far under 300 MB; so
// does the same with the per-part limit raised past it, when the cell limit
// stops it instead, and a workbook just within every limit. A normal
// workbook of 10,000 rows stays close to its content.
func TestPeakMemoryOfInflatingWorkbooks(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 240 MiB through deflate")
	}
	dir := t.TempDir()
	const inflated = 240 << 20
	row := `<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>回答</t></is></c><c><v>1</v></c></row>`
	huge := strings.Repeat("あ", (1<<20)/3-1) // just under 1 MiB, the cell limit
	cases := []struct {
		name, big, head, unit, tail string
		n                           int
		part                        int64
		want                        string
		maxKB                       int64 // the file must be this small to count as the workbook
	}{
		{"sheet of repeated cells", "xl/worksheets/sheet1.xml", sheetHead, row, `</sheetData></worksheet>`, inflated, 0,
			"cells.xlsx: xl/worksheets/sheet1.xml: the part expands to", 1024},
		{"shared strings repeated", "xl/sharedStrings.xml", sstHead, `<si><t>同じ文字列</t></si>`, `</sst>`, inflated, 0,
			"strings.xlsx: xl/sharedStrings.xml: the part expands to", 1024},
		{"sheet of repeated cells, part limit raised", "xl/worksheets/sheet1.xml", sheetHead, row, `</sheetData></worksheet>`, inflated, 256 << 20,
			"cells-raised.xlsx: sheet 開示項目 row ", 1024},
		{"shared strings repeated, part limit raised", "xl/sharedStrings.xml", sstHead, `<si><t>同じ文字列</t></si>`, `</sst>`, inflated, 256 << 20,
			"strings-raised.xlsx: xl/sharedStrings.xml: the workbook has more than 2000000 shared strings", 1024},
		{"shared strings of 1 MiB each, within every limit", "xl/sharedStrings.xml", sstHead, `<si><t>` + huge + `</t></si>`, `</sst>`, 63 << 20, 0,
			"read 1 rows", 0},
	}
	files := []string{"cells.xlsx", "strings.xlsx", "cells-raised.xlsx", "strings-raised.xlsx", "within.xlsx"}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, files[i])
			writeInflating(t, path, tc.big, tc.head, tc.unit, tc.tail, tc.n)
			st, _ := os.Stat(path)
			if tc.maxKB > 0 && st.Size() > tc.maxKB<<10 {
				t.Fatalf("the workbook is %d KB, not the small file the test is about", st.Size()>>10)
			}
			mb, out := peakMB(t, path, tc.part)
			t.Logf("%s: %d KB file, %d MiB inflated: peak %.0f MB: %s", files[i], st.Size()>>10, tc.n>>20, mb, out)
			if !strings.HasPrefix(out, tc.want) || strings.Contains(out, "\n") {
				t.Errorf("got %q, want one line starting %q", out, tc.want)
			}
			if mb >= 300 {
				t.Errorf("peak memory %.0f MB, over 300 MB", mb)
			}
		})
	}
	t.Run("normal 10,000 rows", func(t *testing.T) {
		data, _ := bench10k()
		path := filepath.Join(dir, "10k.xlsx")
		os.WriteFile(path, data, 0o600)
		mb, out := peakMB(t, path, 0)
		t.Logf("10k.xlsx: %d KB file: peak %.0f MB: %s", len(data)>>10, mb, out)
		if !strings.HasPrefix(out, "read 10") {
			t.Errorf("got %q", out)
		}
		if mb >= 100 {
			t.Errorf("peak memory %.0f MB reading a %d KB workbook of 10,000 short rows", mb, len(data)>>10)
		}
	})
}
