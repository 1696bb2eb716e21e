//! Outcomes: a plan's organisations and their responders, official responses that give
//! many contributions one outcome at once (commitments among them, with progress), and
//! the public "you said, we did" lists.

mod hearing_back;
mod organisations;
mod reads;
mod responses;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
pub use hearing_back::{checked_email, follow};
pub use organisations::organisation_fields;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            organisations::list_organisations,
            organisations::create_organisation
        ))
        .routes(routes!(organisations::assign_responder))
        .routes(routes!(responses::create_response))
        .routes(routes!(responses::add_update))
        .routes(routes!(reads::outcomes))
        .routes(routes!(reads::list_commitments))
        .routes(routes!(reads::get_commitment))
        .routes(routes!(hearing_back::follow_contribution))
        .routes(routes!(hearing_back::follow_commitment))
}
