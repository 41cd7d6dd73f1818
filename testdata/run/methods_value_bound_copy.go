// Tests method values: a value-receiver method value binds a copy at evaluation time; pointer receivers see updates.
package main

import "fmt"

type Gauge struct {
	Name  string
	Level int
}

func (g Gauge) Report() string { return fmt.Sprintf("%s=%d", g.Name, g.Level) }
func (g *Gauge) Bump()         { g.Level++ }

type Reporter interface{ Report() string }

func main() {
	g := Gauge{"cpu", 1}
	byValue := g.Report
	byPtr := (&g).Report
	bump := g.Bump
	bump()
	bump()
	fmt.Println(byValue(), byPtr(), g.Report())

	var r Reporter = g
	viaIface := r.Report
	g.Level = 50
	fmt.Println(viaIface(), r.Report(), g.Report())

	gauges := []Gauge{{"a", 1}, {"b", 2}}
	var reports []func() string
	var bumps []func()
	for i := range gauges {
		reports = append(reports, gauges[i].Report)
		bumps = append(bumps, gauges[i].Bump)
	}
	for _, b := range bumps {
		b()
	}
	for _, rep := range reports {
		fmt.Print(rep(), " ")
	}
	fmt.Println(gauges)

	p := &Gauge{"mem", 7}
	snap := p.Report
	p.Level = 8
	fmt.Println(snap(), p.Report())
}
