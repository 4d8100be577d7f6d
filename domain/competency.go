package domain

// Competency ids of the certification grid (RNCP bloc 3, C18–C29). The grid
// is fixed by the certifier, not by scenarios, so the domain knows it.
var Competencies = []string{"C18", "C19", "C20", "C21", "C22", "C23", "C24", "C25", "C26", "C27", "C28", "C29"}

// PrescribedCompetency is the one competency the jury must examine: an
// evaluation cannot be finalised without it.
const PrescribedCompetency = "C21"

// IsCompetency reports whether id is one of C18..C29.
func IsCompetency(id string) bool {
	for _, c := range Competencies {
		if c == id {
			return true
		}
	}
	return false
}

// Level is the jury's assessment of one competency, on a four-step scale.
type Level string

const (
	LevelNotAcquired Level = "non_acquis"
	LevelInProgress  Level = "en_cours"
	LevelAcquired    Level = "acquis"
	LevelMastered    Level = "maitrise"
)

// Levels in increasing order.
var Levels = []Level{LevelNotAcquired, LevelInProgress, LevelAcquired, LevelMastered}

// Valid reports whether l is on the scale.
func (l Level) Valid() bool {
	for _, v := range Levels {
		if v == l {
			return true
		}
	}
	return false
}

// Label is the French label shown to the jury.
func (l Level) Label() string {
	switch l {
	case LevelNotAcquired:
		return "Non acquis"
	case LevelInProgress:
		return "En cours d'acquisition"
	case LevelAcquired:
		return "Acquis"
	case LevelMastered:
		return "Maîtrisé"
	}
	return string(l)
}
