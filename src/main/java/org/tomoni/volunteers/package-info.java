/**
 * Volunteers: the profile each volunteer keeps (languages, the skills they can help with, how far they travel,
 * when they are free, quiet hours, how often they want to be asked), the coordinators' list and vetting, and duty
 * switched on and off by text message. The help module reads who may be asked from here.
 * <p>
 * Besides accounts (who is a volunteer, their area, the coordinators' scope) it uses the lessons' {@code Skill}
 * words, so that a learner stuck in a lesson and a volunteer who can help name the same thing, and messaging to
 * answer the volunteer's texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers")
@org.jspecify.annotations.NullMarked
package org.tomoni.volunteers;
