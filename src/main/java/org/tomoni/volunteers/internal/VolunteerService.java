package org.tomoni.volunteers.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.People;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.VolunteerDutyChanged;
import org.tomoni.volunteers.VolunteerPaused;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.Volunteers;

@Service
class VolunteerService implements Volunteers {

    static final int LONGEST_PAUSE_DAYS = 90;
    static final int LONGEST_NOTE = 2_000;

    private final VolunteerStore store;
    private final CurrentPerson currentPerson;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VolunteerService(VolunteerStore store, CurrentPerson currentPerson, People people,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.currentPerson = currentPerson;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Volunteer me() {
        Person me = requireVolunteer();
        Volunteer full = volunteer(me, store.findOrStart(me.id(), me.language()));
        // The coordinators' note is theirs to read on screen; the volunteer gets it only in their data download.
        return new Volunteer(full.id(), full.name(), full.area(), full.vetting(), full.profile(), full.onDuty(),
                full.pausedUntil(), full.heldUntil(), "", full.record());
    }

    @Override
    public void saveMyProfile(VolunteerProfile profile) {
        Person me = requireVolunteer();
        store.findOrStart(me.id(), me.language());
        store.saveProfile(me.id(), profile);
        store.refreshCandidacy(me);
    }

    @Override
    public void setMyDuty(boolean onDuty) {
        Person me = requireVolunteer();
        setDuty(me, onDuty);
    }

    @Override
    public void pauseMe(int days) {
        Person me = requireVolunteer();
        pause(me, days);
    }

    @Override
    public List<Volunteer> visibleToMe(Filter filter) {
        List<Person> visible = people.visibleToMe(Role.VOLUNTEER, filter.name());
        Map<String, VolunteerDocument> documents = store.byIds(visible.stream().map(Person::id).toList());
        Instant now = clock.instant();
        return visible.stream()
                .map(person -> volunteer(person, documents.getOrDefault(person.id().value(),
                        VolunteerDocument.startingFor(person.id().value(), person.language()))))
                .filter(volunteer -> filter.standing() == null || volunteer.standingAt(now) == filter.standing())
                .filter(volunteer -> filter.skill() == null || volunteer.profile().skills().contains(filter.skill()))
                .sorted(Comparator.comparing((Volunteer volunteer) -> volunteer.standingAt(now))
                        .thenComparing(Volunteer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public void approve(PersonId volunteer) {
        people.approveVolunteer(volunteer);
    }

    @Override
    public void pause(PersonId volunteer, int days) {
        Person person = inMyScope(volunteer);
        Instant until = endOfPause(person, days);
        store.holdUntil(person.id(), until);
        events.publishEvent(new VolunteerPaused(person.id(), until, clock.instant()));
    }

    @Override
    public void note(PersonId volunteer, String note) {
        Person person = inMyScope(volunteer);
        if (note.length() > LONGEST_NOTE) {
            throw new IllegalArgumentException("A note is at most " + LONGEST_NOTE + " characters");
        }
        store.findOrStart(person.id(), person.language());
        store.note(person.id(), note.strip());
    }

    /** For the text commands: the same rules as the page, for a volunteer known by their phone. */
    void setDuty(Person volunteer, boolean onDuty) {
        store.findOrStart(volunteer.id(), volunteer.language());
        store.setDuty(volunteer.id(), onDuty);
        store.refreshCandidacy(volunteer);
        events.publishEvent(new VolunteerDutyChanged(volunteer.id(), onDuty, clock.instant()));
    }

    void pause(Person volunteer, int days) {
        Instant until = endOfPause(volunteer, days);
        store.pauseUntil(volunteer.id(), until);
        events.publishEvent(new VolunteerPaused(volunteer.id(), until, clock.instant()));
    }

    /**
     * Whole days in the volunteer's own time zone: "PAUSE 3" on a Monday afternoon means no requests on Tuesday,
     * Wednesday or Thursday either, and they are back on Friday morning. Reading the zone also makes sure the
     * volunteer's document exists for the update that follows (ending a pause, 0 days, needs none).
     */
    private @Nullable Instant endOfPause(Person volunteer, int days) {
        if (days < 0 || days > LONGEST_PAUSE_DAYS) {
            throw new IllegalArgumentException("A pause is 1 to " + LONGEST_PAUSE_DAYS + " days, or 0 to end it");
        }
        if (days == 0) {
            return null;
        }
        ZoneId zone = store.findOrStart(volunteer.id(), volunteer.language()).profile().quietHours().zone();
        return clock.instant().atZone(zone).toLocalDate().plusDays(days + 1L).atStartOfDay(zone).toInstant();
    }

    Volunteer volunteerOf(Person person) {
        return volunteer(person, store.findOrStart(person.id(), person.language()));
    }

    Instant now() {
        return clock.instant();
    }

    private Volunteer volunteer(Person person, VolunteerDocument document) {
        return new Volunteer(person.id(), person.name(), person.area(), person.vetting(), document.profile(),
                document.onDuty(), document.pausedUntil(), document.heldUntil(),
                document.note() == null ? "" : document.note(), document.record());
    }

    private Person requireVolunteer() {
        return currentPerson.signedIn().filter(person -> person.has(Role.VOLUNTEER))
                .orElseThrow(() -> new AccessDeniedException("Only a volunteer has a volunteer profile"));
    }

    /** {@link People#get} refuses anyone outside the coordinator's area; a non-volunteer is refused here. */
    private Person inMyScope(PersonId id) {
        Person person = people.get(id);
        if (!person.has(Role.VOLUNTEER)) {
            throw new AccessDeniedException("No such volunteer in your area");
        }
        return person;
    }
}
