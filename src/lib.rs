//! FLS Toolkit: plan, fund, run and prove a Fracture Liaison Service, in the browser.
//!
//! `model` (pure arithmetic), `data` (embedded reference tables), `storage` (saved
//! settings), `charts` (chart specs, tables and SVG), `routes` (the route table) are
//! tested on the host; `components` and `pages` compose them in the browser.

pub mod app;
pub mod charts;
pub mod components;
pub mod data;
pub mod model;
pub mod pages;
pub mod routes;
pub mod storage;
pub mod word;
