// Tests a binary search tree with methods on a nil-able pointer: insert, contains, traversals, height and deletion.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key = m.Key
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) Keys() []int {
	var ks []int
	t.InOrder(func(k int) { ks = append(ks, k) })
	return ks
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = root.Insert(k)
	}
	fmt.Println(root.Keys(), root.Height())
	fmt.Println(root.Contains(45), root.Contains(55), (*Tree)(nil).Contains(1))
	root = root.Delete(30)
	root = root.Delete(50)
	root = root.Delete(99)
	fmt.Println(root.Keys(), root.Key, root.Height())
	sum := 0
	root.InOrder(func(k int) { sum += k })
	fmt.Println("sum", sum)
}
