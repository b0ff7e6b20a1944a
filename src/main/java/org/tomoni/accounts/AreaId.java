package org.tomoni.accounts;

/** Identifies an area (a ward, a town) that coordinators look after. */
public record AreaId(String value) {

    public AreaId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An area id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
