//! The tile layers Waymark serves and how each is rendered.

use std::fmt;
use std::str::FromStr;

use serde_json::{Value, json};
use waymark_domain::TileCoord;
use waymark_domain::tile::MAX_ZOOM;
use waymark_store::PgConnection;

/// The MVT layers of a basemap tile: id, what it holds, first zoom, its classes.
const BASEMAP_LAYERS: [(&str, &str, u8, &str); 6] = [
    ("water", "Lakes, ponds and river areas", 0, "lake or river"),
    (
        "waterway",
        "Rivers, canals and streams as lines",
        0,
        "river, canal (from 0), stream or ditch (from 13)",
    ),
    (
        "landcover",
        "Green spaces",
        0,
        "park, wood (from 0), grass or meadow (from 12)",
    ),
    (
        "transportation",
        "Roads by class, paths and railways, with street names",
        0,
        "motorway, trunk, primary, rail (from 0), secondary (9), tertiary (10), minor (12), \
         service (13) or path (14)",
    ),
    ("building", "Building outlines", 14, "building"),
    (
        "place",
        "Place names as points",
        0,
        "city, town (from 0), village, suburb (10), hamlet, quarter or neighbourhood (13)",
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Contributions,
    Neighbourhoods,
    Basemap,
    Network,
    Proposals,
    EnergyPlans,
    Projects,
}

impl Layer {
    pub const ALL: [Layer; 7] = [
        Layer::Contributions,
        Layer::Neighbourhoods,
        Layer::Basemap,
        Layer::Network,
        Layer::Proposals,
        Layer::EnergyPlans,
        Layer::Projects,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Contributions => "contributions",
            Layer::Neighbourhoods => "neighbourhoods",
            Layer::Basemap => "basemap",
            Layer::Network => "network",
            Layer::Proposals => "proposals",
            Layer::EnergyPlans => "energy_plans",
            Layer::Projects => "projects",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Layer::Contributions => {
                "Published contributions: bubbles with counts below the clustering zoom, one \
                 point per pin from it up but for cells too crowded to draw pin by pin"
            }
            Layer::Neighbourhoods => {
                "Neighbourhood outlines, and label points in `neighbourhood_labels`"
            }
            Layer::Basemap => {
                "Each plan's basemap, drawn for it or imported from OpenStreetMap, in \
                 OpenMapTiles-like layers: water, waterway, landcover, transportation, \
                 building (zoom 14 up) and place"
            }
            Layer::Network => {
                "Electricity supply areas by red/amber/green headroom; DNO engineers also get \
                 exact figures, `substations` and `constraint_zones`"
            }
            Layer::Proposals => "Community-energy proposals past the draft stage",
            Layer::Projects => "Community energy projects at their sites, by stage",
            Layer::EnergyPlans => {
                "Neighbourhood energy plans once shared: their areas, and the network \
                 operator's and the council's answers as red/amber/green"
            }
        }
    }

    /// TileJSON `vector_layers`: the MVT layers in this layer's tiles and their fields.
    pub fn vector_layers(self) -> Value {
        let main = json!({
            "id": self.name(), "description": self.description(),
            "minzoom": 0, "maxzoom": MAX_ZOOM, "fields": self.fields(),
        });
        match self {
            Layer::Neighbourhoods => json!([main, {
                "id": "neighbourhood_labels",
                "description": "One point per neighbourhood to place its name",
                "minzoom": 0, "maxzoom": MAX_ZOOM,
                "fields": { "slug": "String", "name": "String" },
            }]),
            Layer::Basemap => json!(BASEMAP_LAYERS.map(|(id, description, minzoom, classes)| {
                // Buildings are outlines only.
                let fields = if id == "building" {
                    json!({})
                } else {
                    json!({ "class": format!("String: {classes}"), "name": "String" })
                };
                json!({ "id": id, "description": description, "minzoom": minzoom,
                        "maxzoom": MAX_ZOOM, "fields": fields })
            })),
            _ => json!([main]),
        }
    }

    /// The attributes of the layer's features.
    fn fields(self) -> Value {
        match self {
            Layer::Contributions => json!({
                "id": "String: the contribution's id",
                "kind": "String: idea, issue, interest or story",
                "themes": "String: comma-separated themes",
                "title": "String",
                "support_count": "Number",
                "reply_count": "Number",
                "created": "Number: Unix seconds",
                "status": "String: the outcome, open, referred, considering, planned, done, not_possible or duplicate",
                "cluster": "Boolean: true on aggregated bubbles",
                "count": "Number: pins in the bubble",
                "ideas": "Number", "issues": "Number", "interests": "Number", "stories": "Number",
                "top_theme": "String: the bubble's most common theme",
            }),
            Layer::Neighbourhoods => json!({
                "slug": "String", "name": "String", "plan": "String: the plan's slug",
            }),
            Layer::Basemap => json!({}),
            Layer::Network => json!({
                "id": "String", "name": "String: the primary substation", "rag": "String: green, amber or red",
                "generation_band": "String: none, under 1 MW, 1 to 5 MW, over 5 MW",
                "demand_band": "String: the same bands for demand",
            }),
            Layer::Proposals => json!({
                "id": "String", "title": "String", "technology": "String", "status": "String",
                "capacity_kw": "Number", "group_name": "String",
            }),
            Layer::Projects => json!({
                "id": "String", "slug": "String", "title": "String", "technology": "String",
                "stage": "String: forming, feasibility, funding, building or generating",
                "kwp": "Number",
            }),
            Layer::EnergyPlans => json!({
                "id": "String", "title": "String", "group_name": "String",
                "version": "Number: the latest shared version",
                "status": "String: shared or answered", "target_year": "Number",
                "network_rag": "String: the network operator's answers, the worst of them, as green, amber or red",
                "laep_rag": "String: the council's answer for its Local Area Energy Plan, as green, amber or red",
            }),
        }
    }

    pub async fn render(
        self,
        conn: &mut PgConnection,
        tile: TileCoord,
        cluster_below_zoom: u8,
        detailed: bool,
    ) -> Result<Vec<u8>, waymark_store::Error> {
        use waymark_store::tiles;
        match self {
            // Bubbles from the counts kept per cell (migration 0037) up to the zoom they
            // are kept for; from the pins above it (a `cluster_below_zoom` over 13).
            Layer::Contributions
                if tile.z() < cluster_below_zoom && tile.z() <= tiles::CELL_ZOOM =>
            {
                tiles::contribution_cells(&mut *conn, tile).await
            }
            Layer::Contributions if tile.z() < cluster_below_zoom => {
                tiles::contribution_clusters(&mut *conn, tile).await
            }
            Layer::Contributions => tiles::contributions(&mut *conn, tile).await,
            Layer::Neighbourhoods => tiles::neighbourhoods(&mut *conn, tile).await,
            Layer::Basemap => tiles::basemap(&mut *conn, tile).await,
            Layer::Network => tiles::network(&mut *conn, tile, detailed).await,
            Layer::Proposals => tiles::proposals(&mut *conn, tile).await,
            Layer::EnergyPlans => tiles::energy_plans(&mut *conn, tile).await,
            Layer::Projects => tiles::projects(&mut *conn, tile).await,
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
