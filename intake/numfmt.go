// A cell's displayed text under its number format, as excelize gives it
// when it reads a workbook with CultureInfo ja-JP and ShortDatePattern
// "yyyy/m/d" (what Excel in Japan shows): a port of excelize's number
// formatter, which excelize does not export, so that the shinsa binary
// need not link excelize (whose package init costs every verb ~2.5 ms).
//
// Ported from excelize's numfmt.go, date.go, lib.go and styles.go
// (github.com/xuri/excelize/v2 v2.11.1); the language tables are in
// numfmt_lang.go. The logic is excelize's, quirks included, because the
// tests compare the two on every format family. Changes: ja-JP culture and
// the options above fixed in; the format comes parsed (by nfp, as excelize
// parses it) so a format is parsed once per workbook; tables are switches,
// arrays or built on first use, never at package init.
//
// The excelize licence:
//
// BSD 3-Clause License
//
// Copyright (c) 2016-2026 The excelize Authors.
// Copyright (c) 2011-2017 Geoffrey J. Teale
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are met:
//
// * Redistributions of source code must retain the above copyright notice, this
//   list of conditions and the following disclaimer.
//
// * Redistributions in binary form must reproduce the above copyright notice,
//   this list of conditions and the following disclaimer in the documentation
//   and/or other materials provided with the distribution.
//
// * Neither the name of the copyright holder nor the names of its
//   contributors may be used to endorse or promote products derived from
//   this software without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
// AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
// IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
// DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
// FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
// DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
// SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
// CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
// OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

package intake

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/nfp"
)

// cellType is excelize's CellType: what a cell's t attribute says it holds.
type cellType byte

const (
	cellTypeUnset cellType = iota
	cellTypeBool
	cellTypeDate
	cellTypeError
	cellTypeFormula
	cellTypeInlineString
	cellTypeNumber
	cellTypeSharedString
)

var errUnsupportedNumberFormat = errors.New("unsupported number format token")

// builtInNumFmtCode is the code excelize formats a built-in format id with
// under ja-JP and ShortDatePattern "yyyy/m/d" (getBuiltInNumFmtCode and
// applyBuiltInNumFmt): ok is false where excelize leaves the value as it is.
// The language ids (27–36, 50–81) without a ja-JP code format with "".
func builtInNumFmtCode(id int) (code string, ok bool) {
	switch id {
	case 0:
		return "general", true
	case 1:
		return "0", true
	case 2:
		return "0.00", true
	case 3:
		return "#,##0", true
	case 4:
		return "#,##0.00", true
	case 9:
		return "0%", true
	case 10:
		return "0.00%", true
	case 11:
		return "0.00E+00", true
	case 12:
		return "# ?/?", true
	case 13:
		return "# ??/??", true
	case 14:
		return "yyyy/m/d", true // the ShortDatePattern, not mm-dd-yy
	case 15:
		return "d-mmm-yy", true
	case 16:
		return "d-mmm", true
	case 17:
		return "mmm-yy", true
	case 18:
		return "h:mm AM/PM", true
	case 19:
		return "h:mm:ss AM/PM", true
	case 20:
		return "hh:mm", true
	case 21:
		return "hh:mm:ss", true
	case 22:
		return "yyyy/m/d hh:mm", true // the ShortDatePattern and hh:mm
	case 37:
		return "#,##0 ;(#,##0)", true
	case 38:
		return "#,##0 ;[red](#,##0)", true
	case 39:
		return "#,##0.00 ;(#,##0.00)", true
	case 40:
		return "#,##0.00 ;[red](#,##0.00)", true
	case 41:
		return `_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)`, true
	case 42:
		return `_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)`, true
	case 43:
		return `_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`, true
	case 44:
		return `_("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)`, true
	case 45:
		return "mm:ss", true
	case 46:
		return "[h]:mm:ss", true
	case 47:
		return "mm:ss.0", true
	case 48:
		return "##0.0E+0", true
	case 49:
		return "@", true
	// ja-JP's language formats (langNumFmt["ja-jp"]).
	case 27, 36, 50, 57:
		return "[$-411]ge.m.d", true
	case 28, 29, 51, 54, 58:
		return `[$-411]ggge"年"m"月"d"日"`, true
	case 30:
		return "yyyy/m/d", true // the ShortDatePattern, not m/d/yy
	case 31:
		return `yyyy"年"m"月"d"日"`, true
	case 32:
		return `h"時"mm"分"`, true
	case 33:
		return `h"時"mm"分"ss"秒"`, true
	case 34, 52, 55:
		return `yyyy"年"m"月"`, true
	case 35, 53, 56:
		return `m"月"d"日"`, true
	}
	if 59 <= id && id <= 62 || 67 <= id && id <= 81 {
		return "", true // isLangNumFmt, but ja-JP has no code for it
	}
	return "", false
}

// languageInfo defined the required fields of localization support for number
// format.
type languageInfo struct {
	apFmt                                string
	tags, weekdayNames, weekdayNamesAbbr []string
	useGannen                            bool
	localMonth                           func(t time.Time, abbr int) string
}

// numberFormat directly maps the number format parser runtime required
// fields.
type numberFormat struct {
	text                                                                     bool // the cell is not a number or date cell
	section                                                                  []nfp.Section
	t                                                                        time.Time
	sectionIdx                                                               int
	date1904, isNumeric, hours, seconds, useMillisecond, useGannen           bool
	number                                                                   float64
	ap, localCode, result, value, valueSectionType                           string
	switchArgument, currencyString                                           string
	fracHolder, fracPadding, intHolder, intPadding, expBaseLen               int
	percent, scalingFactor, scalingStart                                     int
	useCommaSep, useFraction, usePointer, usePositive, useScientificNotation bool
}

// supportedTokenTypes list the supported number format token types
// currently.
var supportedTokenTypes = []string{
	nfp.TokenTypeAlignment,
	nfp.TokenSubTypeCurrencyString,
	nfp.TokenSubTypeLanguageInfo,
	nfp.TokenTypeColor,
	nfp.TokenTypeCurrencyLanguage,
	nfp.TokenTypeDateTimes,
	nfp.TokenTypeDecimalPoint,
	nfp.TokenTypeDenominator,
	nfp.TokenTypeDigitalPlaceHolder,
	nfp.TokenTypeElapsedDateTimes,
	nfp.TokenTypeExponential,
	nfp.TokenTypeFraction,
	nfp.TokenTypeGeneral,
	nfp.TokenTypeHashPlaceHolder,
	nfp.TokenTypeLiteral,
	nfp.TokenTypePercent,
	nfp.TokenTypeRepeatsChar,
	nfp.TokenTypeSwitchArgument,
	nfp.TokenTypeTextPlaceHolder,
	nfp.TokenTypeThousandsSeparator,
	nfp.TokenTypeZeroPlaceHolder,
}

