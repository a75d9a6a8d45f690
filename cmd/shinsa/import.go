package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"shinsa/intake"
	"shinsa/review"
	"shinsa/store"
)

func init() {
	register(newImportCmd)
	readCatalogTable = intake.ReadCatalog
}

// byteSize is a size flag: 64MiB, 256MB, 1GiB, 512KiB or a number of bytes.
type byteSize int64

var sizeForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([0-9]+)\s*([KMGkmg]?)(i?[Bb])?$`)
})

func (b *byteSize) Set(s string) error {
	m := sizeForm().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return fmt.Errorf("%q is not a size (write 64MiB, 512KiB or a number of bytes)", s)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return fmt.Errorf("%q is not a size", s)
	}
	shift := map[string]uint{"": 0, "k": 10, "m": 20, "g": 30}[strings.ToLower(m[2])]
	if n <= 0 || n > (1<<62)>>shift {
		return fmt.Errorf("%q is out of range", s)
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		shift uint
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d%s", n>>u.shift, u.name)
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Type() string { return "size" }

func newImportCmd() *cobra.Command {
	def := intake.DefaultLimits()
	var (
		kind               string
		renewalOf, roundOf string
		cover              intake.CoverFlags
		maxFile, maxUnzip  = byteSize(def.FileSize), byteSize(def.Unzip)
		maxPart, maxCells  = byteSize(def.Part), def.Cells
		maxCell            = byteSize(def.Cell)
		maxRows            = def.Rows
	)
	c := &cobra.Command{
		Use:   "import CASEFILE FILE",
		Short: "Import an applicant's submission (workbook, CSV or JSON) as a new application",
		Long: `Read a submission and store it in the case file as a new application, in one
transaction: on any error nothing is written, and the one-line message names
the file and the place (sheet and cell, CSV row and column, or JSON path).

FILE may be
  - the workbook as applicants fill it in Excel (.xlsx): a 申請書 cover sheet and
    a 開示項目 table whose header is found by its labels in the first 10 rows;
  - a CSV of the 開示項目 columns (UTF-8, UTF-8 with BOM, UTF-16 with BOM or
    CP932 as Excel writes it), whose cover comes from the flags below;
  - the canonical JSON (format shinsa-submission/1, FORMATS.md §2.1).
The form is told from the content, not the file name. Answers are kept exactly
as written (line breaks, full-width characters, ～ and 〜); only white space
around them is trimmed. Each answer remembers where it came from.

Cover flags fill what the file leaves out (a CSV has no cover); a flag that
contradicts the file is an error. --kind overrides the file's 申請区分.

