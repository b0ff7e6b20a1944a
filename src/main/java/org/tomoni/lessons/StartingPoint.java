package org.tomoni.lessons;

/**
 * The answers to "Not sure where to start?".
 *
 * @param audience   who is learning
 * @param interest   the topic they would most like to learn about
 * @param experience 1 (never used a tablet or smartphone) to 3 (use one every day)
 */
public record StartingPoint(Audience audience, String interest, int experience) {
}
