//! The answers every route of a kind can give, added to the OpenAPI document in one
//! place rather than on each handler: a parameter can be wrong, a body can be
//! malformed, too large or of the wrong type, what a path names may not exist, any
//! request carrying a bearer token that is not valid is refused, and any write can be
//! refused for want of sign-in, as cross-site, or for going too fast. A client generated
//! from the document then knows every status it can meet (each a problem+json with a
//! stable `code`).

use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::{OpenApi, Ref, RefOr, Response};

/// Answers any operation that takes a request body can give.
const WITH_A_BODY: &[(&str, &str)] = &[
    (
        "400",
        "The body is not valid JSON (`malformed_json`), a parameter is wrong (`invalid_parameter`), \
         or text holds the NUL character (`invalid_text`)",
    ),
    (
        "413",
        "The body is larger than the server takes (`payload_too_large`)",
    ),
    (
        "415",
        "The body is not of a media type this route reads (`unsupported_media_type`)",
    ),
    (
        "422",
        "A field is wrong; `errors` names each (`validation_failed`)",
    ),
];

/// Answers any operation with path, query or header parameters can give.
const WITH_PARAMETERS: &[(&str, &str)] = &[(
    "400",
    "A parameter is wrong (`invalid_parameter`), or holds the NUL character (`invalid_text`)",
)];

/// Answers any write (POST, PUT, PATCH, DELETE) can give.
const ANY_WRITE: &[(&str, &str)] = &[
    (
        "401",
        "This needs an account, the plan takes no anonymous writes, or the bearer token is \
         not valid (`unauthorized`)",
    ),
    (
        "403",
        "Not allowed for this role (`forbidden`), or a cross-site request (`cross_site_request`)",
    ),
    (
        "429",
        "Too many writes from this address or account (`rate_limited`; see Retry-After)",
    ),
];

/// Answers any operation whose path names something can give.
const WITH_A_PATH_PARAMETER: &[(&str, &str)] = &[(
    "404",
    "Nothing by that name or id, or nothing this reader may see (`not_found`)",
)];

/// The answer any operation can give, kept once in `components.responses` and referred
/// to: a bearer token that is not valid is refused, not ignored (reads included), and a
/// part of some public reads needs an account. An operation that needs an account
/// documents its own 401 in place, which is how readers of the document (and the role
/// tests) tell the two apart.
const UNAUTHORIZED: &str = "Unauthorized";
const UNAUTHORIZED_DESCRIPTION: &str =
    "The bearer token is not valid, or what was asked for needs an account (`unauthorized`)";

/// Adds the answers above to each operation that lacks them; what a handler documents
/// itself is kept as it is.
pub fn add(spec: &mut OpenApi) {
    spec.components
        .get_or_insert_with(Default::default)
        .responses
        .insert(UNAUTHORIZED.to_owned(), problem(UNAUTHORIZED_DESCRIPTION));
    for (path, item) in spec.paths.paths.iter_mut() {
        let names_something = path.contains('{');
        for (operation, writes) in operations(item) {
            if names_something {
                add_missing(operation, WITH_A_PATH_PARAMETER);
            }
            if operation.request_body.is_some() {
                add_missing(operation, WITH_A_BODY);
            }
            if operation.parameters.as_ref().is_some_and(|p| !p.is_empty()) {
                add_missing(operation, WITH_PARAMETERS);
            }
            if writes {
                add_missing(operation, ANY_WRITE);
            }
            operation
                .responses
                .responses
                .entry("401".to_owned())
                .or_insert_with(|| {
                    RefOr::Ref(Ref::new(format!("#/components/responses/{UNAUTHORIZED}")))
                });
        }
    }
}

/// Each operation of a path, with whether it writes.
fn operations(item: &mut PathItem) -> impl Iterator<Item = (&mut Operation, bool)> {
    [
        (item.get.as_mut(), false),
        (item.head.as_mut(), false),
        (item.post.as_mut(), true),
        (item.put.as_mut(), true),
        (item.patch.as_mut(), true),
        (item.delete.as_mut(), true),
    ]
    .into_iter()
    .filter_map(|(operation, writes)| operation.map(|o| (o, writes)))
}

fn add_missing(operation: &mut Operation, answers: &[(&str, &str)]) {
    for (status, description) in answers {
        operation
            .responses
            .responses
            .entry((*status).to_owned())
            .or_insert_with(|| problem(description));
    }
}

fn problem(description: &str) -> RefOr<Response> {
    let content = utoipa::openapi::ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("Problem")))
        .build();
    RefOr::T(
        utoipa::openapi::ResponseBuilder::new()
            .description(description)
            .content("application/problem+json", content)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_body_and_every_write_has_its_common_answers() {
        let spec = serde_json::to_value(crate::openapi()).unwrap();
        let mut checked = 0;
        for (path, item) in spec["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let answers = &operation["responses"];
                let has = |status: &str| answers.get(status).is_some();
                if operation["parameters"]
                    .as_array()
                    .is_some_and(|p| !p.is_empty())
                {
                    assert!(has("400"), "{method} {path} lacks 400");
                }
                if operation.get("requestBody").is_some() {
                    for status in ["400", "413", "415", "422"] {
                        assert!(has(status), "{method} {path} lacks {status}");
                    }
                }
                assert!(has("401"), "{method} {path} lacks 401");
                if path.contains('{') {
                    assert!(has("404"), "{method} {path} lacks 404");
                }
                if method != "get" {
                    for status in ["401", "403", "429"] {
                        assert!(has(status), "{method} {path} lacks {status}");
                    }
                    checked += 1;
                }
                // Every error answer is a problem+json (the shared ones too).
                for (status, answer) in answers.as_object().unwrap() {
                    let answer = match answer["$ref"].as_str() {
                        Some(to) => {
                            let name = to.strip_prefix("#/components/responses/").unwrap();
                            &spec["components"]["responses"][name]
                        }
                        None => answer,
                    };
                    if status.starts_with('4') {
                        assert!(
                            answer["content"].get("application/problem+json").is_some(),
                            "{method} {path} {status}"
                        );
                    }
                }
            }
        }
        assert!(checked >= 20, "the API's writes were all seen ({checked})");
    }
}
