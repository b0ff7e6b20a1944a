package org.tomoni.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;

/** What a simulated phone received from Tomoni, waited for as the outbox sends in the background. */
final class Texts {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final PhoneSimulator simulator;

    Texts(PhoneSimulator simulator) {
        this.simulator = simulator;
    }

    List<String> to(String number) {
        return simulator.conversation(PhoneNumber.parse(number)).stream()
                .filter(event -> event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE)
                .map(SimulatedPhoneEvent::text)
                .toList();
    }

    /** Waits for the count-th text to the number and returns it. */
    String awaitText(String number, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(number), texts -> texts.size() >= count)
                .get(count - 1);
    }

    /** The code in the count-th text to the number. */
    String awaitCode(String number, int count) {
        Matcher matcher = CODE.matcher(awaitText(number, count));
        if (!matcher.find()) {
            throw new AssertionError("No code in the text to " + number);
        }
        return matcher.group(1);
    }
}
