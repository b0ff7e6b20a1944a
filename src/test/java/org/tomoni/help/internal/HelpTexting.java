package org.tomoni.help.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;

/**
 * Reads what the demo's simulated phones received, for tests that follow a request by text. Only texts that
 * arrived after it was made count as new: the simulator orders texts by the app's clock, which a test may hold
 * still, so a position in the list says nothing about when a text came.
 */
final class HelpTexting {

    static final PhoneNumber AIKO = PhoneNumber.parse("090-5555-6666");
    static final PhoneNumber TOM = PhoneNumber.parse("090-7777-8888");
    static final PhoneNumber KENJI = PhoneNumber.parse("090-1111-2222");
    static final PhoneNumber HANAKO = PhoneNumber.parse("090-1234-5678");

    private static final Pattern CODE = Pattern.compile("(?:YES|はい) (\\d{4})");

    private final PhoneSimulator simulator;
    private final Set<String> seen;

    private HelpTexting(PhoneSimulator simulator, Set<String> seen) {
        this.simulator = simulator;
        this.seen = seen;
    }

    /** Texts from now on are new. */
    static HelpTexting from(PhoneSimulator simulator) {
        return new HelpTexting(simulator, Stream.of(AIKO, TOM, KENJI, HANAKO)
                .flatMap(phone -> simulator.conversation(phone).stream())
                .map(SimulatedPhoneEvent::id).collect(Collectors.toSet()));
    }

    /** Every text is new: a fresh store. */
    static HelpTexting all(PhoneSimulator simulator) {
        return new HelpTexting(simulator, Set.of());
    }

    List<String> newTextsTo(PhoneNumber phone) {
        return simulator.conversation(phone).stream()
                .filter(event -> event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE)
                .filter(event -> !seen.contains(event.id()))
                .map(SimulatedPhoneEvent::text).toList();
    }

    /** Waits for a new text that contains {@code words}, and returns it. */
    String awaitText(PhoneNumber phone, String words) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> newTextsTo(phone).stream().filter(text -> text.contains(words)).findFirst(),
                        Optional::isPresent).orElseThrow();
    }

    static String codeIn(String offer) {
        Matcher matcher = CODE.matcher(offer);
        if (!matcher.find()) {
            throw new AssertionError("No reply code in: " + offer);
        }
        return matcher.group(1);
    }
}
