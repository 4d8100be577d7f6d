package app

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"cellule/domain"
)

// Limits of a candidate import: a school's cohort fits many times over
// (1,000 candidates with long names are about 100 KB), and the whole file
// is held in memory while it is checked.
const (
	// MaxImportBytes bounds the CSV file.
	MaxImportBytes = 2 << 20
	// MaxImportRows bounds the candidates of one file.
	MaxImportRows = 2000
)

// The columns of the import file, by their canonical name.
const (
	colName  = "nom"
	colEmail = "email"
	colExtra = "temps_supplementaire"
)

// headerAliases maps a normalised header (lower case, no accents, letters
// and digits only) to its column: staff export their lists from various
// tools, in French or English.
var headerAliases = map[string]string{
	"nom": colName, "name": colName, "nomcomplet": colName, "nomprenom": colName, "prenomnom": colName,
	"nometprenom": colName, "prenometnom": colName, "fullname": colName, "candidat": colName, "displayname": colName,
	"email": colEmail, "mail": colEmail, "courriel": colEmail, "adresseemail": colEmail, "adressemail": colEmail,
	"adressecourriel": colEmail, "emailaddress": colEmail,
	"tempssupplementaire": colExtra, "tempssupplementairepct": colExtra, "tempssupplementaire%": colExtra,
	"tierstemps": colExtra, "tierstempspct": colExtra, "extratime": colExtra, "extratimepct": colExtra,
	"amenagement": colExtra, "amenagementpct": colExtra,
}

// ImportProblem is one problem of an import file: its line (1 is the
// header; 0 for the file as a whole), the column as written in the
// file's header ("" for the whole line) and a French message.
type ImportProblem struct {
	Line    int
	Column  string
	Message string
}

// ImportColumns are the header names of the columns read ("" for an
// absent optional column).
type ImportColumns struct {
	Name, Email, ExtraTime string
}

// ImportRow is one candidate line of the file, checked.
type ImportRow struct {
	Line         int
	DisplayName  string
	Email        string // normalised when valid, as written otherwise
	ExtraTimePct int
	Problems     []ImportProblem
}

// Valid reports whether the line can be imported.
func (r ImportRow) Valid() bool { return len(r.Problems) == 0 }

// ImportPreview is a checked import file: every candidate line with its
// problems, and the problems of the file itself.
type ImportPreview struct {
	// Encoding is "UTF-8" or "Windows-1252" (converted; staff check the
	// accents in the preview).
	Encoding string
	// Columns are the header's names of the columns read, as written.
	Columns ImportColumns
	// FileProblems make the whole file unusable (size, encoding, header).
	FileProblems []ImportProblem
	Rows         []ImportRow
	Valid        int
	Invalid      int
}

// Problems lists every problem, the file's first, then by line.
func (p ImportPreview) Problems() []ImportProblem {
	out := append([]ImportProblem(nil), p.FileProblems...)
	for _, r := range p.Rows {
		out = append(out, r.Problems...)
	}
	return out
}

