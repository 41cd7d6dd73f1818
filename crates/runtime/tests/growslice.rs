//! `grow_slice_cap` against real Go: `data/growslice.txt` records every reallocation that
//! `data/growslice.go` observed (one element at a time and in bulk, pointer-free and pointerful
//! element types of many sizes). Each line is one growslice call:
//! `grow <elem size> <noscan|scan> <old len> <old cap> <new len> <new cap>`.

use gorun_runtime::grow_slice_cap;

#[test]
fn grow_slice_cap_matches_go() {
    let golden = include_str!("data/growslice.txt");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in golden.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields.len(), 7, "malformed golden line {line:?}");
        assert_eq!(fields[0], "grow");
        let num = |i: usize| fields[i].parse::<usize>().unwrap_or_else(|_| panic!("bad number in {line:?}"));
        let noscan = match fields[2] {
            "noscan" => true,
            "scan" => false,
            other => panic!("bad pointer flag {other:?} in {line:?}"),
        };
        let (elem_size, old_len, old_cap, new_len, want) = (num(1), num(3), num(4), num(5), num(6));
        let got = grow_slice_cap(old_len, old_cap, new_len, elem_size, noscan);
        if got != want {
            failures.push(format!("{line}: got cap {got}"));
        }
        checked += 1;
    }
    assert!(checked > 3000, "golden too short: {checked} lines");
    assert!(failures.is_empty(), "{} of {checked} growths differ from Go:\n{}", failures.len(), failures.join("\n"));
}