On success the new application's id is printed on stdout.`,
		Example: `  shinsa import review.shinsa 申請書_北斗電子契約.xlsx
  shinsa import review.shinsa disclosure.csv --scheme asp-saas --applicant 北斗クラウドテクノロジー株式会社 \
      --service 北斗電子契約 --disclosure-date 2026-10-01
  shinsa import review.shinsa renewal.xlsx --renewal-of 3
  shinsa import review.shinsa resubmission.xlsx --round-of 7
  APP=$(shinsa import review.shinsa new.json) && shinsa check review.shinsa "$APP"`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			path, file := args[0], args[1]
			opt := store.ImportOptions{Actor: reviewer(cmd), SourceName: filepath.Base(file)}
			var err error
			if renewalOf != "" {
				if opt.RenewalOf, err = appID(renewalOf); err != nil {
					return err
				}
			}
			if roundOf != "" {
				if opt.RoundOf, err = appID(roundOf); err != nil {
					return err
				}
			}
			if opt.RenewalOf != 0 && opt.RoundOf != 0 {
				return fail(exitBad, "give --renewal-of or --round-of, not both: a later round follows its first round's predecessor")
			}
			in := intake.Options{
				Cover:  cover,
				Limits: intake.Limits{FileSize: int64(maxFile), Unzip: int64(maxUnzip), Part: int64(maxPart), Cell: int(maxCell), Rows: maxRows, Cells: maxCells},
			}
			if kind != "" {
				k, err := review.ParseKind(kind)
				if err != nil {
					return fail(exitBad, "--kind: %v", err)
				}
				in.Kind = k
			}
			if maxRows <= 0 {
				return fail(exitBad, "--max-rows must be 1 or more")
			}

			s, err := openCase(path)
			if err != nil {
				return err
			}
			defer s.Close()
			if in.Registry, err = s.Registry(ctx); err != nil {
				return bad(err)
			}
			data, err := readLimited(file, in.Limits.FileSize)
			if err != nil {
				return err
			}
			opt.SourceSHA256 = sha256hex(data)
			sub, err := intake.Read(filepath.Base(file), data, in)
			if err != nil {
				var ie *intake.Error
				if errors.As(err, &ie) {
					ie.File = file // name the file as the user typed it
					if strings.Contains(ie.Msg, "has no edition") {
						ie.Msg += fmt.Sprintf("; load that edition first: shinsa criteria import %s CATALOG.json", path)
					}
				}
				return bad(err)
			}
			if opt.RenewalOf != 0 && sub.App.Kind == review.New {
				return fail(exitBad, "%s: --renewal-of links a renewal or change notice, but the submission is 新規 (new); add --kind renewal or --kind change", file)
			}
			id, err := s.Import(ctx, sub, opt)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", path, err))
			}
			fmt.Fprintln(cmd.OutOrStdout(), id)
			fmt.Fprintf(cmd.ErrOrStderr(), "imported %s as application %d: %s %s %s, %d answers\n",
				review.SanitizeLine(file), id, sub.App.Scheme, sub.App.Edition, sub.App.Kind.Japanese(), len(sub.Answers))
			return nil
		},
	}
	f := c.Flags()
	f.StringVar(&kind, "kind", "", "new, renewal or change (新規/更新/変更); overrides the file's 申請区分")
	f.StringVar(&renewalOf, "renewal-of", "", "the certified application this renews or changes")
	f.StringVar(&roundOf, "round-of", "", "an application of which this is the next correction round")
	f.StringVar(&cover.Scheme, "scheme", "", "制度: asp-saas, iaas-paas, datacenter, medical-asp-saas, mynumber-asp-saas (or its Japanese name)")
	f.StringVar(&cover.Edition, "edition", "", "版: catalog edition (default: the scheme's latest)")
	f.StringVar(&cover.Applicant, "applicant", "", "事業者名")
	f.StringVar(&cover.CorporateNumber, "corporate-number", "", "法人番号 (13 digits)")
	f.StringVar(&cover.Service, "service", "", "サービス名称")
	f.StringVar(&cover.CertificationNumber, "certification-number", "", "認定番号 (NNNN-YYMM) of a renewal or change")
	f.StringVar(&cover.DisclosureDate, "disclosure-date", "", "開示情報の日付 (2026-04-01, 2026年4月1日, 令和8年4月1日, …)")
	f.StringVar(&cover.Submitted, "submitted", "", "提出日")
	f.Var(&maxFile, "max-file-size", "refuse files larger than this")
	f.Var(&maxUnzip, "max-unzip", "refuse workbooks that expand to more than this")
	f.Var(&maxPart, "max-part", "refuse workbooks with a part (a sheet, the shared strings) that expands to more than this")
	f.IntVar(&maxCells, "max-cells", maxCells, "refuse workbook sheets with more cells than this")
	f.Var(&maxCell, "max-cell", "refuse cells (and JSON strings) larger than this")
	f.IntVar(&maxRows, "max-rows", maxRows, "refuse tables with more rows than this")
	return c
}

// readLimited reads a file, refusing it from its size before reading when
// it is over the limit.
func readLimited(file string, limit int64) ([]byte, error) {
	fh, err := os.Open(file)
	if err != nil {
		return nil, fail(exitBad, "%s: %v", file, unwrapOS(err))
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > limit {
		return nil, fail(exitBad, "%s: the file is %d bytes, over the limit of %s (raise it with --max-file-size)", file, st.Size(), (*byteSize)(&limit))
	}
	data, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, fail(exitBad, "%s: %v", file, unwrapOS(err))
	}
	// A pipe or a file that grew is caught here; intake refuses it by size.
	return data, nil
}

func sha256hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
