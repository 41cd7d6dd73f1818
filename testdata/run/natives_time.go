// Tests time's zone natives (loadLocation, lookupZone, lookupZoneName) with zones from the
// system's database: transitions, the POSIX rule past the last transition, southern
// hemisphere daylight time, zone names in parsing, and unknown or invalid names.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Europe/Dublin", "Etc/GMT+5", "UTC", "", "Nowhere/City", "../etc/passwd"}
	secs := []int64{-5e9, 0, 1e9, 1710054000, 1710057600, 1730613600, 1730617200, 2e9, 4e9, 1e11}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Println("==", loc)
		for _, s := range secs {
			t := time.Unix(s, 0).In(loc)
			name, off := t.Zone()
			fmt.Println(t.Format("2006-01-02 15:04:05 MST -0700"), name, off, t.IsDST())
		}
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-01 12:00 CEST", berlin)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-01-01 12:00 CEST", berlin)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2024-03-31 02:30", berlin)
	fmt.Println(t, err)
	ny, _ := time.LoadLocation("America/New_York")
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, ny), time.Date(2024, 3, 10, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2300, 6, 1, 0, 0, 0, 0, ny), time.Date(1800, 6, 1, 0, 0, 0, 0, ny))
	fmt.Println(time.Unix(1e9, 0).In(time.FixedZone("X", 3600)), time.Unix(0, 0).UTC())
	sydney, _ := time.LoadLocation("Australia/Sydney")
	d := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 12; i++ {
		name, off := d.AddDate(0, i, 0).In(sydney).Zone()
		fmt.Print(name, off, " ")
	}
	fmt.Println()
}
