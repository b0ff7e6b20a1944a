package org.tomoni.help.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpCompleted;
import org.tomoni.help.HelpEscalated;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpRequested;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.OfferAccepted;
import org.tomoni.help.Rating;
import org.tomoni.help.TimelineEntry;
import org.tomoni.help.TimelineEntry.Happening;
import org.tomoni.messaging.CallBridge;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundCall;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.Urgency;
import org.tomoni.messaging.VoicePrompt;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.VolunteerPool;

/**
 * What happens to a request, whichever way the news arrives (a page, a text, a coordinator): each step is one
 * atomic change of the request, and only the caller whose change applied tells people about it. Every text has an
 * idempotency key made of the request and the step, so a step repeated after a crash never texts anyone twice.
 */
@Component
class HelpFlow {

    /** Time helping counted for one request at most: a helper who forgets to say DONE does not inflate it. */
    private static final Duration LONGEST_HELP = Duration.ofHours(4);

    private final HelpRequests requests;
    private final WaveJobs jobs;
    private final WaveSignal waves;
    private final PersonLookup people;
    private final VolunteerPool pool;
    private final Messages messages;
    private final HelpTexts texts;
    private final OpenOffers openOffers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpFlow(HelpRequests requests, WaveJobs jobs, WaveSignal waves, PersonLookup people, VolunteerPool pool,
             Messages messages, HelpTexts texts, OpenOffers openOffers, ApplicationEventPublisher events,
             Clock clock) {
        this.requests = requests;
        this.jobs = jobs;
        this.waves = waves;
        this.people = people;
        this.pool = pool;
        this.messages = messages;
        this.texts = texts;
        this.openOffers = openOffers;
        this.events = events;
        this.clock = clock;
    }

    /** Records the request and its first wave job, then wakes a worker: offers go out within moments. */
    HelpRequestDocument ask(Person learner, HelpAsk ask, @Nullable String followUpOf) {
        if (learner.area() == null) {
            throw new IllegalStateException("A learner needs an area to be helped nearby");
        }
        if (ask.way() == HelpWay.HOME && !homeVisitsIn(learner)) {
            throw new IllegalArgumentException("Home visits are not arranged in this area");
        }
        Instant now = clock.instant();
        if (ask.when().at() != null && !ask.when().at().isAfter(now)) {
            throw new IllegalArgumentException("A picked time must be in the future");
        }
        String id = HelpRequestId.newId().value();
        HelpRequestDocument request = new HelpRequestDocument(id, learner.id().value(),
                HelpTexts.firstName(learner), learner.language(), learner.area().value(), ask.kind(), ask.topic(),
                ask.way(), ask.when().when(), ask.when().at(), ask.details(),
                ask.place() == null ? null : ask.place().lesson().value(),
                ask.place() == null ? null : ask.place().step(), ask.place() == null ? null : ask.place().device(),
                HelpStatus.FINDING, false, null, null, now, null, null, null, null, followUpOf, 0, List.of(),
                List.of(), List.of(new TimelineEntry(now, Happening.ASKED, HelpTexts.firstName(learner),
                ask.kind() == HelpKind.SCAM_CHECK ? "scam-check" : "")), null, null);
        requests.insert(request);
        jobs.start(id, now);
        waves.due(id);
        events.publishEvent(new HelpRequested(new HelpRequestId(id), learner.area(), now));
        return request;
    }

    boolean homeVisitsIn(Person learner) {
        return learner.area() != null && people.areas().stream()
                .anyMatch(area -> area.id().equals(learner.area()) && area.homeVisits());
    }

    /** The first valid YES wins; returns false when someone else was quicker or the request closed. */
    boolean accept(HelpRequestDocument request, Person volunteer) {
        Instant now = clock.instant();
        String name = HelpTexts.firstName(volunteer);
        Optional<HelpRequestDocument> won = requests.accept(request.id(), volunteer.id().value(), name, now,
                new TimelineEntry(now, Happening.ACCEPTED, name, ""));
        if (won.isEmpty()) {
            return false;
        }
        jobs.drop(request.id());
        pool.accepted(volunteer.id(), now);
        tellHelperFound(won.get());
        events.publishEvent(new OfferAccepted(new HelpRequestId(request.id()), new AreaId(request.area()), now));
        return true;
    }