// supportedNumberTokenTypes list the supported number token types.
var supportedNumberTokenTypes = []string{
	nfp.TokenTypeDenominator,
	nfp.TokenTypeDigitalPlaceHolder,
	nfp.TokenTypeExponential,
	nfp.TokenTypeFraction,
	nfp.TokenTypeHashPlaceHolder,
	nfp.TokenTypePercent,
	nfp.TokenTypeZeroPlaceHolder,
}

// supportedDateTimeTokenTypes list the supported date and time token types.
var supportedDateTimeTokenTypes = []string{
	nfp.TokenTypeDateTimes,
	nfp.TokenTypeElapsedDateTimes,
}

// The Japanese eras as excelize counts them: an era's year 1 is any time
// after its first instant's midnight (so 1989-01-08 00:00 is still 昭和,
// and 令和 starts at 2019-04-01 00:00:01, as excelize has it). Meiji is
// never reached: excelize's eraYear stops before index 0.
var (
	japaneseEraStarts  = [...][3]int{{1868, 8, 8}, {1912, 6, 30}, {1926, 11, 25}, {1989, 1, 8}, {2019, 4, 1}}
	japaneseEraNames   = [...]string{"\u660E\u6CBB", "\u5927\u6B63", "\u662D\u548C", "\u5E73\u6210", "\u4EE4\u548C"}
	japaneseEraSymbols = [...]string{"M", "T", "S", "H", "R"}
	// republicOfChinaEraName defined the Republic of China era name for the
	// Republic of China calendar.
	republicOfChinaEraName = [...]string{"\u4E2D\u83EF\u6C11\u570B", "\u6C11\u570B", "\u524D"}
)

// republicOfChinaYear is the year the Republic of China calendar starts.
const republicOfChinaYear = 1912

func japaneseEraStart(i int) time.Time {
	d := japaneseEraStarts[i]
	return time.Date(d[0], time.Month(d[1]), d[2], 0, 0, 0, 0, time.UTC)
}

// switchArgumentReplacer is excelize's switchArgumentFunc: the digits of
// [DBNum1] (漢数字), [DBNum2] (大字) and [DBNum3] (全角); nil for any other.
func switchArgumentReplacer(arg string) *strings.Replacer {
	switch arg {
	case "[DBNum1]":
		return strings.NewReplacer(
			"0", "\u25CB", "1", "\u4E00", "2", "\u4E8C", "3", "\u4E09", "4", "\u56DB",
			"5", "\u4E94", "6", "\u516D", "7", "\u4E03", "8", "\u516B", "9", "\u4E5D",
		)
	case "[DBNum2]":
		return strings.NewReplacer(
			"0", "\u96F6", "1", "\u58F9", "2", "\u8D30", "3", "\u53C1", "4", "\u8086",
			"5", "\u4F0D", "6", "\u9646", "7", "\u67D2", "8", "\u634C", "9", "\u7396",
		)
	case "[DBNum3]":
		return strings.NewReplacer(
			"0", "\uFF10", "1", "\uFF11", "2", "\uFF12", "3", "\uFF13", "4", "\uFF14",
			"5", "\uFF15", "6", "\uFF16", "7", "\uFF17", "8", "\uFF18", "9", "\uFF19",
		)
	}
	return nil
}

// getSupportedLanguageInfo returns language information by giving language
// code. This function does not support different calendar type of the language
// currently. For example: the hexadecimal language code 3010429 (fa-IR,301)
// will be convert to 0429 (fa-IR).
//
// As in excelize, the last four characters are read as hex even when they
// are not: big.Int keeps the digits read before the first non-hex one, so
// "JA-JP" is LCID 0xA (Spanish) and "EN-US" is 0.
func getSupportedLanguageInfo(lang string) (languageInfo, bool) {
	// Each token of each cell asks: remember the answers (a handful of
	// tags per workbook; a hostile one cannot grow the cache past a bound).
	languageCache.Lock()
	defer languageCache.Unlock()
	if r, ok := languageCache.m[lang]; ok {
		return r.info, r.ok
	}
	if len(languageCache.m) >= 256 || languageCache.m == nil {
		languageCache.m = map[string]languageLookup{}
	}
	info, ok := lookupLanguageInfo(lang)
	languageCache.m[lang] = languageLookup{info, ok}
	return info, ok
}

type languageLookup struct {
	info languageInfo
	ok   bool
}

var languageCache struct {
	sync.Mutex
	m map[string]languageLookup
}

func lookupLanguageInfo(lang string) (languageInfo, bool) {
	byID, byCode := languageTables()
	hex := lang
	if len(hex) > 4 {
		hex = hex[len(hex)-4:]
	}
	n := new(big.Int)
	n.SetString(hex, 16)
	if info, ok := byID[int(n.Int64())]; ok {
		return info, ok
	}
	if info, ok := byCode[lang]; ok {
		return info, ok
	}
	// excelize ranges over its map here: the first language (in random
	// order) with the tag; each tag belongs to one language.
	for _, info := range byID {
		if inStrSlice(info.tags, lang, false) != -1 {
			return info, true
		}
	}
	return languageInfo{}, false
}

// inStrSlice provides a method to check if an element is present in an array,
// and return the index of its location, otherwise return -1.
func inStrSlice(a []string, x string, caseSensitive bool) int {
	for idx, n := range a {
		if !caseSensitive && strings.EqualFold(x, n) {
			return idx
		}
		if x == n {
			return idx
		}
	}
	return -1
}

// isNumeric determines whether an expression is a valid numeric type and get
// the precision for the numeric.
func isNumeric(s string) (bool, int, float64) {
	f, prec, ok := numeric(s)
	return ok, prec, f
}

