package org.tomoni.help.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;

/** Reads what the demo's simulated phones received, for tests that follow a request by text. */
final class HelpTexting {

    static final PhoneNumber AIKO = PhoneNumber.parse("090-5555-6666");
    static final PhoneNumber TOM = PhoneNumber.parse("090-7777-8888");
    static final PhoneNumber KENJI = PhoneNumber.parse("090-1111-2222");
    static final PhoneNumber HANAKO = PhoneNumber.parse("090-1234-5678");

    private static final Pattern CODE = Pattern.compile("(?:YES|はい) (\\d{4})");

    private final PhoneSimulator simulator;

    HelpTexting(PhoneSimulator simulator) {
        this.simulator = simulator;
    }

    List<String> textsTo(PhoneNumber phone) {
        return simulator.conversation(phone).stream()
                .filter(event -> event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE)
                .map(SimulatedPhoneEvent::text).toList();
    }

    /** Waits for a text after the first {@code before} that contains {@code words}, and returns it. */
    String awaitText(PhoneNumber phone, int before, String words) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> textsTo(phone).stream().skip(before).filter(text -> text.contains(words)).findFirst(),
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