    /**
     * A coordinator's choice: the volunteer is told it is theirs. Only if the helper is still the one the
     * coordinator saw (none, or the one they replace): a YES that arrived meanwhile is not overwritten.
     */
    boolean assign(HelpRequestDocument request, Person volunteer, Person coordinator) {
        Instant now = clock.instant();
        String name = HelpTexts.firstName(volunteer);
        Optional<HelpRequestDocument> assigned = requests.assign(request.id(), request.helper(),
                volunteer.id().value(), name, now,
                new TimelineEntry(now, Happening.ASSIGNED, name, HelpTexts.firstName(coordinator)));
        if (assigned.isEmpty()) {
            return false;
        }
        if (request.helper() != null && !request.helper().equals(volunteer.id().value())) {
            tellReleased(request);
        }
        jobs.drop(request.id());
        pool.accepted(volunteer.id(), now);
        tellHelperFound(assigned.get());
        return true;
    }

    /**
     * Tells the helper it is theirs, the others asked that someone is helping, and the learner who is coming.
     * Every key names the helper and the moment they got it, so telling again (after a crash) texts nobody twice,
     * while a later helper of the same request is told afresh.
     */
    void tellHelperFound(HelpRequestDocument request) {
        if (request.helper() == null || request.acceptedAt() == null) {
            return;
        }
        String round = request.helper() + ":" + request.acceptedAt().toEpochMilli();
        people.byId(new PersonId(request.helper())).ifPresent(helper ->
                text(helper, texts.yours(request, helper), Urgency.URGENT, key(request, "helper:" + round)));
        for (OfferEntry offer : request.offerList()) {
            if (!offer.volunteer().equals(request.helper()) && !request.declined().contains(offer.volunteer())) {
                tellVolunteer(offer.volunteer(), request, "taken:" + round, "help.sms.taken",
                        request.learnerName());
            }
        }
        String helperName = Objects.requireNonNullElse(request.helperName(), "");
        if (request.way() == HelpWay.PHONE && request.when() == HelpTime.When.AT && request.whenAt() != null) {
            tellLearner(request, "coming:" + round, "help.sms.learner.coming-phone-at", helperName,
                    texts.time(request.whenAt(), request.language().locale(), QuietHours.JAPAN));
            return;
        }
        String key = switch (request.way()) {
            case PHONE -> request.when() == HelpTime.When.NOW ? "help.sms.learner.coming-phone"
                    : "help.sms.learner.coming-phone-later";
            case SESSION -> "help.sms.learner.coming-session";
            case HOME -> "help.sms.learner.coming-home";
        };
        tellLearner(request, "coming:" + round, key, helperName);
    }

    void decline(HelpRequestDocument request, Person volunteer) {
        Instant now = clock.instant();
        Optional<HelpRequestDocument> declined = requests.decline(request.id(), volunteer.id().value(),
                new TimelineEntry(now, Happening.DECLINED, HelpTexts.firstName(volunteer), ""));
        declined.ifPresent(after -> {
            boolean waveAnswered = after.offerList().stream().filter(offer -> offer.wave() == after.wave())
                    .allMatch(offer -> after.declined().contains(offer.volunteer()));
            if (waveAnswered) {
                jobs.hurry(after.id());
                waves.due(after.id());
            }
        });
    }

