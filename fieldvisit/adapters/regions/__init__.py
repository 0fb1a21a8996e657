"""Region packs: roads (OSRM, in process), an address index and a street map built offline from
one OpenStreetMap extract (``.osm.pbf``)."""
