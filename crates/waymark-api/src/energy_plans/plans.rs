//! Starting an energy plan, and the list of a plan's energy plans.

use super::*;

/// A plan's energy plans: each with its latest shared or answered version, and drafts
/// for their own group.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/energy-plans", tag = "energy_plans",
    params(("plan" = String, Path)),
    responses((status = 200, body = EnergyPlanList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list_energy_plans(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let admin = identity.role() == Some(Role::Admin);
    let rows = store::list(&state.pool, &plan, author.as_deref(), admin).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            Ok(EnergyPlanSummary {
                id: r.id,
                title: r.title,
                group_name: r.group_name,
                neighbourhoods: r.neighbourhoods,
                version: r.version,
                status: r.status.parse().map_err(ApiError::internal)?,
                created_at: r.created_at,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(private(Json(EnergyPlanList { items }).into_response()))
}

/// Starts an energy plan for some of the plan's neighbourhoods (or a drawn area inside
/// the plan), with its first version as a draft (signed-in people).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/energy-plans", tag = "energy_plans",
    params(("plan" = String, Path)),
    request_body = NewEnergyPlanBody,
    responses((status = 201, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn create_energy_plan(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    author: Author,
    body: JsonBody<NewEnergyPlanBody>,
) -> Result<Response, ApiError> {
    author.identity.authorize(Action::ManageOwnAccount, false)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = text(&mut errors, "title", &b.title, 120);
    let group = text(&mut errors, "group_name", &b.group_name, 200);
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    let area = match (&b.area, b.neighbourhoods.is_empty()) {
        (Some(area), true) => Some(area_geojson(&mut errors, area)),
        (None, false) => None,
        _ => {
            errors.push(
                "neighbourhoods",
                "choose one or more neighbourhoods, or draw an area (not both)",
            );
            None
        }
    };
    if b.neighbourhoods.len() > 50 {
        errors.push("neighbourhoods", "at most 50 neighbourhoods");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let scenario = serde_json::to_value(&b.scenario).map_err(ApiError::internal)?;
    let new = store::NewEnergyPlan {
        title: &title,
        group_name: &group,
        neighbourhoods: &b.neighbourhoods,
        area: area.as_deref(),
        scenario: &scenario,
        dfes_scenario: dfes.as_deref(),
    };
    let mut tx = state.pool.begin().await?;
    let id = match store::create(&mut tx, &plan, &new, &author.key).await? {
        CreateOutcome::Created(id) => id,
        CreateOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateOutcome::UnknownNeighbourhoods(slugs) => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "neighbourhoods",
                format!("not a neighbourhood of this plan: {}", slugs.join(", ")),
            )));
        }
        CreateOutcome::InvalidArea => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "area",
                "the outline crosses itself; draw it again with sides that do not cross",
            )));
        }
        CreateOutcome::OutsidePlan => return Err(ApiError::OutsidePlan),
    };
    let ground = {
        let row = store::get(&mut *tx, id)
            .await?
            .ok_or(ApiError::NotFound("energy plan"))?;
        Ground::load(&mut tx, id, row.plan_id).await?
    };
    let mut errors = ValidationErrors::default();
    if let Err(e) = ground.check_places(&b.scenario) {
        errors.0.extend(e.0);
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    tx.commit().await?;
    let view = view(&state, &author.identity, Some(&author.key), id, None).await?;
    let location =
        HeaderValue::from_str(&format!("/api/v1/energy-plans/{id}")).map_err(ApiError::internal)?;
    let mut response = (StatusCode::CREATED, Json(view)).into_response();
    response.headers_mut().insert(header::LOCATION, location);
    Ok((author, private(response)).into_response())
}

/// A drawn area: a GeoJSON Polygon or MultiPolygon with valid positions.
pub(super) fn area_geojson(errors: &mut ValidationErrors, area: &serde_json::Value) -> String {
    let kind = area["type"].as_str().unwrap_or("");
    let polygons: Vec<&serde_json::Value> = match kind {
        "Polygon" => vec![&area["coordinates"]],
        "MultiPolygon" => area["coordinates"]
            .as_array()
            .map(|p| p.iter().collect())
            .unwrap_or_default(),
        _ => {
            errors.push("area", "the area is a GeoJSON Polygon or MultiPolygon");
            return String::new();
        }
    };
    let rings: Vec<&serde_json::Value> = polygons
        .iter()
        .filter_map(|p| p.as_array())
        .flatten()
        .collect();
    let closed = |ring: &&serde_json::Value| {
        ring.as_array()
            .is_some_and(|r| r.len() >= 4 && r.first() == r.last())
    };
    if rings.is_empty() || !rings.iter().all(closed) {
        errors.push(
            "area",
            "each ring of an outline has at least 4 positions and ends where it starts",
        );
        return String::new();
    }
    for position in rings.iter().filter_map(|r| r.as_array()).flatten() {
        let coords: Vec<f64> = serde_json::from_value(position.clone()).unwrap_or_default();
        if let Err(e) = waymark_domain::Position::from_coordinates("area.coordinates", &coords) {
            errors.0.extend(e.0);
            break;
        }
    }
    area.to_string()
}