    boolean done(HelpRequestDocument request, Person volunteer, String outcome) {
        Instant now = clock.instant();
        Optional<HelpRequestDocument> done = requests.done(request.id(), volunteer.id().value(), outcome.strip(),
                now, new TimelineEntry(now, Happening.DONE, HelpTexts.firstName(volunteer), outcome.strip()));
        done.ifPresent(closed -> {
            // Time helping starts when the help could: a request taken for a picked time counts from that time.
            Instant accepted = closed.acceptedAt() == null ? closed.createdAt() : closed.acceptedAt();
            Instant from = closed.whenAt() != null && closed.whenAt().isAfter(accepted) ? closed.whenAt() : accepted;
            Duration time = Duration.between(from, now);
            pool.helped(volunteer.id(), time.isNegative() ? Duration.ZERO
                    : time.compareTo(LONGEST_HELP) > 0 ? LONGEST_HELP : time);
            tellDone(closed);
            events.publishEvent(new HelpCompleted(new HelpRequestId(closed.id()), new AreaId(closed.area()), now));
        });
        return done.isPresent();
    }

    void tellDone(HelpRequestDocument closed) {
        if (closed.rating() == null) {
            tellLearner(closed, "done", "help.sms.learner.rate", Objects.requireNonNullElse(closed.helperName(), ""));
        }
    }

    boolean rate(HelpRequestDocument request, PersonId learner, Rating rating) {
        Instant now = clock.instant();
        Optional<HelpRequestDocument> rated = requests.rate(request.id(), learner.value(), rating,
                new TimelineEntry(now, Happening.RATED, request.learnerName(), String.valueOf(rating.number())));
        rated.filter(done -> done.helper() != null)
                .ifPresent(done -> pool.rated(new PersonId(done.helper()), rating.number()));
        return rated.isPresent();
    }

    /** @param by who cancelled: the learner (nothing to tell them) or a coordinator (the learner is told) */
    boolean cancel(HelpRequestDocument request, Person by) {
        Instant now = clock.instant();
        Optional<HelpRequestDocument> cancelled = requests.cancel(request.id(), now,
                new TimelineEntry(now, Happening.CANCELLED, HelpTexts.firstName(by), ""));
        cancelled.ifPresent(closed -> {
            jobs.drop(closed.id());
            tellCancelled(closed, !by.id().value().equals(closed.learner()));
        });
        return cancelled.isPresent();
    }

    /** The helper if there was one (the others were told someone is helping), otherwise everyone still asked. */
    void tellCancelled(HelpRequestDocument closed, boolean tellLearner) {
        List<String> concerned = closed.helper() != null ? List.of(closed.helper())
                : closed.offerList().stream().map(OfferEntry::volunteer)
                        .filter(volunteer -> !closed.declined().contains(volunteer)).toList();
        for (String volunteer : concerned) {
            tellVolunteer(volunteer, closed, "cancelled", "help.sms.cancelled", closed.learnerName());
        }
        if (tellLearner) {
            tellLearner(closed, "cancelled", "help.sms.learner.cancelled");
        }
    }

    /** The helper steps back: a fresh round of waves asks others at once, and the learner is told. */
    boolean release(HelpRequestDocument request, Person by) {
        return release(request, HelpTexts.firstName(by));
    }

    private boolean release(HelpRequestDocument request, String byName) {
        Instant now = clock.instant();
        if (request.helper() == null) {
            return false;
        }
        Optional<HelpRequestDocument> released = requests.release(request.id(), request.helper(), request.wave(),
                new TimelineEntry(now, Happening.RELEASED, Objects.requireNonNullElse(request.helperName(), ""),
                        byName));
        released.ifPresent(open -> {
            tellReleased(request);
            jobs.restart(open.id(), open.wave() + 1, now);
            waves.due(open.id());
        });
        return released.isPresent();
    }

    /** @param request as it was while they were the helper */
    private void tellReleased(HelpRequestDocument request) {
        if (request.helper() == null || request.acceptedAt() == null) {
            return;
        }
        String round = request.helper() + ":" + request.acceptedAt().toEpochMilli();
        tellVolunteer(request.helper(), request, "released:" + round, "help.sms.released", request.learnerName());
        tellLearner(request, "released:" + round, "help.sms.learner.released",
                Objects.requireNonNullElse(request.helperName(), ""));
    }