// floatToFraction converts a float number to a fraction string representation
// with specified placeholder widths for numerator and denominator.
func floatToFraction(x float64, numeratorPlaceHolder, denominatorPlaceHolder int) string {
	if denominatorPlaceHolder <= 0 {
		return ""
	}
	num, den := floatToFracUseContinuedFraction(x, int64(math.Pow10(denominatorPlaceHolder)))
	if num == 0 {
		return strings.Repeat(" ", numeratorPlaceHolder+denominatorPlaceHolder+1)
	}
	numStr := strconv.FormatInt(num, 10)
	denStr := strconv.FormatInt(den, 10)
	numeratorPlaceHolder = max(numeratorPlaceHolder-len(numStr), 0)
	denominatorPlaceHolder = max(denominatorPlaceHolder-len(denStr), 0)
	return fmt.Sprintf("%s%s/%s%s", strings.Repeat(" ", numeratorPlaceHolder), numStr, denStr, strings.Repeat(" ", denominatorPlaceHolder))
}

// floatToFracUseContinuedFraction implement convert a floating-point decimal
// to a fraction using continued fractions and recurrence relations.
func floatToFracUseContinuedFraction(r float64, denominatorLimit int64) (num, den int64) {
	p1 := int64(1) // LaTex: p_{-1}
	q1 := int64(0) // LaTex: q_{-1}
	p2 := int64(0) // LaTex: p_{-2}
	q2 := int64(1) // LaTex: q_{-2}
	var lasta, lastb int64
	var curra, currb int64
	for k := 0; ; k++ {
		// a_{k} = \lfloor r_{k} \rfloor
		a := int64(math.Floor(r))
		// Fundamental recurrence formulas:  p_{k} = a_{k} \cdot p_{k-1} + p_{k-2}
		curra, currb = a*p1+p2, a*q1+q2
		p2 = p1
		q2 = q1
		p1 = curra
		q1 = currb
		frac := r - float64(a)
		if q1 >= denominatorLimit {
			return lasta, lastb
		}
		if math.Abs(frac) < 1e-12 {
			// use safe floating-point number comparison. If the input(r) is a real number, here is 0.
			return curra, currb
		}
		lasta, lastb = curra, currb
		// r_{k+1} = \frac{1}{r_{k} - a_{k}}
		r = 1.0 / frac
	}
}

// Serial dates (excelize's date.go).

const (
	nanosInADay  = float64((24 * time.Hour) / time.Nanosecond)
	roundEpsilon = 1e-9
)

// excel1900Epoc and excel1904Epoc are day 0 of each date system.
func excel1900Epoc() time.Time { return time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC) }
func excel1904Epoc() time.Time { return time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC) }

// shiftJulianToNoon provides a function to process julian date to noon.
func shiftJulianToNoon(julianDays, julianFraction float64) (float64, float64) {
	switch {
	case -0.5 < julianFraction && julianFraction < 0.5:
		julianFraction += 0.5
	case julianFraction >= 0.5:
		julianDays++
		julianFraction -= 0.5
	case julianFraction <= -0.5:
		julianDays--
		julianFraction += 1.5
	}
	return julianDays, julianFraction
}

// fractionOfADay provides a function to return the integer values for hour,
// minutes, seconds and nanoseconds that comprised a given fraction of a day.
func fractionOfADay(fraction float64) (hours, minutes, seconds, nanoseconds int) {
	const (
		c1us  = 1e3
		c1s   = 1e9
		c1day = 24 * 60 * 60 * c1s
	)

	frac := int64(c1day*fraction + c1us/2)
	nanoseconds = int((frac%c1s)/c1us) * c1us
	frac /= c1s
	seconds = int(frac % 60)
	frac /= 60
	minutes = int(frac % 60)
	hours = int(frac / 60)
	return
}

// julianDateToGregorianTime provides a function to convert julian date to
// gregorian time.
func julianDateToGregorianTime(part1, part2 float64) time.Time {
	part1I, part1F := math.Modf(part1)
	part2I, part2F := math.Modf(part2)
	julianDays := part1I + part2I
	julianFraction := part1F + part2F
	julianDays, julianFraction = shiftJulianToNoon(julianDays, julianFraction)
	day, month, year := doTheFliegelAndVanFlandernAlgorithm(int(julianDays))
	hours, minutes, seconds, nanoseconds := fractionOfADay(julianFraction)
	return time.Date(year, time.Month(month), day, hours, minutes, seconds, nanoseconds, time.UTC)
}

// doTheFliegelAndVanFlandernAlgorithm; By this point generations of
// programmers have repeated the algorithm sent to the editor of
// "Communications of the ACM" in 1968 (published in CACM, volume 11, number
// 10, October 1968, p.657). None of those programmers seems to have found it
// necessary to explain the constants or variable names set out by Henry F.
// Fliegel and Thomas C. Van Flandern.  Maybe one day I'll buy that jounal and
// expand an explanation here - that day is not today.
func doTheFliegelAndVanFlandernAlgorithm(jd int) (day, month, year int) {
	l := jd + 68569
	n := (4 * l) / 146097
	l = l - (146097*n+3)/4
	i := (4000 * (l + 1)) / 1461001
	l = l - (1461*i)/4 + 31
	j := (80 * l) / 2447
	d := l - (2447*j)/80
	l = j / 11
	m := j + 2 - (12 * l)
	y := 100*(n-49) + i + l
	return d, m, y
}

// timeFromExcelTime provides a function to convert an excelTime
// representation (stored as a floating point number) to a time.Time.
func timeFromExcelTime(excelTime float64, date1904 bool) time.Time {
	var date time.Time
	wholeDaysPart := int(excelTime)
	// Excel uses Julian dates prior to March 1st 1900, and Gregorian
	// thereafter.
	if wholeDaysPart <= 61 {
		const OFFSET1900 = 15018.0
		const OFFSET1904 = 16480.0
		const MJD0 float64 = 2400000.5
		var date time.Time
		if date1904 {
			date = julianDateToGregorianTime(MJD0, excelTime+OFFSET1904)
		} else {
			date = julianDateToGregorianTime(MJD0, excelTime+OFFSET1900)
		}
		return date
	}
	floatPart := excelTime - float64(wholeDaysPart) + roundEpsilon
	if date1904 {
		date = excel1904Epoc()
	} else {
		date = excel1900Epoc()
	}
	durationPart := time.Duration(nanosInADay * floatPart)
	date = date.AddDate(0, 0, wholeDaysPart).Add(durationPart)
	if date.Nanosecond()/1e6 > 500 {
		return date.Round(time.Second)
	}
	return date.Truncate(time.Second)
}

// The formatter itself (excelize's numfmt.go).

func (nf *numberFormat) prepareNumberic(value string) {
	if nf.text {
		return
	}
	if nf.isNumeric, _, _ = isNumeric(value); !nf.isNumeric {
		return
	}
}

