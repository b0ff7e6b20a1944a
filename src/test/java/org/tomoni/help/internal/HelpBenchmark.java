package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.TomoniApplication;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.internal.FakeTwilio;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.PartOfDay;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.internal.BenchVolunteers;

/**
 * Matching and the way to the first offer at national scale: 100 000 volunteers in 50 areas across Japan (the
 * Tokyo wards, Kanagawa, Saitama and Chiba, Kansai and Nagoya close enough that a request there reads many areas),
 * with learners who ask. Two figures:
 * <ol>
 * <li>matching time per request, around {@link Matching#askable} (index read, volunteer documents, rules, ranking),
 * for a few thousand varied requests — target p95 &lt; 20 ms;</li>
 * <li>request-to-first-offer latency at a steady 50 new requests a second for 60 s: from {@link HelpFlow#ask} to
 * the fake Twilio receiving the first offer text of the request through the real Twilio SDK (correlated by the
 * outbox entry behind the text's status callback, whose idempotency key is {@code help:<request>:offer:...}) —
 * target p99 &lt; 500 ms.</li>
 * </ol>
 * The application runs as shipped (embedded file store with its durable flushes, default wave and outbox workers),
 * with texts going through a Messaging Service (no per-number spacing) and its clock moved to a weekday afternoon
 * in Japan so volunteers' free times and quiet hours mean what they would. {@code TOMONI_TEST_MONGO_URI} switches
 * to a real MongoDB (a throwaway database in it). Not part of {@code verify}: run with {@code ./mvnw -Pbench test
 * -Dtest=HelpBenchmark}. Prints figures; asserts no wall-clock time.
 * <p>
 * Knobs: {@code -Dbench.volunteers=100000 -Dbench.matches=3000 -Dbench.rate=50 -Dbench.seconds=60
 * -Dbench.store=file|memory -Dbench.help.workers=4 -Dbench.outbox.workers=2}.
 */
class HelpBenchmark {

