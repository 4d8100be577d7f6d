package app

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Argon2Params is the cost of argon2id hashing.
type Argon2Params struct {
	Time      uint32
	MemoryKiB uint32
	Threads   uint8
}

// DefaultArgon2 follows OWASP's argon2id recommendation (19 MiB, t=2, p=1):
// a login costs a few tens of milliseconds on this class of machine.
var DefaultArgon2 = Argon2Params{Time: 2, MemoryKiB: 19 * 1024, Threads: 1}

// DefaultCodeArgon2 is the cost of hashing access codes: argon2id still,
// but at 8 MiB and one pass. A code carries 80 random bits, so its hash
// needs no stretching against guessing (2^80 tries at any cost); what the
// cost buys is bounded, and at OWASP's password cost enrolling 1 000
// candidates spent about a minute hashing their codes. Login checks the
// password cost too, for codes issued before this default (see
// codeHashes).
var DefaultCodeArgon2 = Argon2Params{Time: 1, MemoryKiB: 8 * 1024, Threads: 1}

const argonKeyLen = 32

// hashSecret returns the argon2id PHC string of secret with this salt.
func (p Argon2Params) hash(secret string, salt []byte) string {
	key := argon2.IDKey([]byte(secret), salt, p.Time, p.MemoryKiB, p.Threads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.MemoryKiB, p.Time, p.Threads,
		enc.EncodeToString(salt), enc.EncodeToString(key))
}

// hashPassword hashes a password with a random salt.
func (p Argon2Params) hashPassword(pw string) string {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		panic(err)
	}
	return p.hash(pw, salt)
}

// verifyPassword checks pw against a PHC string, with the parameters
// stored in it (so raising the cost later keeps old hashes valid).
func verifyPassword(phc, pw string) bool {
	parts := strings.Split(phc, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m, t uint32
	var th uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &th); err != nil {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	want, err2 := enc.DecodeString(parts[5])
	// argon2 panics on t = 0 or m < 8·p; the upper caps keep a hostile
	// stored hash from costing unbounded time or memory.
	if err1 != nil || err2 != nil || len(want) < 16 || len(want) > 64 ||
		t < 1 || t > 16 || th == 0 || m < 8*uint32(th) || m > 1<<21 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, th, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// Access codes are 16 characters of Crockford's base32 (80 random bits),
// printed in groups of four. A candidate types only the code, so login
// must find the account from it: codes are hashed with argon2id and a
// fixed salt, which makes the hash a lookup key. A fixed salt is safe here
// because codes are random with 80 bits of entropy (salts protect
// low-entropy, human-chosen secrets from precomputed tables), and argon2id
// still makes each guess costly.
const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

var codeSalt = []byte("cellule/access-code/v1")

// newAccessCode returns a fresh code as printed: "ABCD-EFGH-JKMN-PQRS".
func newAccessCode() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	var sb strings.Builder
	for i, x := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[int(x)%32])
	}
	return sb.String()
}

// normaliseCode accepts a code as a person types it: any case, spaces and
// dashes anywhere, and the letters Crockford maps to digits (O→0, I/L→1).
// It returns "" if what is left cannot be a code.
func normaliseCode(code string) string {
	var sb strings.Builder
	for _, r := range strings.ToUpper(code) {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			continue
		case r == 'O':
			r = '0'
		case r == 'I' || r == 'L':
			r = '1'
		}
		if !strings.ContainsRune(codeAlphabet, r) {
			return ""
		}
		sb.WriteRune(r)
	}
	if sb.Len() != 16 {
		return ""
	}
	return sb.String()
}

func (p Argon2Params) hashCode(normalised string) string { return p.hash(normalised, codeSalt) }

// newToken returns a session token (256 random bits, URL-safe) and the
// hash stored in its place.
func newToken() (token, hash string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, tokenHash(token)
}

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
