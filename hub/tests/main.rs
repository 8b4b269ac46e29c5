//! The hub's integration tests, one binary: a real hub on 127.0.0.1 (in-process, or the
//! `lotsen-hub` binary for signals), real SQLite and PostgreSQL, headless Chromium.

#[macro_use]
mod common;

mod bad_dates;
mod bad_input;
mod connections;
mod content;
mod dashboard_browser;
mod dashboard_http;
mod full_disk;
mod hostile_names;
mod ingest_and_stats;
mod kiosks;
mod login;
mod operations;
mod retention;
mod shutdown;