// parseCandidateCSV checks an import file without looking at the session
// (duplicates within the file included; those already enrolled are
// checked by the caller). It never fails: every problem is in the preview.
func parseCandidateCSV(data []byte) ImportPreview {
	var p ImportPreview
	fileProblem := func(line int, msg string) ImportPreview {
		p.FileProblems = append(p.FileProblems, ImportProblem{Line: line, Message: msg})
		p.Rows, p.Valid, p.Invalid = nil, 0, 0
		return p
	}
	if len(data) > MaxImportBytes {
		return fileProblem(0, fmt.Sprintf("Fichier trop volumineux : %s au plus.", formatBytes(MaxImportBytes)))
	}
	text, enc, err := decodeImport(data)
	if err != nil {
		var pe *ImportProblem
		if errors.As(err, &pe) {
			return fileProblem(pe.Line, pe.Message)
		}
		return fileProblem(0, err.Error())
	}
	p.Encoding = enc
	if strings.TrimSpace(text) == "" {
		return fileProblem(0, "Le fichier est vide.")
	}

	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1 // a short line is reported per column, not as a parse error
	r.ReuseRecord = false

	header, err := r.Read()
	if err != nil {
		return fileProblem(1, "En-tête illisible : "+csvMessage(err))
	}
	cols := map[string]int{}
	written := map[string]string{} // canonical → as written
	for i, h := range header {
		key := normaliseHeader(h)
		c, ok := headerAliases[key]
		if !ok {
			continue // other columns (group, notes…) are ignored
		}
		if _, dup := cols[c]; dup {
			return fileProblem(1, fmt.Sprintf("La colonne « %s » apparaît deux fois dans l'en-tête.", strings.TrimSpace(h)))
		}
		cols[c], written[c] = i, strings.TrimSpace(h)
	}
	var missing []string
	if _, ok := cols[colName]; !ok {
		missing = append(missing, "« nom »")
	}
	if _, ok := cols[colEmail]; !ok {
		missing = append(missing, "« email »")
	}
	if len(missing) > 0 {
		return fileProblem(1, fmt.Sprintf("Colonne%s obligatoire%s absente%s de l'en-tête : %s. En-tête attendu : nom;email;temps_supplementaire (la dernière est facultative).",
			plural(len(missing)), plural(len(missing)), plural(len(missing)), strings.Join(missing, " et ")))
	}
	p.Columns = ImportColumns{Name: written[colName], Email: written[colEmail], ExtraTime: written[colExtra]}

	seen := map[string]int{} // e-mail → first line
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			p.Rows = append(p.Rows, ImportRow{Line: line, Problems: []ImportProblem{{Line: line, Message: "Ligne illisible : " + csvMessage(err)}}})
			p.Invalid++
			if len(p.Rows) > MaxImportRows {
				break
			}
			continue
		}
		if blankRecord(rec) {
			continue
		}
		line, _ := r.FieldPos(0)
		if len(p.Rows) == MaxImportRows {
			return fileProblem(0, fmt.Sprintf("Trop de lignes : %s candidats au plus par fichier. Découpez-le en plusieurs fichiers.", domain.FormatInt(int64(MaxImportRows))))
		}
		row := ImportRow{Line: line}
		bad := func(col, msg string) {
			row.Problems = append(row.Problems, ImportProblem{Line: line, Column: written[col], Message: msg})
		}
		field := func(col string) (string, bool) {
			i, ok := cols[col]
			if !ok || i >= len(rec) {
				return "", false
			}
			return strings.TrimSpace(rec[i]), true
		}

		name, present := field(colName)
		row.DisplayName = name
		switch {
		case !present:
			bad(colName, "Colonne manquante sur cette ligne.")
		case name == "":
			bad(colName, "Nom manquant.")
		case startsLikeFormula(name):
			bad(colName, "Le nom commence par « "+string([]rune(name)[0])+" » : un tableur le lirait comme une formule. Corrigez le nom.")
		default:
			if err := domain.CheckText("displayName", name, domain.MaxShortText, true); err != nil {
				bad(colName, refusalMessage(err))
			}
		}

		email, present := field(colEmail)
		row.Email = email
		if !present {
			bad(colEmail, "Colonne manquante sur cette ligne.")
		} else if norm, err := domain.NormaliseEmail("email", email); err != nil {
			bad(colEmail, refusalMessage(err))
		} else {
			row.Email = norm
			if first, dup := seen[norm]; dup {
				bad(colEmail, fmt.Sprintf("Adresse en double : déjà présente ligne %d.", first))
			} else {
				seen[norm] = line
			}
		}

		if extra, present := field(colExtra); present && extra != "" {
			pct, err := parsePercent(extra)
			if err != nil {
				bad(colExtra, err.Error())
			} else {
				row.ExtraTimePct = pct
			}
		}
		p.Rows = append(p.Rows, row)
		if row.Valid() {
			p.Valid++
		} else {
			p.Invalid++
		}
	}
	if len(p.Rows) == 0 {
		return fileProblem(0, "Aucun candidat dans le fichier : seul l'en-tête est présent.")
	}
	return p
}

