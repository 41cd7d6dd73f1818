// N-body (5 planets, 1,000,000 steps): float arithmetic, struct fields and math.Sqrt.
package main

import (
	"fmt"
	"math"
)

const (
	steps       = 1000000
	dt          = 0.01
	daysPerYear = 365.24
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

var solarMass float64

// newBody scales velocities (AU/day) and mass at run time, as the Lua version does.
func newBody(x, y, z, vx, vy, vz, mass float64) Body {
	return Body{x, y, z, vx * daysPerYear, vy * daysPerYear, vz * daysPerYear, mass * solarMass}
}

func offsetMomentum(bodies []Body) {
	px, py, pz := 0.0, 0.0, 0.0
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

func energy(bodies []Body) float64 {
	e := 0.0
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			e -= b.mass * c.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []Body) {
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			bm, cm := b.mass*mag, c.mass*mag
			b.vx -= dx * cm
			b.vy -= dy * cm
			b.vz -= dz * cm
			c.vx += dx * bm
			c.vy += dy * bm
			c.vz += dz * bm
		}
	}
	for i := 0; i < len(bodies); i++ {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	pi := math.Pi
	solarMass = 4 * pi * pi
	bodies := []Body{
		newBody(0, 0, 0, 0, 0, 0, 1), // sun
		newBody(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
			9.54791938424326609e-04), // jupiter
		newBody(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
			2.85885980666130812e-04), // saturn
		newBody(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
			4.36624404335156298e-05), // uranus
		newBody(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
			5.15138902046611451e-05), // neptune
	}
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	for s := 0; s < steps; s++ {
		advance(bodies)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
