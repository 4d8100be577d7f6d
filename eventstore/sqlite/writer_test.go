package sqlite

import (
	"testing"

	"github.com/google/uuid"
)

func TestRecentIDsKeepsTheLastN(t *testing.T) {
	c := newRecentIDs(3)
	ids := []uuid.UUID{uuid.New(), uuid.New(), uuid.New(), uuid.New()}
	for i, id := range ids {
		c.add(id, idLoc{stream: "s", revision: int64(i)})
	}
	if _, ok := c.get(ids[0]); ok {
		t.Error("the oldest id was not evicted")
	}
	for i, id := range ids[1:] {
		if l, ok := c.get(id); !ok || l.revision != int64(i+1) {
			t.Errorf("id %d: got %+v %v", i+1, l, ok)
		}
	}
	// Re-adding an id must survive the eviction of its older copy.
	c.add(ids[1], idLoc{stream: "t", revision: 9})
	c.add(uuid.New(), idLoc{})
	if l, ok := c.get(ids[1]); !ok || l.stream != "t" {
		t.Errorf("re-added id lost when its older copy was evicted: %+v %v", l, ok)
	}
}
