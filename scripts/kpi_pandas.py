#!/usr/bin/env python3
"""The 11 FLS KPIs of docs/kpi-contract.md computed with pandas: the baseline for
scripts/bench-kpi.sh. Usage: kpi_pandas.py FILE [EXPECTED_NON_SPINE_PER_YEAR]

Uses pyarrow-backed strings when pyarrow is installed (pandas 3's default then), which is
what makes pandas' string work fast; scripts/bench-kpi.sh installs both.

Prints the time to read and to compute, then one line per KPI in the same form as the
Rust benchmark (`kpi N 52.5% 32/71 pending 7`) so the two can be compared line by line.

Follows the contract: headers matched ignoring case and spaces; values trimmed, codes
ignoring case; d/m/yyyy or yyyy-mm-dd dates with an optional time (the time is dropped
without checking it); rejection in the contract's order (empty id, repeated id, missing or
invalid fracture date, whole-number age below 50); the as-at date is the latest date in any
date column; pending = fracture date + window after the as-at date.
"""
import re
import sys
import time

import numpy as np
import pandas as pd

COLUMNS = ["record_id", "sex", "age", "fracture_date", "fracture_site", "fls_assessment_date", "dxa_status", "dxa_date",
           "falls_assessment", "bone_therapy_recommended", "strength_balance_date", "followup_date",
           "treatment_start_date", "adherent_52_weeks"]
DATES = ["fls_assessment_date", "dxa_date", "strength_balance_date", "followup_date", "treatment_start_date"]
SEX = {"f": "F", "m": "M", "female": "F", "male": "M"}
SITE = {"hip": "hip", "spine": "spine", "wrist": "wrist", "humerus": "humerus", "pelvis": "pelvis", "other": "other",
        "vertebral": "spine", "forearm": "wrist", "radius": "wrist", "femur": "hip", "neck of femur": "hip"}
DXA = {s: s for s in ["done", "recommended", "not_indicated", "declined"]}
FALLS = {"done": "done", "referred": "referred", "recommended": "recommended", "not_done": "not_done", "yes": "done", "no": "not_done"}
THERAPY = {s: s for s in ["yes", "no", "already_on"]}
ADHERENCE = {s: s for s in ["yes", "no", "unknown"]}
WINDOWS = {4: 90, 5: 90, 8: 112, 9: 112, 10: 112, 11: 364}


def read(path):
    frame = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig", skip_blank_lines=True)
    names = {}
    for header in frame.columns:
        key = re.sub(r" +", "_", str(header).strip().lower())
        if key in COLUMNS and key not in names.values():
            names[header] = key
    frame = frame[list(names)].rename(columns=names)
    for column in COLUMNS:
        if column not in frame:
            frame[column] = ""
    return frame


def parse_dates(text):
    """d/m/yyyy or yyyy-mm-dd, optionally followed by a time; NaT otherwise."""
    # Vectorised string operations (pyarrow strings run these without Python loops).
    day = text.str.replace(r" .*$", "", regex=True)
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    iso = day.str.contains(r"^\d{4}-\d{2}-\d{2}$", regex=True)
    uk = day.str.contains(r"^\d{1,2}/\d{1,2}/\d{4}$", regex=True)
    out[iso] = pd.to_datetime(day[iso], format="%Y-%m-%d", errors="coerce")
    out[uk] = pd.to_datetime(day[uk], format="%d/%m/%Y", errors="coerce")
    return out


def tenths(numerator, denominator):
    """Percent in tenths, half away from zero, exactly: (2000n + d) // 2d."""
    return None if denominator == 0 else (2000 * numerator + denominator) // (2 * denominator)


def compute(frame, expected_per_year):
    frame = frame.apply(lambda c: c.str.strip())
    ids = frame["record_id"]
    empty_id = ids == ""
    repeated = ids.duplicated(keep="first") & ~empty_id
    fracture = parse_dates(frame["fracture_date"])
    age_digits = frame["age"].str.contains(r"^\d+$", regex=True)
    age_number = pd.to_numeric(frame["age"].where(age_digits), errors="coerce")
    rejected = empty_id | repeated | fracture.isna() | (age_number < 50)
    r = frame[~rejected]
    f = fracture[~rejected]
    code = lambda column, table: r[column].str.lower().map(table)
    sex, site, dxa = code("sex", SEX), code("fracture_site", SITE), code("dxa_status", DXA)
    falls, therapy, adherent = code("falls_assessment", FALLS), code("bone_therapy_recommended", THERAPY), code("adherent_52_weeks", ADHERENCE)
    age = age_number[~rejected].where(lambda a: (a >= 50) & (a <= 120))
    dates = {c: parse_dates(r[c]) for c in DATES}
    as_at = max([f.max()] + [d.max() for d in dates.values() if d.notna().any()])
    since = (as_at - f).dt.days
    days = {c: (d - f).dt.days for c, d in dates.items()}
    within = lambda column, window: (days[column] >= 0) & (days[column] <= window)
    recommended = therapy.isin(["yes", "already_on"])
    started = (therapy == "already_on") | (dates["treatment_start_date"] >= f)
    everyone = pd.Series(True, index=r.index)
    rules = {
        1: (everyone, sex.notna() & age.notna() & site.notna() & dxa.notna() & falls.notna() & therapy.notna()),
        3: (everyone, site == "spine"),
        4: (everyone, within("fls_assessment_date", WINDOWS[4])),
        5: (dxa.isin(["done", "recommended"]) | dates["dxa_date"].notna(), within("dxa_date", WINDOWS[5])),
        6: (everyone, falls.isin(["done", "referred", "recommended"])),
        7: (everyone, recommended),
        8: (site.notna() & (site != "hip"), within("strength_balance_date", WINDOWS[8])),
        9: (recommended, within("followup_date", WINDOWS[9])),
        10: (recommended, (therapy == "already_on") | within("treatment_start_date", WINDOWS[10])),
        11: (started, adherent == "yes"),
    }
    lines = []
    for kpi in range(1, 12):
        if kpi == 2:
            non_spine = int((site.notna() & (site != "spine")).sum())
            covered = (f.max() - f.min()).days + 1
            expected = expected_per_year * covered / 365.25
            percent = f"{np.floor(non_spine * 1000 / expected + 0.5) / 10:.1f}%"
            lines.append(f"kpi 2 {percent} {non_spine}/{expected:,.1f} pending 0")
            continue
        denominator, numerator = rules[kpi]
        pending = denominator & (since < WINDOWS[kpi]) if kpi in WINDOWS else pd.Series(False, index=r.index)
        counted = denominator & ~pending
        n, d = int((counted & numerator).sum()), int(counted.sum())
        t = tenths(n, d)
        percent = "n/a" if t is None else f"{t // 10}.{t % 10}%"
        lines.append(f"kpi {kpi} {percent} {n}/{d} pending {int(pending.sum())}")
    return len(r), int(rejected.sum()), as_at, lines


def main():
    path = sys.argv[1]
    expected_per_year = float(sys.argv[2]) if len(sys.argv) > 2 else 300_000.0
    start = time.perf_counter()
    frame = read(path)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    records, rejected, as_at, lines = compute(frame, expected_per_year)
    compute_s = time.perf_counter() - start
    rows = records + rejected
    print(f"pandas {pd.__version__}: read {read_s:.3f} s, compute {compute_s:.3f} s, "
          f"total {read_s + compute_s:.3f} s ({rows / (read_s + compute_s):,.0f} rows/s); "
          f"records {records}, rejected {rejected}, as at {as_at:%d/%m/%Y}")
    print(f"PANDAS_SECONDS {read_s + compute_s:.6f}")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
