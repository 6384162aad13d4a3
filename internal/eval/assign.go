package eval

import "math"

// bestMatching returns a one-to-one matching between nGold gold items and
// nPred predictions, where ok(g, p) says which pairs may match, that is as
// large as possible and, among the largest, has the greatest total
// weight(g, p) (each weight in 0..maxWeight). goldTo[g] is the matched
// prediction or -1.
//
// Every allowed pair is worth more than the weights of a whole matching
// (bonus), so cardinality comes first; the Hungarian algorithm then finds
// the optimum exactly, which keeps attribute scores independent of the order
// of the predictions whenever the optimum is unique.
func bestMatching(nGold, nPred int, ok func(g, p int) bool, weight func(g, p int) int, maxWeight int) (goldTo, predTo []int) {
	goldTo = make([]int, nGold)
	predTo = make([]int, nPred)
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range predTo {
		predTo[i] = -1
	}
	n := max(nGold, nPred)
	if n == 0 {
		return goldTo, predTo
	}
	bonus := maxWeight*min(nGold, nPred) + 1
	cost := make([][]int, n) // square; padding rows and columns cost 0
	for g := range n {
		cost[g] = make([]int, n)
		for p := range n {
			if g < nGold && p < nPred && ok(g, p) {
				cost[g][p] = -(bonus + weight(g, p))
			}
		}
	}
	for p, g := range hungarian(cost) {
		if g < nGold && p < nPred && ok(g, p) {
			goldTo[g], predTo[p] = p, g
		}
	}
	return goldTo, predTo
}

// hungarian solves the square assignment problem, minimising the total
// cost; rowOf[col] is the row assigned to each column. O(n³).
func hungarian(cost [][]int) (rowOf []int) {
	n := len(cost)
	const inf = math.MaxInt / 4
	// 1-based potentials; p[j] is the row matched to column j, 0 for none.
	u, v := make([]int, n+1), make([]int, n+1)
	p, way := make([]int, n+1), make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]int, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	rowOf = make([]int, n)
	for j := 1; j <= n; j++ {
		rowOf[j-1] = p[j] - 1
	}
	return rowOf
}
