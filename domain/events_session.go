package domain

import "time"

// ---- user-<id>: login sessions ---------------------------------------------
//
// A login session lives in its account's stream so that it survives a
// restart and ends when the account is disabled. The token itself is never
// stored: TokenHash is the hex SHA-256 of a 256-bit random token (a fast
// hash is enough for a secret of that entropy; passwords and access codes,
// which people choose or type, use argon2id).

// SessionStarted: the user logged in.
type SessionStarted struct {
	SessionID string    `json:"sessionId"`
	TokenHash string    `json:"tokenHash"`
	ExpiresAt time.Time `json:"expiresAt"`
	At        time.Time `json:"at"`
}

// SessionEnded: the user logged out (expiry needs no event: ExpiresAt says it).
type SessionEnded struct {
	SessionID string    `json:"sessionId"`
	Reason    string    `json:"reason"`
	At        time.Time `json:"at"`
}

func (SessionStarted) EventType() string { return "SessionStarted" }
func (SessionEnded) EventType() string   { return "SessionEnded" }