    /** A learner left Tomoni: their open request ends, and the volunteers asked are told. */
    void learnerLeft(HelpRequestDocument request) {
        Instant now = clock.instant();
        requests.cancel(request.id(), now, new TimelineEntry(now, Happening.CANCELLED, "", "")).ifPresent(closed -> {
            jobs.drop(closed.id());
            tellCancelled(closed, false);
        });
    }

    /** Someone left Tomoni: requests they were helping with look for someone else, their open offers end. */
    void volunteerLeft(PersonId volunteer) {
        for (HelpRequestDocument request : requests.whereVolunteerIsAsked(volunteer.value())) {
            if (volunteer.value().equals(request.helper())) {
                release(request, "");
            } else {
                requests.decline(request.id(), volunteer.value(),
                        new TimelineEntry(clock.instant(), Happening.DECLINED, "", ""));
            }
        }
    }

    /** A coordinator's offer to one volunteer, answered like any other. */
    boolean offerTo(HelpRequestDocument request, Person volunteer, Person coordinator) {
        Instant now = clock.instant();
        OfferEntry offer = new OfferEntry(volunteer.id().value(), HelpTexts.firstName(volunteer), 0,
                openOffers.list(volunteer.id().value(), request.id()), now);
        Optional<HelpRequestDocument> offered = requests.addOffer(request.id(), offer,
                new TimelineEntry(now, Happening.OFFERED, offer.name(), HelpTexts.firstName(coordinator)));
        offered.ifPresent(after -> sendOffer(after, volunteer, offer.code()));
        return offered.isPresent();
    }

    /** Texts one offer; the key makes a repeat (a wave re-run after a crash) a no-op. */
    void sendOffer(HelpRequestDocument request, Person volunteer, String code) {
        sendOffer(request, volunteer, code,
                pool.candidate(volunteer.id()).map(candidate -> candidate.profile().byCall()).orElse(false));
    }

    /** @param byCall the volunteer prefers a call to a text */
    void sendOffer(HelpRequestDocument request, Person volunteer, String code, boolean byCall) {
        if (volunteer.phone() == null) {
            return;
        }
        List<Area> areas = people.areas();
        Area area = areas.stream().filter(found -> found.id().value().equals(request.area())).findFirst()
                .orElse(null);
        Area home = volunteer.area() == null ? null : areas.stream()
                .filter(found -> found.id().equals(volunteer.area())).findFirst().orElse(null);
        double km = area == null || home == null ? 0 : home.kmTo(area);
        String areaName = area == null ? "" : area.name(volunteer.language());
        Urgency urgency = request.kind() == HelpKind.SCAM_CHECK || request.when() == HelpTime.When.NOW
                ? Urgency.URGENT : Urgency.NORMAL;
        String key = key(request, "offer:" + volunteer.id().value());
        if (byCall) {
            // Answered by pressing 1 or 2 (or saying yes / no); the volunteer gets the details by text if they win.
            MessageId call = messages.call(new OutboundCall(volunteer.phone(), new VoicePrompt(
                    texts.offerSpoken(request, volunteer, areaName, km, QuietHours.JAPAN),
                    volunteer.language() == Language.JAPANESE ? "ja-JP" : "en-US", 1, true), urgency, null, key));
            requests.callPlaced(request.id(), call.value(), volunteer.id().value());
        } else {
            messages.send(new OutboundSms(volunteer.phone(), texts.offer(request, volunteer, areaName, km, code,
                    QuietHours.JAPAN), urgency, null, key));
        }
    }

    /** Nobody took it in time: the area's coordinators are texted and it is flagged in their queue, once. */
    void escalate(HelpRequestDocument request, String reason) {
        Instant now = clock.instant();
        Optional<HelpRequestDocument> flagged = requests.escalate(request.id(),
                new TimelineEntry(now, Happening.ESCALATED, "", reason));
        if (flagged.isPresent()) {
            tellEscalated(flagged.get());
            events.publishEvent(new HelpEscalated(new HelpRequestId(request.id()), new AreaId(request.area()), now));
        } else {
            // Flagged by a run that stopped before telling anyone: telling again texts only those not told yet.
            requests.find(request.id()).filter(HelpRequestDocument::escalated).ifPresent(this::tellEscalated);
        }
    }

