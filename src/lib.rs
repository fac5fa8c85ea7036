//! linkchart: link analysis for folders of news articles.
//!
//! The core (corpus reading, extraction, the graph model, layout, snapshots)
//! has no UI dependency; the `gui` feature adds the egui application.

pub mod bench;
pub mod cli;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod extract;
pub mod filter;
pub mod layout;
pub mod model;
pub mod pipeline;
pub mod snapshot;

#[cfg(feature = "gui")]
pub mod app;