// format provides a function to return a string parse by number format
// expression. If the given number format is not supported, this will return
// the original cell value. (Here: the format comes parsed, and text says the
// cell is not a number or date cell.)
func format(value string, sections []nfp.Section, date1904, text bool) string {
	nf := numberFormat{section: sections, value: value, date1904: date1904, text: text}
	nf.number, nf.valueSectionType = nf.getValueSectionType(value)
	nf.prepareNumberic(value)
	for i, section := range nf.section {
		nf.sectionIdx = i
		if section.Type != nf.valueSectionType {
			continue
		}
		if nf.isNumeric {
			switch section.Type {
			case nfp.TokenSectionPositive:
				return nf.alignmentHandler(nf.positiveHandler())
			default:
				return nf.alignmentHandler(nf.negativeHandler())
			}
		}
		return nf.alignmentHandler(nf.textHandler())
	}
	return value
}

// getNumberPartLen returns the length of integer and fraction parts for the
// numeric.
func (nf *numberFormat) getNumberPartLen() (int, int) {
	var intPart, fracPart, intLen, fracLen int
	parts := strings.Split(strconv.FormatFloat(math.Abs(nf.number), 'f', -1, 64), ".")
	intPart = len(parts[0])
	if len(parts) == 2 {
		fracPart = len(parts[1])
	}
	if nf.intHolder > intPart {
		nf.intHolder = intPart
	}
	if intLen = intPart; nf.intPadding+nf.intHolder > intPart {
		intLen = nf.intPadding + nf.intHolder
	}
	if fracLen = fracPart; fracPart > nf.fracHolder+nf.fracPadding {
		fracLen = nf.fracHolder + nf.fracPadding
	}
	if nf.fracPadding > fracPart {
		fracLen = nf.fracPadding
	}
	return intLen, fracLen
}

// getLastDigitIdx returns the last digit placeholder token index in the number
// format code section.
func (nf *numberFormat) getLastDigitIdx() int {
	items := nf.section[nf.sectionIdx].Items
	lastDigitIdx := -1
	for i, token := range items {
		if token.TType == nfp.TokenTypeZeroPlaceHolder || token.TType == nfp.TokenTypeHashPlaceHolder {
			lastDigitIdx = i
		}
	}
	return lastDigitIdx
}

// getNumberFmtConf generate the number format padding and placeholder
// configurations.
func (nf *numberFormat) getNumberFmtConf() {
	items := nf.section[nf.sectionIdx].Items
	lastDigitIdx := nf.getLastDigitIdx()
	for i, token := range items {
		nf.applyNumberFmtToken(i, token, lastDigitIdx)
	}
}

// applyNumberFmtToken applies a single token to the number format padding and
// placeholder configurations.
func (nf *numberFormat) applyNumberFmtToken(i int, token nfp.Token, lastDigitIdx int) {
	switch token.TType {
	case nfp.TokenTypeHashPlaceHolder:
		nf.applyHashPlaceHolderToken(token)
	case nfp.TokenTypeExponential:
		nf.useScientificNotation = true
	case nfp.TokenTypeThousandsSeparator:
		nf.applyThousandsSeparatorToken(i, token, lastDigitIdx)
	case nfp.TokenTypeLiteral:
		nf.applyLiteralToken(i, token, lastDigitIdx)
	case nfp.TokenTypePercent:
		nf.percent += len(token.TValue)
	case nfp.TokenTypeDecimalPoint:
		nf.usePointer = true
	case nfp.TokenTypeFraction:
		nf.useFraction = true
	case nfp.TokenTypeSwitchArgument:
		nf.switchArgument = token.TValue
	case nfp.TokenTypeZeroPlaceHolder:
		nf.applyZeroPlaceHolderToken(token)
	}
}

// applyHashPlaceHolderToken applies a hash placeholder token to the number
// format padding and placeholder configurations.
func (nf *numberFormat) applyHashPlaceHolderToken(token nfp.Token) {
	if nf.usePointer {
		nf.fracHolder += len(token.TValue)
		return
	}
	nf.intHolder += len(token.TValue)
}

// applyThousandsSeparatorToken applies a thousands separator token to the
// number format padding and placeholder configurations.
func (nf *numberFormat) applyThousandsSeparatorToken(i int, token nfp.Token, lastDigitIdx int) {
	if i > lastDigitIdx {
		if nf.scalingFactor == 0 {
			nf.scalingStart = i
		}
		nf.scalingFactor++
		return
	}
	nf.useCommaSep = true
}

// applyLiteralToken applies a literal token to the number format padding and
// placeholder configurations.
func (nf *numberFormat) applyLiteralToken(i int, token nfp.Token, lastDigitIdx int) {
	if token.TValue == "," && i > lastDigitIdx && nf.scalingFactor > 0 {
		nf.scalingFactor++
	}
}

// applyZeroPlaceHolderToken applies a zero placeholder token to the number
// format padding and placeholder configurations.
func (nf *numberFormat) applyZeroPlaceHolderToken(token nfp.Token) {
	nf.intHolder = 0
	if nf.usePointer {
		if nf.useScientificNotation {
			nf.expBaseLen += len(token.TValue)
			return
		}
		nf.fracPadding += len(token.TValue)
		return
	}
	nf.intPadding += len(token.TValue)
}

// handleDigitsLiteral apply digit placeholder tokens for the number literal.
func handleDigitsLiteral(text string, tokenValueLen, intPartLen, hashZeroPartLen int, fill bool) (int, string) {
	var result string
	l := tokenValueLen
	if intPartLen == 0 && len(text) > hashZeroPartLen {
		l = len(text) + tokenValueLen - hashZeroPartLen
	}
	if len(text) < hashZeroPartLen {
		intPartLen += len(text) - hashZeroPartLen
	}
	for i := 0; i < l; i++ {
		j := i + intPartLen
		if 0 <= j && j < len([]rune(text)) {
			result += string([]rune(text)[j])
		} else if fill {
			result += " "
		}
	}
	return l, result
}

