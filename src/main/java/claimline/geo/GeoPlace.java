package claimline.geo;

/**
 * A populated place of GeoNames: its id there, its name, its country (ISO 3166-1 alpha-3, as the rest of Claimline
 * writes countries), its first-level division code, its population and WGS84 coordinates.
 */
public record GeoPlace(int geonameId, String name, String country, String admin1, int population, double lat,
                       double lon) {

    /** Great-circle distance to another place in kilometres. */
    public double kmTo(GeoPlace other) { return Geo.distanceKm(lat, lon, other.lat, other.lon); }
}
