//! Waymark's domain: the types a plan is made of and the rules they obey.
//!
//! Everything here is pure: no I/O, no async. Values are parsed at the edge into
//! these types, and once typed they are valid.

pub mod about_you;
pub mod account;
pub mod auth;
pub mod contribution;
pub mod csv;
pub mod energy;
pub mod energy_plan;
pub mod equality;
pub mod hearing_back;
pub mod ids;
pub mod my_data;
pub mod outcome;
pub mod place;
pub mod plan;
pub mod project;
pub mod report;
pub mod retention;
pub mod subscription;
mod text_enum;
pub mod tile;
pub mod validation;

pub use auth::{Action, Decision, Role};
pub use contribution::{
    ContributionInput, ContributionPatch, Kind, NewContribution, NewReply, Precision, Theme,
};
pub use ids::{ContributionId, PlanSlug, ReplyId};
pub use place::{BBox, Position};
pub use tile::TileCoord;
pub use validation::{FieldError, ValidationErrors};
