package org.tomoni.help.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.help.Considered;
import org.tomoni.help.Considered.Exclusion;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.PartOfDay;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * The matching rules, free of storage so each one can be tested alone. A volunteer is asked only if every rule
 * lets them; those who may be asked are ranked by a score a coordinator can read: nearness (up to 50), fairness —
 * the longer since they were last asked, the sooner they are asked again (up to 30) — and learners' ratings (up
 * to 20; a volunteer without ratings yet gets the middle, 10, so newcomers are not pushed to the back).
 */
final class Matcher {

    static final double NEARNESS = 50;
    static final double FAIRNESS = 30;
    static final double RECORD = 20;
    static final Duration FAIR_SHARE = Duration.ofHours(72);
    static final Duration WEEK = Duration.ofDays(7);

    private Matcher() {
    }

    /**
     * What matching knows of a request.
     *
     * @param topic null for "something else"
     */
    record Need(PersonId learner, Area area, Language language, @Nullable Skill topic, HelpWay way, HelpTime when) {
    }

    /** Every candidate weighed, those who may be asked first (best first), then the others. */
    static List<Considered> consider(Need need, List<Candidate> candidates, Map<AreaId, Area> areas, Instant now,
                                     Set<PersonId> alreadyAsked, Function<PersonId, String> names) {
        List<Considered> weighed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            weighed.add(weigh(need, candidate, areas, now, alreadyAsked, names.apply(candidate.id())));
        }
        // Equal scores (asked in the same minute, say) go to whoever has had fewer offers so far.
        Map<PersonId, Integer> offers = new HashMap<>();
        candidates.forEach(candidate -> offers.put(candidate.id(), candidate.record().offers()));
        weighed.sort(Comparator.comparing((Considered considered) -> considered.excluded() != null)
                .thenComparing(Comparator.comparingDouble(Considered::score).reversed())
                .thenComparing(considered -> offers.getOrDefault(considered.volunteer(), 0))
                .thenComparing(considered -> considered.volunteer().value()));
        return weighed;
    }

    /** One candidate: the reason they are not asked, or their score. */
    static Considered weigh(Need need, Candidate candidate, Map<AreaId, Area> areas, Instant now,
                            Set<PersonId> alreadyAsked, String name) {
        Area home = candidate.area() == null ? null : areas.get(candidate.area());
        double km = home == null ? Double.POSITIVE_INFINITY : home.kmTo(need.area());
        Exclusion excluded = exclusion(need, candidate, km, now, alreadyAsked);
        double nearness = nearness(km);
        double fairness = fairness(candidate, now);
        double record = record(candidate);
        return new Considered(candidate.id(), name, km, excluded,
                excluded == null ? nearness + fairness + record : 0, nearness, fairness, record);
    }

    static @Nullable Exclusion exclusion(Need need, Candidate candidate, double km, Instant now,
                                         Set<PersonId> alreadyAsked) {
        VolunteerProfile profile = candidate.profile();
        if (candidate.id().equals(need.learner())) {
            return Exclusion.SELF;
        }
        if (!candidate.approved()) {
            return Exclusion.NOT_APPROVED;
        }
        if (candidate.heldUntil() != null && candidate.heldUntil().isAfter(now)) {
            return Exclusion.HELD;
        }
        if (candidate.pausedUntil() != null && candidate.pausedUntil().isAfter(now)) {
            return Exclusion.PAUSED;
        }
        if (!profile.complete()) {
            return Exclusion.PROFILE_INCOMPLETE;
        }
        if (!profile.languages().contains(need.language())) {
            return Exclusion.LANGUAGE;
        }
        if (need.topic() != null && !profile.skills().contains(need.topic())) {
            return Exclusion.SKILL;
        }
        if (need.way() == HelpWay.PHONE) {
            if (!profile.helpsByPhone()) {
                return Exclusion.NOT_BY_PHONE;
            }
        } else if (profile.travelKm() == 0 || !(km <= profile.travelKm())) {
            // 0 km is "not in person", even in the learner's own area
            return Exclusion.TOO_FAR;
        }
        if (!free(candidate, need.when(), now)) {
            return Exclusion.NOT_FREE;
        }
        if (profile.quietHours().contains(now)) {
            return Exclusion.QUIET_HOURS;
        }
        if (candidate.record().acceptedSince(now.minus(WEEK)) >= profile.perWeek()) {
            return Exclusion.WEEKLY_LIMIT;
        }
        if (alreadyAsked.contains(candidate.id())) {
            return Exclusion.ALREADY_OFFERED;
        }
        return null;
    }

    /** On duty counts for now and the rest of today; a picked time needs one of their usual free windows. */
    private static boolean free(Candidate candidate, HelpTime when, Instant now) {
        VolunteerProfile profile = candidate.profile();
        return switch (when.when()) {
            case NOW -> candidate.onDuty() || coveredBy(profile, now);
            case LATER_TODAY -> candidate.onDuty() || restOfToday(profile, now);
            case AT -> when.at() != null && coveredBy(profile, when.at());
        };
    }

    private static boolean coveredBy(VolunteerProfile profile, Instant moment) {
        return profile.freeTimes().stream().anyMatch(time -> time.covers(moment, profile.quietHours().zone()));
    }

    private static boolean restOfToday(VolunteerProfile profile, Instant now) {
        ZonedDateTime local = now.atZone(profile.quietHours().zone());
        LocalDate today = local.toLocalDate();
        return profile.freeTimes().stream().anyMatch(time -> time.day() == today.getDayOfWeek()
                && time.part().until().isAfter(local.toLocalTime()));
    }

    /** The free windows to read from the index for a request: those that can cover its time. */
    static Set<FreeTime> windowsFor(HelpTime when, Instant now, ZoneId zone) {
        Set<FreeTime> windows = new HashSet<>();
        ZonedDateTime local = (when.when() == HelpTime.When.AT && when.at() != null ? when.at() : now).atZone(zone);
        for (PartOfDay part : PartOfDay.values()) {
            boolean fits = switch (when.when()) {
                case NOW, AT -> part.contains(local.toLocalTime());
                case LATER_TODAY -> part.until().isAfter(local.toLocalTime());
            };
            if (fits) {
                windows.add(new FreeTime(local.getDayOfWeek(), part));
            }
        }
        return windows;
    }

    private static double nearness(double km) {
        if (!Double.isFinite(km)) {
            return 0;
        }
        return Math.max(0, NEARNESS * (1 - km / VolunteerProfile.MOST_KM));
    }

    private static double fairness(Candidate candidate, Instant now) {
        Instant last = candidate.record().lastOfferedAt();
        if (last == null) {
            return FAIRNESS;
        }
        double share = (double) Duration.between(last, now).toMinutes() / FAIR_SHARE.toMinutes();
        return FAIRNESS * Math.max(0, Math.min(1, share));
    }

    private static double record(Candidate candidate) {
        if (candidate.record().ratings() == 0) {
            return RECORD / 2;
        }
        return RECORD * (candidate.record().averageRating() - 1) / 2;
    }
}
