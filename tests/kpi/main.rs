//! Host tests of the KPI engine (`src/model/kpi`), one file per part of the contract, built
//! as one test binary.

mod breakdown_worklist;
mod doc_examples;
mod import_file;
mod import_values;
mod page;
mod parse_never_panics;
mod rules;
mod run_chart;
mod sample;
