/**
 * Help: a stuck learner gets a local volunteer. Requests come from the "I'm stuck" button in a lesson, the Get
 * help page, "Is this a scam?" and a text to the Tomoni number; matching picks approved volunteers who speak the
 * learner's language, know the topic, are near enough and free, and ranks them by distance, by who was asked
 * least recently (so work is shared) and by track record; offers go out in waves by text, the first YES wins, and
 * a request nobody takes reaches the area's coordinators.
 * <p>
 * Uses accounts (who asks, their area, the coordinators), lessons (the skill words, where in a lesson a learner
 * is stuck), volunteers (candidates and track records) and messaging (texts, bridged calls).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Help")
@org.jspecify.annotations.NullMarked
package org.tomoni.help;
