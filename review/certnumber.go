package review

import (
	"strings"
)

// CertificationNumberValid reports whether s is a certification number as
// the schemes issue them: NNNN-YYMM (serial, then year and month of first
// certification), optionally prefixed ("IoT 0002-1912", "IP0001-1212").
func CertificationNumberValid(s string) bool {
	m := reCertNumber().FindStringSubmatch(strings.TrimSpace(nfkcString(s)))
	return m != nil && m[2] >= "01" && m[2] <= "12"
}
