package org.tomoni.accounts;

/** A municipality, NPO, library or school, and the area it serves. */
public record Organisation(OrganisationId id, String name, Kind kind, AreaId area) {

    public enum Kind {
        MUNICIPALITY,
        NPO,
        LIBRARY,
        SCHOOL
    }
}
