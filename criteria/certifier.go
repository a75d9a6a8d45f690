package criteria

import (
	"sync"
)

// Certifier is who runs the disclosure certification schemes and what it
// calls them today; data/certifier.json, never strings in code, so that a
// change of name is a data change.
type Certifier struct {
	Name        string                `json:"certifier"`
	Short       string                `json:"short"`
	FormerNames []FormerName          `json:"former_names,omitempty"`
	Source      *Source               `json:"source,omitempty"`
	Schemes     map[string]SchemeInfo `json:"schemes"`
}

// FormerName is a name the certifier used earlier.
type FormerName struct {
	Name string `json:"name"`
	When string `json:"when"`
}

// SchemeInfo is one scheme as the certifier names it.
type SchemeInfo struct {
	Title string `json:"title"` // short, as in lists: 医療情報 ASP・SaaS
	Name  string `json:"name"`  // the scheme's full name
}

const certifierFile = "data/certifier.json"

var (
	certOnce sync.Once
	cert     Certifier
)

// CertifierInfo returns the certifier and its scheme names, read once from the
// embedded data.
func CertifierInfo() *Certifier {
	certOnce.Do(func() {
		data, err := dataFS.ReadFile(certifierFile)
		if err == nil {
			err = decodeStrict(data, &cert)
		}
		if err == nil && (cert.Name == "" || len(cert.Schemes) == 0) {
			err = errCertifier
		}
		if err != nil {
			panic("criteria: embedded " + certifierFile + " is invalid: " + err.Error())
		}
	})
	return &cert
}

var errCertifier = jsonError("certifier or schemes missing")

type jsonError string

func (e jsonError) Error() string { return string(e) }