    void tellEscalated(HelpRequestDocument flagged) {
        Urgency urgency = urgencyOf(flagged);
        for (Person coordinator : people.coordinatorsOf(new AreaId(flagged.area()))) {
            text(coordinator, texts.forVolunteer(coordinator, "help.sms.escalated", flagged.learnerName(),
                            texts.topic(flagged, coordinator.language().locale())), urgency,
                    key(flagged, "escalated:" + flagged.firstWaveBefore() + ":" + coordinator.id().value()));
        }
        tellLearner(flagged, "escalated:" + flagged.firstWaveBefore(), "help.sms.learner.escalated");
    }

    /** Tomoni rings the volunteer and connects them to the learner; neither sees the other's number. */
    void callLearner(HelpRequestDocument request, Person volunteer) {
        Person learner = people.byId(new PersonId(request.learner()))
                .orElseThrow(() -> new IllegalStateException("The learner is no longer with Tomoni"));
        if (volunteer.phone() == null || learner.phone() == null) {
            throw new IllegalStateException("Both need a phone number for a call");
        }
        // One call per minute at most: a double press rings once.
        String minute = String.valueOf(clock.instant().getEpochSecond() / 60);
        messages.bridge(new CallBridge(volunteer.phone(), learner.phone(), new VoicePrompt(
                texts.forVolunteer(volunteer, "help.voice.connecting", request.learnerName()),
                volunteer.language() == Language.JAPANESE ? "ja-JP" : "en-US", 0, false),
                key(request, "call:" + minute)));
        requests.note(request.id(), new TimelineEntry(clock.instant(), Happening.CALLED,
                HelpTexts.firstName(volunteer), ""));
    }

    /** News for a volunteer that can wait: held in their quiet hours. */
    private void tellVolunteer(String volunteer, HelpRequestDocument request, String step, String textKey,
                               Object... parameters) {
        people.byId(new PersonId(volunteer)).ifPresent(person -> text(person,
                texts.forVolunteer(person, textKey, parameters), Urgency.NORMAL,
                key(request, step + ":" + volunteer)));
    }

    /** Urgent while the learner waits for help now (they were just helped, too); otherwise not at night. */
    private void tellLearner(HelpRequestDocument request, String step, String textKey, Object... parameters) {
        Urgency urgency = urgencyOf(request);
        people.byId(new PersonId(request.learner())).ifPresent(learner -> text(learner,
                texts.forLearner(learner.language(), textKey, parameters), urgency,
                key(request, "learner:" + step)));
    }

    private static Urgency urgencyOf(HelpRequestDocument request) {
        return request.kind() == HelpKind.SCAM_CHECK || request.when() == HelpTime.When.NOW ? Urgency.URGENT
                : Urgency.NORMAL;
    }

    private void text(Person person, String body, Urgency urgency, String key) {
        PhoneNumber phone = person.phone();
        if (phone != null && phone.canReceiveSms()) {
            QuietHours quiet = pool.candidate(person.id()).map(candidate -> candidate.profile().quietHours())
                    .orElse(QuietHours.nightsInJapan());
            messages.send(new OutboundSms(phone, body, urgency, quiet, key));
        }
    }

    /** Those of the volunteers Tomoni can reach: a phone that has not said STOP, in one look at the STOP list. */
    Set<PersonId> reachable(Collection<Person> volunteers) {
        Set<PhoneNumber> optedOut = messages.optedOut(volunteers.stream().map(Person::phone)
                .filter(Objects::nonNull).toList());
        return volunteers.stream().filter(volunteer -> volunteer.phone() != null
                && !optedOut.contains(volunteer.phone())).map(Person::id).collect(Collectors.toSet());
    }

    private static String key(HelpRequestDocument request, String step) {
        return "help:" + request.id() + ":" + step;
    }
}