// decodeImport returns the file as UTF-8 text and names its encoding.
// UTF-8 (with or without a byte-order mark) is taken as is. A file that
// is not UTF-8 is taken as Windows-1252 — what French Excel writes for
// « CSV (séparateur : point-virgule) », a superset of Latin-1 — only when
// that reading is safe: no byte that Windows-1252 leaves undefined, no
// control character, and no valid UTF-8 accent elsewhere in the file (a
// file mixing both would be misread either way). Anything else (UTF-16, a
// spreadsheet, a binary file) is refused with what to do.
func decodeImport(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", "", &ImportProblem{Message: "Fichier encodé en UTF-16 : enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau."}
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "", "", &ImportProblem{Message: "Ce fichier est un classeur (XLSX), pas un CSV : enregistrez-le au format « CSV UTF-8 » puis importez-le."}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", &ImportProblem{Line: lineAt(data, i), Message: "Ce fichier n'est pas un fichier texte CSV (octet nul) : enregistrez-le au format « CSV UTF-8 »."}
	}
	if utf8.Valid(data) {
		return string(data), "UTF-8", nil
	}
	firstBad, multibyte := -1, false
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if firstBad < 0 {
				firstBad = i
			}
		} else if size > 1 {
			multibyte = true
		}
		i += size
	}
	notUTF8 := fmt.Sprintf("Encodage non reconnu (ni UTF-8 ni Windows-1252), à partir de la ligne %d : enregistrez le fichier au format « CSV UTF-8 ».", lineAt(data, firstBad))
	if multibyte {
		return "", "", &ImportProblem{Line: lineAt(data, firstBad), Message: notUTF8}
	}
	for i, b := range data {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D: // undefined in Windows-1252
			return "", "", &ImportProblem{Line: lineAt(data, i), Message: notUTF8}
		}
	}
	text, err := charmap.Windows1252.NewDecoder().String(string(data))
	if err != nil {
		return "", "", &ImportProblem{Line: lineAt(data, firstBad), Message: notUTF8}
	}
	return text, "Windows-1252", nil
}

// lineAt is the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// Error lets decodeImport return a located problem.
func (p *ImportProblem) Error() string { return p.Message }

// sniffDelimiter picks ';' (French spreadsheets), ',' or a tab, whichever
// the header line holds most of.
func sniffDelimiter(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, count := ';', strings.Count(first, ";")
	for _, d := range []rune{',', '\t'} {
		if n := strings.Count(first, string(d)); n > count {
			best, count = d, n
		}
	}
	return best
}

// normaliseHeader lowers, strips accents and keeps letters, digits and %.
func normaliseHeader(h string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, strings.ToLower(strings.TrimSpace(h)))
	if err != nil {
		s = strings.ToLower(h)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parsePercent reads an extra time: "33", "33 %", "33%" (0–100, whole).
func parsePercent(s string) (int, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("Temps supplémentaire invalide « %s » : un nombre entier de 0 à 100 attendu (par exemple 33).", s)
	}
	if err := domain.CheckExtraTime("extraTimePct", n); err != nil {
		return 0, errors.New(refusalMessage(err))
	}
	return n, nil
}

// startsLikeFormula: a cell a spreadsheet would run as a formula when the
// list is exported again (= + - @, a tab or a carriage return first).
func startsLikeFormula(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r", []rune(s)[0])
}

func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// csvMessage says a parse error in French.
func csvMessage(err error) string {
	switch {
	case errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote):
		return "guillemet mal placé ou non refermé."
	case errors.Is(err, csv.ErrFieldCount):
		return "nombre de colonnes inattendu."
	}
	return "format CSV invalide."
}

// formatBytes says a size in French (« 2 Mo »).
func formatBytes(n int) string {
	if n >= 1<<20 {
		return strings.Replace(strconv.FormatFloat(float64(n)/(1<<20), 'f', -1, 64), ".", ",", 1) + " Mo"
	}
	return strconv.Itoa(n/1024) + " Ko"
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// refusalMessage is the French message of a domain refusal.
func refusalMessage(err error) string {
	var de *domain.Error
	if errors.As(err, &de) {
		return de.Message
	}
	return err.Error()
}
