package org.tomoni.messaging;

import java.util.List;

/**
 * Phones that exist only inside Tomoni, used when no Twilio account is configured (the demo, and tests): what
 * Tomoni sends them is kept, and a person can reply as them. Replies go through exactly the logic real webhooks
 * use.
 */
public interface PhoneSimulator {

    /** True when messages go to simulated phones rather than Twilio. */
    boolean active();

    /** Every phone that has received or sent something, most recently active first. */
    List<PhoneNumber> phones();

    /** What the phone received and sent, oldest first. */
    List<SimulatedPhoneEvent> conversation(PhoneNumber phone);

    /** The phone texts the Tomoni number. */
    void text(PhoneNumber from, String body);

    /** The phone presses keys on a call that is waiting for them; false when the call no longer waits. */
    boolean pressKeys(String eventId, String digits);

    /** The phone rings the Tomoni number. */
    void ring(PhoneNumber from);
}
