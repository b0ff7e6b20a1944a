package org.tomoni.help;

/** "Is this a scam?" is urgent: a bigger first wave and a shorter wait, as the learner may be about to pay. */
public enum HelpKind {
    HELP,
    SCAM_CHECK
}