    private static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    private static final int LEARNERS = Integer.getInteger("bench.learners", 5_000);
    private static final int MATCHES = Integer.getInteger("bench.matches", 3_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    private static final int RATE = Integer.getInteger("bench.rate", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final String STORE = System.getProperty("bench.store", "file");
    private static final String MONGO_URI = System.getenv("TOMONI_TEST_MONGO_URI");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final long SEED = 20_261_123L;

    /** Real places; weight ~ how many volunteers and learners live there. */
    private record Place(String id, String english, String japanese, double lat, double lon, int weight,
                         boolean homeVisits) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("setagaya", "Setagaya", "世田谷区", 35.6464, 139.6533, 6, true),
            new Place("shibuya", "Shibuya", "渋谷区", 35.6640, 139.6982, 3, false),
            new Place("shinjuku", "Shinjuku", "新宿区", 35.6938, 139.7036, 4, false),
            new Place("suginami", "Suginami", "杉並区", 35.6995, 139.6364, 4, true),
            new Place("nerima", "Nerima", "練馬区", 35.7356, 139.6517, 5, false),
            new Place("ota", "Ota", "大田区", 35.5613, 139.7160, 5, false),
            new Place("adachi", "Adachi", "足立区", 35.7750, 139.8044, 4, false),
            new Place("edogawa", "Edogawa", "江戸川区", 35.7067, 139.8683, 4, false),
            new Place("hachioji", "Hachioji", "八王子市", 35.6664, 139.3160, 3, false),
            new Place("machida", "Machida", "町田市", 35.5485, 139.4467, 3, false),
            new Place("yokohama-naka", "Yokohama Naka", "横浜市中区", 35.4447, 139.6425, 4, true),
            new Place("kawasaki", "Kawasaki", "川崎市川崎区", 35.5308, 139.7029, 3, false),
            new Place("sagamihara", "Sagamihara", "相模原市", 35.5714, 139.3731, 3, false),
            new Place("kamakura", "Kamakura", "鎌倉市", 35.3192, 139.5467, 1, true),
            new Place("saitama", "Saitama", "さいたま市", 35.8617, 139.6455, 4, false),
            new Place("kawaguchi", "Kawaguchi", "川口市", 35.8078, 139.7241, 3, false),
            new Place("chiba", "Chiba", "千葉市", 35.6073, 140.1063, 4, false),
            new Place("funabashi", "Funabashi", "船橋市", 35.6947, 139.9827, 3, false),
            new Place("osaka-kita", "Osaka Kita", "大阪市北区", 34.7055, 135.4983, 4, true),
            new Place("osaka-tennoji", "Osaka Tennoji", "大阪市天王寺区", 34.6545, 135.5194, 2, false),
            new Place("sakai", "Sakai", "堺市", 34.5733, 135.4828, 3, false),
            new Place("higashiosaka", "Higashiosaka", "東大阪市", 34.6794, 135.6008, 2, false),
            new Place("kyoto", "Kyoto", "京都市", 35.0116, 135.7681, 4, true),
            new Place("uji", "Uji", "宇治市", 34.8844, 135.7997, 1, false),
            new Place("kobe", "Kobe", "神戸市", 34.6913, 135.1830, 4, false),
            new Place("nishinomiya", "Nishinomiya", "西宮市", 34.7377, 135.3416, 2, false),
            new Place("nara", "Nara", "奈良市", 34.6851, 135.8048, 2, true),
            new Place("nagoya", "Nagoya", "名古屋市", 35.1681, 136.9066, 5, false),
            new Place("toyota", "Toyota", "豊田市", 35.0826, 137.1560, 2, false),
            new Place("gifu", "Gifu", "岐阜市", 35.4233, 136.7607, 2, false),
            new Place("shizuoka", "Shizuoka", "静岡市", 34.9756, 138.3828, 2, false),
            new Place("hamamatsu", "Hamamatsu", "浜松市", 34.7108, 137.7261, 2, false),
            new Place("kanazawa", "Kanazawa", "金沢市", 36.5613, 136.6562, 2, true),
            new Place("niigata", "Niigata", "新潟市", 37.9161, 139.0364, 2, false),
            new Place("matsumoto", "Matsumoto", "松本市", 36.2381, 137.9720, 1, true),
            new Place("sapporo", "Sapporo", "札幌市", 43.0621, 141.3544, 5, false),
            new Place("asahikawa", "Asahikawa", "旭川市", 43.7706, 142.3650, 1, true),
            new Place("sendai", "Sendai", "仙台市", 38.2682, 140.8694, 3, false),
            new Place("morioka", "Morioka", "盛岡市", 39.7036, 141.1527, 1, true),
            new Place("akita", "Akita", "秋田市", 39.7200, 140.1025, 1, true),
            new Place("hiroshima", "Hiroshima", "広島市", 34.3853, 132.4553, 3, false),
            new Place("okayama", "Okayama", "岡山市", 34.6551, 133.9195, 2, false),
            new Place("matsuyama", "Matsuyama", "松山市", 33.8392, 132.7657, 1, true),
            new Place("takamatsu", "Takamatsu", "高松市", 34.3428, 134.0466, 1, false),
            new Place("kochi", "Kochi", "高知市", 33.5597, 133.5311, 1, true),
            new Place("fukuoka", "Fukuoka", "福岡市", 33.5904, 130.4017, 4, true),
            new Place("kitakyushu", "Kitakyushu", "北九州市", 33.8834, 130.8752, 2, false),
            new Place("kumamoto", "Kumamoto", "熊本市", 32.8032, 130.7079, 2, false),
            new Place("kagoshima", "Kagoshima", "鹿児島市", 31.5966, 130.5571, 2, false),
            new Place("naha", "Naha", "那覇市", 26.2124, 127.6809, 1, true));

    private static final Skill[] COMMON = {Skill.TOUCH_SCREEN, Skill.POWER_ON_OFF, Skill.VIDEO_CALLS, Skill.PHOTOS,
            Skill.WEB_SEARCH, Skill.MAPS, Skill.MESSAGING_APPS, Skill.SCAM_CHECKS};

    private final Random random = new Random(SEED);

    @Test
    void matchingAndFirstOffer() throws Exception {
        // A weekday afternoon in Japan, whenever the benchmark runs: free times and quiet hours then mean something.
        Instant real = Instant.now();
        ZonedDateTime tuesday = real.atZone(JAPAN).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .with(LocalTime.of(14, 0));
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(real, tuesday.toInstant()));
        Path data = Files.createTempDirectory("tomoni-help-bench");
        String database = "tomoni_bench_" + System.currentTimeMillis();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--tomoni.accounts.demo-data=false",
                "--tomoni.twilio.account-sid=AC00000000000000000000000000000001",
                "--tomoni.twilio.auth-token=bench",
                "--tomoni.twilio.messaging-service-sid=MG00000000000000000000000000000001",
                "--tomoni.twilio.request-timeout=5s",
                "--tomoni.messaging.send-rate-per-second=" + System.getProperty("bench.send-rate", "0"),
                "--logging.level.org.tomoni=WARN",
                "--logging.level.de.bwaldvogel=WARN",
                "--vaadin.devmode.devTools.enabled=false"));
        if (System.getProperty("bench.help.workers") != null) {
            args.add("--tomoni.help.workers=" + System.getProperty("bench.help.workers"));
        }
        if (System.getProperty("bench.outbox.workers") != null) {
            args.add("--tomoni.messaging.workers=" + System.getProperty("bench.outbox.workers"));
        }
        String store;
        if (MONGO_URI != null && !MONGO_URI.isBlank()) {
            args.add("--spring.mongodb.uri=" + MONGO_URI);
            args.add("--spring.mongodb.database=" + database);
            store = "real MongoDB (TOMONI_TEST_MONGO_URI), database " + database;
        } else if (STORE.equals("memory")) {
            args.add("--tomoni.storage.in-memory=true");
            store = "embedded mongo-java-server, in memory";
        } else {
            args.add("--tomoni.storage.path=" + data);
            store = "embedded mongo-java-server, H2 file store with durable flushes (the default)";
        }
        try (FakeTwilio twilio = new FakeTwilio()) {
            args.add("--tomoni.twilio.api-base-url=" + twilio.baseUrl());
            SpringApplicationBuilder builder = new SpringApplicationBuilder(TomoniApplication.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
            try (ConfigurableApplicationContext app = builder.run(args.toArray(String[]::new))) {
                run(app, twilio, clock, store);
                if (MONGO_URI != null && !MONGO_URI.isBlank()) {
                    app.getBean(MongoTemplate.class).getDb().drop();
                }
            }
        }
    }

    private void run(ConfigurableApplicationContext app, FakeTwilio twilio, Clock clock, String store)
            throws Exception {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        Instant now = clock.instant();
        long seedStart = System.nanoTime();
        Map<String, Place> placeOf = new HashMap<>();
        List<Place> weighted = new ArrayList<>();
        for (Place place : PLACES) {
            placeOf.put(place.id(), place);
            for (int i = 0; i < place.weight(); i++) {
                weighted.add(place);
            }
        }
        seedAreas(mongo);
        List<BenchVolunteers.Seed> volunteers = new ArrayList<>(VOLUNTEERS);
        for (int i = 0; i < VOLUNTEERS; i++) {
            volunteers.add(volunteer(i, weighted.get(random.nextInt(weighted.size())), now));
        }
        List<String> learners = seedPeople(mongo, volunteers, weighted, now);
        long peopleSeeded = System.nanoTime();
        int entries = BenchVolunteers.load(app, volunteers);
        long seeded = System.nanoTime();

        PersonLookup people = app.getBean(PersonLookup.class);
        Person someVolunteer = people.byId(new PersonId(volunteerId(7))).orElseThrow();
        assertThat(someVolunteer.phone()).as("volunteers can be texted").isNotNull();
        assertThat(someVolunteer.area()).isNotNull();
        Map<String, Person> learnerPeople = new HashMap<>();
        for (String id : learners) {
            learnerPeople.put(id, people.byId(new PersonId(id)).orElseThrow());
        }

        // 1. Matching alone.
        Matching matching = app.getBean(Matching.class);
        long[] matchNanos = new long[MATCHES];
        List<HelpRequestDocument> matched = new ArrayList<>();
        long askable = 0;
        int noneAskable = 0;
        long matchCpu = 0;
        for (int i = -WARM_UP; i < MATCHES; i++) {
            if (i == 0) {
                matchCpu = processCpuNanos();
            }
            Person learner = learnerPeople.get(learners.get(random.nextInt(learners.size())));
            HelpAsk ask = ask(learner, placeOf, clock.instant());
            HelpRequestDocument request = document(learner, ask, clock.instant());
            Instant at = clock.instant();
            long start = System.nanoTime();
            List<Matching.Choice> found = matching.askable(request, at, 6);
            long took = System.nanoTime() - start;
            if (i >= 0) {
                matchNanos[i] = took;
                matched.add(request);
                askable += found.size();
                if (found.isEmpty()) {
                    noneAskable++;
                }
            }
        }
        matchCpu = processCpuNanos() - matchCpu;
        long candidatesRead = 0;
        for (HelpRequestDocument request : matched) {
            candidatesRead += candidates(app, request, clock.instant());
        }
        Arrays.sort(matchNanos);

        // 2. New requests at a steady rate, through the waves and the outbox to the fake Twilio.
        HelpFlow flow = app.getBean(HelpFlow.class);
        twilio.reset();
        Map<String, long[]> asked = new ConcurrentHashMap<>();
        Map<String, Instant> askedAt = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        int total = RATE * SECONDS;
        List<String> order = new ArrayList<>(total);
        List<HelpAsk> asks = new ArrayList<>(total);
        Instant planned = clock.instant();
        for (int i = 0; i < total; i++) {
            String learner = learners.get(random.nextInt(learners.size()));
            order.add(learner);
            asks.add(ask(learnerPeople.get(learner), placeOf, planned));
        }
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        ExecutorService askers = Executors.newVirtualThreadPerTaskExecutor();
        long loadStart = System.nanoTime();
        long loadCpu = processCpuNanos();
        pace.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            askers.submit(() -> {
                try {
                    Instant at = clock.instant();
                    long start = System.nanoTime();
                    HelpRequestDocument request = flow.ask(learnerPeople.get(order.get(i)), asks.get(i), null);
                    asked.put(request.id(), new long[] {start, System.nanoTime()});
                    askedAt.put(request.id(), at);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        while (next.get() < total) {
            Thread.sleep(50);
        }
        pace.shutdown();
        askers.shutdown();
        askers.awaitTermination(1, TimeUnit.MINUTES);
        long loadEnd = System.nanoTime();
        // Let the waves and the outbox drain: until no text has arrived for 3 s (at most 3 minutes).
        long drainDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < drainDeadline) {
            int now2 = twilio.creates().size();
            if (now2 != seen) {
                seen = now2;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 3_000_000_000L) {
                break;
            }
            Thread.sleep(100);
        }
        long drained = System.nanoTime();
        loadCpu = processCpuNanos() - loadCpu;

        // Which request each text belongs to: its status callback names the outbox entry, whose key names the request.
        Map<String, String> requestOfEntry = new HashMap<>();
        Map<String, Instant> firstQueued = new HashMap<>();
        for (Document entry : mongo.getCollection("messaging_outbox").find()
                .projection(new Document("idempotencyKey", 1).append("createdAt", 1))) {
            String key = entry.getString("idempotencyKey");
            int offer = key.indexOf(":offer:");
            if (key.startsWith("help:") && offer > 0) {
                String request = key.substring("help:".length(), offer);
                requestOfEntry.put(entry.getString("_id"), request);
                Instant created = entry.getDate("createdAt").toInstant();
                firstQueued.merge(request, created, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, Long> firstArrival = new HashMap<>();
        int offerTexts = 0;
        for (FakeTwilio.Received received : twilio.creates()) {
            String callback = received.form().getOrDefault("StatusCallback", "");
            String request = requestOfEntry.get(callback.substring(callback.lastIndexOf('/') + 1));
            if (request != null) {
                offerTexts++;
                firstArrival.merge(request, received.arrivedAtNanos(), Math::min);
            }
        }
        List<Long> toFirst = new ArrayList<>();
        List<Long> toQueued = new ArrayList<>();
        for (Map.Entry<String, long[]> request : asked.entrySet()) {
            Long arrived = firstArrival.get(request.getKey());
            if (arrived != null) {
                toFirst.add(arrived - request.getValue()[0]);
            }
            Instant queued = firstQueued.get(request.getKey());
            if (queued != null) {
                toQueued.add(Duration.between(askedAt.get(request.getKey()), queued).toNanos());
            }
        }
        long[] firstSms = toFirst.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] queuedOffer = toQueued.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] askCalls = asked.values().stream().mapToLong(times -> times[1] - times[0]).sorted().toArray();
        Map<String, Integer> withoutOffer = new HashMap<>();
        for (Document request : mongo.getCollection(HelpRequestDocument.COLLECTION)
                .find(new Document("_id", new Document("$in", new ArrayList<>(asked.keySet()))))
                .projection(new Document("status", 1).append("wave", 1).append("escalated", 1))) {
            if (!firstArrival.containsKey(request.getString("_id"))) {
                String why = request.getInteger("wave", 0) == 0
                        ? (Boolean.TRUE.equals(request.getBoolean("escalated")) ? "nobody to ask (escalated)"
                        : "no wave yet")
                        : "wave recorded, no text arrived";
                withoutOffer.merge(why, 1, Integer::sum);
            }
        }

        System.out.printf("%n================ Help benchmark ================%n");
        System.out.printf("store: %s%n", store);
        System.out.printf("machine: %d CPUs, load average now %s (other processes share them: wall-clock figures"
                + " move with it; CPU figures are this process's)%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.printf("seeded %,d volunteers (%,d candidate index entries), %,d learners, %d areas in %.1f s;"
                        + " clock moved to %s%n", VOLUNTEERS, entries, learners.size(), PLACES.size(),
                (seeded - seedStart) / 1e9, now.atZone(JAPAN).toLocalDateTime().withNano(0) + " JST");
        System.out.printf("   (people %.1f s, volunteers and index %.1f s)%n", (peopleSeeded - seedStart) / 1e9,
                (seeded - peopleSeeded) / 1e9);
        System.out.printf("%n1. Matching time per request (Matching.askable), %,d varied requests after %d warm-up%n",
                MATCHES, WARM_UP);
        System.out.printf("   candidates within reach per request: %.0f on average (read nearest area first); askable %.0f; none askable: %d%n",
                (double) candidatesRead / MATCHES, (double) askable / MATCHES, noneAskable);
        System.out.printf("   process CPU per request (app + embedded server): %.1f ms%n", matchCpu / 1e6 / MATCHES);
        table(new String[] {"matching"}, new long[][] {matchNanos}, "target p95 < 20 ms");

        System.out.printf("%n2. Request to first offer SMS at the fake Twilio, %d requests/s for %d s%n", RATE,
                SECONDS);
        System.out.printf("   asked %,d (failed %d) in %.1f s = %.1f requests/s; drained after %.1f s more%n",
                asked.size(), failed.get(), (loadEnd - loadStart) / 1e9, asked.size() / ((loadEnd - loadStart) / 1e9),
                (drained - loadEnd) / 1e9);
        System.out.printf("   offer texts at Twilio: %,d (%.1f/s over the run); requests with a first offer: %,d;"
                        + " without: %,d %s%n", offerTexts, offerTexts / ((drained - loadStart) / 1e9),
                firstSms.length, asked.size() - firstSms.length, withoutOffer);
        System.out.printf("   process CPU per request, ask to offers sent (app + embedded server + fake Twilio):"
                + " %.1f ms%n", loadCpu / 1e6 / Math.max(1, asked.size()));
        table(new String[] {"ask() call", "ask -> offer queued (outbox)", "ask -> first offer SMS at Twilio"},
                new long[][] {askCalls, queuedOffer, firstSms}, "target p99 < 500 ms (last row)");
        System.out.printf("================================================%n%n");

        assertThat(failed.get()).as("asks that threw").isZero();
    }

    /** How many candidates the index lists within reach of the request (all nearby areas; not timed). */
    private static int candidates(ConfigurableApplicationContext app, HelpRequestDocument request, Instant now) {
        List<Area> areas = app.getBean(PersonLookup.class).areas();
        Area home = areas.stream().filter(area -> area.id().value().equals(request.area())).findFirst().orElseThrow();
        Set<AreaId> nearby = areas.stream().filter(area -> area.kmTo(home) <= VolunteerProfile.MOST_KM)
                .map(Area::id).collect(Collectors.toSet());
        return BenchVolunteers.listed(app, new CandidateQuery(nearby, request.topic(),
                request.language(), request.when() != HelpTime.When.AT,
                Matcher.windowsFor(request.time(), now, QuietHours.JAPAN)));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static void table(String[] names, long[][] samples, String note) {
        System.out.printf("   %-34s %8s %9s %9s %9s %9s%n", "", "n", "p50", "p95", "p99", "max");
        for (int i = 0; i < names.length; i++) {
            long[] sorted = samples[i];
            System.out.printf("   %-34s %8d %9s %9s %9s %9s%n", names[i], sorted.length, ms(sorted, 0.50),
                    ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
        }
        System.out.printf("   (%s)%n", note);
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1e6);
    }

    private HelpAsk ask(Person learner, Map<String, Place> places, Instant now) {
        boolean scam = random.nextInt(100) < 5;
        Skill topic = scam ? Skill.SCAM_CHECKS : random.nextInt(10) == 0 ? null
                : random.nextInt(4) == 0 ? Skill.values()[random.nextInt(Skill.values().length)]
                : COMMON[random.nextInt(COMMON.length)];
        int way = random.nextInt(100);
        HelpWay helpWay = way < 50 ? HelpWay.PHONE
                : way < 90 || !places.get(learner.area().value()).homeVisits() ? HelpWay.SESSION : HelpWay.HOME;
        int when = random.nextInt(100);
        HelpTime time = scam || when < 50 ? HelpTime.NOW : when < 75 ? HelpTime.LATER_TODAY
                : HelpTime.at(now.atZone(JAPAN).plusDays(1 + random.nextInt(6)).with(LocalTime.of(
                9 + random.nextInt(11), random.nextInt(4) * 15)).toInstant());
        return new HelpAsk(scam ? HelpKind.SCAM_CHECK : HelpKind.HELP, topic, helpWay, time,
                random.nextBoolean() ? "" : "画面が動きません", null);
    }

    private static HelpRequestDocument document(Person learner, HelpAsk ask, Instant now) {
        return new HelpRequestDocument(HelpRequestId.newId().value(), learner.id().value(), learner.name(),
                learner.language(), learner.area().value(), ask.kind(), ask.topic(), ask.way(), ask.when().when(),
                ask.when().at(), ask.details(), null, null, null, HelpStatus.FINDING, false, null, null, now, null,
                null, null, null, null, 0, List.of(), List.of(), List.of(), null, null);
    }

    private static void seedAreas(MongoTemplate mongo) {
        List<Document> areas = PLACES.stream().map(place -> new Document("_id", place.id())
                .append("nameEnglish", place.english()).append("nameJapanese", place.japanese())
                .append("latitude", place.lat()).append("longitude", place.lon())
                .append("homeVisits", place.homeVisits())).toList();
        mongo.getCollection("accounts_areas").insertMany(areas);
    }

    private static String volunteerId(int i) {
        return "bench-v-" + i;
    }

    /** Volunteers', learners' and one coordinator per area's person documents; returns the learners' ids. */
    private List<String> seedPeople(MongoTemplate mongo, List<BenchVolunteers.Seed> volunteers,
                                    List<Place> weighted, Instant now) {
        List<Document> batch = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        Date created = Date.from(now.minus(Duration.ofDays(90)));
        for (int i = 0; i < volunteers.size(); i++) {
            BenchVolunteers.Seed volunteer = volunteers.get(i);
            batch.add(person(volunteer.id(), "Vol" + i + " Bench", "VOLUNTEER", volunteer.area(),
                    String.format("+81901%07d", i), volunteer.languages().contains(Language.JAPANESE)
                            ? "JAPANESE" : "ENGLISH", volunteer.approved() ? "APPROVED" : "AWAITING", created));
            if (batch.size() == 5_000) {
                mongo.getCollection("accounts_people").insertMany(batch);
                batch.clear();
            }
        }
        for (int i = 0; i < LEARNERS; i++) {
            String id = "bench-l-" + i;
            learners.add(id);
            batch.add(person(id, "Learner" + i + " Bench", "LEARNER",
                    weighted.get(random.nextInt(weighted.size())).id(), String.format("+81801%07d", i),
                    random.nextInt(100) < 85 ? "JAPANESE" : "ENGLISH", "NOT_NEEDED", created));
        }
        for (int i = 0; i < PLACES.size(); i++) {
            batch.add(person("bench-c-" + i, "Coord" + i + " Bench", "COORDINATOR", PLACES.get(i).id(),
                    String.format("+81701%07d", i), "JAPANESE", "NOT_NEEDED", created));
        }
        mongo.getCollection("accounts_people").insertMany(batch);
        return learners;
    }

    private static Document person(String id, String name, String role, String area, String phone,
                                   String language, String vetting, Date created) {
        return new Document("_id", id).append("name", name).append("roles", List.of(role)).append("areaId", area)
                .append("phone", phone).append("vetting", vetting)
                .append("preferences", new Document("language", language).append("textSize", "STANDARD")
                        .append("highContrast", false).append("reducedMotion", false).append("readAloud", false))
                .append("createdAt", created).append("sessionsValidFrom", created).append("pictureFailures", 0);
    }

    /** A realistic mix: mostly Japanese, a few skills, some free windows, a few on duty, some paused or held. */
    private BenchVolunteers.Seed volunteer(int i, Place place, Instant now) {
        int language = random.nextInt(100);
        Set<Language> languages = language < 60 ? Set.of(Language.JAPANESE)
                : language < 70 ? Set.of(Language.ENGLISH) : Set.of(Language.JAPANESE, Language.ENGLISH);
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        int skillCount = 2 + random.nextInt(5);
        while (skills.size() < skillCount) {
            skills.add(random.nextInt(3) > 0 ? COMMON[random.nextInt(COMMON.length)]
                    : Skill.values()[random.nextInt(Skill.values().length)]);
        }
        Set<FreeTime> free = new HashSet<>();
        int freeCount = 3 + random.nextInt(8);
        while (free.size() < freeCount) {
            free.add(new FreeTime(DayOfWeek.of(1 + random.nextInt(7)),
                    PartOfDay.values()[random.nextInt(PartOfDay.values().length)]));
        }
        int quiet = random.nextInt(100);
        String[] quietHours = quiet < 70 ? new String[] {"21:00", "08:00"} : quiet < 85
                ? new String[] {"22:00", "07:00"} : quiet < 95 ? new String[] {"20:00", "09:00"}
                : new String[] {"13:00", "15:00"};
        int standing = random.nextInt(100);
        Instant paused = standing < 4 ? now.plus(Duration.ofDays(1 + random.nextInt(14))) : null;
        Instant held = standing >= 4 && standing < 5 ? now.plus(Duration.ofDays(30)) : null;
        boolean approved = standing < 95;
        int offers = random.nextInt(40);
        List<Instant> accepts = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            accepts.add(now.minus(Duration.ofHours(1 + random.nextInt(24 * 27))));
        }
        int helped = offers / 3;
        int rated = helped == 0 ? 0 : random.nextInt(helped + 1);
        int well = rated * 7 / 10;
        return new BenchVolunteers.Seed(volunteerId(i), languages, skills, random.nextInt(31),
                random.nextInt(100) < 60, free, quietHours[0], quietHours[1], 1 + random.nextInt(5),
                paused == null && held == null && random.nextInt(100) < 15, paused, held, place.id(), approved,
                offers, offers == 0 ? null : now.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 10))),
                accepts, helped, well, (rated - well) / 2, rated - well - (rated - well) / 2);
    }
}
