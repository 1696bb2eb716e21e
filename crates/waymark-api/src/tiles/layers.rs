//! The tile layers Waymark serves and how each is rendered.

use std::fmt;
use std::str::FromStr;

use serde_json::{Value, json};
use waymark_domain::TileCoord;
use waymark_store::PgPool;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Contributions,
    Neighbourhoods,
}

impl Layer {
    pub const ALL: [Layer; 2] = [Layer::Contributions, Layer::Neighbourhoods];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Contributions => "contributions",
            Layer::Neighbourhoods => "neighbourhoods",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Layer::Contributions => {
                "Published contributions: one point per pin from the clustering zoom up, \
                 bubbles with counts below it"
            }
            Layer::Neighbourhoods => "Neighbourhood outlines",
        }
    }

    /// The attributes of the layer's features, for TileJSON `vector_layers`.
    pub fn fields(self) -> Value {
        match self {
            Layer::Contributions => json!({
                "id": "String: the contribution's id",
                "kind": "String: idea, issue, interest or story",
                "themes": "String: comma-separated themes",
                "title": "String",
                "support_count": "Number",
                "reply_count": "Number",
                "created": "Number: Unix seconds",
                "cluster": "Boolean: true on aggregated bubbles",
                "count": "Number: pins in the bubble",
                "ideas": "Number", "issues": "Number", "interests": "Number", "stories": "Number",
                "top_theme": "String: the bubble's most common theme",
            }),
            Layer::Neighbourhoods => json!({
                "slug": "String", "name": "String", "plan": "String: the plan's slug",
            }),
        }
    }

    pub async fn render(
        self,
        pool: &PgPool,
        tile: TileCoord,
        cluster_below_zoom: u8,
    ) -> Result<Vec<u8>, waymark_store::Error> {
        use waymark_store::tiles;
        match self {
            Layer::Contributions if tile.z() < cluster_below_zoom => {
                tiles::contribution_clusters(pool, tile).await
            }
            Layer::Contributions => tiles::contributions(pool, tile).await,
            Layer::Neighbourhoods => tiles::neighbourhoods(pool, tile).await,
        }
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Layer {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Layer::ALL.into_iter().find(|l| l.name() == s).ok_or(())
    }
}