// getNumberLiteralParts returns the fraction boundary and digit placeholder
// count for a number literal.
func (nf *numberFormat) getNumberLiteralParts() (int, int) {
	var hashZeroPartLen int
	lastNonFractionPartDigital := math.MaxInt
	appearedFraction := false
	for idx := len(nf.section[nf.sectionIdx].Items) - 1; idx >= 0; idx-- {
		token := nf.section[nf.sectionIdx].Items[idx]
		if token.TType == nfp.TokenTypeFraction {
			appearedFraction = true
		} else if appearedFraction && (token.TType == nfp.TokenTypeHashPlaceHolder || token.TType == nfp.TokenTypeDigitalPlaceHolder) {
			lastNonFractionPartDigital = idx - 1 // current idx belongs to the fraction part (numerator)
			break
		}
	}
	for idx, token := range nf.section[nf.sectionIdx].Items {
		switch token.TType {
		case nfp.TokenTypeHashPlaceHolder, nfp.TokenTypeZeroPlaceHolder:
			hashZeroPartLen += len(token.TValue)
		case nfp.TokenTypeDigitalPlaceHolder:
			if lastNonFractionPartDigital >= 0 && idx < lastNonFractionPartDigital {
				hashZeroPartLen += len(token.TValue)
			}
		}
	}
	return lastNonFractionPartDigital, hashZeroPartLen
}

// printNumberLiteral apply literal tokens for the pre-formatted text.
func (nf *numberFormat) printNumberLiteral(text string) string {
	var (
		result                           string
		frac                             float64
		useFraction                      bool
		intPartLen, numeratorPlaceHolder int
	)
	if nf.usePositive {
		result += "-"
	}
	lastNonFractionPartDigital, hashZeroPartLen := nf.getNumberLiteralParts()
	for idx, token := range nf.section[nf.sectionIdx].Items {
		switch token.TType {
		case nfp.TokenTypeCurrencyLanguage:
			_, _ = nf.currencyLanguageHandler(token)
			result += nf.currencyString
		case nfp.TokenTypeLiteral:
			if nf.scalingFactor > 0 && idx >= nf.scalingStart && token.TValue == "," {
				continue
			}
			result += token.TValue
		case nfp.TokenTypeHashPlaceHolder, nfp.TokenTypeZeroPlaceHolder, nfp.TokenTypeDigitalPlaceHolder:
			if token.TType == nfp.TokenTypeDigitalPlaceHolder && idx > lastNonFractionPartDigital {
				if !useFraction {
					numeratorPlaceHolder = len(token.TValue)
				}
			} else {
				digits, str := handleDigitsLiteral(text, len(token.TValue), intPartLen, hashZeroPartLen, token.TType == nfp.TokenTypeDigitalPlaceHolder)
				intPartLen += digits
				result += str
			}
		case nfp.TokenTypeFraction:
			_, frac = math.Modf(nf.number)
			frac, useFraction = math.Abs(frac), true
		}
		if useFraction {
			result += nf.fractionHandler(frac, token, numeratorPlaceHolder)
		}
	}
	return nf.printSwitchArgument(result)
}

// fractionHandler handling fraction number format expression for positive and
// negative numeric.
func (nf *numberFormat) fractionHandler(frac float64, token nfp.Token, numeratorPlaceHolder int) string {
	var rat, result string
	if token.TType == nfp.TokenTypeDigitalPlaceHolder {
		rat = floatToFraction(frac, numeratorPlaceHolder, len(token.TValue))
		result += rat
	}
	if token.TType == nfp.TokenTypeDenominator {
		denom, _ := strconv.ParseFloat(token.TValue, 64)
		result += fmt.Sprintf("%d/%d", int(math.Round(frac*denom)), int(math.Round(denom)))
	}
	return result
}

// printCommaSep format number with thousands separator.
func printCommaSep(text string) string {
	var (
		target strings.Builder
		subStr = strings.Split(text, ".")
		length = len(subStr[0])
	)
	for i := 0; i < length; i++ {
		if i > 0 && (length-i)%3 == 0 {
			target.WriteString(",")
		}
		target.WriteByte(text[i])
	}
	if len(subStr) == 2 {
		target.WriteString(".")
		target.WriteString(subStr[1])
	}
	return target.String()
}

// printSwitchArgument format number with switch argument.
func (nf *numberFormat) printSwitchArgument(text string) string {
	if nf.switchArgument == "" {
		return text
	}
	if r := switchArgumentReplacer(nf.switchArgument); r != nil {
		return r.Replace(text)
	}
	return nf.value
}

// printBigNumber format number which precision great than 15 with fraction
// zero padding and percentage symbol.
func (nf *numberFormat) printBigNumber(decimal float64, fracLen int) string {
	var exp float64
	if nf.percent > 0 {
		exp = 1
	}
	result := strings.TrimLeft(strconv.FormatFloat(decimal*math.Pow(100, exp), 'f', -1, 64), "-")
	if nf.useCommaSep {
		result = printCommaSep(result)
	}
	if fracLen > 0 {
		if parts := strings.Split(result, "."); len(parts) == 2 {
			fracPartLen := len(parts[1])
			if fracPartLen < fracLen {
				result = fmt.Sprintf("%s%s", result, strings.Repeat("0", fracLen-fracPartLen))
			}
			if fracPartLen > fracLen {
				result = fmt.Sprintf("%s.%s", parts[0], parts[1][:fracLen])
			}
		} else {
			result = fmt.Sprintf("%s.%s", result, strings.Repeat("0", fracLen))
		}
	}
	if nf.percent > 0 {
		return fmt.Sprintf("%s%%", result)
	}
	return result
}

// numberHandler handling number format expression for positive and negative
// numeric.
func (nf *numberFormat) numberHandler() string {
	nf.getNumberFmtConf()
	if nf.scalingFactor > 0 {
		nf.number /= math.Pow(1000, float64(nf.scalingFactor))
	}
	var (
		num             = nf.number
		intLen, fracLen = nf.getNumberPartLen()
		result          string
	)
	if intLen+fracLen > 15 && !nf.useScientificNotation {
		isNum, precision, decimal := isNumeric(nf.value)
		if isNum && precision > 15 {
			return nf.printNumberLiteral(nf.printBigNumber(decimal, fracLen))
		}
	}
	paddingLen := intLen + fracLen
	if fracLen > 0 {
		paddingLen++
	}
	fmtCode := fmt.Sprintf("%%0%d.%df%s", paddingLen, fracLen, strings.Repeat("%%", nf.percent))
	if nf.useScientificNotation {
		if nf.expBaseLen != 2 {
			return nf.value
		}
		fmtCode = fmt.Sprintf("%%.%dE%s", fracLen, strings.Repeat("%%", nf.percent))
	}
	if nf.percent > 0 {
		num *= math.Pow(100, float64(nf.percent))
	}
	if nf.useFraction {
		num = math.Floor(math.Abs(num))
	}
	if !nf.useScientificNotation {
		ratio := math.Pow(10, float64(fracLen))
		num = math.Round(num*ratio) / ratio
	}
	if result = fmt.Sprintf(fmtCode, math.Abs(num)); nf.useCommaSep {
		result = printCommaSep(result)
	}
	return nf.printNumberLiteral(result)
}

