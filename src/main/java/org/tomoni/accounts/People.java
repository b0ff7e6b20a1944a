package org.tomoni.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * People, for administrators (everyone) and coordinators (their own area). Every method checks the caller's role
 * and scope; a person outside it is refused as if unknown.
 */
public interface People {

    /** @param role only people with this role, or everyone visible when {@code null} */
    List<Person> visibleToMe(@Nullable Role role, String nameContains);

    Person get(PersonId id);

    /** Administrators only. A coordinator or teacher needs the organisation they work for. */
    void grant(PersonId id, Role role, @Nullable OrganisationId organisation);

    /** Administrators only; the last administrator cannot be removed. */
    void revoke(PersonId id, Role role);

    /** A coordinator of the volunteer's area, or an administrator, lets a volunteer receive requests. */
    void approveVolunteer(PersonId id);

    List<Organisation> organisations();

    List<Area> areas();

    /**
     * Adds an area (administrators) or changes one: an administrator any, a coordinator only their own. Names
     * must not be blank; the centre must be a real place on Earth. A new area's id is made from its English name.
     */
    Area saveArea(@Nullable AreaId id, String nameEnglish, String nameJapanese, double latitude, double longitude,
                  boolean homeVisits);

    /** Whether the caller may change this area; {@code null} asks whether they may add one. */
    boolean canChangeArea(@Nullable AreaId id);
}
