// Function signatures: named and unnamed parameters, grouped names, variadics, results.
package funcs

func a()
func b(int, string) (bool, error)
func c(x, y int, s ...string) (ok bool)
func d(f func(int) func() int) func() (a, b int)
func e(p *int, q []map[string]int, r chan<- int) (x [4]int)
func g(a [4]int, b T[int], c pkg.T, d pkg.T[int, string]) {}
func h(T[int], []int, [4]int) {}
func i() (int) { return 0 }
func j() func() {
	return func() {}
}
