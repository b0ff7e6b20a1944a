package org.tomoni.accounts;

import org.tomoni.shell.Language;

/**
 * A ward or town, named in both languages, with its centre for distances.
 *
 * @param homeVisits volunteers may help learners at home here (the area's coordinators have arranged for it)
 */
public record Area(AreaId id, String nameEnglish, String nameJapanese, double latitude, double longitude,
                   boolean homeVisits) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    public String name(Language language) {
        return language == Language.JAPANESE ? nameJapanese : nameEnglish;
    }

    /** Straight-line distance between the two centres (haversine). */
    public double kmTo(Area other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