// dateTimeHandler handling data and time number format expression for a
// positive numeric.
func (nf *numberFormat) dateTimeHandler() string {
	nf.t, nf.hours, nf.seconds = timeFromExcelTime(nf.number, nf.date1904), false, false
	if !nf.useMillisecond {
		nf.t = nf.t.Add(time.Duration(math.Round(float64(nf.t.Nanosecond())/1e9)) * time.Second)
	}
	for i, token := range nf.section[nf.sectionIdx].Items {
		if token.TType == nfp.TokenTypeCurrencyLanguage {
			if changeNumFmtCode, err := nf.currencyLanguageHandler(token); err != nil || changeNumFmtCode {
				return nf.value
			}
			nf.result += nf.currencyString
		}
		if token.TType == nfp.TokenTypeDateTimes {
			nf.dateTimesHandler(i, token)
		}
		if token.TType == nfp.TokenTypeElapsedDateTimes {
			nf.elapsedDateTimesHandler(token)
		}
		if token.TType == nfp.TokenTypeLiteral {
			nf.result += token.TValue
			continue
		}
		if token.TType == nfp.TokenTypeDecimalPoint {
			nf.result += "."
		}
		if token.TType == nfp.TokenTypeSwitchArgument {
			nf.switchArgument = token.TValue
		}
		if token.TType == nfp.TokenTypeZeroPlaceHolder {
			zeroHolderLen := len(token.TValue)
			if zeroHolderLen > 3 {
				zeroHolderLen = 3
			}
			nf.result += fmt.Sprintf("%03d", nf.t.Nanosecond()/1e6)[:zeroHolderLen]
		}
	}
	return nf.printSwitchArgument(nf.result)
}

// alignmentHandler will be handling alignment token for each number format
// selection for a number format expression.
func (nf *numberFormat) alignmentHandler(result string) string {
	tokens := nf.section[nf.sectionIdx].Items
	if len(tokens) == 0 {
		return result
	}
	if tokens[0].TType == nfp.TokenTypeAlignment {
		result = nfp.Whitespace + result
	}
	if l := len(tokens); tokens[l-1].TType == nfp.TokenTypeAlignment {
		result += nfp.Whitespace
	}
	return result
}

// positiveHandler will be handling positive selection for a number format
// expression.
func (nf *numberFormat) positiveHandler() string {
	var fmtNum bool
	for _, token := range nf.section[nf.sectionIdx].Items {
		if token.TType == nfp.TokenTypeGeneral {
			if isNum, precision, _ := isNumeric(nf.value); isNum && precision > 11 {
				return strconv.FormatFloat(nf.number, 'G', 10, 64)
			}
			return nf.value
		}
		if inStrSlice(supportedNumberTokenTypes, token.TType, true) != -1 {
			fmtNum = true
		}
		if inStrSlice(supportedDateTimeTokenTypes, token.TType, true) != -1 {
			if fmtNum || nf.number < 0 {
				return nf.value
			}
			var useDateTimeTokens bool
			for _, token := range nf.section[nf.sectionIdx].Items {
				if inStrSlice(supportedDateTimeTokenTypes, token.TType, false) != -1 {
					if useDateTimeTokens && nf.useMillisecond {
						return nf.value
					}
					useDateTimeTokens = true
				}
				if inStrSlice(supportedNumberTokenTypes, token.TType, false) != -1 {
					if token.TType == nfp.TokenTypeZeroPlaceHolder {
						nf.useMillisecond = true
						continue
					}
					return nf.value
				}
			}
			return nf.dateTimeHandler()
		}
	}
	return nf.numberHandler()
}

// currencyLanguageHandler will be handling currency and language types tokens
// for a number format expression.
func (nf *numberFormat) currencyLanguageHandler(token nfp.Token) (bool, error) {
	for _, part := range token.Parts {
		if inStrSlice(supportedTokenTypes, part.Token.TType, true) == -1 {
			return false, errUnsupportedNumberFormat
		}
		if part.Token.TType == nfp.TokenSubTypeLanguageInfo {
			// No LongDatePattern nor LongTimePattern is set: the system
			// long date and time are en-US's.
			if inStrSlice([]string{"F800", "x-sysdate", "1010000"}, part.Token.TValue, false) != -1 {
				part.Token.TValue = "409"
			}
			if inStrSlice([]string{"F400", "x-systime"}, part.Token.TValue, false) != -1 {
				part.Token.TValue = "409"
			}
			if _, ok := getSupportedLanguageInfo(strings.ToUpper(part.Token.TValue)); !ok {
				return false, errUnsupportedNumberFormat
			}
			nf.localCode = strings.ToUpper(part.Token.TValue)
		}
		if part.Token.TType == nfp.TokenSubTypeCurrencyString {
			nf.currencyString = part.Token.TValue
			return false, nil
		}
	}
	return false, nil
}

// localAmPm return AM/PM name by supported language ID.
func (nf *numberFormat) localAmPm(ap string) string {
	if languageInfo, ok := getSupportedLanguageInfo(nf.localCode); ok {
		return languageInfo.apFmt
	}
	return ap
}

// localMonthsName return months name by supported language ID.
func (nf *numberFormat) localMonthsName(abbr int) string {
	t := nf.t
	if nf.number < 1 {
		t = timeFromExcelTime(nf.number+2, nf.date1904)
	}
	if 1 <= nf.number && nf.number < 60 {
		t = timeFromExcelTime(nf.number+1, nf.date1904)
	}
	if languageInfo, ok := getSupportedLanguageInfo(nf.localCode); ok {
		return languageInfo.localMonth(t, abbr)
	}
	return localMonthsNameEnglish(t, abbr)
}

// dateAmPmHandler will be handling am/pm types tokens for a number format.
func (nf *numberFormat) dateAmPmHandler(i int, token nfp.Token) {
	if nf.ap == "" {
		nextHours := nf.hoursNext(i)
		aps := strings.Split(nf.localAmPm(token.TValue), "/")
		nf.ap = aps[0]
		if nextHours >= 12 {
			nf.ap = aps[1]
		}
	}
	nf.result += nf.ap
}

