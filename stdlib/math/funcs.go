package math

// Sqrt returns the square root of x (NaN for x < 0). (Native.)
func Sqrt(x float64) float64

// Cbrt returns the cube root of x. (Native.)
func Cbrt(x float64) float64

// FMA returns x*y+z rounded only once. (Native.)
func FMA(x, y, z float64) float64

// Mod returns the remainder of x/y, with x's sign. (Native.)
func Mod(x, y float64) float64

// Remainder returns the IEEE 754 remainder of x/y. (Native.)
func Remainder(x, y float64) float64

// Hypot returns Sqrt(p*p + q*q) without needless overflow or underflow.
// (Native.)
func Hypot(p, q float64) float64

// Exp returns e**x. (Native.)
func Exp(x float64) float64

// Exp2 returns 2**x. (Native.)
func Exp2(x float64) float64

// Expm1 returns e**x - 1, accurately for x near 0. (Native.)
func Expm1(x float64) float64

// Log returns the natural logarithm of x. (Native.)
func Log(x float64) float64

// Log2 returns the binary logarithm of x. (Native.)
func Log2(x float64) float64

// Log10 returns the decimal logarithm of x. (Native.)
func Log10(x float64) float64

// Log1p returns the natural logarithm of 1+x, accurately for x near 0.
// (Native.)
func Log1p(x float64) float64

// Pow returns x**y. (Native.)
func Pow(x, y float64) float64

// Sin returns the sine of the radian argument x. (Native.)
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x. (Native.)
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x. (Native.)
func Tan(x float64) float64

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Asin returns the arcsine of x, in radians. (Native.)
func Asin(x float64) float64

// Acos returns the arccosine of x, in radians. (Native.)
func Acos(x float64) float64

// Atan returns the arctangent of x, in radians. (Native.)
func Atan(x float64) float64

// Atan2 returns the arctangent of y/x, using the signs of both to pick the
// quadrant. (Native.)
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x. (Native.)
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x. (Native.)
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x. (Native.)
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x. (Native.)
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x. (Native.)
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x. (Native.)
func Atanh(x float64) float64

// Erf returns the error function of x. (Native.)
func Erf(x float64) float64

// Erfc returns the complementary error function of x. (Native.)
func Erfc(x float64) float64

// Erfinv returns the inverse error function of x. (Native.)
func Erfinv(x float64) float64

// Erfcinv returns the inverse of Erfc. (Native.)
func Erfcinv(x float64) float64

// Gamma returns the Gamma function of x. (Native.)
func Gamma(x float64) float64

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
// (Native.)
func Lgamma(x float64) (lgamma float64, sign int)

// J0 returns the order-zero Bessel function of the first kind. (Native.)
func J0(x float64) float64

// J1 returns the order-one Bessel function of the first kind. (Native.)
func J1(x float64) float64

// Jn returns the order-n Bessel function of the first kind. (Native.)
func Jn(n int, x float64) float64

// Y0 returns the order-zero Bessel function of the second kind. (Native.)
func Y0(x float64) float64

// Y1 returns the order-one Bessel function of the second kind. (Native.)
func Y1(x float64) float64

// Yn returns the order-n Bessel function of the second kind. (Native.)
func Yn(n int, x float64) float64

// Powers of ten for Pow10: 1e0..1e31, then steps of 1e32 up and down.
var (
	pow10small = [...]float64{
		1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
		1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
		1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
		1e30, 1e31,
	}
	pow10up = [...]float64{
		1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
	}
	pow10down = [...]float64{
		1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
	}
)

// Pow10 returns 10**n: 0 for n < -323 and +Inf for n > 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10up[n/32] * pow10small[n%32]
	}
	if -323 <= n && n <= 0 {
		return pow10down[-n/32] / pow10small[-n%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
