package attempt

import "sort"

// FindCycle returns a dependency cycle of the graph (each node maps to the
// nodes it depends on) as the list of nodes along it, the first node
// repeated at the end, or nil if the graph is acyclic. Dependencies on
// nodes absent from the map are ignored. The search is iterative (no
// recursion depth to exhaust) and deterministic (nodes visited in sorted
// order), so the same planning always reports the same cycle.
func FindCycle(deps map[string][]string) []string {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(deps))
	nodes := make([]string, 0, len(deps))
	for n := range deps {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)

	type frame struct {
		node string
		next int // index of the next dependency to explore
	}
	for _, root := range nodes {
		if state[root] != unseen {
			continue
		}
		stack := []frame{{node: root}}
		state[root] = onPath
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			ds := deps[top.node]
			if top.next == len(ds) {
				state[top.node] = done
				stack = stack[:len(stack)-1]
				continue
			}
			d := ds[top.next]
			top.next++
			if _, known := deps[d]; !known {
				continue
			}
			switch state[d] {
			case onPath:
				// The cycle is the part of the path from d to the top.
				var cycle []string
				for i := range stack {
					if stack[i].node == d || cycle != nil {
						cycle = append(cycle, stack[i].node)
					}
				}
				return append(cycle, d)
			case unseen:
				state[d] = onPath
				stack = append(stack, frame{node: d})
			}
		}
	}
	return nil
}
