-- osm2pgsql flex style for `waymark import basemap --osm`: the features of an
-- OpenStreetMap extract that Waymark's basemap tiles draw, with OpenMapTiles-like layer
-- names and classes (see migrations/0016_osm_basemap.sql for the classes allowed).
-- Rows go to the staging table osm_import.features; Waymark then moves them into the
-- plan's basemap, clipped to the plan's area, in one transaction.

local features = osm2pgsql.define_table({
    name = 'features',
    schema = 'osm_import',
    ids = { type = 'any', id_column = 'osm_id', type_column = 'osm_type' },
    columns = {
        { column = 'layer', type = 'text', not_null = true },
        { column = 'class', type = 'text', not_null = true },
        { column = 'name', type = 'text' },
        { column = 'geom', type = 'geometry', projection = 4326, not_null = true },
    },
})

local road_classes = {
    motorway = 'motorway', motorway_link = 'motorway',
    trunk = 'trunk', trunk_link = 'trunk',
    primary = 'primary', primary_link = 'primary',
    secondary = 'secondary', secondary_link = 'secondary',
    tertiary = 'tertiary', tertiary_link = 'tertiary',
    residential = 'minor', unclassified = 'minor', living_street = 'minor', road = 'minor',
    service = 'service',
    pedestrian = 'path', footway = 'path', path = 'path', cycleway = 'path',
    bridleway = 'path', steps = 'path', track = 'path',
}

local railways = { rail = true, light_rail = true, narrow_gauge = true, tram = true }

local waterway_classes = {
    river = 'river', canal = 'canal', stream = 'stream', drain = 'ditch', ditch = 'ditch',
}

local place_classes = {
    city = 'city', town = 'town', village = 'village', hamlet = 'hamlet',
    suburb = 'suburb', quarter = 'quarter', neighbourhood = 'neighbourhood',
}

local green_classes = {
    ['leisure=park'] = 'park', ['leisure=garden'] = 'park', ['leisure=nature_reserve'] = 'park',
    ['leisure=recreation_ground'] = 'park', ['landuse=recreation_ground'] = 'park',
    ['landuse=forest'] = 'wood', ['natural=wood'] = 'wood',
    ['landuse=grass'] = 'grass', ['landuse=village_green'] = 'grass', ['leisure=common'] = 'grass',
    ['landuse=meadow'] = 'meadow', ['natural=grassland'] = 'meadow', ['natural=heath'] = 'meadow',
    ['natural=scrub'] = 'meadow',
}

local function green_class(tags)
    for _, key in ipairs({ 'leisure', 'landuse', 'natural' }) do
        local class = tags[key] and green_classes[key .. '=' .. tags[key]]
        if class then
            return class
        end
    end
    return nil
end

local function water_class(tags)
    if tags.waterway == 'riverbank' or tags.water == 'river' or tags.water == 'canal' then
        return 'river'
    end
    if tags.natural == 'water' or tags.landuse == 'reservoir' or tags.landuse == 'basin' then
        return 'lake'
    end
    return nil
end

local function add(layer, class, name, geom)
    features:insert({ layer = layer, class = class, name = name, geom = geom })
end

-- Water, green space and buildings, from closed ways and multipolygon relations.
local function add_area(tags, geom)
    local water = water_class(tags)
    if water then
        add('water', water, tags.name, geom)
    end
    local green = green_class(tags)
    if green then
        add('landcover', green, tags.name, geom)
    end
    if tags.building and tags.building ~= 'no' then
        add('building', 'building', nil, geom)
    end
end

function osm2pgsql.process_node(object)
    local class = place_classes[object.tags.place]
    if class and object.tags.name then
        add('place', class, object.tags.name, object:as_point())
    end
end

function osm2pgsql.process_way(object)
    local tags = object.tags
    local road = road_classes[tags.highway]
    if road and tags.area ~= 'yes' then
        add('transportation', road, tags.name, object:as_linestring())
    elseif railways[tags.railway] then
        add('transportation', 'rail', tags.name, object:as_linestring())
    elseif waterway_classes[tags.waterway] then
        add('waterway', waterway_classes[tags.waterway], tags.name, object:as_linestring())
    end
    if object.is_closed and not road then
        add_area(tags, object:as_polygon())
    end
end

function osm2pgsql.process_relation(object)
    if object.tags.type == 'multipolygon' then
        add_area(object.tags, object:as_multipolygon())
    end
end
