package org.tomoni.help;

/** How the learner wants to be helped. A home visit is offered only where the area allows it. */
public enum HelpWay {
    PHONE,
    SESSION,
    HOME
}
