package domain

import (
	"fmt"
	"math"
)

// Cents is an amount of money in euro cents. Money is integer inside the
// domain so that totals never suffer float rounding; euros (float64) are
// converted once, at the command boundary, by EurosToCents.
type Cents int64

// Money limits. They exist to refuse absurd input (a typo of a few zeros),
// not to model a business rule.
const (
	// MaxUnitPriceEuros is the largest unit price of a budget line.
	MaxUnitPriceEuros = 1_000_000
	// MaxQuantity is the largest quantity of a budget line.
	MaxQuantity = 100_000
	// MaxEnvelopeEuros is the largest budget envelope of an exam.
	MaxEnvelopeEuros = 100_000_000
)

// EurosToCents converts a non-negative, finite euro amount of at most max
// euros to cents, rounding to the nearest cent.
func EurosToCents(field string, euros float64, max float64) (Cents, error) {
	if err := CheckFinite(field, euros); err != nil {
		return 0, err
	}
	if euros < 0 {
		return 0, Invalid(field, "Le montant ne peut pas être négatif.")
	}
	if euros > max {
		return 0, Invalid(field, fmt.Sprintf("Montant trop élevé (%s au plus).", FormatEuros(Cents(max*100))))
	}
	return Cents(math.Round(euros * 100)), nil
}

// LineTotal is quantity × unit price, rounded to the nearest cent. With the
// limits above the product stays below 2^53, so float64 is exact enough.
func LineTotal(quantity float64, unitPrice Cents) Cents {
	return Cents(math.Round(quantity * float64(unitPrice)))
}

// Euros returns the amount in euros, for display and APIs.
func (c Cents) Euros() float64 { return float64(c) / 100 }