// dateTimesHandler will be handling date and times types tokens for a number
// format expression.
func (nf *numberFormat) dateTimesHandler(i int, token nfp.Token) {
	if idx := inStrSlice(nfp.AmPm, strings.ToUpper(token.TValue), false); idx != -1 {
		nf.dateAmPmHandler(i, token)
		return
	}
	if strings.Contains(strings.ToUpper(token.TValue), "M") {
		m := int(nf.t.Month())
		if nf.number < 2 {
			m = 1
		}
		if 60 <= nf.number && nf.number < 61 {
			m = 2
		}
		l := len(token.TValue)
		if l == 1 && nf.isMonthToken(i) {
			nf.result += strconv.Itoa(int(m))
			return
		}
		if l == 2 && nf.isMonthToken(i) {
			nf.result += fmt.Sprintf("%02d", int(m))
			return
		}
		if l == 3 {
			nf.result += nf.localMonthsName(3)
			return
		}
		if l == 4 || l > 5 {
			nf.result += nf.localMonthsName(4)
			return
		}
		if l == 5 {
			nf.result += nf.localMonthsName(5)
			return
		}
	}
	nf.yearsHandler(token)
	nf.daysHandler(token)
	nf.hoursHandler(i, token)
	nf.minutesHandler(token)
	nf.secondsHandler(token)
}

// eraYear convert time to the Japanese era years.
func eraYear(t time.Time) (int, int) {
	i, year := 0, -1
	for i = len(japaneseEraStarts) - 1; i > 0; i-- {
		if y := japaneseEraStart(i); t.After(y) {
			year = t.Year() - y.Year() + 1
			break
		}
	}
	return i, year
}

// japaneseYearHandler handling the Japanease calendar years.
func (nf *numberFormat) japaneseYearHandler(token nfp.Token, langInfo languageInfo) {
	if strings.Contains(strings.ToUpper(token.TValue), "G") {
		i, year := eraYear(nf.t)
		if year == -1 {
			return
		}
		nf.useGannen = langInfo.useGannen
		switch len(token.TValue) {
		case 1:
			nf.useGannen = false
			nf.result += japaneseEraSymbols[i]
		case 2:
			nf.result += japaneseEraNames[i][:3]
		default:
			nf.result += japaneseEraNames[i]
		}
	}
	if strings.Contains(strings.ToUpper(token.TValue), "E") {
		_, year := eraYear(nf.t)
		if year == -1 {
			nf.result += strconv.Itoa(nf.t.Year())
			return
		}
		if year == 1 && nf.useGannen {
			nf.result += "\u5143"
			return
		}
		if len(token.TValue) == 1 && !nf.useGannen {
			nf.result += strconv.Itoa(year)
			return
		}
		if len(token.TValue) == 2 {
			nf.result += fmt.Sprintf("%02d", year)
		}
	}
}

// republicOfChinaYearHandler handling the Republic of China calendar years.
func (nf *numberFormat) republicOfChinaYearHandler(token nfp.Token, langInfo languageInfo) {
	year := nf.t.Year()
	if nf.number < 2 {
		year = 1900
	}
	if strings.Contains(strings.ToUpper(token.TValue), "G") {
		year = year - republicOfChinaYear + 1
		if year == 1 {
			nf.useGannen = langInfo.useGannen
		}
		var name string
		if name = republicOfChinaEraName[0]; len(token.TValue) < 3 {
			name = republicOfChinaEraName[1]
		}
		if year < 0 {
			name += republicOfChinaEraName[2]
		}
		nf.result += name
	}
	if strings.Contains(strings.ToUpper(token.TValue), "E") {
		year = year - republicOfChinaYear + 1
		if year < 0 {
			year = republicOfChinaYear - nf.t.Year()
		}
		if year == 1 && nf.useGannen {
			nf.result += "\u5143"
			return
		}
		if len(token.TValue) == 1 && !nf.useGannen {
			nf.result += strconv.Itoa(year)
		}
	}
}

// yearsHandler will be handling years in the date and times types tokens for a
// number format expression.
func (nf *numberFormat) yearsHandler(token nfp.Token) {
	langInfo, _ := getSupportedLanguageInfo(nf.localCode)
	year := nf.t.Year()
	if nf.number < 2 {
		year = 1900
	}
	if strings.Contains(strings.ToUpper(token.TValue), "Y") {
		if len(token.TValue) <= 2 {
			nf.result += strconv.Itoa(year)[2:]
			return
		}
		nf.result += strconv.Itoa(year)
		return
	}
	if inStrSlice(langInfo.tags, "zh-TW", false) != -1 {
		nf.republicOfChinaYearHandler(token, langInfo)
		return
	}
	// The culture is ja-JP: era years (excelize's other cultures would
	// print the Gregorian year for e here).
	nf.japaneseYearHandler(token, langInfo)
}

// daysHandler will be handling days in the date and times types tokens for a
// number format expression.
func (nf *numberFormat) daysHandler(token nfp.Token) {
	info, _ := getSupportedLanguageInfo(nf.localCode)
	l := len(token.TValue)
	weekdayNames, weekdayNamesAbbr := info.weekdayNames, info.weekdayNamesAbbr
	if len(weekdayNames) != 7 {
		weekdayNames = weekdayNamesEnglish
	}
	if len(weekdayNamesAbbr) != 7 {
		weekdayNamesAbbr = weekdayNamesEnglishAbbr
	}
	if strings.Contains(strings.ToUpper(token.TValue), "A") {
		if l == 3 {
			nf.result += weekdayNamesAbbr[nf.t.Weekday()]
		}
		if l > 3 {
			nf.result += weekdayNames[nf.t.Weekday()]
		}
		return
	}
	if strings.Contains(strings.ToUpper(token.TValue), "D") {
		d := nf.t.Day()
		if nf.number < 1 {
			d = 0
		}
		if 1 <= nf.number && nf.number < 60 {
			d = timeFromExcelTime(nf.number+1, nf.date1904).Day()
		}
		if 60 <= nf.number && nf.number < 61 {
			d = 29
		}
		switch l {
		case 1:
			nf.result += strconv.Itoa(d)
		case 2:
			nf.result += fmt.Sprintf("%02d", d)
		case 3:
			nf.result += weekdayNamesAbbr[nf.t.Weekday()]
		default:
			nf.result += weekdayNames[nf.t.Weekday()]
		}
	}
}

