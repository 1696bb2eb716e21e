//! Collaborative Action Groups (issue 18): forums for one area of a plan with a public
//! page and a members' space. Site roles still apply (admins may do anything in any
//! group, moderators moderate its threads); inside a group its own roles decide:
//! facilitators approve and remove members, run meetings and publish minutes; members
//! read and write the members' space. Someone outside asking for members' content gets
//! 403 (401 when not signed in), never an empty list.

mod calendar;
pub mod markdown;
mod meetings;
mod pages;
mod resources;
mod threads;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::Role;
use waymark_store::groups::{self as store, GroupRow};

use crate::auth::identity::Identity;
use crate::{ApiError, AppState};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(pages::list_groups, pages::create_group))
        .routes(routes!(pages::get_group))
        .routes(routes!(pages::members))
        .routes(routes!(pages::join, pages::leave))
        .routes(routes!(pages::approve, pages::remove))
        .routes(routes!(pages::thread_digest))
        .routes(routes!(meetings::list_meetings, meetings::create_meeting))
        .routes(routes!(meetings::get_meeting))
        .routes(routes!(meetings::since_last_week))
        .routes(routes!(meetings::add_agenda_item))
        .routes(routes!(meetings::raise_item))
        .routes(routes!(meetings::set_minutes))
        .routes(routes!(meetings::publish))
        .routes(routes!(meetings::set_attendance))
        .routes(routes!(meetings::add_action_point))
        .routes(routes!(meetings::action_point_done))
        .routes(routes!(meetings::raised_items))
        .routes(routes!(calendar::group_calendar))
        .routes(routes!(calendar::meeting_calendar))
        .routes(routes!(threads::list_threads, threads::create_thread))
        .routes(routes!(threads::get_thread))
        .routes(routes!(threads::reply))
        .routes(routes!(threads::flag_post))
        .routes(routes!(threads::moderate_post))
        .routes(routes!(resources::list_resources, resources::add_resource))
        .routes(routes!(resources::upload_file))
        .routes(routes!(resources::download_file))
}

/// Where the person asking stands in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Standing {
    Anonymous,
    Outsider,
    Requested,
    Member,
    Facilitator,
    /// A site admin: everything a facilitator may.
    Admin,
}

impl Standing {
    pub(crate) fn is_member(self) -> bool {
        self >= Standing::Member
    }
}

/// The group (404 when there is none) and the asker's standing in it.
pub(crate) async fn standing(
    state: &AppState,
    identity: &Identity,
    group: Uuid,
) -> Result<(GroupRow, Standing), ApiError> {
    let row = store::get(&state.pool, group)
        .await?
        .ok_or(ApiError::NotFound("group"))?;
    let Some(user) = &identity.0 else {
        return Ok((row, Standing::Anonymous));
    };
    if user.role == Role::Admin {
        return Ok((row, Standing::Admin));
    }
    let standing = match store::membership(&state.pool, group, user.id).await? {
        None => Standing::Outsider,
        Some((_, status)) if status == "requested" => Standing::Requested,
        Some((role, _)) if role == "facilitator" => Standing::Facilitator,
        Some(_) => Standing::Member,
    };
    Ok((row, standing))
}

/// 401 for someone not signed in, 403 for anyone below `at_least`.
pub(crate) fn require(standing: Standing, at_least: Standing) -> Result<(), ApiError> {
    if standing >= at_least {
        Ok(())
    } else if standing == Standing::Anonymous {
        Err(ApiError::Unauthorized("problem-detail-unauthorized"))
    } else {
        Err(ApiError::Forbidden("problem-detail-forbidden"))
    }
}
