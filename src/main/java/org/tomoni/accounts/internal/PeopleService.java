package org.tomoni.accounts.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.Organisation;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.People;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.RolesChanged;

/**
 * Administrators see and change everyone. Coordinators see the people of their own area and approve its
 * volunteers; anyone else, or anyone outside the area, is answered as if the person did not exist.
 */
@Service
class PeopleService implements People {

    private final Caller caller;
    private final PeopleStore people;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PeopleService(Caller caller, PeopleStore people, Organisations organisations, AuditTrail audit,
                  ApplicationEventPublisher events) {
        this.caller = caller;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<Person> visibleToMe(@Nullable Role role, String nameContains) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        String needle = nameContains.strip().toLowerCase(Locale.ROOT);
        return people.all().stream()
                .filter(person -> canSee(me, person))
                .filter(person -> role == null || person.roles().contains(role))
                .filter(person -> needle.isEmpty() || person.name().toLowerCase(Locale.ROOT).contains(needle))
                .map(PersonDocument::toPerson)
                .toList();
    }

    @Override
    public Person get(PersonId id) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        return people.byId(id).filter(person -> canSee(me, person))
                .map(PersonDocument::toPerson)
                .orElseThrow(() -> new AccessDeniedException("No such person in your scope"));
    }

    @Override
    public void grant(PersonId id, Role role, @Nullable OrganisationId organisation) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN);
        PersonDocument person = people.byId(id).orElseThrow(() -> new AccessDeniedException("No such person"));
        if (role.isScopedToOrganisation()) {
            Organisation chosen = organisations.organisation(Objects.requireNonNull(organisation,
                            "A coordinator or teacher works for an organisation"))
                    .orElseThrow(() -> new IllegalArgumentException("Unknown organisation " + organisation));
            people.set(id, "organisationId", chosen.id().value());
            people.set(id, "areaId", chosen.area().value());
        }
        people.addRole(id, role);
        audit.record(me, AuditEntry.Action.ROLE_GRANTED, id, role.name());
        publishRoles(id);
    }

    @Override
    public void revoke(PersonId id, Role role) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN);
        PersonDocument person = people.byId(id).orElseThrow(() -> new AccessDeniedException("No such person"));
        if (role == Role.ADMIN && person.roles().contains(Role.ADMIN)
                && !people.anyoneElseWith(Role.ADMIN, person.id())) {
            throw new IllegalStateException("Tomoni needs at least one administrator");
        }
        people.removeRole(id, role);
        audit.record(me, AuditEntry.Action.ROLE_REVOKED, id, role.name());
        publishRoles(id);
    }

    @Override
    public void approveVolunteer(PersonId id) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        PersonDocument volunteer = people.byId(id)
                .filter(person -> canSee(me, person) && person.roles().contains(Role.VOLUNTEER))
                .orElseThrow(() -> new AccessDeniedException("No such volunteer in your area"));
        people.set(id, "vetting", Person.Vetting.APPROVED);
        audit.record(me, AuditEntry.Action.VOLUNTEER_APPROVED, id, "");
        events.publishEvent(new RolesChanged(id, volunteer.roles()));
    }

    @Override
    public List<Organisation> organisations() {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        return organisations.all().stream()
                .filter(organisation -> me.roles().contains(Role.ADMIN)
                        || organisation.id().value().equals(me.organisationId()))
                .toList();
    }

    @Override
    public List<Area> areas() {
        return organisations.areas();
    }

    @Override
    public Area saveArea(@Nullable AreaId id, String nameEnglish, String nameJapanese, double latitude,
                         double longitude, boolean homeVisits) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        if (!mayChangeArea(me, id)) {
            throw new AccessDeniedException(id == null ? "Only administrators add areas" : "Not your area");
        }
        if (nameEnglish.isBlank() || nameJapanese.isBlank()) {
            throw new IllegalArgumentException("An area needs a name in English and in Japanese");
        }
        if (!Double.isFinite(latitude) || Math.abs(latitude) > 90 || !Double.isFinite(longitude)
                || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("Latitude is -90 to 90 and longitude -180 to 180");
        }
        AreaId saved = id != null ? id : newAreaId(nameEnglish);
        Area area = new Area(saved, nameEnglish.strip(), nameJapanese.strip(), latitude, longitude, homeVisits);
        organisations.save(area);
        audit.record(me, AuditEntry.Action.AREA_SAVED, null, saved.value());
        return area;
    }

    @Override
    public boolean canChangeArea(@Nullable AreaId id) {
        return caller.current().map(me -> mayChangeArea(me, id)).orElse(false);
    }

    private static boolean mayChangeArea(PersonDocument me, @Nullable AreaId id) {
        if (me.roles().contains(Role.ADMIN)) {
            return true;
        }
        return id != null && me.roles().contains(Role.COORDINATOR) && id.value().equals(me.areaId());
    }

    /** "Minato, Tokyo" becomes minato-tokyo; a name already taken gets a number. */
    private AreaId newAreaId(String nameEnglish) {
        String base = Normalizer.normalize(nameEnglish, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String stem = base.isEmpty() ? "area" : base;
        String candidate = stem;
        for (int n = 2; organisations.area(new AreaId(candidate)).isPresent(); n++) {
            candidate = stem + "-" + n;
        }
        return new AreaId(candidate);
    }

    /** Administrators see everyone; a coordinator sees the people of their area, never other coordinators' staff. */
    static boolean canSee(PersonDocument viewer, PersonDocument person) {
        if (viewer.roles().contains(Role.ADMIN)) {
            return true;
        }
        return viewer.roles().contains(Role.COORDINATOR)
                && viewer.areaId() != null
                && viewer.areaId().equals(person.areaId())
                && (person.organisationId() == null || person.organisationId().equals(viewer.organisationId()));
    }

    private void publishRoles(PersonId id) {
        people.byId(id).ifPresent(person -> events.publishEvent(new RolesChanged(id, person.roles())));
    }
}
