//! Every type in the OpenAPI document has a name of its own. utoipa files a type's schema
//! under the type's bare name, so two types called alike (a project's volunteer `Role`
//! and an account's `Role`) would share one entry, and the document would describe one
//! of them with the other's shape. This test reads the workspace's sources for the types
//! that derive `ToSchema` and refuses a name used twice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The schema names declared in one file, with their line numbers: a type deriving
/// `ToSchema` (directly or under `cfg_attr`, renamed by `#[schema(as = …)]`), or one made
/// by `text_enum!` (which derives it).
fn declared(source: &str) -> Vec<(String, usize)> {
    let mut names = Vec::new();
    let mut pending = false;
    let mut renamed: Option<String> = None;
    let mut in_text_enum = false;
    for (n, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("//") {
            continue;
        }
        if line.starts_with("#[") && line.contains("ToSchema") {
            pending = true;
        }
        if line.starts_with("text_enum!(") {
            in_text_enum = true;
            continue;
        }
        if let Some(rest) = line.strip_prefix("#[schema(as = ") {
            let path = rest.split([')', ',']).next().unwrap_or_default();
            renamed = path.rsplit("::").next().map(str::to_owned);
        }
        if in_text_enum && !line.starts_with('#') && line.ends_with('{') {
            names.push((line.trim_end_matches('{').trim().to_owned(), n + 1));
            in_text_enum = false;
        } else if pending && !line.starts_with('#') {
            let mut words = line.split_whitespace();
            if let Some(name) = words
                .by_ref()
                .skip_while(|w| *w != "struct" && *w != "enum")
                .nth(1)
            {
                let name = name.split(['{', '<', '(', ';']).next().unwrap_or_default();
                names.push((renamed.take().unwrap_or_else(|| name.to_owned()), n + 1));
                pending = false;
            }
        }
    }
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scan_finds_each_way_of_declaring_a_schema() {
    let source = "#[derive(Debug, ToSchema)]\n/// Doc.\n#[serde(rename_all = \"snake_case\")]\n\
                  pub struct First {\n}\n\
                  #[cfg_attr(feature = \"openapi\", derive(utoipa::ToSchema))]\npub enum Second { A }\n\
                  #[derive(ToSchema)]\n#[schema(as = module::Third)]\npub(crate) struct Other;\n\
                  text_enum!(\n    /// Doc.\n    Fourth {\n        A = \"a\",\n    }\n);\n\
                  #[derive(Debug)]\npub struct NotASchema;\n";
    let names: Vec<String> = declared(source).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["First", "Second", "Third", "Fourth"]);
}

#[test]
fn no_two_types_in_the_openapi_document_share_a_name() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in ["waymark-api", "waymark-domain", "waymark-store"] {
        rust_files(&crates.join(krate).join("src"), &mut files);
    }
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for (name, line) in declared(&source) {
            let place = format!("{}:{line}", file.display());
            seen.entry(name).or_default().push(place);
        }
    }
    assert!(
        seen.len() > 100,
        "the scan found the schemas ({})",
        seen.len()
    );
    let twice: Vec<String> = seen
        .iter()
        .filter(|(_, places)| places.len() > 1)
        .map(|(name, places)| format!("{name}: {}", places.join(", ")))
        .collect();
    assert!(
        twice.is_empty(),
        "schema names used twice (rename one, or `#[schema(as = …)]`):\n{}",
        twice.join("\n")
    );
}
