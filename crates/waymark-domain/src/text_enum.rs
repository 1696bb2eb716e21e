//! Enums of fixed lowercase names, read and written by those names everywhere.

/// An enum of fixed lowercase names that reads and writes those names everywhere.
///
/// The names are taken as `tt`, not `literal`: a `literal` fragment reaches derive
/// macros wrapped in an invisible group, which serde sees through but utoipa does not
/// (the OpenAPI document then listed the Rust variant names instead).
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:tt),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::ValidationErrors;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::ValidationErrors::one(
                        stringify!($name).to_lowercase(),
                        format!(
                            "'{}' is not one of: {}",
                            other.chars().take(40).collect::<String>(),
                            [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }
    };
}

pub(crate) use text_enum;

#[cfg(all(test, feature = "openapi"))]
mod tests {
    use utoipa::PartialSchema;

    #[test]
    fn the_openapi_schema_lists_the_names_the_api_reads_and_writes() {
        let schema = serde_json::to_value(crate::Theme::schema()).unwrap();
        assert_eq!(
            schema["enum"],
            serde_json::json!([
                "energy",
                "transport",
                "housing",
                "green_space",
                "safety",
                "community",
                "health",
                "other"
            ])
        );
    }
}
