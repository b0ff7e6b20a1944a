package org.tomoni.help.internal;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.tomoni.volunteers.PartOfDay.AFTERNOON;
import static org.tomoni.volunteers.PartOfDay.EVENING;
import static org.tomoni.volunteers.PartOfDay.MORNING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.help.Considered;
import org.tomoni.help.Considered.Exclusion;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.TrackRecord;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * The matching rules one at a time. Every test starts from a volunteer who may be asked (checked by
 * {@link #aWillingVolunteerMayBeAsked()}) and changes only what the rule under test is about.
 */
class MatcherTest {

    private static final ZoneId JAPAN = QuietHours.JAPAN;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int TUESDAY_10_JUNE = 10;
    /** Tuesday 10 June 2025, 10:00 in Tokyo: a weekday morning, outside the usual quiet hours. */
    private static final Instant NOW = tokyo(TUESDAY_10_JUNE, 10, 0);
    private static final PersonId LEARNER = new PersonId("learner");

    /** The learner's area, and others straight north of it (0.01° of latitude is about 1.11 km). */
    private static final Area HOME = area("home", 0);
    private static final Area NEAR = area("near", 0.05);
    private static final Area MIDDLE = area("middle", 0.1);
    private static final Area BEYOND = area("beyond", 0.3);
    private static final Map<AreaId, Area> AREAS = Map.of(HOME.id(), HOME, NEAR.id(), NEAR, MIDDLE.id(), MIDDLE,
            BEYOND.id(), BEYOND);

    // ---------------------------------------------------------------------------------------------- the rules

    @Test
    void aWillingVolunteerMayBeAsked() {
        Considered considered = considerOne(need(), volunteer("v"));

        assertThat(considered.excluded()).isNull();
        assertThat(considered.volunteer()).isEqualTo(new PersonId("v"));
        assertThat(considered.km()).isZero();
        assertThat(considered.score()).isPositive();
    }

    @Test
    void theLearnerIsNeverAskedToHelpThemself() {
        assertThat(exclusion(need(), volunteer(LEARNER.value()))).isEqualTo(Exclusion.SELF);
    }

    @Test
    void aVolunteerNotYetApprovedIsNotAsked() {
        assertThat(exclusion(need(), volunteer("v").approved(false))).isEqualTo(Exclusion.NOT_APPROVED);
    }

    @ParameterizedTest
    @CsvSource({"60, HELD", "1, HELD", "0, ", "-1, ", "-600, "})
    void aHoldExcludesUntilItEnds(long minutesLeft, @Nullable Exclusion expected) {
        Volunteer held = volunteer("v").heldUntil(NOW.plus(Duration.ofMinutes(minutesLeft)));

        assertThat(exclusion(need(), held)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10080, PAUSED", "1, PAUSED", "0, ", "-1, ", "-10080, "})
    void aPauseExcludesUntilItEnds(long minutesLeft, @Nullable Exclusion expected) {
        Volunteer paused = volunteer("v").pausedUntil(NOW.plus(Duration.ofMinutes(minutesLeft)));

        assertThat(exclusion(need(), paused)).isEqualTo(expected);
    }

    @Test
    void aProfileWithoutSkillsIsIncomplete() {
        assertThat(exclusion(need().topic(null), volunteer("v").skills())).isEqualTo(Exclusion.PROFILE_INCOMPLETE);
    }

    @Test
    void aProfileThatHelpsNeitherByPhoneNorInPersonIsIncomplete() {
        Volunteer nowhere = volunteer("v").byPhone(false).travelKm(0);

        assertThat(exclusion(need().topic(null), nowhere)).isEqualTo(Exclusion.PROFILE_INCOMPLETE);
    }

    @Test
    void aVolunteerWhoDoesNotSpeakTheLearnersLanguageIsNotAsked() {
        Volunteer englishOnly = volunteer("v").languages(Language.ENGLISH);

        assertThat(exclusion(need().language(Language.JAPANESE), englishOnly)).isEqualTo(Exclusion.LANGUAGE);
        assertThat(exclusion(need().language(Language.ENGLISH), englishOnly)).isNull();
    }

    @Test
    void aVolunteerWithoutTheTopicIsNotAsked() {
        Volunteer photos = volunteer("v").skills(Skill.PHOTOS);

        assertThat(exclusion(need().topic(Skill.MESSAGING_APPS), photos)).isEqualTo(Exclusion.SKILL);
        assertThat(exclusion(need().topic(Skill.PHOTOS), photos)).isNull();
    }

    @Test
    void somethingElseMayGoToAnyVolunteerWhateverTheirSkills() {
        assertThat(exclusion(need().topic(null), volunteer("v").skills(Skill.PHOTOS))).isNull();
        assertThat(exclusion(need().topic(null), volunteer("w").skills(Skill.PASSWORDS, Skill.MAPS))).isNull();
    }

    @Test
    void aVolunteerWhoDoesNotHelpByPhoneIsNotAskedForAPhoneCall() {
        Volunteer inPersonOnly = volunteer("v").byPhone(false).travelKm(10);

        assertThat(exclusion(need().way(HelpWay.PHONE), inPersonOnly)).isEqualTo(Exclusion.NOT_BY_PHONE);
        assertThat(exclusion(need().way(HelpWay.SESSION), inPersonOnly)).isNull();
    }

    @Test
    void byPhoneDistanceDoesNotMatter() {
        Volunteer farAway = volunteer("v").area(BEYOND).travelKm(1);
        Volunteer noArea = volunteer("w").area(null);

        assertThat(considerOne(need().way(HelpWay.PHONE), farAway).km()).isGreaterThan(VolunteerProfile.MOST_KM);
        assertThat(exclusion(need().way(HelpWay.PHONE), farAway)).isNull();
        assertThat(exclusion(need().way(HelpWay.PHONE), noArea)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = HelpWay.class, names = {"SESSION", "HOME"})
    void inPersonOnlyWithinTheVolunteersTravelDistance(HelpWay way) {
        // NEAR is about 5.56 km from the learner's area
        assertThat(considerOne(need().way(way), volunteer("v").area(NEAR)).km()).isCloseTo(5.56, within(0.01));

        assertThat(exclusion(need().way(way), volunteer("v").area(NEAR).travelKm(5))).isEqualTo(Exclusion.TOO_FAR);
        assertThat(exclusion(need().way(way), volunteer("v").area(NEAR).travelKm(6))).isNull();
        assertThat(exclusion(need().way(way), volunteer("v").area(HOME).travelKm(1))).isNull();
        assertThat(exclusion(need().way(way), volunteer("v").area(BEYOND).travelKm(VolunteerProfile.MOST_KM)))
                .isEqualTo(Exclusion.TOO_FAR);
    }

    @ParameterizedTest
    @EnumSource(value = HelpWay.class, names = {"SESSION", "HOME"})
    void aVolunteerWithoutAnAreaIsNeverNearEnoughToHelpInPerson(HelpWay way) {
        Volunteer noArea = volunteer("v").area(null).travelKm(VolunteerProfile.MOST_KM);

        assertThat(exclusion(need().way(way), noArea)).isEqualTo(Exclusion.TOO_FAR);
    }

    @ParameterizedTest
    @EnumSource(value = HelpWay.class, names = {"SESSION", "HOME"})
    void aVolunteerWhoHelpsOnlyByPhoneIsNotAskedInPersonEvenNextDoor(HelpWay way) {
        // travelKm 0 is "not in person" (対面では手伝わない), even in the learner's own area
        Volunteer phoneOnly = volunteer("v").area(HOME).travelKm(0).byPhone(true);

        assertThat(exclusion(need().way(way), phoneOnly)).isEqualTo(Exclusion.TOO_FAR);
        assertThat(exclusion(need().way(HelpWay.PHONE), phoneOnly)).isNull();
    }

    // --- free or not

    @Test
    void nowNeedsDutyOrAFreeWindowCoveringNow() {
        Need now = need().when(HelpTime.NOW);

        assertThat(exclusion(now, volunteer("v").free(new FreeTime(TUESDAY, MORNING)))).isNull();
        assertThat(exclusion(now, volunteer("v").free(new FreeTime(TUESDAY, AFTERNOON))))
                .isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(now, volunteer("v").free(new FreeTime(WEDNESDAY, MORNING))))
                .isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(now, volunteer("v").free())).isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(now, volunteer("v").free().onDuty(true))).isNull();
        assertThat(exclusion(now, volunteer("v").free(new FreeTime(WEDNESDAY, MORNING)).onDuty(true))).isNull();
    }

    @Test
    void laterTodayNeedsDutyOrAFreeWindowNotYetOverToday() {
        Need later = need().when(HelpTime.LATER_TODAY);
        Instant afternoon = tokyo(TUESDAY_10_JUNE, 13, 0);

        assertThat(exclusion(later, volunteer("v").free(new FreeTime(TUESDAY, EVENING)))).isNull();
        assertThat(exclusion(later, volunteer("v").free(new FreeTime(TUESDAY, MORNING)))).isNull();
        assertThat(exclusion(later, volunteer("v").free(new FreeTime(TUESDAY, MORNING)), afternoon))
                .isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(later, volunteer("v").free(new FreeTime(TUESDAY, AFTERNOON)), afternoon)).isNull();
        assertThat(exclusion(later, volunteer("v").free(new FreeTime(WEDNESDAY, AFTERNOON))))
                .isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(later, volunteer("v").free())).isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(later, volunteer("v").free().onDuty(true))).isNull();
    }

    @Test
    void aPickedTimeNeedsAFreeWindowThenAndBeingOnDutyNowDoesNotCount() {
        Need thursdayAfternoon = need().when(HelpTime.at(tokyo(12, 14, 30)));

        assertThat(exclusion(thursdayAfternoon, volunteer("v").free(new FreeTime(THURSDAY, AFTERNOON)))).isNull();
        assertThat(exclusion(thursdayAfternoon, volunteer("v").free(new FreeTime(THURSDAY, MORNING))))
                .isEqualTo(Exclusion.NOT_FREE);
        // free now (Tuesday morning) but not then
        assertThat(exclusion(thursdayAfternoon, volunteer("v").free(new FreeTime(TUESDAY, MORNING))))
                .isEqualTo(Exclusion.NOT_FREE);
        assertThat(exclusion(thursdayAfternoon, volunteer("v").free().onDuty(true))).isEqualTo(Exclusion.NOT_FREE);
    }

    @Test
    void freeWindowsAreReadInTheVolunteersOwnTimeZone() {
        // Tuesday 18:00 in Tokyo is Tuesday 10:00 in London (summer time)
        Instant evening = tokyo(TUESDAY_10_JUNE, 18, 0);
        QuietHours londonNights = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), LONDON);
        Volunteer inLondon = volunteer("v").quiet(londonNights).free(new FreeTime(TUESDAY, MORNING));
        Volunteer inTokyo = volunteer("w").free(new FreeTime(TUESDAY, MORNING));

        assertThat(exclusion(need().when(HelpTime.NOW), inLondon, evening)).isNull();
        assertThat(exclusion(need().when(HelpTime.NOW), inTokyo, evening)).isEqualTo(Exclusion.NOT_FREE);
        // picked ahead, at 16:00 in Tokyo (08:00 in London, outside either's quiet hours)
        Instant afternoon = tokyo(TUESDAY_10_JUNE, 16, 0);
        assertThat(exclusion(need().when(HelpTime.at(evening)), inLondon, afternoon)).isNull();
        assertThat(exclusion(need().when(HelpTime.at(evening)), inTokyo, afternoon)).isEqualTo(Exclusion.NOT_FREE);
    }

    // --- quiet hours

    @ParameterizedTest
    @CsvSource({
            "10, 20, 59, ",
            "10, 21,  0, QUIET_HOURS",
            "10, 23, 30, QUIET_HOURS",
            "11,  0, 30, QUIET_HOURS",
            "11,  7, 59, QUIET_HOURS",
            "11,  8,  0, "})
    void quietHoursAcrossMidnightKeepEvenAnOnDutyVolunteerFromBeingAsked(int day, int hour, int minute,
                                                                         @Nullable Exclusion expected) {
        Volunteer onDuty = volunteer("v").onDuty(true).quiet(QuietHours.nightsInJapan());

        assertThat(exclusion(need().when(HelpTime.NOW), onDuty, tokyo(day, hour, minute))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"11, 59, ", "12, 00, QUIET_HOURS", "12, 59, QUIET_HOURS", "13, 00, "})
    void quietHoursWithinADay(int hour, int minute, @Nullable Exclusion expected) {
        Volunteer lunch = volunteer("v").onDuty(true)
                .quiet(new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), JAPAN));

        assertThat(exclusion(need(), lunch, tokyo(TUESDAY_10_JUNE, hour, minute))).isEqualTo(expected);
    }

    @Test
    void quietHoursAreTheVolunteersOwn() {
        // 10:00 in Tokyo is 02:00 in London
        Volunteer inLondon = volunteer("v").onDuty(true)
                .quiet(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), LONDON));
        Volunteer neverQuiet = volunteer("w").onDuty(true)
                .quiet(new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0), JAPAN));

        assertThat(exclusion(need(), inLondon)).isEqualTo(Exclusion.QUIET_HOURS);
        assertThat(exclusion(need(), neverQuiet)).isNull();
    }

    @Test
    void aPickedTimeIsStillOfferedNowSoQuietHoursNowCount() {
        Volunteer quietNow = volunteer("v").free(new FreeTime(THURSDAY, AFTERNOON))
                .quiet(new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0), JAPAN));

        assertThat(exclusion(need().when(HelpTime.at(tokyo(12, 14, 0))), quietNow)).isEqualTo(Exclusion.QUIET_HOURS);
    }

    // --- weekly limit and repeat offers

    @Test
    void theWeeklyLimitCountsAcceptancesOfTheLastSevenDays() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
        Instant eightDaysAgo = NOW.minus(Duration.ofDays(8));
        Instant justOverAWeekAgo = NOW.minus(Duration.ofDays(7).plusMinutes(1));

        assertThat(exclusion(need(), volunteer("v").perWeek(2).accepted(yesterday))).isNull();
        assertThat(exclusion(need(), volunteer("v").perWeek(2).accepted(yesterday, threeDaysAgo)))
                .isEqualTo(Exclusion.WEEKLY_LIMIT);
        assertThat(exclusion(need(), volunteer("v").perWeek(2).accepted(yesterday, eightDaysAgo))).isNull();
        assertThat(exclusion(need(), volunteer("v").perWeek(2).accepted(yesterday, justOverAWeekAgo))).isNull();
        assertThat(exclusion(need(), volunteer("v").perWeek(1).accepted(yesterday)))
                .isEqualTo(Exclusion.WEEKLY_LIMIT);
        assertThat(exclusion(need(), volunteer("v").perWeek(3).accepted(yesterday, threeDaysAgo))).isNull();
    }

    @Test
    void aVolunteerAlreadyOfferedThisRequestIsNotAskedAgain() {
        Candidate asked = volunteer("v").build();
        Candidate notAsked = volunteer("w").build();

        List<Considered> considered = Matcher.consider(need().build(), List.of(asked, notAsked), AREAS, NOW,
                Set.of(new PersonId("v")), MatcherTest::nameOf);

        assertThat(considered).extracting(c -> c.volunteer().value(), Considered::excluded)
                .containsExactly(tuple("w", null),
                        tuple("v", Exclusion.ALREADY_OFFERED));
    }

    // --- which reason when several apply

    @ParameterizedTest
    @EnumSource(value = HelpWay.class, names = {"PHONE", "SESSION"})
    void theFirstRuleBrokenIsTheReasonGiven(HelpWay way) {
        // a volunteer who breaks every rule; mending one at a time shows the next reason, in the documented order
        Volunteer everything = volunteer(LEARNER.value()).approved(false)
                .heldUntil(NOW.plus(Duration.ofHours(1))).pausedUntil(NOW.plus(Duration.ofDays(3)))
                .skills().languages(Language.ENGLISH).byPhone(false).travelKm(1).area(NEAR)
                .free().onDuty(false)
                .quiet(new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0), JAPAN))
                .perWeek(1).accepted(NOW.minus(Duration.ofDays(1)));
        Set<PersonId> alreadyAsked = new HashSet<>(Set.of(new PersonId("v")));
        Map<Exclusion, Consumer<Volunteer>> mend = new LinkedHashMap<>();
        mend.put(Exclusion.SELF, v -> v.id("v"));
        mend.put(Exclusion.NOT_APPROVED, v -> v.approved(true));
        mend.put(Exclusion.HELD, v -> v.heldUntil(null));
        mend.put(Exclusion.PAUSED, v -> v.pausedUntil(NOW.minusSeconds(1)));
        mend.put(Exclusion.PROFILE_INCOMPLETE, v -> v.skills(Skill.PHOTOS).travelKm(1));
        mend.put(Exclusion.LANGUAGE, v -> v.languages(Language.JAPANESE));
        mend.put(Exclusion.SKILL, v -> v.skills(Skill.PHOTOS, Skill.MESSAGING_APPS));
        if (way == HelpWay.PHONE) {
            mend.put(Exclusion.NOT_BY_PHONE, v -> v.byPhone(true));
        } else {
            mend.put(Exclusion.TOO_FAR, v -> v.travelKm(10));
        }
        mend.put(Exclusion.NOT_FREE, v -> v.onDuty(true));
        mend.put(Exclusion.QUIET_HOURS, v -> v.quiet(QuietHours.nightsInJapan()));
        mend.put(Exclusion.WEEKLY_LIMIT, v -> v.perWeek(2));
        mend.put(Exclusion.ALREADY_OFFERED, v -> alreadyAsked.clear());
        Need need = need().way(way);

        List<Exclusion> reasons = new ArrayList<>();
        for (Map.Entry<Exclusion, Consumer<Volunteer>> step : mend.entrySet()) {
            reasons.add(exclusion(need, everything, NOW, alreadyAsked));
            step.getValue().accept(everything);
        }

        assertThat(reasons).containsExactlyElementsOf(mend.keySet());
        assertThat(exclusion(need, everything, NOW, alreadyAsked)).isNull();
    }

    // ---------------------------------------------------------------------------------------------- scoring

    @Test
    void nearerVolunteersScoreHigher() {
        List<Considered> considered = consider(need().way(HelpWay.PHONE),
                volunteer("far").area(BEYOND), volunteer("middle").area(MIDDLE), volunteer("near").area(NEAR),
                volunteer("home").area(HOME), volunteer("nowhere").area(null));

        assertThat(considered).extracting(c -> c.volunteer().value())
                .containsExactly("home", "near", "middle", "far", "nowhere");
        assertThat(considered).allMatch(c -> c.excluded() == null);
        Map<String, Considered> byId = byId(considered);
        assertThat(byId.get("home").nearness()).isEqualTo(Matcher.NEARNESS);
        assertThat(byId.get("near").nearness()).isCloseTo(50 * (1 - 5.56 / 30), within(0.05));
        assertThat(byId.get("middle").nearness()).isCloseTo(50 * (1 - 11.12 / 30), within(0.05));
        assertThat(byId.get("far").nearness()).isZero();
        assertThat(byId.get("nowhere").nearness()).isZero();
    }

    @Test
    void theLongerSinceTheyWereAskedTheSoonerTheyAreAskedAgain() {
        List<Considered> considered = consider(need(),
                volunteer("an-hour-ago").lastOffered(NOW.minus(Duration.ofHours(1))),
                volunteer("a-day-ago").lastOffered(NOW.minus(Duration.ofDays(1))),
                volunteer("never").lastOffered(null),
                volunteer("36-hours-ago").lastOffered(NOW.minus(Duration.ofHours(36))),
                volunteer("last-week").lastOffered(NOW.minus(Duration.ofDays(6))));

        assertThat(considered).extracting(c -> c.volunteer().value())
                .as("a full share of waiting ties; the one never asked goes first")
                .containsExactly("never", "last-week", "36-hours-ago", "a-day-ago", "an-hour-ago");
        Map<String, Considered> byId = byId(considered);
        assertThat(byId.get("never").fairness()).isEqualTo(Matcher.FAIRNESS);
        assertThat(byId.get("last-week").fairness()).isEqualTo(Matcher.FAIRNESS);
        assertThat(byId.get("36-hours-ago").fairness()).isCloseTo(15, within(1e-9));
        assertThat(byId.get("a-day-ago").fairness()).isCloseTo(10, within(1e-9));
        assertThat(byId.get("an-hour-ago").fairness()).isCloseTo(30.0 / 72, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void overManyWavesTheWorkIsShared(int askedPerWave) {
        // ten identical volunteers, ten requests one after another; each wave asks the best few and records it
        List<Volunteer> volunteers = IntStream.range(0, 10).mapToObj(i -> volunteer("v" + i)).toList();
        Map<String, Integer> asked = new LinkedHashMap<>();
        volunteers.forEach(v -> asked.put(v.id, 0));

        for (int wave = 0; wave < 10; wave++) {
            int round = wave;
            Instant at = NOW.plus(Duration.ofMinutes(10L * wave));
            List<Considered> considered = Matcher.consider(need().build(),
                    volunteers.stream().map(Volunteer::build).toList(), AREAS, at, Set.of(), MatcherTest::nameOf);
            assertThat(considered).allMatch(c -> c.excluded() == null);
            List<Volunteer> chosen = considered.subList(0, askedPerWave).stream()
                    .map(c -> volunteers.stream().filter(v -> v.id.equals(c.volunteer().value())).findFirst()
                            .orElseThrow())
                    .toList();
            // those asked have waited at least as long as anyone left out (never asked counts as longest)
            Instant latestChosen = chosen.stream().map(v -> v.lastOffered == null ? Instant.MIN : v.lastOffered)
                    .max(Instant::compareTo).orElseThrow();
            if (!latestChosen.equals(Instant.MIN)) {
                assertThat(volunteers).filteredOn(v -> !chosen.contains(v))
                        .allSatisfy(left -> assertThat(left.lastOffered).as("%s left out in wave %d", left.id, round)
                                .isNotNull().isAfterOrEqualTo(latestChosen));
            }
            for (Volunteer v : chosen) {
                asked.merge(v.id, 1, Integer::sum);
                v.lastOffered(at);
            }
            if (askedPerWave * (wave + 1) >= volunteers.size()) {
                assertThat(asked.values()).as("everyone had a turn by wave %d: %s", wave, asked)
                        .allMatch(n -> n >= 1);
            }
        }

        assertThat(asked.values()).as("offers: %s", asked).allMatch(n -> n >= askedPerWave - 1)
                .allMatch(n -> n <= askedPerWave + 1);
        if (askedPerWave == 1) {
            assertThat(asked.values()).as("offers: %s", asked).containsOnly(1);
        }
    }

    @Test
    void ratingsRaiseTheScoreAndANewcomerSitsInTheMiddle() {
        List<Considered> considered = consider(need(),
                volunteer("did-not-help").ratings(0, 0, 4),
                volunteer("newcomer").ratings(0, 0, 0),
                volunteer("helped").ratings(5, 0, 0),
                volunteer("mostly-helped").ratings(3, 1, 0));

        assertThat(considered).extracting(c -> c.volunteer().value())
                .containsExactly("helped", "mostly-helped", "newcomer", "did-not-help");
        Map<String, Considered> byId = byId(considered);
        assertThat(byId.get("helped").record()).isEqualTo(Matcher.RECORD);
        assertThat(byId.get("newcomer").record()).isEqualTo(Matcher.RECORD / 2);
        assertThat(byId.get("did-not-help").record()).isZero();
        assertThat(byId.get("mostly-helped").record()).isCloseTo(20 * (2.75 - 1) / 2, within(1e-9));
    }

    @Test
    void theScoreIsTheSumOfItsParts() {
        Considered considered = considerOne(need(), volunteer("v").area(NEAR)
                .lastOffered(NOW.minus(Duration.ofDays(1))).ratings(1, 1, 0));

        assertThat(considered.score())
                .isCloseTo(considered.nearness() + considered.fairness() + considered.record(), within(1e-9))
                .isCloseTo(50 * (1 - 5.56 / 30) + 10 + 15, within(0.05));
    }

    @Test
    void thoseWhoMayNotBeAskedComeLastWithScoreZero() {
        List<Considered> considered = consider(need(),
                volunteer("a-excluded").approved(false).ratings(9, 0, 0),
                volunteer("b-weak").area(MIDDLE).lastOffered(NOW).ratings(0, 0, 3),
                volunteer("c-excluded").languages(Language.ENGLISH),
                volunteer("d-strong"));

        assertThat(considered).extracting(c -> c.volunteer().value())
                .containsExactly("d-strong", "b-weak", "a-excluded", "c-excluded");
        assertThat(considered.subList(0, 2)).allMatch(c -> c.excluded() == null && c.score() > 0);
        assertThat(considered.subList(2, 4)).allMatch(c -> c.excluded() != null && c.score() == 0);
        // the parts still say how they would have scored, for the coordinator
        assertThat(byId(considered).get("a-excluded").nearness()).isEqualTo(Matcher.NEARNESS);
        assertThat(byId(considered).get("a-excluded").record()).isEqualTo(Matcher.RECORD);
    }

    @Test
    void tiesAreOrderedTheSameWayWhateverOrderTheCandidatesCameIn() {
        List<Volunteer> same = List.of(volunteer("kenji"), volunteer("aiko"), volunteer("tom"),
                volunteer("hana").approved(false), volunteer("bea").approved(false));

        List<String> forward = ids(consider(need(), same.toArray(Volunteer[]::new)));
        List<Volunteer> reversed = new ArrayList<>(same);
        Collections.reverse(reversed);
        List<String> backward = ids(consider(need(), reversed.toArray(Volunteer[]::new)));

        assertThat(forward).containsExactly("aiko", "kenji", "tom", "bea", "hana");
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void namesComeFromTheGivenLookup() {
        assertThat(considerOne(need(), volunteer("v")).name()).isEqualTo("Name of v");
    }

    // ---------------------------------------------------------------------------------------------- windowsFor

    @Test
    void nowReadsThePartOfDayItIsNow() {
        assertThat(Matcher.windowsFor(HelpTime.NOW, NOW, JAPAN)).containsExactly(new FreeTime(TUESDAY, MORNING));
        assertThat(Matcher.windowsFor(HelpTime.NOW, tokyo(TUESDAY_10_JUNE, 12, 0), JAPAN))
                .containsExactly(new FreeTime(TUESDAY, AFTERNOON));
        assertThat(Matcher.windowsFor(HelpTime.NOW, tokyo(TUESDAY_10_JUNE, 20, 59), JAPAN))
                .containsExactly(new FreeTime(TUESDAY, EVENING));
        assertThat(Matcher.windowsFor(HelpTime.NOW, tokyo(TUESDAY_10_JUNE, 22, 0), JAPAN)).isEmpty();
        assertThat(Matcher.windowsFor(HelpTime.NOW, tokyo(TUESDAY_10_JUNE, 8, 59), JAPAN)).isEmpty();
    }

    @Test
    void laterTodayReadsThePartsOfTodayNotYetOver() {
        assertThat(Matcher.windowsFor(HelpTime.LATER_TODAY, tokyo(TUESDAY_10_JUNE, 7, 0), JAPAN))
                .containsExactlyInAnyOrder(new FreeTime(TUESDAY, MORNING), new FreeTime(TUESDAY, AFTERNOON),
                        new FreeTime(TUESDAY, EVENING));
        assertThat(Matcher.windowsFor(HelpTime.LATER_TODAY, NOW, JAPAN))
                .containsExactlyInAnyOrder(new FreeTime(TUESDAY, MORNING), new FreeTime(TUESDAY, AFTERNOON),
                        new FreeTime(TUESDAY, EVENING));
        assertThat(Matcher.windowsFor(HelpTime.LATER_TODAY, tokyo(TUESDAY_10_JUNE, 13, 0), JAPAN))
                .containsExactlyInAnyOrder(new FreeTime(TUESDAY, AFTERNOON), new FreeTime(TUESDAY, EVENING));
        assertThat(Matcher.windowsFor(HelpTime.LATER_TODAY, tokyo(TUESDAY_10_JUNE, 21, 30), JAPAN)).isEmpty();
    }

    @Test
    void aPickedTimeReadsThePartOfDayThenNotNow() {
        HelpTime thursdayAfternoon = HelpTime.at(tokyo(12, 14, 30));

        assertThat(Matcher.windowsFor(thursdayAfternoon, NOW, JAPAN))
                .containsExactly(new FreeTime(THURSDAY, AFTERNOON));
        assertThat(Matcher.windowsFor(HelpTime.at(tokyo(12, 23, 0)), NOW, JAPAN)).isEmpty();
    }

    @Test
    void theDayAndPartAreThoseOfTheGivenZone() {
        // Tuesday 10:00 in Tokyo is Tuesday 02:00 in London; Tuesday 01:00 in Tokyo is Monday 17:00 there
        assertThat(Matcher.windowsFor(HelpTime.NOW, NOW, LONDON)).isEmpty();
        assertThat(Matcher.windowsFor(HelpTime.LATER_TODAY, NOW, LONDON))
                .containsExactlyInAnyOrder(new FreeTime(TUESDAY, MORNING), new FreeTime(TUESDAY, AFTERNOON),
                        new FreeTime(TUESDAY, EVENING));
        assertThat(Matcher.windowsFor(HelpTime.NOW, tokyo(TUESDAY_10_JUNE, 1, 0), LONDON))
                .containsExactly(new FreeTime(MONDAY, EVENING));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Instant tokyo(int dayOfJune2025, int hour, int minute) {
        return ZonedDateTime.of(2025, 6, dayOfJune2025, hour, minute, 0, 0, JAPAN).toInstant();
    }

    private static Area area(String id, double north) {
        return new Area(new AreaId(id), id, id, 35.6 + north, 139.7, true);
    }

    private static String nameOf(PersonId id) {
        return "Name of " + id.value();
    }

    private static Need need() {
        return new Need();
    }

    private static Volunteer volunteer(String id) {
        return new Volunteer(id);
    }

    private static @Nullable Exclusion exclusion(Need need, Volunteer volunteer) {
        return exclusion(need, volunteer, NOW);
    }

    private static @Nullable Exclusion exclusion(Need need, Volunteer volunteer, Instant now) {
        return exclusion(need, volunteer, now, Set.of());
    }

    private static @Nullable Exclusion exclusion(Need need, Volunteer volunteer, Instant now,
                                                 Set<PersonId> alreadyAsked) {
        List<Considered> considered = Matcher.consider(need.build(), List.of(volunteer.build()), AREAS, now,
                alreadyAsked, MatcherTest::nameOf);
        assertThat(considered).hasSize(1);
        Considered only = considered.getFirst();
        // the reason the list gives is the reason the rule gives
        Candidate candidate = volunteer.build();
        assertThat(Matcher.exclusion(need.build(), candidate, only.km(), now, alreadyAsked))
                .isEqualTo(only.excluded());
        return only.excluded();
    }

    private static Considered considerOne(Need need, Volunteer volunteer) {
        return consider(need, volunteer).getFirst();
    }

    private static List<Considered> consider(Need need, Volunteer... volunteers) {
        return Matcher.consider(need.build(), java.util.Arrays.stream(volunteers).map(Volunteer::build).toList(),
                AREAS, NOW, Set.of(), MatcherTest::nameOf);
    }

    private static Map<String, Considered> byId(List<Considered> considered) {
        return considered.stream().collect(Collectors.toMap(c -> c.volunteer().value(), c -> c));
    }

    private static List<String> ids(List<Considered> considered) {
        return considered.stream().map(c -> c.volunteer().value()).toList();
    }

    /** A request from {@link #LEARNER} in {@link #HOME}: Japanese, about messaging apps, by phone, now. */
    private static final class Need {
        private Language language = Language.JAPANESE;
        private @Nullable Skill topic = Skill.MESSAGING_APPS;
        private HelpWay way = HelpWay.PHONE;
        private HelpTime when = HelpTime.NOW;

        Need language(Language language) {
            this.language = language;
            return this;
        }

        Need topic(@Nullable Skill topic) {
            this.topic = topic;
            return this;
        }

        Need way(HelpWay way) {
            this.way = way;
            return this;
        }

        Need when(HelpTime when) {
            this.when = when;
            return this;
        }

        Matcher.Need build() {
            return new Matcher.Need(LEARNER, HOME, language, topic, way, when);
        }
    }

    /**
     * A volunteer who may be asked for {@link #need()} at {@link #NOW}: approved, in the learner's area, speaks
     * both languages, knows messaging apps, helps by phone and up to 10 km, free on Tuesday mornings, quiet at
     * night in Japan, two a week, never asked, no ratings.
     */
    private static final class Volunteer {
        private String id;
        private @Nullable AreaId area = HOME.id();
        private boolean approved = true;
        private Set<Language> languages = Set.of(Language.JAPANESE, Language.ENGLISH);
        private Set<Skill> skills = Set.of(Skill.MESSAGING_APPS);
        private int travelKm = 10;
        private boolean byPhone = true;
        private Set<FreeTime> free = Set.of(new FreeTime(TUESDAY, MORNING));
        private QuietHours quiet = QuietHours.nightsInJapan();
        private int perWeek = 2;
        private boolean onDuty;
        private @Nullable Instant pausedUntil;
        private @Nullable Instant heldUntil;
        private @Nullable Instant lastOffered;
        private int offers;
        private List<Instant> accepted = List.of();
        private int helpedWell;
        private int helpedALittle;
        private int didNotHelp;

        Volunteer(String id) {
            this.id = id;
        }

        Volunteer id(String id) {
            this.id = id;
            return this;
        }

        Volunteer area(@Nullable Area area) {
            this.area = area == null ? null : area.id();
            return this;
        }

        Volunteer approved(boolean approved) {
            this.approved = approved;
            return this;
        }

        Volunteer languages(Language... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        Volunteer skills(Skill... skills) {
            this.skills = Set.of(skills);
            return this;
        }

        Volunteer travelKm(int travelKm) {
            this.travelKm = travelKm;
            return this;
        }

        Volunteer byPhone(boolean byPhone) {
            this.byPhone = byPhone;
            return this;
        }

        Volunteer free(FreeTime... free) {
            this.free = Set.of(free);
            return this;
        }

        Volunteer quiet(QuietHours quiet) {
            this.quiet = quiet;
            return this;
        }

        Volunteer perWeek(int perWeek) {
            this.perWeek = perWeek;
            return this;
        }

        Volunteer onDuty(boolean onDuty) {
            this.onDuty = onDuty;
            return this;
        }

        Volunteer pausedUntil(@Nullable Instant pausedUntil) {
            this.pausedUntil = pausedUntil;
            return this;
        }

        Volunteer heldUntil(@Nullable Instant heldUntil) {
            this.heldUntil = heldUntil;
            return this;
        }

        Volunteer lastOffered(@Nullable Instant lastOffered) {
            this.lastOffered = lastOffered;
            if (lastOffered != null) {
                offers++;
            }
            return this;
        }

        Volunteer accepted(Instant... accepted) {
            this.accepted = List.of(accepted);
            return this;
        }

        Volunteer ratings(int helpedWell, int helpedALittle, int didNotHelp) {
            this.helpedWell = helpedWell;
            this.helpedALittle = helpedALittle;
            this.didNotHelp = didNotHelp;
            return this;
        }

        Candidate build() {
            VolunteerProfile profile = new VolunteerProfile(languages, skills, travelKm, byPhone, free, quiet,
                    perWeek, false);
            TrackRecord record = new TrackRecord(offers, lastOffered, accepted, accepted.size(), 0, helpedWell,
                    helpedALittle, didNotHelp);
            return new Candidate(new PersonId(id), area, approved, profile, onDuty, pausedUntil, heldUntil, record);
        }
    }
}