// hoursHandler will be handling hours in the date and times types tokens for a
// number format expression.
func (nf *numberFormat) hoursHandler(i int, token nfp.Token) {
	if nf.hours = strings.Contains(strings.ToUpper(token.TValue), "H"); nf.hours {
		h := nf.t.Hour()
		ap, ok := nf.apNext(i)
		if ok {
			nf.ap = ap[0]
			if h >= 12 {
				nf.ap = ap[1]
			}
			if h > 12 {
				h -= 12
			}
		}
		if nf.ap != "" {
			if nf.hoursNext(i) == -1 && h > 12 {
				h -= 12
			}
			if h == 0 {
				h = 12
			}
		}
		switch len(token.TValue) {
		case 1:
			nf.result += strconv.Itoa(h)
			return
		default:
			nf.result += fmt.Sprintf("%02d", h)
			return
		}
	}
}

// minutesHandler will be handling minutes in the date and times types tokens
// for a number format expression.
func (nf *numberFormat) minutesHandler(token nfp.Token) {
	if strings.Contains(strings.ToUpper(token.TValue), "M") {
		nf.hours = false
		switch len(token.TValue) {
		case 1:
			nf.result += strconv.Itoa(nf.t.Minute())
			return
		default:
			nf.result += fmt.Sprintf("%02d", nf.t.Minute())
		}
	}
}

// secondsHandler will be handling seconds in the date and times types tokens
// for a number format expression.
func (nf *numberFormat) secondsHandler(token nfp.Token) {
	if nf.seconds = strings.Contains(strings.ToUpper(token.TValue), "S"); !nf.seconds {
		return
	}
	if len(token.TValue) == 1 {
		nf.result += strconv.Itoa(nf.t.Second())
		return
	}
	nf.result += fmt.Sprintf("%02d", nf.t.Second())
}

// elapsedDateTimesHandler will be handling elapsed date and times types tokens
// for a number format expression.
func (nf *numberFormat) elapsedDateTimesHandler(token nfp.Token) {
	if strings.Contains(strings.ToUpper(token.TValue), "H") {
		nf.result += fmt.Sprintf("%.f", math.Floor(nf.t.Sub(excel1900Epoc()).Hours()))
		return
	}
	if strings.Contains(strings.ToUpper(token.TValue), "M") {
		nf.result += fmt.Sprintf("%.f", math.Floor(nf.t.Sub(excel1900Epoc()).Minutes()))
		return
	}
	if strings.Contains(strings.ToUpper(token.TValue), "S") {
		nf.result += fmt.Sprintf("%.f", math.Floor(nf.t.Sub(excel1900Epoc()).Seconds()))
		return
	}
}

// hoursNext detects if a token of type hours exists after a given tokens list.
func (nf *numberFormat) hoursNext(i int) int {
	tokens := nf.section[nf.sectionIdx].Items
	for idx := i + 1; idx < len(tokens); idx++ {
		if tokens[idx].TType == nfp.TokenTypeDateTimes {
			if strings.Contains(strings.ToUpper(tokens[idx].TValue), "H") {
				t := timeFromExcelTime(nf.number, false)
				return t.Hour()
			}
		}
	}
	return -1
}

// apNext detects if a token of type AM/PM exists after a given tokens list.
func (nf *numberFormat) apNext(i int) ([]string, bool) {
	tokens := nf.section[nf.sectionIdx].Items
	for idx := i + 1; idx < len(tokens); idx++ {
		if tokens[idx].TType == nfp.TokenTypeDateTimes {
			if strings.Contains(strings.ToUpper(tokens[idx].TValue), "H") {
				return nil, false
			}
			if i := inStrSlice(nfp.AmPm, tokens[idx].TValue, false); i != -1 {
				return strings.Split(nf.localAmPm(tokens[idx].TValue), "/"), true
			}
		}
	}
	return nil, false
}

// isMonthToken detects if the given token represents minutes, if no hours and
// seconds tokens before the given token or not seconds after the given token,
// the current token is a minutes token.
func (nf *numberFormat) isMonthToken(i int) bool {
	tokens := nf.section[nf.sectionIdx].Items
	var timePrevious, secondsNext bool
	for idx := i - 1; idx >= 0; idx-- {
		if tokens[idx].TType == nfp.TokenTypeDateTimes {
			timePrevious = strings.ContainsAny(strings.ToUpper(tokens[idx].TValue), "HS")
			break
		}
		if tokens[idx].TType == nfp.TokenTypeElapsedDateTimes {
			timePrevious = true
			break
		}
	}
	for idx := i + 1; idx < len(tokens); idx++ {
		if tokens[idx].TType == nfp.TokenTypeDateTimes {
			secondsNext = strings.Contains(strings.ToUpper(tokens[idx].TValue), "S")
			break
		}
	}
	return !timePrevious && !secondsNext
}

// negativeHandler will be handling negative selection for a number format
// expression.
func (nf *numberFormat) negativeHandler() (result string) {
	for _, token := range nf.section[nf.sectionIdx].Items {
		if inStrSlice(supportedTokenTypes, token.TType, true) == -1 || token.TType == nfp.TokenTypeGeneral {
			return nf.value
		}
		if inStrSlice(supportedDateTimeTokenTypes, token.TType, true) != -1 {
			return nf.value
		}
	}
	return nf.numberHandler()
}

// textHandler will be handling text selection for a number format expression.
func (nf *numberFormat) textHandler() (result string) {
	for _, token := range nf.section[nf.sectionIdx].Items {
		if token.TType == nfp.TokenTypeLiteral {
			result += token.TValue
		}
		if token.TType == nfp.TokenTypeTextPlaceHolder || token.TType == nfp.TokenTypeZeroPlaceHolder {
			result += nf.value
		}
	}
	return result
}

// getValueSectionType returns its applicable number format expression section
// based on the given value.
func (nf *numberFormat) getValueSectionType(value string) (float64, string) {
	if nf.text {
		return 0, nfp.TokenSectionText
	}
	isNum, _, _ := isNumeric(value)
	if !isNum {
		return 0, nfp.TokenSectionText
	}
	number, _ := strconv.ParseFloat(value, 64)
	if number >= 0 {
		return number, nfp.TokenSectionPositive
	}
	var hasNeg bool
	for _, sec := range nf.section {
		if sec.Type == nfp.TokenSectionNegative {
			hasNeg = true
		}
	}
	if !hasNeg {
		nf.usePositive = true
		return number, nfp.TokenSectionPositive
	}
	return number, nfp.TokenSectionNegative
}
